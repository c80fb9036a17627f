/**
 * Dates as a newsroom writes them: a value with its precision.
 *
 * "2016-07" is the month of July 2016, not 1 July; "2016-09-08" is a calendar date that reads the
 * same in every reader's time zone; "2017-02-13T22:00" is a moment in the event's own zone.
 * Only luxon parses and does arithmetic here.
 */
import { DateTime, IANAZone } from 'luxon';
import { AXIS_LIMIT, formatYearNumber, isCalendarYear } from './deep-time.js';
import { remember } from '../util/cache.js';
import { quote } from '../util/quote.js';

export type Precision = 'year' | 'month' | 'day' | 'time';

export interface DateValue {
  /** The value as written in the data, e.g. "2016-07". */
  readonly iso: string;
  readonly precision: Precision;
  /**
   * First instant of the period. Calendar values (year, month, day) are kept in UTC so that no
   * reader zone can move them; time values are in the event's zone.
   * Invalid (a luxon invalid DateTime) for a deep-time year: see `deepYear`.
   */
  readonly start: DateTime;
  /** Exclusive end of the period the value names (the next month for "2016-07"). */
  readonly end: DateTime;
  /** Set only for a year beyond the calendar (deep time), which luxon cannot hold; precision is 'year'. */
  readonly deepYear?: number;
}

/** A value, perhaps with a warning about it (a clock time the zone skipped), or why there is none. */
export type DateParse =
  { value: DateValue; error?: undefined; warning?: string } | { value?: undefined; error: string; warning?: undefined };

/** A year: four digits, ISO expanded (+/- and six digits), or a plain negative number. */
const YEAR = String.raw`(\d{4}|[+-]\d{6})`;
const FORMS: ReadonlyArray<[Precision, RegExp]> = [
  ['year', new RegExp(`^(${YEAR}|-\\d+)$`)],
  ['month', new RegExp(`^${YEAR}-\\d{2}$`)],
  ['day', new RegExp(`^${YEAR}-\\d{2}-\\d{2}$`)],
  ['time', new RegExp(`^${YEAR}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$`)],
];
const HAS_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const EXPECTED = 'a date like 2016-09-08, 2016-09 or 2016, or a time like 2017-02-13T22:00';

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Parses an ISO 8601 date of year, month, day or time precision. Years before year 1 are written
 * in ISO expanded form ("-000500") or as a negative year number (-500, or "-500"); both are
 * astronomical years, so -500 is 501 BC. A year beyond the calendar gives a deep-time value.
 * @param zone IANA zone for a time written without an offset (the event's, else the file's).
 */
export function parseDateValue(input: unknown, zone = 'UTC'): DateParse {
  if (typeof input === 'number' && Number.isInteger(input) && input <= 0) return parseYear(String(input), input);
  if (typeof input !== 'string') return { error: `expected ${EXPECTED}; got ${quote(input)}` };
  const form = FORMS.find(([, pattern]) => pattern.test(input));
  if (!form) return { error: `expected ${EXPECTED}; got ${quote(input)}` };
  const precision = form[0];
  const year = parseInt(input, 10);
  if (precision === 'year') return parseYear(input, year);
  if (!isCalendarYear(year))
    return { error: `${quote(input)}: a date this far from the present can only be a year, like ${quote(year)}` };
  const start =
    precision !== 'time'
      ? calendarDate(input, year)
      : HAS_OFFSET.test(input)
        ? DateTime.fromISO(input, { setZone: true })
        : DateTime.fromISO(input, { zone });
  if (!start.isValid) return { error: `${quote(input)} is not a date in the calendar: ${explainInvalid(input)}` };
  const end = precision === 'time' ? start : start.plus({ [precision + 's']: 1 });
  const warning = precision === 'time' && !HAS_OFFSET.test(input) ? skippedTime(input, start, zone) : undefined;
  return { value: { iso: input, precision, start, end }, ...(warning && { warning }) };
}

/**
 * A clock time its zone skipped, when the clocks went forward (2:30 on the night New York moves
 * from 2:00 to 3:00): luxon moves it forward as the clocks did, and says so here. Written 24:00 is
 * the next day's midnight.
 */
