import { formatAxisRange, formatDateValue, toYearPrecision, type DateValue } from '../model/date-value.js';
import { formatYearNumber } from '../model/deep-time.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { countEvents, fill, type Strings } from './strings.js';

/**
 * The sentence a screen reader hears before the list: "Timeline of 8 events from July 2016 to
 * March 2017." Months are enough to say where the story lies; a year where that is all the data has.
 */
export function summarize(events: readonly TimelineEvent[], strings: Strings, locale: string): string {
  if (events.length === 0) return '';
  const first = events[0].start;
  const last = events.reduce((latest, e) => (e.from > latest.from ? e : latest), events[0]).start;
  const [from, to] = [first, last].map((value) => formatDateValue(toMonthPrecision(value), locale));
  const values = { events: countEvents(strings, events.length, locale), from, to };
  return fill(from === to ? strings.summarySingle : strings.summaryRange, values, locale);
}

function toMonthPrecision(value: DateValue): DateValue {
  return value.precision === 'year' || value.deepYear !== undefined
    ? toYearPrecision(value)
    : { ...value, precision: 'month' };
}

/**
 * What a screen reader hears once a change of view has come to rest: "Showing 12 events, Sep 9 –
 * Sep 23, 2015", from the first to the last start in view. `span` is the stretch of the axis in
 * view, in its units (milliseconds, or years on a deep-time axis).
 */
export function describeShown(
  events: readonly TimelineEvent[],
  [from, to]: readonly [number, number],
  axis: Timeline['scale'],
  strings: Strings,
  locale: string,
): string {
  let count = 0;
  let [first, last] = [to, from];
  for (const e of events) {
    if (e.to < from || e.from > to) continue;
    count++;
    first = Math.min(first, Math.max(e.from, from));
    last = Math.max(last, e.from);
  }
  if (!count) [first, last] = [from, to];
  const dates =
    axis === 'years'
      ? `${formatYearNumber(Math.round(first), locale)} – ${formatYearNumber(Math.round(last), locale)}`
      : formatAxisRange(first, last, locale);
  return fill(strings.showing, { events: countEvents(strings, count, locale), dates }, locale);
}
