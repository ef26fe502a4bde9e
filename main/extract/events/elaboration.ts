/**
 * A bare clock time ("The quake hit at 4:17 a.m.") says when the happening already in focus took
 * place; it is no new event. It refines the latest event of a day told in the sentences just before.
 */
import type { ExtractedEvent, TimeExpression } from '../../../preload/domain';
import { compareIso, dayOf } from './iso-dates';

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

/** ", probably in", ", most likely in", ", perhaps as early as": a hedge that narrows the date before it. */
const ELABORATING =
  /^\s*[,(–—-]\s*(?:(?:probably|most\s+likely|more\s+likely|likely|possibly|perhaps|maybe|almost\s+certainly|presumably|ideally|hopefully|either)\s+)(?:as\s+(?:early|soon)\s+as\s+)?(?:in|on|during|by|around|at|over)?\s*$/i;
const EXPLICIT_YEAR = /\b\d{3,4}\b|['’]\d{2}\b/;

function shiftIsoYear(value: string, delta: number): string {
  return value.replace(/^([+-]?)(\d{4})/, (_, sign: string, year: string) => {
    const shifted = Number(`${sign}${year}`) + delta;
    return shifted < 0 ? `-${String(-shifted).padStart(4, '0')}` : String(shifted).padStart(4, '0');
  });
}

/**
 * "the first cut at some point next year, probably in the summer": a hedged time set off by a comma
 * refines the time just before it in the same clause. The two are one date, the finer one inside the
 * coarser (its year taken from it), approximate.
 */
export function joinElaborations(text: string, timexes: readonly TimeExpression[]): TimeExpression[] {
  const result: TimeExpression[] = [];
  for (const timex of timexes) {
    const previous = result[result.length - 1];
    const outer = previous?.interval;
    const inner = timex.interval;
    const joinable =
      previous &&
      outer &&
      inner &&
      previous.type === 'DATE' &&
      (timex.type === 'DATE' || timex.type === 'TIME') &&
      ELABORATING.test(text.slice(previous.end, timex.start));
    if (!joinable) {
      result.push(timex);
      continue;
    }
    let interval = inner;
    let value = timex.value;
    const inside = compareIso(inner.start, outer.start) >= 0 && compareIso(inner.end, outer.end) <= 0;
    if (!inside) {
      // "next year, probably in the summer": the summer of that year, unless it names its own year.
      const outerYear = /^[+-]?\d{4}/.exec(outer.start)?.[0];
      const innerYear = /^[+-]?\d{4}/.exec(inner.start)?.[0];
      if (!outerYear || !innerYear || EXPLICIT_YEAR.test(timex.text) || previous.precision !== 'year') {
        result.push(timex);
        continue;
      }
      const delta = Number(outerYear) - Number(innerYear);
      interval = { start: shiftIsoYear(inner.start, delta), end: shiftIsoYear(inner.end, delta) };
      if (/^[+-]?\d{4}/.exec(value)?.[0] === innerYear) value = shiftIsoYear(value, delta);
    }
    result[result.length - 1] = {
      ...timex,
      start: previous.start,
      text: text.slice(previous.start, timex.end),
      value,
      interval,
      mod: 'APPROX',
    };
  }
  return result;
}