function skippedTime(input: string, start: DateTime, zone: string): string | undefined {
  const t = input.indexOf('T');
  const [day, hour, minute] = [t - 2, t + 1, t + 4].map((at) => Number(input.slice(at, at + 2)));
  if (hour === 24 || (start.hour === hour && start.minute === minute && start.day === day)) return undefined;
  // In English, as every message of the validator; Intl's narrow no-break space before AM reads as a space.
  const english = start.setLocale('en-US');
  const time = english.toLocaleString({ hour: 'numeric', minute: '2-digit' }).replace(/\s/g, ' ');
  const shown = start.day === day ? time : `${english.toLocaleString({ month: 'long', day: 'numeric' })}, ${time}`;
  return `${input} does not exist in ${zone} (clocks went forward); it is shown as ${shown}`;
}

/**
 * A month or a day, already matched by FORMS: luxon builds and checks it from its numbers (an
 * impossible date such as 2016-02-30 is invalid), faster than from the text, which counts when a
 * file holds thousands of dates.
 */
function calendarDate(input: string, year: number): DateTime {
  const [month, day] = input
    .slice(input.indexOf('-', 1) + 1)
    .split('-')
    .map(Number);
  return DateTime.fromObject(day === undefined ? { year, month } : { year, month, day }, { zone: 'utc' });
}

function parseYear(iso: string, year: number): DateParse {
  if (!Number.isSafeInteger(year) || Math.abs(year) >= AXIS_LIMIT)
    return { error: `${quote(iso)} is too far from the present to place on a timeline` };
  if (!isCalendarYear(year)) {
    const beyond = DateTime.invalid('beyond the calendar', `year ${year} is deep time: see deepYear`);
    return { value: { iso, precision: 'year', start: beyond, end: beyond, deepYear: year } };
  }
  const start = DateTime.fromObject({ year }, { zone: 'utc' });
  return { value: { iso, precision: 'year', start, end: start.plus({ years: 1 }) } };
}

/** Why a well-formed date is not in the calendar, in the producer's words rather than luxon's. */
function explainInvalid(iso: string): string {
  const yearText = /^[+-]?\d+/.exec(iso)?.[0] ?? '';
  const [year, month, day, hour, minute, second] = [yearText, ...(iso.slice(yearText.length).match(/\d+/g) ?? [])].map(
    Number,
  );
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day !== undefined) {
    const first = DateTime.fromObject({ year, month }, { zone: 'utc', locale: 'en' });
    if (day < 1 || day > (first.daysInMonth ?? 31))
      return `${first.toLocaleString({ month: 'long' })} ${year} has ${first.daysInMonth} days`;
  }
  if (hour > 23) return `there is no hour ${hour} (hours go from 00 to 23)`;
  if (minute > 59) return `there is no minute ${minute}`;
  if (second > 59) return `there is no second ${second}`;
  return 'its offset is not a valid time-zone offset';
}

/** The astronomical year a value starts in (0 is 1 BC), for the year-number axis. */
export function yearOf(value: DateValue): number {
  return value.deepYear ?? value.start.year;
}

/** The same value reduced to the year it starts in: on a deep-time axis every date is a year. */
export function toYearPrecision(value: DateValue): DateValue {
  if (value.precision === 'year') return value;
  const start = DateTime.fromObject({ year: value.start.year }, { zone: 'utc' });
  return { iso: value.iso, precision: 'year', start, end: start.plus({ years: 1 }) };
}

/**
 * Position of a date on the timeline's axis, in milliseconds of "wall time": the date and clock
 * time as shown where it happened, encoded as if in UTC. A calendar date therefore sits on the
 * same spot for every reader, and a 10 p.m. event in Washington sits at 10 p.m. of its day.
 */
export function toAxisMillis(date: DateTime): number {
  // Where the clock shows UTC (every calendar date), the wall time is the instant: no conversion.
  return date.offset === 0 ? date.toMillis() : date.setZone('utc', { keepLocalTime: true }).toMillis();
}

const FULL: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  time: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
};

/**
 * The date in full words, as precise as the data and no more: "July 2016", "September 8, 2016",
 * "February 13, 2017, 10:00 PM EST", "501 BC", "13.8 billion years ago". A time is shown in its
 * own zone, never the reader's.
 */
export function formatDateValue(value: DateValue, locale: string): string {
  if (value.deepYear !== undefined) return formatYearNumber(value.deepYear, locale);
  // A month or year of the data is a Gregorian one: no month of another calendar matches it.
  if (value.precision === 'year') return formatYearNumber(value.start.year, gregorian(locale));
  const era: Intl.DateTimeFormatOptions = value.start.year < 1 ? { era: 'short' } : {};
  const calendar = value.precision === 'month' ? gregorian(locale) : locale;
  // A time is named in its own zone, which luxon knows.
  if (value.precision === 'time') return value.start.setLocale(calendar).toLocaleString({ ...FULL.time, ...era });
  // A calendar date is the wall date of its axis position, named in UTC by a formatter kept per
  // language: a list of 10,000 events or a zoom frame full of new labels names many dates.
  return calendarFormat(calendar, value.precision, era.era !== undefined).format(toAxisMillis(value.start));
}

