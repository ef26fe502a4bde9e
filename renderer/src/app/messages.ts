/** Turning failures and enum values into words for the user. */
import type { Precision, PublishedAtSource } from '../../../preload/domain';

/** The message of an API error is written for the user (preload/result.ts); anything else gets a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong. Please try again.';
}

export const PUBLISHED_AT_SOURCE: Record<PublishedAtSource, string> = {
  user: 'set by you',
  'json-ld': 'found in the page’s structured data',
  meta: 'found in the page’s meta tags',
  'time-element': 'found in the page’s date element',
  dateline: 'found in the dateline',
  'published-line': 'found in a “Published:” line',
  'default-today': 'not found in the text, so today’s date is used — please check it',
};

export const PRECISION_LABEL: Record<Precision, string> = {
  minute: 'exact time',
  hour: 'to the hour',
  day: 'exact day',
  week: 'to the week',
  month: 'to the month',
  quarter: 'to the quarter',
  season: 'to the season',
  year: 'to the year',
  decade: 'to the decade',
  century: 'to the century',
  millennium: 'to the millennium',
};

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
