/**
 * Dates as a newsroom writes them: a value with its precision.
 *
 * "2016-07" is the month of July 2016, not 1 July; "2016-09-08" is a calendar date that reads the
 * same in every reader's time zone; "2017-02-13T22:00" is a moment in the event's own zone.
 * Only luxon parses and does arithmetic here.
 */
import { DateTime, IANAZone } from 'luxon';

export type Precision = 'year' | 'month' | 'day' | 'time';

export interface DateValue {
  /** The value as written in the data, e.g. "2016-07". */
  readonly iso: string;
  readonly precision: Precision;
  /**
   * First instant of the period. Calendar values (year, month, day) are kept in UTC so that no
   * reader zone can move them; time values are in the event's zone.
   */
  readonly start: DateTime;
  /** Exclusive end of the period the value names (the next month for "2016-07"). */
  readonly end: DateTime;
}

export type DateParse = { value: DateValue; error?: undefined } | { value?: undefined; error: string };

const FORMS: ReadonlyArray<[Precision, RegExp]> = [
  ['year', /^\d{4}$/],
  ['month', /^\d{4}-\d{2}$/],
  ['day', /^\d{4}-\d{2}-\d{2}$/],
  ['time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/],
];
const HAS_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const EXPECTED = 'a date like 2016-09-08, 2016-09 or 2016, or a time like 2017-02-13T22:00';

/** Shortens a found value for a message, so a producer sees what was wrong without a wall of text. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `'${text.length > 40 ? text.slice(0, 39) + '…' : text}'`;
}

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Parses an ISO 8601 date of year, month, day or time precision.
 * @param zone IANA zone for a time written without an offset (the event's, else the file's).
 */
export function parseDateValue(text: unknown, zone = 'UTC'): DateParse {
  if (typeof text !== 'string') return { error: `expected ${EXPECTED}; got ${quote(text)}` };
  const form = FORMS.find(([, pattern]) => pattern.test(text));
  if (!form) return { error: `expected ${EXPECTED}; got ${quote(text)}` };
  const precision = form[0];
  const start =
    precision !== 'time'
      ? DateTime.fromISO(text, { zone: 'utc' })
      : HAS_OFFSET.test(text)
        ? DateTime.fromISO(text, { setZone: true })
        : DateTime.fromISO(text, { zone });
  if (!start.isValid) return { error: `${quote(text)} is not a date in the calendar (${start.invalidExplanation ?? start.invalidReason})` };
  const end = precision === 'time' ? start : start.plus({ [precision + 's']: 1 });
  return { value: { iso: text, precision, start, end } };
}

/**
 * Position of a date on the timeline's axis, in milliseconds of "wall time": the date and clock
 * time as shown where it happened, encoded as if in UTC. A calendar date therefore sits on the
 * same spot for every reader, and a 10 p.m. event in Washington sits at 10 p.m. of its day.
 */
export function toAxisMillis(date: DateTime): number {
  return date.setZone('utc', { keepLocalTime: true }).toMillis();
}

const FULL: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  time: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
};

/**
 * The date in full words, as precise as the data and no more: "July 2016", "September 8, 2016",
 * "February 13, 2017, 10:00 PM EST". A time is shown in its own zone, never the reader's.
 */
export function formatDateValue(value: DateValue, locale: string): string {
  return value.start.setLocale(locale).toLocaleString(FULL[value.precision]);
}

/** The machine-readable form for `<time datetime>`: exactly the precision of the data. */
export function toDatetimeAttribute(value: DateValue): string {
  return value.precision === 'time' ? (value.start.toISO({ suppressMilliseconds: true }) ?? value.iso) : value.iso;
}

/**
 * A span of the axis in short words, "Jan 3 – Feb 9, 2016", from two axis positions (wall time,
 * so formatted as UTC: the dates where the events happened).
 */
export function formatAxisRange(from: number, to: number, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return from === to ? format.format(from) : format.formatRange(from, to);
}
