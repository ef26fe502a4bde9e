/**
 * English word lists for the temporal tagger. Recognisers build their patterns from these tables, so
 * supporting a new phrase is usually adding one entry here.
 */

/** Month names and abbreviations (lower case, without the dot) to month numbers. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Month words that are also ordinary English words: only taken as months with more evidence. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sep', 'oct', 'aug']);

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tues: 2,
  tue: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thurs: 4,
  thu: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Weekday abbreviations that are common words: only taken with a trailing dot. */
export const AMBIGUOUS_WEEKDAYS = new Set(['mon', 'wed', 'sat', 'sun', 'tue', 'thu', 'fri']);

/** Cardinal number words. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
  single: 1,
  dozen: 12,
  'a dozen': 12,
  'half a dozen': 6,
  'a couple of': 2,
  'a couple': 2,
  'couple of': 2,
};

/** Quantities that name no number: the duration value gets an X ("several years" = PXY). */
export const VAGUE_QUANTITIES = [
  'several',
  'a few',
  'few',
  'many',
  'some',
  'a number of',
  'numerous',
  'countless',
];

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty-second': 22,
  'twenty-third': 23,
  'twenty-fourth': 24,
  'twenty-fifth': 25,
  'twenty-sixth': 26,
  'twenty-seventh': 27,
  'twenty-eighth': 28,
  'twenty-ninth': 29,
  thirtieth: 30,
  'thirty-first': 31,
  last: -1,
  final: -1,
};

/** Calendar units, singular and plural, to the TIMEX3 duration unit letter and our unit name. */
export type CalendarUnit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium';

export const UNITS: Record<string, CalendarUnit> = {
  second: 'second',
  seconds: 'second',
  sec: 'second',
  secs: 'second',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  night: 'day',
  nights: 'day',
  week: 'week',
  weeks: 'week',
  fortnight: 'week',
  weekend: 'weekend',
  weekends: 'weekend',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  millennium: 'millennium',
  millennia: 'millennium',
  millenniums: 'millennium',
};

/** How each unit is written in a TIMEX3 duration (P1Y, PT3H; decades and centuries in years, as annotators do). */
export const DURATION_LETTER: Record<CalendarUnit, { letter: string; time: boolean; factor: number }> = {
  second: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 },
  day: { letter: 'D', time: false, factor: 1 },
  week: { letter: 'W', time: false, factor: 1 },
  weekend: { letter: 'WE', time: false, factor: 1 },
  month: { letter: 'M', time: false, factor: 1 },
  quarter: { letter: 'Q', time: false, factor: 1 },
  half: { letter: 'M', time: false, factor: 6 },
  year: { letter: 'Y', time: false, factor: 1 },
  decade: { letter: 'Y', time: false, factor: 10 },
  century: { letter: 'Y', time: false, factor: 100 },
  millennium: { letter: 'Y', time: false, factor: 1000 },
};

export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Parts of the day, as TIMEX3 writes them after the T of a date. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  midday: 'MI',
};

/**
 * Words taken as references to the present, past or future (TIMEX3 *_REF values). Only words that
 * are temporal most of the time in news: "soon", "previously", "so far" are mostly left untagged by
 * TimeML annotators.
 */
export const REFERENCE_WORDS: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  recently: 'PAST_REF',
  'more recently': 'PAST_REF',
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'the long term': 'FUTURE_REF',
};

/** Words before an expression that narrow it to part of its span (TIMEX3 mod). */
export const POSITION_MODIFIERS: Record<string, string> = {
  early: 'START',
  'early on': 'START',
  'the early': 'START',
  'the beginning of': 'START',
  'beginning of': 'START',
  'the start of': 'START',
  'start of': 'START',
  'the dawn of': 'START',
  late: 'END',
  'late on': 'END',
  'the late': 'END',
  'the end of': 'END',
  'end of': 'END',
  'end-': 'END',
  'the close of': 'END',
  'the latter part of': 'END',
  later: 'END',
  'the middle of': 'MID',
  'middle of': 'MID',
  mid: 'MID',
  'mid-': 'MID',
  'the mid': 'MID',
  'the mid-': 'MID',
};

/** Words before an amount that make it approximate or a bound (TIMEX3 mod). */
export const QUANTITY_MODIFIERS: Record<string, string> = {
  about: 'APPROX',
  around: 'APPROX',
  approximately: 'APPROX',
  roughly: 'APPROX',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'less than': 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  under: 'LESS_THAN',
  'just under': 'LESS_THAN',
  'more than': 'MORE_THAN',
  'just over': 'MORE_THAN',
  'well over': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
  'up to': 'EQUAL_OR_LESS',
};

/** Fixed-date holidays (month, day). */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'new year': [1, 1],
  'christmas eve': [12, 24],
  'independence day': [7, 4],
  'bastille day': [7, 14],
  halloween: [10, 31],
  "valentine's day": [2, 14],
  'veterans day': [11, 11],
  'armistice day': [11, 11],
  'boxing day': [12, 26],
  "international women's day": [3, 8],
  "st. patrick's day": [3, 17],
  "saint patrick's day": [3, 17],
  'remembrance day': [11, 11],
  'canada day': [7, 1],
  'australia day': [1, 26],
  'anzac day': [4, 25],
  'earth day': [4, 22],
  'guy fawkes night': [11, 5],
};

