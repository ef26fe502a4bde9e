/**
 * A dateline opens a wire story: "MOSCOW, Jan 16 (Reuters) -", "WASHINGTON (AP) —",
 * "BERLIN, March 4, 2024 (AFP) –", "UTTARKASHI, October 14:" (a colon after the date). Its date is when the story was filed, not a happening, so a time
 * expression inside it never dates an event.
 */

/** A part after the place: capitalised words and numbers only ("Calif.", "Jan 16", "2024", "Tuesday"). */
const WORD = String.raw`(?:\p{Lu}[\p{L}.'’]*|\d{1,4}(?:st|nd|rd|th)?)`;
const PARTS = String.raw`(?:\s*,\s*${WORD}(?:\s+${WORD}){0,3})*`;
const AGENCY = String.raw`\([^()\n]{1,40}\)`;
/**
 * Place in capitals (with dots, hyphens, spaces: "ST. PETERSBURG", "RIO DE JANEIRO"), then optional
 * ", Region" / ", date" parts, an optional "(Agency)", and the dash that ends the dateline. A place
 * in ordinary case ("Paris, March 3 (AFP) -") needs the agency to be told from a headline.
 */
const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}\p{M}.'’\- ]*\p{Lu}\.?${PARTS}\s*(?:${AGENCY}\s*)?|\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}${PARTS}\s*${AGENCY}\s*)(?:[-–—]+|(?<=\d)\s*:)\s`,
  'u',
);

/** End offset (exclusive) of the dateline that opens the paragraph starting at `start`, or -1. */
export function datelineEnd(text: string, start: number): number {
  // Only at the start of the text or of a line: the same words mid-sentence are no dateline.
  const lineStart = start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, start - 40), start));
  if (!lineStart) return -1;
  const match = DATELINE.exec(text.slice(start, start + 120));
  return match ? start + match[0].length : -1;
}