const calendarFormats = new Map<string, Intl.DateTimeFormat>();

function calendarFormat(locale: string, precision: 'month' | 'day', bc: boolean): Intl.DateTimeFormat {
  return remember(
    calendarFormats,
    `${locale} ${precision} ${bc}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        ...FULL[precision],
        ...(bc ? { era: 'short' as const } : {}),
        timeZone: 'UTC',
      }),
  );
}

/**
 * The locale with the Gregorian calendar, for what is only true in it: months, years, and the
 * axis, whose ticks fall on Gregorian months. Days convert exactly and keep the reader's calendar.
 */
export function gregorian(locale: string): string {
  // Asked for by every tick of every zoom frame.
  return remember(gregorianLocales, locale, () => {
    try {
      return new Intl.Locale(locale, { calendar: 'gregory' }).toString();
    } catch {
      return locale;
    }
  });
}

const gregorianLocales = new Map<string, string>();

/** "c." in the reader's language; the languages a newsroom is likely to use, else the English form. */
const CIRCA: Record<string, string> = {
  de: 'ca.',
  nl: 'ca.',
  it: 'ca.',
  sv: 'ca.',
  da: 'ca.',
  nb: 'ca.',
  no: 'ca.',
  pl: 'ok.',
  cs: 'asi',
  fr: 'vers',
  es: 'c.',
  pt: 'c.',
};

/**
 * An event's date as its label says it: the start, the end of a range, and "c." when the date is
 * approximate ("c. 1850", "c. July 2016 – August 2016").
 */
export function formatEventDate(
  event: { start: DateValue; end?: DateValue; circa?: boolean; displayDate?: string },
  locale: string,
): string {
  // The file's own words for the date ("Summer 1969") win; start and end still place the event.
  if (event.displayDate) return event.displayDate;
  const start = formatDateValue(event.start, locale);
  const end = event.end && formatDateValue(event.end, locale);
  // A range whose ends read alike in words ("66 million years ago") is said once.
  const text = end && end !== start ? `${start} – ${end}` : start;
  return event.circa ? `${CIRCA[locale.slice(0, 2).toLowerCase()] ?? 'c.'} ${text}` : text;
}

/** The machine-readable form for `<time datetime>`: exactly the precision of the data. */
export function toDatetimeAttribute(value: DateValue): string {
  return value.precision === 'time' ? (value.start.toISO({ suppressMilliseconds: true }) ?? value.iso) : value.iso;
}

/**
 * A span of the axis in short words, "Jan 3 – Feb 9, 2016" or "Dec 1, 2015 – Jan 9, 2016", from
 * two axis positions (wall time, so formatted as UTC: the dates where the events happened). Two
 * dates joined as an event's range is, not Intl's formatRange: that is some twenty times slower,
 * and a zoom frame names every new cluster.
 */
export function formatAxisRange(from: number, to: number, locale: string): string {
  const { full, year, day, yearFirst } = remember(rangeFormats, locale, () => {
    const options = { month: 'short', day: 'numeric', timeZone: 'UTC' } as const;
    const full = new Intl.DateTimeFormat(gregorian(locale), { ...options, year: 'numeric' });
    const parts = full.formatToParts(0).map((p) => p.type);
    return {
      full,
      year: new Intl.DateTimeFormat(gregorian(locale), { year: 'numeric', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(gregorian(locale), options),
      // "2015年8月23日": the year leads, so it is said at the start of the span, not at its end.
      yearFirst: parts.indexOf('year') < parts.indexOf('month'),
    };
  });
  const [start, end] = [full.format(from), full.format(to)];
  if (start === end) return start;
  // Within one year, the year is said once: "Aug 23 – Oct 27, 2015", "2015年8月23日 – 10月27日".
  if (year.format(from) !== year.format(to)) return `${start} – ${end}`;
  return yearFirst ? `${start} – ${day.format(to)}` : `${day.format(from)} – ${end}`;
}

const rangeFormats = new Map<
  string,
  { full: Intl.DateTimeFormat; year: Intl.DateTimeFormat; day: Intl.DateTimeFormat; yearFirst: boolean }
>();
