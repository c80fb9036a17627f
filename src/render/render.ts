/**
 * The templates. They only place what the layout already positioned and call back into the
 * element for every interaction; no state lives here.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { RichText } from './rich-text.js';
import { setStyle } from './set-style.js';
import { shapeOf, type ClusterLabel, type EventLabel, type Layout, type MarkLayout } from '../layout/layout.js';
import type { ListItem } from '../layout/list.js';
import { formatDateValue, formatEventDate, toDatetimeAttribute } from '../model/date-value.js';
import type { GroupEntry, MediaEntry, Problem, TimelineEvent } from '../model/types.js';
import { countEvents, fill, type Strings } from '../i18n/strings.js';

export interface RenderContext {
  strings: Strings;
  selected?: string;
  /** The one item in the tab order (roving tabindex). */
  active?: string;
  language: string;
  /** 1-based colour and shape of a group, 0 for events without one. */
  groupIndex(event: TimelineEvent): number;
  onSelect(id: string): void;
  onFocusItem(id: string): void;
  onCluster(label: ClusterLabel): void;
  onKeydown(event: KeyboardEvent): void;
  onCloseDetail(): void;
  onStep(step: -1 | 1): void;
  /** Description and caption text, made safe (see rich-text.ts). */
  richText(source: string): RichText;
  /** Printing: every event's detail open in the list. */
  printing: boolean;
}

const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** Events without a group are circles, like the first group's. */
function shapeOfGroup(group: number) {
  return SHAPES[Math.max(group - 1, 0) % SHAPES.length];
}

// ---- horizontal ------------------------------------------------------------------------------

export function renderChart(layout: Layout, ctx: RenderContext): TemplateResult {
  return html`
    <div class="chart" part="chart" tabindex="-1" ${setStyle({ height: `${layout.height}px` })}>
      <svg width=${layout.width} height=${layout.height} aria-hidden="true">
        ${layout.labels.map(
          (l) => svg`<line class="leader ${l.kind === 'event' ? `g${ctx.groupIndex(l.event)}` : ''}" x1=${l.x} x2=${l.x} y1=${l.top + l.height} y2=${layout.axisY}></line>`,
        )}
        ${renderAxis(layout)}
        ${layout.labels.map((l) => (l.kind === 'cluster' ? renderClusterBand(l, layout.axisY, ctx) : nothing))}
        ${layout.marks.map((m) => renderMark(m, layout.axisY, ctx))}
      </svg>
      ${layout.eras.length ? renderEras(layout, ctx) : nothing}
      ${layout.labels.length === 0 ? html`<p class="empty">${ctx.strings.noEventsInView}</p>` : nothing}
      <ol class="labels" aria-label=${ctx.strings.events} aria-describedby="summary" @keydown=${ctx.onKeydown}>
        ${repeat(
          layout.labels,
          // Keyed, so a focused label keeps its element (and focus) while the view zooms and pans: an
          // event by its object, a cluster by its first event's id (a string is never an object, so
          // no event id can pass for a cluster's).
          (l) => (l.kind === 'event' ? l.event : l.events[0].id),
          (l) => (l.kind === 'event' ? renderEventLabel(l, ctx) : renderClusterLabel(l, ctx)),
        )}
      </ol>
    </div>
  `;
}

/** The eras' names in a strip under the axis, each cut to its band; a list, for screen readers too. */
function renderEras({ eras, eraY }: Layout, ctx: RenderContext) {
  return html`<ul class="eras" aria-label=${ctx.strings.periods} ${setStyle({ top: `${eraY}px` })}>
    ${eras.map(
      (e) => html`<li class="era" dir="auto" ${setStyle({ left: `${e.labelX}px`, width: `${e.labelWidth}px` })}>
        ${e.era.label}<span class="sr-only">: ${formatEventDate({ start: e.era.start, end: e.era.end }, ctx.language)}</span>
      </li>`,
    )}
  </ul>`;
}

