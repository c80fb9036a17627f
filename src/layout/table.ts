/**
 * The table view: the list's items (their dates and years already in the reader's words) as rows,
 * in either order by date, under a header for each year. Like the list, it shows a page of rows at
 * a time: the range here counts rows as they stand in the table, so that sorting the other way
 * starts from the first page of the new order. The table's template (render/table.ts) loads
 * apart from the single file and takes groupRows and tableEnds with it, which use nothing beyond
 * this file: no date formatting (luxon) goes into that part.
 */
import { fitListRange, widenListRange, type ListItem, type ListItems, type ListRange } from './list.js';

/** The table's order by date: `ascending` puts the earliest event first. */
export type SortOrder = 'ascending' | 'descending';

export interface TableRow extends ListItem {
  /** Its place in time order, as the detail counts it ("3 / 8"). */
  index: number;
}

/** The rows of one year, under a header that names it. */
export interface YearGroup {
  year: string;
  rows: TableRow[];
}

/** The side of time each end of the table leads to, and how many events lie beyond that end. */
export interface TableEnd {
  side: 'earlier' | 'later';
  count: number;
}

/** The row an event stands in, from its index in time order; the same map takes a row back to its event. */
export function rowOf(index: number, total: number, order: SortOrder): number {
  return order === 'ascending' ? index : total - 1 - index;
}

/**
 * The rows `range` of the table in `order`, each year's rows under their year. The first row shown
 * names its year, though the range may start inside it.
 */
export function groupRows(items: ListItems, range: ListRange, order: SortOrder): YearGroup[] {
  const groups: YearGroup[] = [];
  const end = Math.min(range.end, items.length);
  for (let row = Math.max(0, range.start); row < end; row++) {
    const index = rowOf(row, items.length, order);
    const item = { ...items.at(index), index };
    const last = groups[groups.length - 1];
    if (last?.year === item.year) last.rows.push(item);
    else groups.push({ year: item.year, rows: [item] });
  }
  return groups;
}

/** Where the buttons above and below the rows lead, and how many events lie beyond each. */
export function tableEnds(total: number, range: ListRange, order: SortOrder): { top: TableEnd; bottom: TableEnd } {
  const [top, bottom]: Array<TableEnd['side']> = order === 'ascending' ? ['earlier', 'later'] : ['later', 'earlier'];
  return {
    top: { side: top, count: Math.min(range.start, total) },
    bottom: { side: bottom, count: Math.max(0, total - range.end) },
  };
}

/**
 * The rows to show: the current range while it holds the selected event (`index` in time order,
 * -1 for none), a page more when the detail steps just past an end, else a page around it; the
 * first page without a range (the table just turned on, or sorted the other way). The list's rule
 * (fitListRange), counted in the table's rows.
 */
export function fitTableRange(
  total: number,
  index: number,
  order: SortOrder,
  current: ListRange | undefined,
): ListRange {
  return fitListRange(total, index < 0 ? -1 : rowOf(index, total, order), current);
}

/** The range with a page more above or below its rows. */
export function widenTableRange(range: ListRange, end: 'top' | 'bottom', total: number): ListRange {
  return widenListRange(range, end === 'top' ? 'earlier' : 'later', total);
}
