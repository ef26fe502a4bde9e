/**
 * Scores extracted events against hand-made expectations (the `*.gold.json` format):
 *   { "dct": "YYYY-MM-DD", "events": [{ "id", "start": [earliest, latest], "end"?: [earliest, latest],
 *     "point"?: true, "terms": [...], "optional"?: true }] }
 * An event matches a gold entry when its first day lies in the start window, its last day in the end
 * window (or, for a point, within the start window), and one of the terms appears in its title or
 * description. Each emitted event can satisfy one gold entry and each entry counts once, so a
 * duplicate is an error. Recall = required entries found / required entries; precision = emitted
 * events matching some entry (optional ones included) / emitted events.
 */
import type { ExtractedEvent } from '../../preload/domain';
import { compareIso, dayOf, isIsoDate } from './events/iso-dates';

export interface GoldEvent {
  id: string;
  start: [string, string];
  end?: [string, string];
  point?: boolean;
  terms: string[];
  optional?: boolean;
}

export interface GoldFile {
  dct: string;
  events: GoldEvent[];
}

export class GoldFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFormatError';
  }
}

function isWindow(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((item) => typeof item === 'string' && isIsoDate(item)) &&
    compareIso(value[0], value[1]) <= 0
  );
}

/** Validates parsed JSON as a gold file, naming the first problem found. */
export function parseGold(json: unknown): GoldFile {
  if (typeof json !== 'object' || json === null) throw new GoldFormatError('a gold file is a JSON object');
  const record = json as Record<string, unknown>;
  if (typeof record.dct !== 'string' || !isIsoDate(record.dct)) {
    throw new GoldFormatError('"dct" must be the publication date as YYYY-MM-DD');
  }
  if (!Array.isArray(record.events)) throw new GoldFormatError('"events" must be a list');
  const events = record.events.map((item: unknown, index): GoldEvent => {
    const where = `event ${index + 1}`;
    if (typeof item !== 'object' || item === null) throw new GoldFormatError(`${where} is not an object`);
    const event = item as Record<string, unknown>;
    const id = typeof event.id === 'string' ? event.id : `#${index + 1}`;
    if (!isWindow(event.start))
      throw new GoldFormatError(`${id}: "start" must be [earliest, latest] ISO dates`);
    if (event.end !== undefined && !isWindow(event.end)) {
      throw new GoldFormatError(`${id}: "end" must be [earliest, latest] ISO dates`);
    }
    if (!Array.isArray(event.terms) || !event.terms.every((term) => typeof term === 'string')) {
      throw new GoldFormatError(`${id}: "terms" must be a list of words`);
    }
    return {
      id,
      start: event.start,
      ...(event.end ? { end: event.end as [string, string] } : {}),
      ...(event.point === true ? { point: true } : {}),
      terms: event.terms as string[],
      ...(event.optional === true ? { optional: true } : {}),
    };
  });
  return { dct: record.dct, events };
}

const within = (day: string, [earliest, latest]: [string, string]): boolean =>
  compareIso(day, earliest) >= 0 && compareIso(day, latest) <= 0;

export function matchesGold(event: ExtractedEvent, gold: GoldEvent): boolean {
  const first = dayOf(event.start);
  const last = dayOf(event.end ?? event.start);
  if (!within(first, gold.start)) return false;
  if (gold.end && !within(last, gold.end)) return false;
  if (!gold.end && gold.point && compareIso(last, gold.start[1]) > 0) return false;
  const words = `${event.title}\n${event.description}`.toLowerCase();
  return gold.terms.length === 0 || gold.terms.some((term) => words.includes(term.toLowerCase()));
}

export interface EventScore {
  /** Required gold events, and how many of them an emitted event matched. */
  expected: number;
  found: number;
  /** Emitted events, and how many matched a gold event (required or optional). */
  emitted: number;
  right: number;
  missed: GoldEvent[];
  wrong: ExtractedEvent[];
  matched: Array<{ gold: GoldEvent; event: ExtractedEvent }>;
}

/** One-to-one assignment (augmenting paths), required entries first so optional ones never steal a match. */
export function scoreEvents(events: readonly ExtractedEvent[], gold: GoldFile): EventScore {
  const ownerOfEvent = new Map<number, number>();
  const goldOrder = gold.events
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Number(a.entry.optional ?? false) - Number(b.entry.optional ?? false));
  const tryAssign = (goldIndex: number, seen: Set<number>): boolean => {
    for (let e = 0; e < events.length; e++) {
      if (seen.has(e) || !matchesGold(events[e], gold.events[goldIndex])) continue;
      seen.add(e);
      const owner = ownerOfEvent.get(e);
      if (owner === undefined || tryAssign(owner, seen)) {
        ownerOfEvent.set(e, goldIndex);
        return true;
      }
    }
    return false;
  };
  const assigned = new Set<number>();
  for (const { index } of goldOrder) if (tryAssign(index, new Set())) assigned.add(index);
  const matchedGold = new Set(ownerOfEvent.values());
  const required = gold.events.filter((entry) => !entry.optional);
  return {
    expected: required.length,
    found: required.filter((entry) => matchedGold.has(gold.events.indexOf(entry))).length,
    emitted: events.length,
    right: ownerOfEvent.size,
    missed: required.filter((entry) => !matchedGold.has(gold.events.indexOf(entry))),
    wrong: events.filter((_, index) => !ownerOfEvent.has(index)),
    matched: [...ownerOfEvent.entries()].map(([e, g]) => ({ gold: gold.events[g], event: events[e] })),
  };
}

/** Totals over several files, for a corpus-level recall and precision. */
export function sumScores(
  scores: readonly EventScore[],
): Pick<EventScore, 'expected' | 'found' | 'emitted' | 'right'> {
  return scores.reduce(
    (sum, score) => ({
      expected: sum.expected + score.expected,
      found: sum.found + score.found,
      emitted: sum.emitted + score.emitted,
      right: sum.right + score.right,
    }),
    { expected: 0, found: 0, emitted: 0, right: 0 },
  );
}

export const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
