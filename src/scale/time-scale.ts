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

/** The finest precision of a file's dates: its axis never names anything finer, nor zooms past it. */
export type Finest = 'time' | 'day' | 'month' | 'year';

interface Dated {
  start: { precision: string };
  end?: { precision: string };
}

export function finestPrecision(events: readonly Dated[]): Finest {
  const has = (p: string) => events.some((e) => e.start.precision === p || e.end?.precision === p);
  return has('time') ? 'time' : has('day') ? 'day' : has('month') ? 'month' : 'year';
}

/** The narrowest stretch in view at the deepest zoom, by the file's finest precision. */
const NARROWEST: Record<Finest, number> = { time: 3 * HOUR, day: 7 * DAY, month: 180 * DAY, year: 5 * 365 * DAY };

/**
 * How far a reader may zoom in: where the data's precision ends. Hours when events have times,
 * about a week for calendar dates, half a year for months, five years for years (on a deep-time
 * axis, whose units are years, a decade), so the deepest zoom still shows something.
 */
export function maxZoom(
  scale: ScaleTime<number, number>,
  { events, scale: axis }: { events: readonly Dated[]; scale?: 'calendar' | 'years' },
): number {
  const [from, to] = scale.domain().map(Number);
  const narrowest = axis === 'years' ? 10 : NARROWEST[finestPrecision(events)];
  return Math.max(1, (to - from) / narrowest);
}

export interface Tick {
  value: number;
  label: string;
}

/** About the room (px) each tick of the axis is given. */
export const TICK_ROOM = 90;

/**
 * Roughly one tick per TICK_ROOM px, labelled in the reader's language, never finer than the file's
 * dates (`finest`): a file of calendar dates names no time of day (a "12:00 PM" no event has), a
 * file of years no month.
 */
export function createTicks(
  scale: ScaleTime<number, number>,
  width: number,
  locale: string,
  finest: Finest = 'time',
): Tick[] {
  let values = scale.ticks(Math.max(2, Math.floor(width / TICK_ROOM))).map((d) => d.getTime());
  const unit = UNIT[finest];
  if (unit && values.some((value) => !startsA(unit, value))) values = unitTicks(scale, unit);
  return values.map((value, i) => ({ value, label: formatTick(value, locale, i === 0) }));
}

const UNIT = { time: undefined, day: 'day', month: 'month', year: 'year' } as const;
type Unit = 'day' | 'month' | 'year';

const startsA = (unit: Unit, value: number) => {
  const date = DateTime.fromMillis(value, { zone: 'utc' });
  return +date.startOf(unit) === value;
};

/**
 * Every start of a day, month or year in the scale's domain: asked for only where d3 would tick
 * finer, which the zoom limit (maxZoom) keeps to a few of them.
 */
function unitTicks(scale: ScaleTime<number, number>, unit: Unit): number[] {
  const [from, to] = scale.domain().map(Number);
  const values: number[] = [];
  let start = DateTime.fromMillis(from, { zone: 'utc' }).startOf(unit);
  for (let n = 0; n < 400 && start.toMillis() <= to; n++, start = start.plus({ [`${unit}s`]: 1 }))
    if (start.toMillis() >= from) values.push(start.toMillis());
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
