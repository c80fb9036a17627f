/**
 * The vertical layout, for narrow containers: events in time order, read with the page's own
 * scroll. Nothing to place but the year headings, shown where the year changes.
 */
import type { Orientation, TimelineEvent } from '../model/types.js';
import { formatDateValue, formatEventDate, toYearPrecision } from '../model/date-value.js';

export interface ListItem {
  event: TimelineEvent;
  date: string;
  /** The year, on the first event of each year. */
  year?: string;
}

export function layoutList(events: readonly TimelineEvent[], locale: string): ListItem[] {
  let previous: string | undefined;
  return events.map((event) => {
    const year = formatDateValue(toYearPrecision(event.start), locale);
    const item = { event, date: formatEventDate(event, locale), year: year === previous ? undefined : year };
    previous = year;
    return item;
  });
}

/** Vertical below the breakpoint, unless the page forces one. */
export function chooseOrientation(width: number, forced: string | undefined, breakpoint: number): Orientation {
  if (forced === 'horizontal' || forced === 'vertical') return forced;
  return width < breakpoint ? 'vertical' : 'horizontal';
}
