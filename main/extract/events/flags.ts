/**
 * The two flags an event carries: approximate (the date is a vague bound: "around", "at some point in",
 * "by the end of", "early 2020", TIMEX3 mod APPROX/START/END) and planned (not happened yet: a date
 * after publication, or a future/modal verb group governing the date).
 */
import { compareIso } from './iso-dates';
import { lexicon } from './lexicon';
import type { Happening } from './ranges';

const escapePhrase = (phrase: string): string =>
  phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

const APPROX_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${lexicon.approximateMarkers.map(escapePhrase).join('|')})\s*(?:in|on|during|of)?\s*(?:the\s+)?$`,
  'iu',
);
const APPROX_INSIDE =
  /^(?:around|about|roughly|approximately|circa|some\s*time|sometime|at\s+some\s+point|early|late|mid|the\s+(?:end|beginning|start|middle)\s+of|end\s+of|by\s+)/i;

/** "in the coming weeks", "the months ahead", "later this year": a stretch with no named day. */
const VAGUE_STRETCH =
  /\b(?:coming|upcoming|ahead|next\s+(?:few|several)|(?:later|earlier)\s+(?:this|that|in|next|last))\b/i;

export function isApproximate(text: string, sentenceStart: number, happening: Happening): boolean {
  const [first, second] = happening.timexes;
  // "in February or March": one of two dates, so neither exactly.
  if (second && /\bor\b/i.test(text.slice(first.end, second.start))) return true;
  // A range is as vague as its start: "until the end of the year" does not blur "from January 1".
  return happening.timexes.slice(0, 1).some((timex) => {
    if (timex.mod && lexicon.approximateModifiers.has(timex.mod)) return true;
    if (APPROX_INSIDE.test(timex.text.trim()) || VAGUE_STRETCH.test(timex.text)) return true;
    // "A year ago" dated finer than its year is about then, not on the day.
    if (/\bago$/i.test(timex.text.trim()) && /^\d{4}$/.test(timex.value) && happening.precision === 'month')
      return true;
    const before = text.slice(Math.max(sentenceStart, timex.start - 30), timex.start);
    return APPROX_BEFORE.test(before);
  });
}

const FUTURE = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(?:${lexicon.futureMarkers.map(escapePhrase).join('|')})(?![\p{L}])|['’]ll\b`,
  'iu',
);

/**
 * `verbContext` is the text of the clause around the verb that governs the happening's first date; a
 * future marker there makes the happening planned unless it already lies wholly in the past.
 */
export function isPlanned(happening: Happening, verbContext: string, referenceDate: string): boolean {
  if (compareIso(happening.start, referenceDate) > 0) return true;
  const last = happening.end ?? happening.timexes[0]?.interval?.end ?? happening.start;
  if (compareIso(last, referenceDate) < 0) return false;
  // "Earlier this year, X announced plans to ...": a window that closes at publication is behind us.
  if (
    happening.end !== undefined &&
    happening.end.slice(0, 10) === referenceDate &&
    compareIso(happening.start, referenceDate) < 0
  ) {
    return false;
  }
  // "later this month", "next week", "the coming weeks" look ahead by themselves.
  if (/\b(?:later|next|coming|upcoming|forthcoming)\b/i.test(happening.timexes[0]?.text ?? '')) return true;
  return FUTURE.test(verbContext);
}
