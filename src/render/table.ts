/**
 * The table view: the shown events as a data table (date, event, group, place, sources), sorted
 * by date either way from the Date header, each year a row group under its own header. It is the
 * screen reader's route through a long story: the table's own commands move by row and column, and
 * each row is named by its date. Like the list, it shows a page of rows at a time, with buttons for
 * more above and below; the selected event's detail opens in a row under its own.
 *
 * Few readers turn the table on, so this template is a part of its own, which figure.ts imports
 * the first time one does. It takes Lit's `html` from its caller instead of importing Lit: the part
 * is built apart from the single file, and would otherwise bring a second copy of Lit into the page.
 */
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import type { RenderContext } from './context.js';
import { fill, formatNumber } from '../i18n/strings.js';
import type { ListItems, ListRange } from '../layout/list.js';
import { groupRows, tableEnds, type SortOrder, type TableEnd, type TableRow } from '../layout/table.js';
import { toDatetimeAttribute } from '../model/date-value.js';
import type { Timeline, TimelineEvent } from '../model/types.js';

export { tableCss } from './table.styles.js';

/** The caller's Lit, whose templates and `nothing` the page's one copy of Lit renders. */
export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}

/** The table's state, kept by the element, and its callbacks. */
export interface TableState {
  order: SortOrder;
  /** The rows on screen, counted from the top of the table (see layout/table.ts). */
  range: ListRange;
  onSort(): void;
  onShowMore(end: 'top' | 'bottom'): void;
  /** Called once this template has loaded, so that the element renders again. */
  onLoad(): void;
}

/** Date, event, group, place, sources: the year headers and the detail span them all. */
const COLUMNS = 5;

export function renderTable(
  { html, nothing }: Lit,
  timeline: Timeline,
  items: ListItems,
  ctx: RenderContext,
  table: TableState,
  detail: (event: TimelineEvent, date: string, index: number) => TemplateResult,
): TemplateResult {
  const { strings, language, dataLang } = ctx;
  const { order, range } = table;
  const labels = new Map(timeline.groups.map((g) => [g.id, g.label]));
  const ends = tableEnds(items.length, range, order);
  const more = (end: 'top' | 'bottom', { side, count }: TableEnd) =>
    count > 0
      ? html`<button class="show-more" part="more-button" @click=${() => table.onShowMore(end)}>
          ${fill(side === 'earlier' ? strings.showEarlier : strings.showLater, { count: formatNumber(count, language) }, language)}
        </button>`
      : nothing;
  const row = ({ event, date, index }: TableRow) => {
    const open = event.id === ctx.selected;
    const group = event.group === undefined ? undefined : labels.get(event.group);
    // An event's own language (a quote in another), else the file's.
    const lang = event.lang ?? dataLang;
    return html`<tr class=${open ? 'open' : ''}>
        <th scope="row"><time datetime=${toDatetimeAttribute(event.start)}>${date}</time></th>
        <td>
          <button
            class="item"
            data-event-id=${event.id}
            data-item=${event.id}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="detail"
            @click=${() => ctx.onSelect(event.id)}
            @focus=${() => ctx.onFocusItem(event.id)}
          ><span class="title" dir="auto" lang=${lang}>${event.title}</span></button>
        </td>
        <td lang=${dataLang} dir="auto">${
          group === undefined
            ? nothing
            : html`<span class="swatch g${ctx.groupIndex(event)}" aria-hidden="true"></span>${group}`
        }</td>
        <td lang=${lang} dir="auto">${event.place ?? nothing}</td>
        <td lang=${dataLang} dir="auto">${event.sources.map(
          (s, i) =>
            html`${i ? ', ' : nothing}${
              s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.name}</a>` : s.name
            }`,
        )}</td>
      </tr>
      ${open ? html`<tr class="detail-row"><td colspan=${COLUMNS}>${detail(event, date, index)}</td></tr>` : nothing}`;
  };
  // Escape on a row's button closes the detail under it; the arrows stay the screen reader's table keys.
  const onKeydown = (event: KeyboardEvent) => event.key === 'Escape' && ctx.onKeydown(event);
  return html`${more('top', ends.top)}
    <div class="table-region" role="region" aria-labelledby="table-caption" tabindex="0">
      <table class="table" part="table" @keydown=${onKeydown}>
        ${
          timeline.title
            ? html`<caption id="table-caption" class="sr-only" lang=${dataLang} dir="auto">${timeline.title}</caption>`
            : html`<caption id="table-caption" class="sr-only">${strings.events}</caption>`
        }
        <thead>
          <tr>
            <th scope="col" aria-sort=${order}>
              <button class="item" @click=${table.onSort}>${strings.columnDate}<span class="sort-arrow" aria-hidden="true"></span></button>
            </th>
            <th scope="col">${strings.columnEvent}</th>
            <th scope="col">${strings.columnGroup}</th>
            <th scope="col">${strings.columnPlace}</th>
            <th scope="col">${strings.sources}</th>
          </tr>
        </thead>
        ${groupRows(items, range, order).map(
          ({ year, rows }) => html`<tbody>
            <tr><th scope="rowgroup" colspan=${COLUMNS}>${year}</th></tr>
            ${rows.map(row)}
          </tbody>`,
        )}
      </table>
    </div>
    ${more('bottom', ends.bottom)}`;
}
