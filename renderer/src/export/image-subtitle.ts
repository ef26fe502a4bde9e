/** The line under an exported image's title: how many events, from which years, exported when. */
import type { TimelineDocument } from '../../../preload/domain';
import { compareIso, formatIso } from '../dates/iso-dates';

export function subtitleFor(document: TimelineDocument, today: string): string {
  const events = document.events.length;
  const articles = new Set(document.events.map((e) => e.articleId).filter(Boolean)).size;
  let summary = `${events} event${events === 1 ? '' : 's'}`;
  if (articles > 0) summary += ` from ${articles} article${articles === 1 ? '' : 's'}`;
  const parts = [summary];
  if (events > 0) {
    const starts = document.events.map((e) => e.start).sort(compareIso);
    const ends = document.events.map((e) => e.end ?? e.start).sort(compareIso);
    const first = formatIso(starts[0], 'year');
    const last = formatIso(ends[ends.length - 1], 'year');
    parts.push(first === last ? first : `${first} – ${last}`);
  }
  parts.push(`exported ${formatIso(today)} with Eventline`);
  return parts.join(' · ');
}