/** Ticks where d3's time intervals put them (scale.ts), named in the reader's language. */
function renderAxis({ ticks, scale, axisY }: Layout) {
  const [start, end] = scale.range();
  return svg`<g class="axis" part="axis" transform="translate(0 ${axisY})">
    <path class="domain" d="M${Math.min(start, end)} 0H${Math.max(start, end)}"></path>
    ${repeat(
      ticks,
      // Keyed by date: while the reader pans, a tick keeps its element and only moves, and its SVG
      // text is not laid out again in every frame.
      (t) => t.value,
      (t) => svg`<g class="tick" data-value=${t.value} transform="translate(${t.x} 0)"><line y2="6"></line><text y="12" dy="0.71em">${t.label}</text></g>`,
    )}
  </g>`;
}

/** The drawn mark is a second, pointer-only target; the label button is the accessible one. */
function renderMark({ event, x0, x1, shape }: MarkLayout, y: number, ctx: RenderContext) {
  const group = ctx.groupIndex(event);
  const classes = `mark ${shape} g${group}${event.id === ctx.selected ? ' selected' : ''}${event.circa ? ' circa' : ''}`;
  const mark = { id: event.id, x: x0, onClick: () => ctx.onSelect(event.id) };
  if (shape === 'band') {
    // x0 is the start: on a right-to-left page, the band's right end.
    return svg`<rect class=${classes} data-mark=${mark.id} data-x=${x0} x=${Math.min(x0, x1)} y=${y - 6} width=${Math.max(Math.abs(x1 - x0), 6)} height="12" rx="2" @click=${mark.onClick}></rect>`;
  }
  return renderShape(shapeOfGroup(group), x0, y, classes, mark);
}

/**
 * Groups differ in shape as well as colour, so colour is never the only cue. A mark of the chart
 * names its event and its x; a legend swatch names neither.
 */
function renderShape(shape: (typeof SHAPES)[number], x: number, y: number, classes: string, mark?: { id: string; x: number; onClick(): void }) {
  const id = mark?.id ?? nothing;
  const at = mark?.x ?? nothing;
  switch (shape) {
    case 'square':
      return svg`<rect class=${classes} data-mark=${id} data-x=${at} x=${x - 5.5} y=${y - 5.5} width="11" height="11" @click=${mark?.onClick}></rect>`;
    case 'diamond':
      return svg`<path class=${classes} data-mark=${id} data-x=${at} d="M${x} ${y - 7.5}l7.5 7.5l-7.5 7.5l-7.5 -7.5z" @click=${mark?.onClick}></path>`;
    case 'triangle':
      return svg`<path class=${classes} data-mark=${id} data-x=${at} d="M${x} ${y - 7.5}l7 12h-14z" @click=${mark?.onClick}></path>`;
    default:
      return svg`<circle class=${classes} data-mark=${id} data-x=${at} cx=${x} cy=${y} r="6" @click=${mark?.onClick}></circle>`;
  }
}

function renderClusterBand(label: ClusterLabel, y: number, ctx: RenderContext) {
  return svg`<rect class="mark cluster" x=${label.x0} y=${y - 7} width=${Math.max(label.x1 - label.x0, 14)} height="14" rx="7"
    @click=${() => ctx.onCluster(label)}></rect>`;
}

function position(l: EventLabel | ClusterLabel) {
  return setStyle({ left: `${l.left}px`, top: `${l.top}px`, width: `${l.width}px`, height: `${l.height}px` });
}

function renderEventLabel(l: EventLabel, ctx: RenderContext) {
  return html`<li>${renderEventButton(l.event, ctx, `label ${l.anchor}`, position(l), renderLines(l.dateLines), renderLines(l.lines))}</li>`;
}

/**
 * The one focusable element of an event, in the chart and in the list alike: a button named by
 * its date then its title, that opens the detail.
 */
function renderEventButton(event: TimelineEvent, ctx: RenderContext, className: string, placement: ReturnType<typeof setStyle>, date: unknown, title: unknown) {
  return html`<button
    class="${className} g${ctx.groupIndex(event)}"
    part="label"
    data-event-id=${event.id}
    data-item=${event.id}
    tabindex=${event.id === ctx.active ? 0 : -1}
    aria-expanded=${event.id === ctx.selected ? 'true' : 'false'}
    aria-controls="detail"
    ${placement}
    @click=${() => ctx.onSelect(event.id)}
    @focus=${() => ctx.onFocusItem(event.id)}
  >
    <time class="date" datetime=${toDatetimeAttribute(event.start)}>${date}</time>
    <span class="title" dir="auto">${title}</span>
  </button>`;
}

