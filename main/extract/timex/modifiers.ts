/**
 * Words in front of an expression that belong to it: "early December", "the end of the year",
 * "nearly two years", "earlier this week". They widen the span and set the TIMEX3 mod.
 */
import type { Candidate } from './meaning';
import { POSITION_MODIFIERS, QUANTITY_MODIFIERS } from './resources/en';

/**
 * One regex per table, anchored at the end of the text before the expression: the alternation lists
 * the longest phrases first, and the matched phrase is looked up again to find its mod.
 */
function endingPattern(table: Record<string, string>): { pattern: RegExp; lookup: Map<string, string> } {
  const phrases = Object.keys(table).sort((a, b) => b.length - a.length);
  const body = phrases
    .map((phrase) => {
      const words = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      return phrase.endsWith('-') ? words : `${words}[\\s-]+`;
    })
    .join('|');
  const lookup = new Map(phrases.map((p) => [normalise(p), table[p]]));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})$`, 'iu'), lookup };
}

function normalise(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s-]+$/, '')
    .replace(/\s+/g, ' ');
}

function matchEnding(
  table: { pattern: RegExp; lookup: Map<string, string> },
  before: string,
): { length: number; mod: string } | null {
  const m = table.pattern.exec(before);
  if (!m) return null;
  const mod = table.lookup.get(normalise(m[0])) ?? table.lookup.get(`${normalise(m[0])}-`);
  return mod ? { length: m[0].length, mod } : null;
}

const POSITION = endingPattern(POSITION_MODIFIERS);
const QUANTITY = endingPattern(QUANTITY_MODIFIERS);
const EARLIER_LATER = /(?<![\p{L}\p{N}])(?:earlier|later)\s+$/iu;
const SOMETIME = /(?<![\p{L}\p{N}])(?:sometime|some\s+time)\s+$/iu;
const APPROX_DATE = /(?<![\p{L}\p{N}])(?:around|about|approximately|roughly|circa|c\.|ca\.)\s*$/iu;
/** Quantity modifiers apply to amounts: "nearly two years", not "over the past year". */
const STARTS_WITH_AMOUNT =
  /^(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|a\s+few|hundred)/i;

/** "the next two years or so", "a week or longer", "1994 or later": the hedge after an expression belongs to it. */
const OR_SO_AFTER = /^\s+or\s+(?:so|longer|later|more|earlier|sooner)(?![\p{L}\p{N}])/iu;

/** Extends each candidate over a modifier just before (or a hedge just after) it. */
export function attachModifiers(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((candidate) => {
    const c = attachBefore(text, candidate);
    const after = OR_SO_AFTER.exec(text.slice(c.end, c.end + 12));
    if (after && (c.type === 'DURATION' || c.type === 'DATE')) {
      const word = after[0].trim().split(/\s+/)[1].toLowerCase();
      const mod =
        word === 'so'
          ? 'APPROX'
          : word === 'longer' || word === 'more'
            ? 'EQUAL_OR_MORE'
            : word === 'later'
              ? 'ON_OR_AFTER'
              : 'ON_OR_BEFORE';
      return { ...c, end: c.end + after[0].length, mod: c.mod ?? mod };
    }
    return c;
  });
}

function attachBefore(text: string, c: Candidate): Candidate {
  // Every modifier ends with a space or a hyphen right before the expression.
  const joint = text.charCodeAt(c.start - 1);
  if (!(joint === 32 || joint === 45 || joint === 10 || joint === 9 || joint === 160)) return c;
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const spanText = text.slice(c.start, c.end);
  if (c.type === 'DATE' || c.type === 'TIME') {
    if (/^(?:this|that|today|tonight|in\s+the\s+day)\b/i.test(spanText)) {
      const m = EARLIER_LATER.exec(before);
      // "earlier this year" is the part before now (START), "later this afternoon" the part after (END).
      if (m)
        return { ...c, start: c.start - m[0].length, mod: c.mod ?? (/^e/i.test(m[0]) ? 'START' : 'END') };
    }
    const some = SOMETIME.exec(before);
    if (some) return { ...c, start: c.start - some[0].length, mod: c.mod ?? 'APPROX' };
    const approx = APPROX_DATE.exec(before);
    // "around 7:15 p.m.", "about Nov. 1"; not "talked about the future" or "get around Wednesday's".
    if (approx && /\d/.test(spanText)) {
      return { ...c, start: c.start - approx[0].length, mod: 'APPROX' };
    }
    if (c.meaning.kind !== 'fixed' || !/_REF$/.test(c.meaning.value)) {
      const m = matchEnding(POSITION, before);
      // "later" only narrows day parts ("later this afternoon"), handled above.
      if (m && !/^later/i.test(before.slice(before.length - m.length))) {
        return { ...c, start: c.start - m.length, mod: c.mod ?? m.mod };
      }
    }
  }
  if ((c.type === 'DURATION' || /ago|earlier|later/i.test(spanText)) && STARTS_WITH_AMOUNT.test(spanText)) {
    const m = matchEnding(QUANTITY, before);
    if (m) return { ...c, start: c.start - m.length, mod: c.mod ?? m.mod };
  }
  return c;
}
