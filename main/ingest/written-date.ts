/**
 * Calendar dates as news pages write them: ISO timestamps, "Jan. 16, 2024", "16 January 2024",
 * "Tue, 16 Jan 2024 02:00:00 GMT". Dates are taken as written: no time-zone conversion, because a
 * story stamped 2024-01-16T02:00+05:30 was published on the 16th where it was written.
 */
import { isIsoDay } from '../dates';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month name or its abbreviation, AP style included ("Sept."). */
export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})${ORDINAL}(?:,?\\s+(\\d{4}))?(?![\\d:])`,
  'i',
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})${ORDINAL}\\s+(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?(?![\\d:])`,
  'i',
);
const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const COMPACT_ISO = /^\s*(\d{4})(\d{2})(\d{2})(?:T|$)/;
const SLASHED_ISO = /^\s*(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/;
/** 16.01.2024, as German and other European sites write it (day first, never ambiguous with dots). */
const DOTTED_DAY_FIRST = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;

/** A date found in free text; `year` is absent for "Jan. 16". */
export interface WrittenDate {
  year?: number;
  month: number;
  day: number;
  /** Offset and length of the match in the searched text. */
  index: number;
  length: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDay(year: number, month: number, day: number): string | undefined {
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isIsoDay(iso) ? iso : undefined;
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

/** The first written date ("Jan. 16, 2024", "16 January", ...) in a piece of text. */
export function findWrittenDate(text: string): WrittenDate | undefined {
  const candidates: WrittenDate[] = [];
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    candidates.push({
      month: monthNumber(mdy[1]),
      day: Number(mdy[2]),
      ...(mdy[3] ? { year: Number(mdy[3]) } : {}),
      index: mdy.index,
      length: mdy[0].length,
    });
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    candidates.push({
      month: monthNumber(dmy[2]),
      day: Number(dmy[1]),
      ...(dmy[3] ? { year: Number(dmy[3]) } : {}),
      index: dmy.index,
      length: dmy[0].length,
    });
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    candidates.push({
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      index: iso.index,
      length: iso[0].length,
    });
  }
  const valid = candidates.filter((c) => c.day >= 1 && c.day <= 31 && c.month >= 1 && c.month <= 12);
  valid.sort((a, b) => a.index - b.index);
  return valid[0];
}

/**
 * The calendar day a machine-readable or written date value names, as written (no zone conversion);
 * undefined when the value is not a full date.
 */
export function calendarDateOf(value: string): string | undefined {
  const trimmed = value.trim();
  for (const pattern of [ISO_PREFIX, COMPACT_ISO, SLASHED_ISO]) {
    const match = pattern.exec(trimmed);
    if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  const dotted = DOTTED_DAY_FIRST.exec(trimmed);
  if (dotted) return isoDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  // Only short values: a written date must be the value itself, not somewhere in a sentence.
  if (trimmed.length > 60) return undefined;
  const written = findWrittenDate(trimmed);
  if (!written || written.year === undefined) return undefined;
  return isoDay(written.year, written.month, written.day);
}

/** Whole days between two ISO days (b - a), through UTC so no local zone is involved. */
export function daysBetween(a: string, b: string): number {
  const toUtc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return date.getTime();
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/**
 * Gives a yearless date ("Jan. 16") a year. Against a known publication date it is the nearest such
 * day; against today it is the latest one not after today, because news reports the past.
 */
export function resolveYear(
  month: number,
  day: number,
  reference: { near: string } | { notAfter: string },
): string | undefined {
  const anchor = 'near' in reference ? reference.near : reference.notAfter;
  const year = Number(anchor.slice(0, 4));
  const options = [year - 1, year, year + 1]
    .map((y) => isoDay(y, month, day))
    .filter((iso): iso is string => iso !== undefined);
  if ('near' in reference) {
    options.sort((a, b) => Math.abs(daysBetween(anchor, a)) - Math.abs(daysBetween(anchor, b)));
    return options[0];
  }
  // One day of slack: a story dated "tomorrow" in a zone ahead of the user's.
  return options.filter((iso) => daysBetween(iso, anchor) >= -1).pop();
}