/** Holidays on the n-th weekday of a month: [month, weekday, n] (n = -1 for the last). */
export const WEEKDAY_HOLIDAYS: Record<string, [number, number, number]> = {
  'thanksgiving day': [11, 4, 4],
  thanksgiving: [11, 4, 4],
  'labor day': [9, 1, 1],
  'memorial day': [5, 1, -1],
  'martin luther king day': [1, 1, 3],
  "presidents' day": [2, 1, 3],
  "mother's day": [5, 7, 2],
  "father's day": [6, 7, 3],
  'columbus day': [10, 1, 2],
};

/** Words that make a clause future (so "on Monday" is the coming Monday). */
export const FUTURE_MARKERS = [
  'will',
  "'ll",
  'shall',
  'would',
  'might',
  'going to',
  'plans to',
  'plan to',
  'planned to',
  'planning to',
  'scheduled to',
  'scheduled for',
  'slated to',
  'slated for',
  'set for',
  'planned for',
  'forecast to',
  'forecast for',
  'poised to',
  'expected to',
  'expects to',
  'set to',
  'due',
  'is to',
  'are to',
  'intends to',
  'hopes to',
  'as soon as',
  'as early as',
  'effective',
  'starting',
  'upcoming',
];

/**
 * Verbs of scheduled happenings in the simple present: news writes what is timetabled that way
 * ("the trial begins Monday", "ministers meet on Friday"), so the clause points ahead. Only forms that
 * are rarely nouns or adjectives ("opens", not "open"; "meets", not "meeting"; not "returns",
 * "visits", "travels").
 */
export const SCHEDULED_PRESENT_VERBS = [
  'begins',
  'starts',
  'opens',
  'resumes',
  'reopens',
  'closes',
  'ends',
  'expires',
  'meets',
  'meet',
  'convenes',
  'reconvenes',
  'arrives',
  'takes office',
  'kicks off',
  'goes on trial',
  'stands trial',
  'takes effect',
  'take effect',
  // Plural subjects: "talks resume Monday", "hearings begin on Friday".
  'begin',
  'resume',
  'reopen',
  'convene',
  'reconvene',
  'expire',
  'take office',
  'kick off',
];

/** Words that make a clause past (so "on Monday" is the Monday before); "-ed" verbs count too. */
export const PAST_MARKERS = [
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'ago',
  'last',
  'earlier',
  'began',
  'met',
  'made',
  'took',
  'went',
  'came',
  'left',
  'held',
  'gave',
  'sent',
  'spoke',
  'won',
  'lost',
  'rose',
  'fell',
  'saw',
  'got',
  // Irregular past forms that are not also common present forms or nouns ("set", "cut", "read" are).
  'bought',
  'sold',
  'paid',
  'brought',
  'found',
  'thought',
  'built',
  'became',
  'ran',
  'wrote',
  'knew',
  'stood',
  'fought',
  'caught',
  'taught',
  'led',
  'fled',
  'struck',
  'drove',
  'threw',
  'grew',
  'shot',
  'kept',
  'felt',
  'meant',
  'heard',
  'broke',
  'chose',
  'spent',
  'sought',
  'drew',
  'flew',
  'froze',
  'hid',
  'rode',
  'sank',
  'shook',
  'stole',
  'swept',
  'tore',
  'understood',
  'woke',
  'wore',
  'withdrew',
  'overtook',
  'undertook',
  'arose',
  'blew',
  'dealt',
  'dug',
  'fed',
  'forgave',
  'sang',
  'slept',
  'upheld',
  'withheld',
  'overcame',
  'forbade',
  'slid',
  'spun',
  'swore',
];

/** Words before a bare month name ("in May", "the March accession") that make it the month. */
export const MONTH_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'in',
  'of',
  'since',
  'until',
  'till',
  'by',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'before',
  'after',
  'from',
  'to',
  'through',
  'during',
  'between',
  'and',
  'or',
  'end',
  'beginning',
  'start',
  'middle',
  'on',
  'for',
  'past',
  'previous',
  'coming',
]);

/** Words before a bare plural unit that make it a duration ("for years", "took months"). */
export const BARE_PLURAL_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'for',
  'in',
  'within',
  'over',
  'after',
  'take',
  'takes',
  'took',
  'taking',
  'spent',
  'lasted',
  'last',
  'about',
  'nearly',
  'almost',
]);

/** Feasts that move with Easter: days from Easter Sunday. */
export const EASTER_HOLIDAYS: Record<string, number> = {
  easter: 0,
  'easter sunday': 0,
  'easter day': 0,
  'good friday': -2,
  'holy thursday': -3,
  'maundy thursday': -3,
  'palm sunday': -7,
  'easter monday': 1,
  'ash wednesday': -46,
  'ascension day': 39,
  pentecost: 49,
};

/** Days named after a weekday rule with a shift: [month, weekday, n, days after]. */
export const SHIFTED_WEEKDAY_HOLIDAYS: Record<string, [number, number, number, number]> = {
  // The Tuesday after the first Monday of November.
  'election day': [11, 1, 1, 1],
};
