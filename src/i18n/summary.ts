import { formatDateValue, toYearPrecision, type DateValue } from '../model/date-value.js';
import type { TimelineEvent } from '../model/types.js';
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