function renderClusterLabel(l: ClusterLabel, ctx: RenderContext) {
  const id = `cluster:${l.events[0].id}`;
  return html`<li>
    <button
      class="label cluster ${l.anchor}"
      part="cluster"
      data-cluster=${l.events.length}
      data-item=${id}
      tabindex=${id === ctx.active ? 0 : -1}
      aria-label=${fill(ctx.strings.cluster, { events: countEvents(ctx.strings, l.events.length, ctx.language), dates: l.date }, ctx.language)}
      ${position(l)}
      @click=${() => ctx.onCluster(l)}
      @focus=${() => ctx.onFocusItem(id)}
    >
      <span class="title">${renderLines(l.lines)}</span>
    </button>
  </li>`;
}

/**
 * Lines broken where the layout measured them, as one text with line breaks the stylesheet keeps
 * (white-space: pre): one text node per label part, however many lines, for zoom frames that
 * create labels by the dozen. Assistive tech reads a line break as a space.
 */
function renderLines(lines: string[]) {
  return lines.join('\n');
}

// ---- vertical --------------------------------------------------------------------------------

export function renderList(items: ListItem[], ctx: RenderContext, detail: (event: TimelineEvent, date: string) => TemplateResult): TemplateResult {
  return html`<ol class="list" aria-label=${ctx.strings.events} aria-describedby="summary" part="list" @keydown=${ctx.onKeydown}>
    ${items.map(({ event, date, year }) => {
      const group = ctx.groupIndex(event);
      return html`<li class=${year ? 'new-year' : ''}>
        ${year ? html`<span class="year" aria-hidden="true">${year}</span>` : nothing}
        <svg class="rail-mark" width="20" height="20" aria-hidden="true">
          ${shapeOf(event) === 'band'
            ? svg`<rect class="mark band g${group}${event.id === ctx.selected ? ' selected' : ''}" x="6" y="2" width="8" height="16" rx="2"></rect>`
            : renderShape(shapeOfGroup(group), 10, 10, `mark point g${group}${event.id === ctx.selected ? ' selected' : ''}`)}
        </svg>
        ${renderEventButton(event, ctx, 'item', setStyle({}), date, event.title)}
        ${event.id === ctx.selected || ctx.printing ? detail(event, date) : nothing}
      </li>`;
    })}
  </ol>`;
}

// ---- shared ----------------------------------------------------------------------------------

