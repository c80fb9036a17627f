/**
 * The time scale. Positions are wall-time milliseconds (see toAxisMillis), so the scale is a UTC
 * scale: its ticks fall on the calendar's month and year boundaries for every reader.
 */
import { max, min } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { DateTime } from 'luxon';
import { gregorian } from '../model/date-value.js';
import { AXIS_LIMIT } from '../model/deep-time.js';
import { remember } from '../util/cache.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Room at each end of the axis, in px, so end marks are not cut. */
export const MARGIN_X = 16;

export interface Span {
  from: number;
  to: number;
}

/**
 * A scale over the events with a little air at both ends, so no mark sits on the edge, but never
 * past the range of dates (events at the ends of it keep their place on the axis).
 */
export function createTimeScale(spans: readonly Span[], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(paddedDomain(spans, DAY)).range(range);
}

/** The spans' extent, widened by 3% (at least `least`) at each end, within ±AXIS_LIMIT. */
export function paddedDomain(spans: readonly Span[], least: number): [number, number] {
  const from = Number(min(spans, (s) => s.from));
  const to = Number(max(spans, (s) => s.to));
  const pad = Math.max((to - from) * 0.03, least);
  return [Math.max(from - pad, -AXIS_LIMIT), Math.min(to + pad, AXIS_LIMIT)];
}

/**
 * How far a reader may zoom in: down to hours when events have times, else to about a week (on a
 * deep-time axis, whose units are years, to a decade), so the deepest zoom still shows something.
 */
export function maxZoom(
  scale: ScaleTime<number, number>,
  { events, scale: axis }: { events: ReadonlyArray<{ start: { precision: string } }>; scale?: 'calendar' | 'years' },
): number {
  const [from, to] = scale.domain().map(Number);
  const narrowest = axis === 'years' ? 10 : events.some((e) => e.start.precision === 'time') ? 3 * HOUR : 7 * DAY;
  return Math.max(1, (to - from) / narrowest);
}

export interface Tick {
  value: number;
  label: string;
}

/**
 * Roughly one tick per 90 px, labelled in the reader's language. `days`: the file has calendar
 * dates only, so no tick names a time of day (a "12:00 PM" no event has): days at the finest.
 */
export function createTicks(scale: ScaleTime<number, number>, width: number, locale: string, days = false): Tick[] {
  let values = scale.ticks(Math.max(2, Math.floor(width / 90))).map((d) => d.getTime());
  if (days && values.some((value) => DateTime.fromMillis(value, { zone: 'utc' }).hour !== 0)) values = dayTicks(scale);
  return values.map((value, i) => ({ value, label: formatTick(value, locale, i === 0) }));
}

/** Every midnight in the scale's domain: asked for only where d3 would tick hours, so a few days. */
function dayTicks(scale: ScaleTime<number, number>): number[] {
  const [from, to] = scale.domain().map(Number);
  const values: number[] = [];
  let day = DateTime.fromMillis(from, { zone: 'utc' }).startOf('day');
  for (let n = 0; n < 400 && day.toMillis() <= to; n++, day = day.plus({ days: 1 }))
    if (day.toMillis() >= from) values.push(day.toMillis());
  return values;
}

/**
 * A tick says only what changed at it: "2017" on New Year, "Oct" on a month, "Oct 8" on a day.
 * The first tick also names the year, so a reader is never left to guess it.
 */
export function formatTick(value: number, locale: string, withYear = false): string {
  // A zoom or pan shows mostly the ticks of the frame before: remember a few thousand.
  return remember(tickLabels, `${locale} ${value} ${withYear}`, () => nameTick(value, locale, withYear), 4000);
}

const tickLabels = new Map<string, string>();

function nameTick(value: number, locale: string, withYear: boolean): string {
  // Luxon reads the fields; Intl names them (a formatter per kind of tick and language, kept).
  const date = DateTime.fromMillis(value, { zone: 'utc' });
  const year = withYear ? { year: 'numeric' as const } : {};
  if (date.hour !== 0 || date.minute !== 0)
    return tickFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(value);
  if (date.day !== 1) return tickFormat(locale, { month: 'short', day: 'numeric', ...year }).format(value);
  if (date.month !== 1) return tickFormat(locale, { month: 'short', ...year }).format(value);
  return tickFormat(locale, { year: 'numeric' }).format(value);
}

const tickFormats = new Map<string, Intl.DateTimeFormat>();

/** Positions are wall times written as UTC (see toAxisMillis), so they are named in UTC. */
function tickFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return remember(
    tickFormats,
    `${locale} ${Object.entries(options).join()}`,
    () => new Intl.DateTimeFormat(gregorian(locale), { ...options, timeZone: 'UTC' }),
  );
}
