/**
 * The table view's state: whether it is on, its order by date, and the page of rows on screen,
 * which follows the selection (the detail's Previous and Next, a link) and grows a page at a time
 * when the reader asks for more, focus going to the nearest row it brings.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Picture } from '../layout/build-view.js';
import type { ListRange } from '../layout/list.js';
import { fitTableRange, rowOf, widenTableRange, type SortOrder } from '../layout/table.js';
import type { TableState } from '../render/table.js';

export class TableController {
  /** Whether the reader chose the table instead of the chart or the list. */
  on = false;
  private order: SortOrder = 'ascending';
  /** The rows on screen, counted from the table's top; fitted in `fit` while the table is on. */
  private range?: ListRange;
  private picture?: Picture;

  /** @param focus moves focus to an event's row once the next render has put it there */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly focus: (id: string) => void,
  ) {}

  /** Turns the table on or off. */
  show(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    this.host.requestUpdate();
  }

  /** Call in willUpdate, with what is shown and selected now. */
  fit(picture: Picture | undefined, selected: string | undefined): void {
    this.picture = picture;
    if (!this.on || !picture) return void (this.range = undefined);
    const index = picture.events.findIndex((e) => e.id === selected);
    this.range = fitTableRange(picture.events.length, index, this.order, this.range);
  }

  /** What the table's template needs; undefined while the table is off. */
  state(onLoad: () => void): TableState | undefined {
    const { range } = this;
    if (!range) return undefined;
    return {
      order: this.order,
      range,
      onSort: () => this.sort(),
      onShowMore: (end) => this.showMore(end),
      onLoad,
    };
  }

  /** Sorts by date the other way, from the first page of the new order. */
  private sort(): void {
    this.order = this.order === 'ascending' ? 'descending' : 'ascending';
    this.range = undefined;
    this.host.requestUpdate();
  }

  /** A page more above or below; the button pressed may go once the table is shown to its end. */
  private showMore(end: 'top' | 'bottom'): void {
    const { picture, range } = this;
    if (!picture || !range) return;
    const total = picture.events.length;
    this.range = widenTableRange(range, end, total);
    const next = picture.events[rowOf(end === 'top' ? range.start - 1 : range.end, total, this.order)];
    if (next) this.focus(next.id);
    else this.host.requestUpdate();
  }
}
