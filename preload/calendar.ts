/**
 * The calendar facts both processes need, pure and Date-free except for reading "today": the main
 * process (main/dates.ts, the extraction engine) and the renderer (renderer/src/dates) import them
 * from here, since the renderer cannot import main/. Years are astronomical: -0043 = 44 BC.
 */

/** A calendar day, with a time of day when the value had one. */
export interface IsoParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Zero-padded absolute value: pad(7, 2) = "07", pad(-43, 4) = "0043". */
export function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** A year as ISO text in astronomical numbering: 1998, 0033, -0043. */
export function formatIsoYear(year: number): string {
  return year < 0 ? `-${pad(year, 4)}` : pad(year, 4);
}

/** Today in the user's own time zone, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return `${formatIsoYear(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
