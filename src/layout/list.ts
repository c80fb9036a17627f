/**
 * The vertical layout, for narrow containers: events in time order, read with the page's own
 * scroll. Nothing to place but the year headings, shown where the year changes. A list shows a
 * page of events at a time around the reader's place, and its items are made as they are shown:
 * a file of 100,000 events must not become 600,000 nodes, nor 200,000 date formats.
 */
import type { Orientation, TimelineEvent } from '../model/types.js';
import { formatDateValue, formatEventDate, toYearPrecision } from '../model/date-value.js';

export interface ListItem {
  event: TimelineEvent;
  date: string;
  /** The year it falls in. */
  year: string;
  /** The first event of its year: the year heads it. */
  newYear: boolean;
}

/** The list's items, each made when it is first asked for. */
export interface ListItems {
  length: number;
  at(index: number): ListItem;
}

/** The events a list renders at once, and how many more each "show more" adds. */
export const LIST_PAGE = 200;

/** The part of the list on screen: the items `start` to `end - 1`. */
export interface ListRange {
  start: number;
  end: number;
}

export function layoutList(events: readonly TimelineEvent[], locale: string): ListItems {
  const items: ListItem[] = [];
  const years: string[] = [];
  const yearAt = (i: number) => (years[i] ??= formatDateValue(toYearPrecision(events[i].start), locale));
  return {
    length: events.length,
    at: (i) =>
      (items[i] ??= {
        event: events[i],
        date: formatEventDate(events[i], locale),
        year: yearAt(i),
        newYear: i === 0 || yearAt(i) !== yearAt(i - 1),
      }),
  };
}

/**
 * The part of a list of `total` items to show: the current part while it holds the item at
 * `index` (the reader's place; -1 for none), a page more when the reader steps just past an end,
 * else a page around it. A part shorter than a page (the list was shorter) grows with the list.
 */
export function fitListRange(total: number, index: number, current: ListRange | undefined): ListRange {
  // No range yet, or one past the end of a list that has since shrunk (new data, a group hidden): the first page.
  const range =
    current && current.start < total
      ? { start: current.start, end: Math.min(total, Math.max(current.end, current.start + LIST_PAGE)) }
      : { start: 0, end: Math.min(LIST_PAGE, total) };
  if (index < 0 || (index >= range.start && index < range.end)) return range;
  if (index === range.end) return widenListRange(range, 'later', total);
  if (index === range.start - 1) return widenListRange(range, 'earlier', total);
  const from = Math.max(0, Math.min(index - LIST_PAGE / 2, total - LIST_PAGE));
  return { start: from, end: Math.min(total, from + LIST_PAGE) };
}

/** The range with a page more on one side. */
export function widenListRange(range: ListRange, side: 'earlier' | 'later', total: number): ListRange {
  return side === 'earlier'
    ? { start: Math.max(0, range.start - LIST_PAGE), end: range.end }
    : { start: range.start, end: Math.min(total, range.end + LIST_PAGE) };
}

/** Vertical below the breakpoint, unless the page forces one. */
export function chooseOrientation(width: number, forced: string | undefined, breakpoint: number): Orientation {
  if (forced === 'horizontal' || forced === 'vertical') return forced;
  return width < breakpoint ? 'vertical' : 'horizontal';
}
