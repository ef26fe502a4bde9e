/**
 * Words in front of an expression that belong to it: "early December", "the end of the year",
 * "nearly two years", "earlier this week". They widen the span and set the TIMEX3 mod.
 */
import type { Candidate } from './meaning';
import { POSITION_MODIFIERS, QUANTITY_MODIFIERS } from './resources/en';

function longestFirst(table: Record<string, string>): [RegExp, string][] {
  return Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const body = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      const gap = phrase.endsWith('-') ? '' : '[\\s-]+';
      return [new RegExp(`(?<![\\p{L}\\p{N}])${body}${gap}$`, 'iu'), table[phrase]];
    });
}

const POSITION = longestFirst(POSITION_MODIFIERS);
const QUANTITY = longestFirst(QUANTITY_MODIFIERS);
const EARLIER_LATER = /(?<![\p{L}\p{N}])(?:earlier|later)\s+$/iu;
const SOMETIME = /(?<![\p{L}\p{N}])(?:sometime|some\s+time)\s+$/iu;
const APPROX_DATE = /(?<![\p{L}\p{N}])(?:around|about|approximately|roughly)\s+$/iu;
/** Quantity modifiers apply to amounts: "nearly two years", not "over the past year". */
const STARTS_WITH_AMOUNT =
  /^(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|several|a\s+few|hundred)/i;

/** Extends each candidate over a modifier just before it, when the modifier fits its kind. */
export function attachModifiers(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const spanText = text.slice(c.start, c.end);
    if (c.type === 'DATE' || c.type === 'TIME') {
      if (/^(?:this|that|today|tonight|in\s+the\s+day)\b/i.test(spanText)) {
        const m = EARLIER_LATER.exec(before);
        if (m) return { ...c, start: c.start - m[0].length };
      }
      const some = SOMETIME.exec(before);
      if (some) return { ...c, start: c.start - some[0].length, mod: c.mod ?? 'APPROX' };
      const approx = APPROX_DATE.exec(before);
      if (approx && !STARTS_WITH_AMOUNT.test(spanText))
        return { ...c, start: c.start - approx[0].length, mod: 'APPROX' };
      if (c.meaning.kind !== 'fixed' || !/_REF$/.test(c.meaning.value)) {
        for (const [re, mod] of POSITION) {
          const m = re.exec(before);
          if (m) {
            // "later" only narrows day parts ("later this afternoon"), handled above.
            if (/^later/i.test(m[0])) continue;
            return { ...c, start: c.start - m[0].length, mod: c.mod ?? mod };
          }
        }
      }
    }
    if ((c.type === 'DURATION' || /ago|earlier|later/i.test(spanText)) && STARTS_WITH_AMOUNT.test(spanText)) {
      for (const [re, mod] of QUANTITY) {
        const m = re.exec(before);
        if (m) return { ...c, start: c.start - m[0].length, mod: c.mod ?? mod };
      }
    }
    return c;
  });
}
