/**
 * Live-blog layout. An update opens with the clock time it was posted ("14:15 — Over-70s can book
 * from Monday"): the stamp is when the newsroom wrote, not when anything happened, so it is cut off
 * the sentence and the content dates itself. A stamped line without a full stop over a paragraph is
 * the update's heading, retold by the paragraph below it. A "Key points" list summarises updates told
 * in full further down, and "We will be back with live updates from 8 a.m." is no happening.
 */
import { updateStampLength } from '../timex/patterns';
import type { Sentence } from './sentences';

/** Length of the update stamp a line opens with, 0 if none ("14:15 — ", "2:15 p.m. – "). */
export const stampLength = updateStampLength;

const SUMMARY_HEADER =
  /^(?:key (?:points|events|developments|facts)|what we know(?: so far)?|at a glance|in brief|highlights|summary|the latest|latest developments)\s*:?$/i;
const BULLET = /^\s*(?:[-•*–·▪]|\d{1,2}[.)])\s+/;

const SIGN_OFF =
  /^(?:we(?:['’]ll| will| are going to) be back\b|we(?:['’]re| are) (?:pausing|ending|closing) (?:our|this|the) (?:live )?(?:coverage|blog|updates)|(?:this|our) live (?:blog|coverage|updates?) (?:is|has|have) (?:now )?(?:ended|closed|paused|finished)|thanks? (?:you )?for (?:following|joining|reading)\b)/i;

/** "Last updated 5:20 p.m. AKDT, Tuesday, Sept. 13, 2022": when the page changed, no happening. */
const UPDATED_LINE = /^(?:last\s+)?(?:updated|posted|published|first\s+published)\b.{0,80}$/i;

function lineAt(text: string, offset: number): { start: number; end: number; line: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return { start, end, line: text.slice(start, end) };
}

/** An item of a list under a "Key points" header (the header line itself too). */
function isSummaryItem(text: string, offset: number): boolean {
  let { start, line } = lineAt(text, offset);
  if (SUMMARY_HEADER.test(line.trim())) return true;
  if (!BULLET.test(line)) return false;
  while (start > 0) {
    ({ start, line } = lineAt(text, start - 1));
    if (line.trim() === '') return false;
    if (SUMMARY_HEADER.test(line.trim())) return true;
    if (!BULLET.test(line)) return false;
  }
  return false;
}

/** A stamped heading: the stamped line has no closing full stop and a paragraph follows on the next line. */
function isUpdateHeading(text: string, sentence: Sentence): boolean {
  const { start, end, line } = lineAt(text, sentence.start);
  if (stampLength(line) === 0 || sentence.start - start > stampLength(line)) return false;
  if (/[.!?]["”’]?\s*$/.test(line)) return false;
  const next = lineAt(text, Math.min(text.length, end + 1)).line.trim();
  return end < text.length && next.length > 0;
}

/**
 * How a sentence reads in a live blog: `skip` when it tells no happening of its own (a stamped heading,
 * a key-points item, a sign-off); `from` is where its content starts after an update stamp.
 */
export function liveBlogSentence(text: string, sentence: Sentence): { skip: boolean; from: number } {
  const { start, line } = lineAt(text, sentence.start);
  const stamp =
    sentence.start === start + (line.length - line.trimStart().length) ? stampLength(line.trimStart()) : 0;
  const from = sentence.start + stamp;
  const skip =
    UPDATED_LINE.test(line.trim()) ||
    isSummaryItem(text, sentence.start) ||
    isUpdateHeading(text, sentence) ||
    SIGN_OFF.test(text.slice(from, sentence.end).trimStart());
  return { skip, from };
}

/** The segment a stamped heading line makes on its own: the prose below it is a new paragraph. */
export function isStampedHeadingLine(line: string, nextLine: string | undefined): boolean {
  const trimmed = line.trim();
  return (
    stampLength(trimmed) > 0 &&
    trimmed.length <= 100 &&
    !/[.!?]["”’]?$/.test(trimmed) &&
    nextLine !== undefined &&
    /^\s*["“‘']?\p{Lu}/u.test(nextLine)
  );
}
