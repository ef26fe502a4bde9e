/**
 * chrono-node as a plain temporal tagger, so it can be scored beside ours on the same corpus. Its
 * results become TIMEX3 type and value from the components chrono is certain about.
 */
import * as chrono from 'chrono-node';
import type { TimexType } from '../../../preload/domain';

export interface TaggedExpression {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function timexOf(c: chrono.ParsedComponents): { type: TimexType; value: string } {
  const year = pad(c.get('year') ?? 0, 4);
  const month = pad(c.get('month') ?? 1, 2);
  const day = pad(c.get('day') ?? 1, 2);
  if (c.isCertain('hour')) {
    return {
      type: 'TIME',
      value: `${year}-${month}-${day}T${pad(c.get('hour') ?? 0, 2)}:${pad(c.get('minute') ?? 0, 2)}`,
    };
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: `${year}-${month}-${day}` };
  if (c.isCertain('month')) return { type: 'DATE', value: `${year}-${month}` };
  return { type: 'DATE', value: year };
}

export function chronoTag(text: string, referenceDate: string): TaggedExpression[] {
  const [y, m, d] = referenceDate.split('-').map(Number);
  // Noon, so no zone offset moves the reference to another day.
  const reference = new Date(y, m - 1, d, 12);
  const results = chrono.parse(text, reference);
  const out: TaggedExpression[] = [];
  let lastEnd = 0;
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    if (start < lastEnd) continue;
    out.push({ start, end, text: r.text, ...timexOf(r.start) });
    lastEnd = end;
  }
  return out;
}