export function renderDetail(event: TimelineEvent, date: string, ctx: RenderContext, position: { index: number; count: number }): TemplateResult {
  return html`
    <section class="detail" part="detail" id=${ctx.printing ? nothing : 'detail'} aria-labelledby=${ctx.printing ? nothing : 'detail-title'} @keydown=${ctx.onKeydown}>
      <button class="close" part="close-button" aria-label=${ctx.strings.close} @click=${ctx.onCloseDetail}>×</button>
      <p class="meta">
        <time datetime=${toDatetimeAttribute(event.start)}>${date}</time>${event.place ? html` · ${event.place}` : nothing}
      </p>
      <h3 id=${ctx.printing ? nothing : 'detail-title'} dir="auto">${event.title}</h3>
      ${event.description ? html`<div class="text" dir="auto">${renderRichText(ctx.richText(event.description))}</div>` : nothing}
      ${event.media ? renderMedia(event.media, ctx) : nothing}
      ${event.note ? html`<p class="note" dir="auto">${event.note}</p>` : nothing}
      ${event.sources.length
        ? html`<h4>${ctx.strings.sources}</h4>
            <ul class="sources">
              ${event.sources.map(
                (s) => html`<li>
                  ${s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.name}</a>` : s.name}${s.date
                    ? html`, <time datetime=${s.date.iso}>${formatDateValue(s.date, ctx.language)}</time>`
                    : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}
      <div class="steps">
        <button class="step previous" part="step-button" ?disabled=${position.index === 0} @click=${() => ctx.onStep(-1)}>${ctx.strings.previous}</button>
        <span class="count">${fill(ctx.strings.position, { index: position.index + 1, count: position.count }, ctx.language)}</span>
        <button class="step next" part="step-button" ?disabled=${position.index === position.count - 1} @click=${() => ctx.onStep(1)}>${ctx.strings.next}</button>
      </div>
    </section>
  `;
}

export interface ToolbarState {
  strings: Strings;
  groups: GroupEntry[];
  hidden: ReadonlySet<string>;
  zoom?: { canZoomIn: boolean; zoomed: boolean };
  /** Whether the list view is on; undefined when there is no chart to switch from. */
  listView?: boolean;
  onToggleGroup(id: string): void;
  onZoom(direction: 'in' | 'out' | 'reset'): void;
  onListView(): void;
}

export function renderToolbar({ strings, groups, hidden, zoom, listView, onToggleGroup, onZoom, onListView }: ToolbarState): TemplateResult | typeof nothing {
  if (groups.length < 2 && !zoom && listView === undefined) return nothing;
  return html`<div class="toolbar">
    ${groups.length > 1
      ? html`<div class="legend" role="group" aria-label=${strings.showGroups} part="legend">
          ${groups.map(
            (g, i) => html`<button class="legend-item" aria-pressed=${hidden.has(g.id) ? 'false' : 'true'} @click=${() => onToggleGroup(g.id)}>
              <svg width="14" height="14" aria-hidden="true">${renderShape(shapeOfGroup(i + 1), 7, 7.5, `mark point g${i + 1}`)}</svg>
              ${g.label}
            </button>`,
          )}
        </div>`
      : nothing}
    ${zoom || listView !== undefined
      ? html`<div class="views">
      ${zoom
        ? html`<div class="zoom" role="group" aria-label=${strings.zoom} part="zoom">
            <button class="zoom-button" part="zoom-button" aria-label=${strings.zoomIn} ?disabled=${!zoom.canZoomIn} @click=${() => onZoom('in')}>+</button>
            <button class="zoom-button" part="zoom-button" aria-label=${strings.zoomOut} ?disabled=${!zoom.zoomed} @click=${() => onZoom('out')}>−</button>
            <button class="zoom-button reset" part="zoom-button" ?disabled=${!zoom.zoomed} @click=${() => onZoom('reset')}>${strings.resetZoom}</button>
          </div>`
        : nothing}
      ${listView !== undefined
        ? html`<button class="view-button" part="view-button" aria-pressed=${listView ? 'true' : 'false'} @click=${onListView}>${strings.listView}</button>`
        : nothing}
    </div>`
      : nothing}
  </div>`;
}

const MAX_PROBLEMS_SHOWN = 10;

/** The first problems in full, then how many more: a producer fixes a file from the top. */
export function renderError(problems: Problem[], strings: Strings): TemplateResult {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  // The problems themselves are for the producer who made the file, and stay in English.
  return html`<div class="error" role="alert" part="error">
    <strong>${strings.failed}</strong>
    <ul>
      ${shown.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
      ${more > 0 ? html`<li class="more">and ${more} more ${more === 1 ? 'problem' : 'problems'}</li>` : nothing}
    </ul>
  </div>`;
}

/** Sanitised markup is the only HTML ever rendered unescaped; everything else is text. */
function renderRichText(rich: RichText) {
  return rich.html !== undefined ? unsafeHTML(rich.html) : rich.text;
}

/** Matches an image address by its file type; other media are offered as a link. */
const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)([?#].*)?$/i;

/** Media of an event: text fields as text, the caption through the sanitiser. The URL was checked by the parser. */
function renderMedia({ url, alt, caption, credit }: MediaEntry, ctx: RenderContext) {
  return html`<figure class="media">
    ${IMAGE.test(url) ? html`<img src=${url} alt=${alt ?? ''} loading="lazy" />` : html`<a href=${url} target="_blank" rel="noopener noreferrer">${alt ?? 'Media'}</a>`}
    ${caption || credit
      ? html`<figcaption>${caption ? renderRichText(ctx.richText(caption)) : nothing}${credit ? html` <span class="credit">${credit}</span>` : nothing}</figcaption>`
      : nothing}
  </figure>`;
}
