/**
 * A bare clock time ("The quake hit at 4:17 a.m.") says when the happening already in focus took
 * place; it is no new event. It refines the latest event of a day told in the sentences just before.
 */
import type { ExtractedEvent, TimeExpression } from '../../../preload/domain';
import { dayOf } from './iso-dates';

const BARE_CLOCK =
  /^(?:at\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|shortly\s+(?:before|after)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs|o['’]clock)?|noon|midday|midnight)(?:\s+(?:local|GMT|UTC|BST|CET|EST|EDT|PST|PDT|Eastern|Pacific|Central|Moscow|Beijing)(?:\s+time)?)?$/i;

export function isBareClockTime(timex: TimeExpression): boolean {
  return timex.type === 'TIME' && BARE_CLOCK.test(timex.text.trim());
}

const contentWords = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 3),
  );

/**
 * The earlier event a bare clock time elaborates: of the day-precise events in the last few sentences,
 * the one sharing most words with the clock's own clause (ties go to the latest). -1 if none.
 */
export function elaboratedEvent(
  events: readonly ExtractedEvent[],
  sentenceStart: number,
  window: number,
  clockText: string,
): number {
  const words = contentWords(clockText);
  let best = -1;
  let bestShared = -1;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event.sourceEnd < sentenceStart - window) break;
    const precise = event.precision === 'day' || event.precision === 'hour' || event.precision === 'minute';
    if (event.end || !precise) continue;
    const theirs = contentWords(`${event.title} ${event.description}`);
    const shared = [...words].filter((word) =>
      [...theirs].some((other) => other.startsWith(word.slice(0, 4))),
    ).length;
    if (shared > bestShared) {
      best = i;
      bestShared = shared;
    }
  }
  return best;
}

/** The earlier event, now dated to the minute the clock time names. */
export function refineWithClock(event: ExtractedEvent, clock: TimeExpression): ExtractedEvent {
  const time = clock.interval?.start.split('T')[1];
  if (!time || event.precision !== 'day') return event;
  return {
    ...event,
    start: `${dayOf(event.start)}T${time}`,
    precision: /:\d{2}$/.test(time) && !time.endsWith(':00') ? 'minute' : 'hour',
    timexes: [...event.timexes, clock],
  };
}
