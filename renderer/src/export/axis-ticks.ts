/**
 * Date axis ticks for the PNG export: a calendar step (days, months or years) chosen so that no more
 * than `maxTicks` labels fit, ticks on round calendar boundaries, all computed in UTC.
 */
import { displayMonth, eraYear } from '../dates/iso-dates';

export interface Tick {
  time: number;
  label: string;
}

type Unit = 'day' | 'month' | 'year';

interface Step {
  unit: Unit;
  count: number;
  /** Rough length, to pick a step. */
  approxMs: number;
}

const DAY = 86_400_000;
const STEPS: Step[] = [
  { unit: 'day', count: 1, approxMs: DAY },
  { unit: 'day', count: 2, approxMs: 2 * DAY },
  { unit: 'day', count: 7, approxMs: 7 * DAY },
  { unit: 'day', count: 14, approxMs: 14 * DAY },
  { unit: 'month', count: 1, approxMs: 30.4 * DAY },
  { unit: 'month', count: 2, approxMs: 61 * DAY },
  { unit: 'month', count: 3, approxMs: 91 * DAY },
  { unit: 'month', count: 6, approxMs: 183 * DAY },
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000].map((count) => ({
    unit: 'year' as const,
    count,
    approxMs: count * 365.25 * DAY,
  })),
];

export function chooseStep(from: number, to: number, maxTicks: number): Step {
  const span = to - from;
  return STEPS.find((step) => span / step.approxMs <= maxTicks) ?? STEPS[STEPS.length - 1];
}

function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(0, 0, 0, 0);
  return date;
}

/** Largest multiple of `count` not above value, also for negative years. */
const floorTo = (value: number, count: number) => Math.floor(value / count) * count;

function firstTick(from: Date, step: Step): Date {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth();
  if (step.unit === 'year') return utc(floorTo(y, step.count), 0, 1);
  if (step.unit === 'month') return utc(y, floorTo(m, step.count), 1);
  if (step.count === 7 || step.count === 14) {
    // Weeks start on Monday.
    const d = utc(y, m, from.getUTCDate());
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d;
  }
  return utc(y, m, from.getUTCDate());
}

function advance(date: Date, step: Step): Date {
  const next = new Date(date.getTime());
  if (step.unit === 'year') next.setUTCFullYear(next.getUTCFullYear() + step.count);
  else if (step.unit === 'month') next.setUTCMonth(next.getUTCMonth() + step.count);
  else next.setUTCDate(next.getUTCDate() + step.count);
  return next;
}

function label(date: Date, step: Step): string {
  // As on the on-screen axis: AD 200 next to 44 BC.
  const year = eraYear(date.getUTCFullYear());
  if (step.unit === 'year') return year;
  const month = displayMonth(date.getUTCMonth() + 1);
  if (step.unit === 'month') return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

export function buildTicks(from: number, to: number, maxTicks: number): Tick[] {
  if (!(to > from)) return [];
  const step = chooseStep(from, to, maxTicks);
  const ticks: Tick[] = [];
  for (let date = firstTick(new Date(from), step); date.getTime() <= to; date = advance(date, step)) {
    if (date.getTime() >= from) ticks.push({ time: date.getTime(), label: label(date, step) });
    if (ticks.length > maxTicks * 3) break;
  }
  return ticks;
}
