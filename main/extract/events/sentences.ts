/**
 * Sentence splitting for news text: paragraphs and headlines break, and a full stop breaks unless it
 * ends an abbreviation ("Mr.", "Jan. 5", "U.S. officials") or an initial ("J. K. Rowling").
 */
import { lexicon } from './lexicon';
import { isStampedHeadingLine } from './live-blog';

export interface Sentence {
  /** Offsets in the article text, end exclusive; text === article.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

interface Segment {
  start: number;
  end: number;
}

/** Paragraphs, and lines of paragraphs that are not hard-wrapped prose (headlines, lists). */
function segments(text: string): Segment[] {
  const result: Segment[] = [];
  const paragraphBreak = /\n[ \t\r]*\n\s*/g;
  let cursor = 0;
  const pushParagraph = (start: number, end: number): void => {
    const lines: Segment[] = [];
    let lineStart = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === '\n') {
        lines.push({ start: lineStart, end: i });
        lineStart = i + 1;
      }
    }
    // "14:15 — Over-70s can book from Monday" over the update's prose: a heading, never wrapped prose.
    const [first, second] = lines.map((line) => text.slice(line.start, line.end));
    if (lines.length > 1 && isStampedHeadingLine(first, second)) {
      result.push(lines[0]);
      pushParagraph(lines[1].start, end);
      return;
    }
    if (lines.length === 1 || isHardWrapped(text, lines)) {
      result.push({ start, end });
      return;
    }
    result.push(...lines);
  };
  for (const match of text.matchAll(paragraphBreak)) {
    const index = match.index ?? 0;
    pushParagraph(cursor, index);
    cursor = index + match[0].length;
  }
  pushParagraph(cursor, text.length);
  return result;
}

/** Prose wrapped at a fixed width has many lines of similar length that end mid-sentence. */
function isHardWrapped(text: string, lines: Segment[]): boolean {
  const inner = lines.slice(0, -1).map((line) => text.slice(line.start, line.end).trim());
  if (inner.length === 0) return false;
  const openEnded = inner.filter((line) => line.length > 0 && !/[.!?:"”]$/.test(line));
  const long = inner.filter((line) => line.length >= 40);
  return openEnded.length >= Math.ceil(inner.length / 2) && long.length >= Math.ceil(inner.length * 0.6);
}

const TERMINAL = /[.!?]+["'”’)\]]*/g;

function nextWord(text: string, from: number, limit: number): string {
  const match = /^\s*["“‘'(]?([\p{L}\p{N}]+)/u.exec(text.slice(from, Math.min(limit, from + 40)));
  return match ? match[1] : '';
}

function isBoundary(text: string, dot: number, after: number, limit: number): boolean {
  const rest = text.slice(after, Math.min(limit, after + 4));
  if (after < limit && !/^\s/.test(rest)) return false;
  const following = text.slice(after, limit).trimStart();
  if (following.length === 0) return true;
  const first = following[0];
  if (!/[\p{Lu}\p{N}"“‘'([—–-]/u.test(first)) return false;
  if (text[dot] !== '.') return true;
  const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const bare = word.replace(/\./g, '').toLowerCase();
  const next = nextWord(text, after, limit);
  const startsSentence = lexicon.sentenceStarters.has(next.toLowerCase());
  if (lexicon.titleAbbreviations.has(bare)) return false;
  if (lexicon.monthAbbreviations.has(bare) && word === word.replace(/\./g, '')) {
    return !/^\d/.test(next) && startsSentence;
  }
  if (bare === 'no' && /^\d/.test(next)) return false;
  if (lexicon.otherAbbreviations.has(bare)) return startsSentence;
  // An initial ("J.") or a dotted abbreviation ("U.S.", "a.m.") ends a sentence only before a clear opener.
  if (/^\p{L}$/u.test(word) || word.includes('.')) return startsSentence;
  return true;
}

/** Longer runs are not sentences a person wrote (lists, tables, garbage): they are cut to bound the work. */
export const MAX_SENTENCE_CHARS = 1200;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    while (e - s > MAX_SENTENCE_CHARS) {
      // Cut at the last clause mark, else the last space, before the limit.
      const window = text.slice(s, s + MAX_SENTENCE_CHARS);
      const mark = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
      const space = window.lastIndexOf(' ');
      const cut = s + (mark > MAX_SENTENCE_CHARS / 2 ? mark + 1 : space > 0 ? space : MAX_SENTENCE_CHARS);
      sentences.push({ start: s, end: cut, text: text.slice(s, cut) });
      s = cut;
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const segment of segments(text)) {
    let sentenceStart = segment.start;
    const slice = text.slice(segment.start, segment.end);
    for (const match of slice.matchAll(TERMINAL)) {
      const dot = segment.start + (match.index ?? 0);
      const after = dot + match[0].length;
      if (isBoundary(text, dot, after, segment.end)) {
        push(sentenceStart, after);
        sentenceStart = after;
      }
    }
    push(sentenceStart, segment.end);
  }
  return sentences;
}

/**
 * For each character, whether it lies inside a direct quotation. Curly quotes pair up; straight quotes
 * toggle. Quotes are closed at paragraph ends because news paragraphs often leave a quote open.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && /^[ \t\r]*\n/.test(text.slice(i + 1, i + 40))) inside = false;
    if (ch === '“') inside = true;
    else if (ch === '”') inside = false;
    else if (ch === '"') inside = !inside;
    else if (inside) mask[i] = 1;
  }
  return mask;
}
