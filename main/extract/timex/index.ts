/**
 * The temporal tagger: finds TimeML TIMEX3 expressions in English news text and normalises them
 * against the publication date. Pipeline: recognisers (pattern families) -> modifiers -> longest
 * non-overlapping selection -> anchoring in document order -> calendar interval.
 */
import type { TimeExpression } from '../../../preload/domain';
import { Anchoring } from './anchor';
import { parseIsoDate } from './calendar';
import { placeValue } from './interval';
import type { Candidate } from './meaning';
import { attachModifiers } from './modifiers';
import { RECOGNISERS } from './recognisers';
import { lettersOnly } from './recognisers/types';
import { selectLongest } from './select';

export interface TagOptions {
  /** Publication date (TimeML's DCT), `YYYY-MM-DD`. */
  referenceDate: string;
}

export class InvalidReferenceDateError extends Error {
  constructor(value: string) {
    super(`The reference date '${value}' is not a calendar date in the form YYYY-MM-DD.`);
    this.name = 'InvalidReferenceDateError';
  }
}

const RULE_ORDER = new Map(RECOGNISERS.map((r, i) => [r.name, i]));

/** Text that is mostly control characters is not prose: nothing in it is a date. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control / sample.length > 0.1;
}

/** Unit words capitalised inside running text name a title ("60 Minutes", ABC's "This Week"). */
const TITLE_UNIT = /(?<!^)\b(?:Minutes|Hours|Week|Weeks|Month|Months|Years|Days|Decade|Century)\b/;

function looksLikeTitle(text: string, c: Candidate): boolean {
  if (c.rule === 'holiday') return false;
  const span = text.slice(c.start, c.end);
  if (!/[A-Z]/.test(span.slice(1)) || span === span.toUpperCase()) return false;
  const unit =
    TITLE_UNIT.exec(span) ?? (/^(?:Minutes|Hours|Week|Weeks|Months|Years|Days)\b/.test(span) ? [span] : null);
  if (!unit) return false;
  // A whole line in capitals is a headline, not a title.
  const windowStart = Math.max(0, c.start - 200);
  const lineStart = windowStart + text.slice(windowStart, c.start).lastIndexOf('\n') + 1;
  const line = text.slice(lineStart, Math.min(text.length, c.end + 40));
  return line !== line.toUpperCase();
}

/** Paragraph ends: no expression spans a blank line (or a line break, in long unbroken text). */
const PARAGRAPH_END = /\n\s*\n/g;
const MAX_CHUNK = 20_000;

/**
 * Splits the text into paragraphs (long ones at line breaks or sentence ends) so that each
 * recogniser's trigger is tested per paragraph: a paragraph naming no month skips every month rule.
 */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (from: number, to: number) => {
    let at = from;
    while (to - at > MAX_CHUNK) {
      const window = text.slice(at + MAX_CHUNK / 2, at + MAX_CHUNK);
      let cut = window.lastIndexOf('\n');
      if (cut < 0) {
        const sentenceEnd = /[.!?]\s+(?=[A-Z])/g;
        for (let m = sentenceEnd.exec(window); m; m = sentenceEnd.exec(window)) cut = m.index + 1;
      }
      const end = cut < 0 ? at + MAX_CHUNK : at + MAX_CHUNK / 2 + cut + 1;
      out.push([at, end]);
      at = end;
    }
    out.push([at, to]);
  };
  let from = 0;
  PARAGRAPH_END.lastIndex = 0;
  for (let m = PARAGRAPH_END.exec(text); m; m = PARAGRAPH_END.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

function recognise(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [from, to] of chunks(text)) {
    if (to <= from) continue;
    const chunk = text.slice(from, to);
    const words = new Set(lettersOnly(chunk));
    for (const recogniser of RECOGNISERS) {
      if (recogniser.keywords && !recogniser.keywords.some((w) => words.has(w))) continue;
      if (recogniser.trigger && !recogniser.trigger.test(chunk)) continue;
      const pattern = recogniser.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(chunk); m; m = pattern.exec(chunk)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const r = recogniser.build(m, chunk);
        if (!r) continue;
        const start = from + (r.start ?? m.index);
        const end = from + (r.end ?? m.index + m[0].length);
        if (end <= start) continue;
        const candidate = { start, end, type: r.type, meaning: r.meaning, mod: r.mod, rule: recogniser.name };
        if (looksLikeTitle(text, candidate)) continue;
        found.push(candidate);
      }
    }
  }
  return found;
}

export function tagTimexes(text: string, options: TagOptions): TimeExpression[] {
  const dct = parseIsoDate(options.referenceDate);
  if (!dct) throw new InvalidReferenceDateError(options.referenceDate);
  if (typeof text !== 'string' || text.length === 0 || looksBinary(text)) return [];
  const candidates = attachModifiers(text, recognise(text));
  const chosen = selectLongest(candidates, RULE_ORDER);
  const anchoring = new Anchoring(text, dct);
  return chosen.map((candidate) => {
    const { type, value } = anchoring.resolve(candidate);
    const expression: TimeExpression = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      type,
      value,
    };
    if (candidate.mod) expression.mod = candidate.mod;
    if (type === 'DATE' || type === 'TIME') {
      const placement = placeValue(value, dct);
      if (placement) {
        expression.interval = placement.interval;
        expression.precision = placement.precision;
      }
    }
    return expression;
  });
}
