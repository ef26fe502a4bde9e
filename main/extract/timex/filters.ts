/** Texts and spans that look temporal to a pattern but are not: binary data, titles of shows. */
import type { Candidate } from './meaning';

/** Text that is mostly control characters is not prose: nothing in it is a date. */
export function looksBinary(text: string): boolean {
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

export function looksLikeTitle(text: string, c: Candidate): boolean {
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
