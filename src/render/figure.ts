/**
 * The whole widget for a picture: heading, controls, the chart, the list or the table, the open
 * detail, credits and the live region. It places what buildView computed and calls back into the
 * element for every interaction (through the context); no state lives here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../i18n/strings.js';
import type { Picture } from '../layout/build-view.js';
import type { ListItems } from '../layout/list.js';
import { formatEventDate } from '../model/date-value.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { adoptSheet } from './adopt-sheet.js';
import { renderChart } from './chart.js';
import type { RenderContext } from './context.js';
import { renderToolbar, type ToolbarState } from './controls.js';
import { renderDetail } from './detail.js';
import { renderList } from './list.js';
import type { TableState } from './table.js';
import { withHost } from './with-host.js';

export interface FigureState {
  /** The selected event, when it is among those shown. */
  selected?: TimelineEvent;
  /** The controls' state and callbacks. */
  toolbar: Omit<ToolbarState, 'strings' | 'groups' | 'dataLang'>;
  /** The table view, when it is on: it takes the list's place, except on paper. */
  table?: TableState;
}

export function renderFigure(
  timeline: Timeline,
  picture: Picture,
  ctx: RenderContext,
  { selected, toolbar, table }: FigureState,
): TemplateResult {
  const { strings, language } = ctx;
  const { layout, events, credits } = picture;
  const selectedDate = selected ? formatEventDate(selected, language) : '';
  // The list knows each event's place; the chart's one open detail looks it up.
  const detail = (event: TimelineEvent, date: string, index = events.indexOf(event)) =>
    renderDetail(event, date, ctx, { index, count: events.length });
  return html`
    <figure part="figure" lang=${ctx.lang} dir=${ctx.dir} class=${layout ? 'horizontal' : 'vertical'}>
      ${timeline.title ? html`<h2 class="heading" id="heading" dir="auto" lang=${ctx.dataLang}>${timeline.title}</h2>` : nothing}
      ${timeline.description ? html`<p class="description" dir="auto" lang=${ctx.dataLang}>${timeline.description}</p>` : nothing}
      ${renderToolbar({ ...toolbar, strings, groups: timeline.groups, dataLang: ctx.dataLang })}
      <p class="sr-only" id="summary">${picture.summary}</p>
      <p hidden id="instructions">${strings.instructions}${layout ? ` ${strings.instructionsZoom}` : ''}</p>
      ${
        layout
          ? html`${renderChart(layout, ctx)} ${selected ? detail(selected, selectedDate) : nothing}`
          : picture.list &&
            (table && !ctx.printing
              ? renderTableView(timeline, picture.list, ctx, table, detail)
              : renderList(picture.list, ctx, detail))
      }
      ${credits.length ? html`<p class="credits">${fill(strings.credits, { list: credits.join('; ') }, language)}</p>` : nothing}
      <div class="sr-only" role="status" aria-live="polite">${ctx.announcement}</div>
    </figure>
  `;
}

/** The table's template, once loaded: readers who never turn the table on never download it. */
let tableModule: typeof import('./table.js') | undefined;
let tableLoading: Promise<void> | undefined;
/** The template could not be fetched (offline, blocked): the list stands in, and no second try is made. */
let tableFailed = false;

function renderTableView(
  timeline: Timeline,
  items: ListItems,
  ctx: RenderContext,
  table: TableState,
  detail: (event: TimelineEvent, date: string, index: number) => TemplateResult,
): TemplateResult {
  const part = tableModule;
  if (part)
    return html`${withHost((host) => {
      adoptSheet(host, part.tableCss);
      return part.renderTable({ html, nothing }, timeline, items, ctx, table, detail);
    })}`;
  if (tableFailed) return renderList(items, ctx, detail);
  if (!tableLoading) {
    tableLoading = import('./table.js').then(
      (module) => void (tableModule = module),
      (error) => {
        tableFailed = true;
        console.warn('<event-timeline> the table is unavailable; the list is shown instead:', error);
      },
    );
  }
  // Every widget waiting renders again once it is settled, either way.
  void tableLoading.then(table.onLoad);
  return html`<div class="status" role="status">${ctx.strings.loading}</div>`;
}
