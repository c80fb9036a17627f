import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { DEFAULT_TIMEOUT } from '../data/load.js';
import { sanitizeHtml } from '../data/sanitize.js';
import { layoutTimeline, type EventLayout, type Layout } from '../layout/layout.js';
import { listSourceNames } from '../model/credits.js';
import { formatDateValue, toDatetimeAttribute } from '../model/date-value.js';
import { resolveLocale } from '../model/locale.js';
import type { MediaEntry, Problem, Timeline, TimelineFile } from '../model/types.js';
import { SizeController } from './size-controller.js';
import { SourceController } from './source-controller.js';
import { styles } from './styles.js';
import { TextMeasureController } from './text-measure-controller.js';

export interface TimelineReadyDetail {
  count: number;
}
export interface TimelineSelectDetail {
  id: string | null;
}
export interface TimelineErrorDetail {
  errors: Problem[];
}

/**
 * A timeline of news events, drawn from an events file.
 *
 * @fires timeline-ready - `{ count }`, once each time a data set has been loaded and rendered.
 * @fires timeline-select - `{ id }` when the reader selects an event (`id` is null when the
 *   reader closes the detail). Not fired when the page sets `selected`.
 * @fires timeline-error - `{ errors: [{ path, message }] }` when the file cannot be loaded or is invalid.
 *
 * @cssprop --event-timeline-font-family - Font of the widget (default: inherited from the page).
 * @cssprop --event-timeline-text - Text colour.
 * @cssprop --event-timeline-muted - Secondary text: dates, axis, credits.
 * @cssprop --event-timeline-background - Background, also behind labels.
 * @cssprop --event-timeline-panel - Background of the detail panel.
 * @cssprop --event-timeline-rule - Light rules and tick lines.
 * @cssprop --event-timeline-mark - Event marks, leaders and links.
 * @cssprop --event-timeline-band - Fill of month, year and range marks.
 * @cssprop --event-timeline-accent - The selected event.
 * @cssprop --event-timeline-focus - Keyboard focus ring.
 * @cssprop --event-timeline-error - Edge of the error message.
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  /** URL of the events file (JSON, CSV or TimelineJS), resolved against the page. Without it, an inline `<script type="application/json">` child is read. */
  @property() src?: string;

  /** Milliseconds to wait for the file at `src` before giving up with a message. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** The events file as an object, for apps that already have the data; takes precedence over `src`. */
  @property({ attribute: false }) events?: TimelineFile;

  /** BCP 47 language of dates and text; by default the nearest `lang` on the page. */
  @property() locale?: string;

  /** Id of the selected event, whose detail is open. */
  @property({ reflect: true }) selected?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  private readonly source = new SourceController(this);
  private readonly size = new SizeController(this);
  private readonly text = new TextMeasureController(this);

  private language = 'en-US';
  private layout?: Layout;
  private layoutInputs: unknown[] = [];
  /** What the DOM events were last fired for, so each fires once per data set. */
  private announced?: Timeline | Problem[];
  /** Focus returns to this mark when the detail closes from inside the panel. */
  private returnFocusTo?: string;

  get timeline(): Timeline | undefined {
    return this.source.state.status === 'ready' ? this.source.state.timeline : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Source: a property value wins over a URL.
    if (changed.has('events') && this.events !== undefined) this.source.use(this.events);
    else if (this.events === undefined && (!this.hasUpdated || changed.has('src') || changed.has('events'))) {
      if (this.src) void this.source.load(this.src, this.timeout);
      else this.source.readInline();
    }
    // Derived state: language, text metrics, layout.
    this.language = resolveLocale(this.locale, this.closest('[lang]')?.getAttribute('lang'));
    this.text.refresh();
    this.layout = this.relayout();
  }

  /** Lays out again only when an input of the layout changed, not on a selection. */
  private relayout(): Layout | undefined {
    const inputs = [this.timeline, this.size.width, this.language, this.text.version];
    if (inputs.every((input, i) => input === this.layoutInputs[i])) return this.layout;
    this.layoutInputs = inputs;
    const timeline = this.timeline;
    return timeline && this.size.width > 0 ? layoutTimeline(timeline.events, this.size.width, this.language, this.text.measure, timeline.scale) : undefined;
  }

  protected override render() {
    const state = this.source.state;
    if (state.status === 'error') return this.renderError(state.problems);
    if (state.status !== 'ready') {
      return html`<div class="status" role="status">${state.status === 'loading' ? 'Loading timeline…' : 'No timeline data.'}</div>`;
    }
    const { timeline } = state;
    const selected = this.layout?.events.find((e) => e.event.id === this.selected);
    const credits = listSourceNames(timeline.events);
    return html`
      <figure part="figure" aria-labelledby=${timeline.title ? 'heading' : nothing}>
        ${timeline.title ? html`<h2 class="heading" id="heading">${timeline.title}</h2>` : nothing}
        ${timeline.description ? html`<p class="description">${timeline.description}</p>` : nothing}
        ${this.layout ? this.renderChart(this.layout) : html`<div class="status" role="status">Loading timeline…</div>`}
        ${selected ? this.renderDetail(selected) : nothing}
        ${credits.length ? html`<p class="credits">Sources: ${credits.join('; ')}</p>` : nothing}
      </figure>
    `;
  }

  private renderChart(layout: Layout) {
    return html`
      <div class="chart" part="chart" style=${styleMap({ height: `${layout.height}px` })}>
        <svg width=${layout.width} height=${layout.height} aria-hidden="true">
          ${layout.events.map((e) => this.renderLeader(e, layout.axisY))}
          <g class="axis" part="axis" transform="translate(0 ${layout.axisY})"></g>
          ${layout.events.map((e) => this.renderMark(e, layout.axisY))}
        </svg>
        <ol aria-label="Events">
          ${layout.events.map((e) => this.renderLabel(e))}
        </ol>
      </div>
    `;
  }

  private renderLeader({ x0, label }: EventLayout, axisY: number) {
    return svg`<line class="leader" x1=${x0} x2=${x0} y1=${label.top + label.height} y2=${axisY}></line>`;
  }

  /** The drawn mark is a second, pointer-only target; the label button is the accessible one. */
  private renderMark(e: EventLayout, axisY: number) {
    const classes = `mark ${e.mark}${e.event.id === this.selected ? ' selected' : ''}`;
    const onClick = () => this.toggle(e.event.id);
    return e.mark === 'point'
      ? svg`<circle class=${classes} data-mark=${e.event.id} cx=${e.x0} cy=${axisY} r="6" @click=${onClick}></circle>`
      : svg`<rect class=${classes} data-mark=${e.event.id} x=${e.x0} y=${axisY - 6} width=${Math.max(e.x1 - e.x0, 6)} height="12" rx="2" @click=${onClick}></rect>`;
  }

  private renderLabel(e: EventLayout) {
    const { event, label } = e;
    const position = { left: `${label.left}px`, top: `${label.top}px`, width: `${label.width}px`, height: `${label.height}px` };
    return html`<li>
      <button
        class="label ${label.anchor}"
        part="label"
        data-event-id=${event.id}
        aria-expanded=${event.id === this.selected ? 'true' : 'false'}
        aria-controls="detail"
        style=${styleMap(position)}
        @click=${() => this.toggle(event.id)}
        @keydown=${this.onKeydown}
      >
        <time class="date" datetime=${toDatetimeAttribute(event.start)}>${renderLines(label.dateLines)}</time>
        <span class="title">${renderLines(label.lines)}</span>
      </button>
    </li>`;
  }

  private renderDetail({ event, date }: EventLayout) {
    return html`
      <section class="detail" part="detail" id="detail" aria-labelledby="detail-title" @keydown=${this.onKeydown}>
        <button class="close" part="close-button" aria-label="Close details" @click=${() => this.closeDetail()}>×</button>
        <p class="meta">
          <time datetime=${toDatetimeAttribute(event.start)}>${date}</time>${event.place ? html` · ${event.place}` : nothing}
        </p>
        <h3 id="detail-title">${event.title}</h3>
        ${event.description ? html`<div class="text">${unsafeHTML(sanitizeHtml(event.description))}</div>` : nothing}
        ${event.media ? renderMedia(event.media) : nothing}
        ${event.note ? html`<p class="note">${event.note}</p>` : nothing}
        ${event.sources.length
          ? html`<h4>Sources</h4>
              <ul>
                ${event.sources.map(
                  (s) => html`<li>
                    ${s.url ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.name}</a>` : s.name}${s.date
                      ? html`, <time datetime=${s.date.iso}>${formatDateValue(s.date, this.language)}</time>`
                      : nothing}
                  </li>`,
                )}
              </ul>`
          : nothing}
      </section>
    `;
  }

  /** The first problems in full, then how many more: a producer fixes a file from the top. */
  private renderError(problems: Problem[]) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = problems.length - shown.length;
    return html`<div class="error" role="alert" part="error">
      <strong>This timeline could not be shown.</strong>
      <ul>
        ${shown.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
        ${more > 0 ? html`<li class="more">and ${more} more ${more === 1 ? 'problem' : 'problems'}</li>` : nothing}
      </ul>
    </div>`;
  }

  protected override updated(): void {
    const axis = this.renderRoot.querySelector<SVGGElement>('g.axis');
    if (axis && this.layout) select(axis).call(this.drawAxis(this.layout));
    if (this.returnFocusTo !== undefined) {
      this.mark(this.returnFocusTo)?.focus();
      this.returnFocusTo = undefined;
    }
    this.announce();
  }

  /** D3 owns the axis group: ticks at calendar boundaries, labelled by luxon in the reader's language. */
  private drawAxis(layout: Layout) {
    const labels = new Map(layout.ticks.map((t) => [t.value, t.label]));
    return axisBottom(layout.scale)
      .tickValues(layout.ticks.map((t) => new Date(t.value)))
      .tickFormat((d) => labels.get(+d) ?? '')
      .offset(0)
      .tickSizeOuter(0)
      .tickSizeInner(6)
      .tickPadding(6);
  }

  /** Fires `timeline-ready` or `timeline-error` once per data set. */
  private announce(): void {
    const state = this.source.state;
    if (state.status === 'ready' && this.layout && this.announced !== state.timeline) {
      this.announced = state.timeline;
      this.emit<TimelineReadyDetail>('timeline-ready', { count: state.timeline.events.length });
    } else if (state.status === 'error' && this.announced !== state.problems) {
      this.announced = state.problems;
      this.emit<TimelineErrorDetail>('timeline-error', { errors: state.problems });
    }
  }

  private toggle(id: string): void {
    this.choose(this.selected === id ? undefined : id);
  }

  private closeDetail(): void {
    this.returnFocusTo = this.selected;
    this.choose(undefined);
  }

  private choose(id: string | undefined): void {
    if (id === this.selected) return;
    this.selected = id;
    this.emit<TimelineSelectDetail>('timeline-select', { id: id ?? null });
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.selected !== undefined) {
      event.stopPropagation();
      this.closeDetail();
    }
  };

  private mark(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

const MAX_PROBLEMS_SHOWN = 10;

/** Matches an image address by its file type; other media are offered as a link. */
const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)([?#].*)?$/i;

/** Media of an event: text fields as text, the caption through the sanitiser. The URL was checked by the parser. */
function renderMedia({ url, alt, caption, credit }: MediaEntry) {
  return html`<figure class="media">
    ${IMAGE.test(url) ? html`<img src=${url} alt=${alt ?? ''} loading="lazy" />` : html`<a href=${url} target="_blank" rel="noopener noreferrer">${alt ?? 'Media'}</a>`}
    ${caption || credit
      ? html`<figcaption>${caption ? unsafeHTML(sanitizeHtml(caption)) : nothing}${credit ? html` <span class="credit">${credit}</span>` : nothing}</figcaption>`
      : nothing}
  </figure>`;
}

/** Lines broken where the layout measured them; the spaces keep the words apart for assistive tech. */
function renderLines(lines: string[]) {
  return lines.map((line, i) => html`${i ? ' ' : ''}<span class="line">${line}</span>`);
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
  interface HTMLElementEventMap {
    'timeline-ready': CustomEvent<TimelineReadyDetail>;
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
  }
}
