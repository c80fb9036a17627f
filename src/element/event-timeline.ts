import { LitElement, html, nothing, render as renderInto, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ScaleTime } from 'd3-scale';
import { revealEvent } from '../interaction/reveal.js';
import { fitSpan, rescale, zoomSteps, type View } from '../interaction/view.js';
import { createLabelTexts, layoutTimeline, type ClusterLabel, type Layout, type LayoutOptions } from '../layout/layout.js';
import { formatEventDate } from '../model/date-value.js';
import { prepareRichText } from '../render/rich-text.js';
import { chooseOrientation, layoutList, type Orientation } from '../layout/list.js';
import { createTimeScale, MARGIN_X, maxZoom } from '../scale/time-scale.js';
import { createYearScale } from '../scale/year-scale.js';
import { DEFAULT_TIMEOUT } from '../source/fetch-text.js';
import { settle } from '../parse/validate-and-explain.js';
import { listSourceNames } from '../layout/credits.js';
import { resolveLocale } from '../i18n/locale.js';
import { countEvents, fill, formatNumber, type Strings } from '../i18n/strings.js';
import { summarize } from '../i18n/summary.js';
import type { Problem, Timeline, TimelineEvent, TimelineFile } from '../model/types.js';
import { memoize } from '../util/memoize.js';
import { renderChart, renderDetail, renderError, renderList, renderToolbar, type RenderContext } from '../render/render.js';
import { PrintController } from '../interaction/print-controller.js';
import { SizeController } from '../interaction/size-controller.js';
import { StringsController } from '../interaction/strings-controller.js';
import { SourceController } from '../interaction/source-controller.js';
import { styles } from '../render/styles.js';
import { TextMeasureController } from '../interaction/text-measure-controller.js';
import { ZoomController } from '../interaction/zoom-controller.js';
import { runWhenIdle, WARM_UP_FILE } from '../interaction/prepare-controller.js';

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
 * @tagname event-timeline
 * @fires timeline-ready - `{ count }`, once each time a data set has been loaded and rendered.
 * @fires timeline-select - `{ id }` when the reader selects an event (`id` is null when the
 *   reader closes the detail). Not fired when the page sets `selected`.
 * @fires timeline-error - `{ errors: [{ path, message }] }` when the file cannot be loaded or is invalid.
 *
 * @csspart figure - The whole timeline.
 * @csspart chart - The horizontal chart: axis, marks and labels.
 * @csspart axis - The time axis (an SVG group).
 * @csspart label - An event's label: the focusable button that opens its detail.
 * @csspart cluster - A label standing for several events; activating it zooms in.
 * @csspart list - The vertical layout's list of events.
 * @csspart legend - The group toggles.
 * @csspart zoom - The zoom buttons' group; each button is `zoom-button`.
 * @csspart view-button - The button that turns the list view on and off.
 * @csspart detail - The detail panel of the selected event.
 * @csspart close-button - The detail's close button; `step-button` are its previous/next buttons.
 * @csspart error - The message shown when the data cannot be used.
 *
 * @cssprop --event-timeline-font-family - Font of the widget (default: inherited from the page).
 * @cssprop --event-timeline-text - Text colour.
 * @cssprop --event-timeline-muted - Secondary text: dates, axis, credits.
 * @cssprop --event-timeline-background - Background, also behind labels.
 * @cssprop --event-timeline-panel - Background of the detail panel.
 * @cssprop --event-timeline-rule - Light rules and tick lines.
 * @cssprop --event-timeline-mark - Marks of events without a group, leaders and links.
 * @cssprop --event-timeline-group-1 - Colour of the first group (up to `--event-timeline-group-6`).
 * @cssprop --event-timeline-band - Fill of month, year and range marks.
 * @cssprop --event-timeline-accent - The selected event.
 * @cssprop --event-timeline-focus - Keyboard focus ring.
 * @cssprop --event-timeline-error - Edge of the error message.
 * @cssprop --event-timeline-era - Background of an era's name (every other era: `--event-timeline-era-alternate`).
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: the same reactive properties, without the
  // decorator helpers in every reader's download.
  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { type: Number },
    events: { attribute: false },
    locale: {},
    selected: { reflect: true },
    theme: { reflect: true },
    orientation: {},
    breakpoint: { type: Number },
    linkSelection: { type: Boolean, attribute: 'link-selection' },
    strings: { attribute: false },
    numerals: {},
    hiddenGroups: { state: true },
    listView: { state: true },
  };

  /** URL of the events file (JSON, CSV or TimelineJS), resolved against the page. Without it, an inline `<script type="application/json">` child is read. */
  src?: string;

  /** Milliseconds to wait for the file at `src` before giving up with a message. */
  timeout = DEFAULT_TIMEOUT;

  /** The events file as an object, for apps that already have the data; takes precedence over `src`. */
  events?: TimelineFile;

  /** BCP 47 language of dates and text; by default the nearest `lang` on the page. */
  locale?: string;

  /** Id of the selected event, whose detail is open. */
  selected?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  /** `horizontal` or `vertical` forces a layout; by default it follows the widget's width. */
  orientation?: Orientation;

  /** Container width in px below which the timeline is vertical, unless `orientation` is set. */
  breakpoint = 600;

  /** Reads and writes the selection in the page URL as `#<element id>=<event id>`. */
  linkSelection = false;

  /** The page's own words for any of the widget's strings, over the shipped catalogues. */
  strings?: Partial<Strings>;

  /** A numbering system for dates and numbers instead of the locale's, e.g. `latn` for 0–9. */
  numerals?: string;

  /** @internal Groups the reader has hidden with the legend. */
  private hiddenGroups: ReadonlySet<string> = new Set();
  /** @internal The reader chose the plain list instead of the chart. */
  private listView = false;

  private readonly source = new SourceController(this);
  private readonly size = new SizeController(this);
  private readonly text = new TextMeasureController(this);
  private readonly zoom = new ZoomController(this, (x) => this.prepareZoom(x));
  private readonly words = new StringsController(this);
  private readonly print = new PrintController(this);

  private language = 'en-US';
  private layoutOrientation: Orientation = 'horizontal';
  private rtl = false;
  private shown: TimelineEvent[] = [];
  private base?: ScaleTime<number, number>;
  private layout?: Layout;
  /** The item in the tab order; the selected event, else the last one focused. */
  private active?: string;
  /** Focus moves here after the next render (keyboard navigation, closing the detail). */
  private focusNext?: string;
  /** The data set whose deep link has been read. */
  private linkedFor?: Timeline;
  /** What the DOM events were last fired for, so each fires once per data set. */
  private announced?: Timeline | Problem[];

  private readonly filterEvents = memoize((timeline: Timeline | undefined, hidden: ReadonlySet<string>) =>
    (timeline?.events ?? []).filter((e) => !e.group || !hidden.has(e.group)),
  );
  private readonly scaleFor = memoize((timeline: Timeline | undefined, width: number, rtl: boolean) => {
    if (!timeline) return undefined;
    // Deep time: a year-number axis (see year-scale.ts); every ordinary file takes the calendar.
    const create = timeline.scale === 'years' ? createYearScale : createTimeScale;
    // On a right-to-left page, time runs from right to left.
    return create(timeline.events, rtl ? [width - MARGIN_X, MARGIN_X] : [MARGIN_X, width - MARGIN_X]);
  });
  private readonly layoutFor = memoize(
    (
      events: TimelineEvent[],
      scale: ScaleTime<number, number>,
      width: number,
      locale: string,
      fold: boolean,
      timeline: Timeline,
      strings: Strings,
      rtl: boolean,
      _metrics: number,
    ) => layoutTimeline(events, { ...this.layoutOptions(width, locale, timeline, strings, rtl), scale, fold }),
  );
  private layoutOptions(width: number, locale: string, timeline: Timeline, strings: Strings, rtl: boolean): Omit<LayoutOptions, 'scale'> {
    return {
      width,
      locale,
      measure: this.text.measure,
      axis: timeline.scale,
      eras: timeline.eras,
      rtl,
      countEvents: (count) => countEvents(strings, count, locale),
      formatCount: (count) => formatNumber(count, locale),
      texts: this.labelTextsFor(timeline, width, locale, strings, this.text.version),
    };
  }

  /** Label texts stay valid while what they are made of stays the same: kept across zoom frames. */
  private readonly labelTextsFor = memoize((_timeline: Timeline, _width: number, _locale: string, _strings: Strings, _metrics: number) => createLabelTexts());
  private readonly listFor = memoize(layoutList);
  // Both walk every event: done once per data set, not on every frame of a zoom.
  private readonly creditsFor = memoize(listSourceNames);
  private readonly summaryFor = memoize(summarize);
  private readonly maxZoomFor = memoize(maxZoom);

  /** The events as read and validated, once they are ready; undefined while loading or after an error. */
  get timeline(): Timeline | undefined {
    return this.source.state.status === 'ready' ? this.source.state.timeline : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Source: a property value wins over a URL.
    if (changed.has('events') && this.events !== undefined) void this.source.use(this.events);
    else if (this.events === undefined && (!this.hasUpdated || changed.has('src') || changed.has('events'))) {
      if (this.src) void this.source.load(this.src, this.timeout);
      else this.source.readInline();
    }
    // Derived state, each from the one before.
    const width = this.size.width;
    this.language = withNumerals(resolveLocale(this.locale, this.closest('[lang]')?.getAttribute('lang')), this.numerals);
    this.words.use(this.language, this.strings);
    this.layoutOrientation = this.orientationFor(width);
    this.text.refresh();
    // The first text measurement sets up a canvas, and the first in each font costs a few ms
    // more: do both while the data is still on its way, then the rest of a first file's costs.
    if (this.source.state.status === 'loading') {
      for (const kind of ['date', 'title'] as const) this.text.measure('0', kind);
      this.warmUp();
    }
    this.rtl = this.text.direction === 'rtl';
    this.shown = this.filterEvents(this.timeline, this.hiddenGroups);
    if (this.timeline && this.timeline !== this.linkedFor) {
      this.linkedFor = this.timeline;
      this.selected = this.readSelectionFromUrl() ?? this.selected;
    }
    this.base = this.scaleFor(this.timeline, width, this.rtl);
    const horizontal = this.base && width > 0 && this.layoutOrientation === 'horizontal';
    const fold = this.zoom.view.k < this.maxScale();
    const zoomed = horizontal ? this.zoom.rescale(this.base!) : undefined;
    this.layout = zoomed ? this.layoutFor(this.shown, zoomed, width, this.language, fold, this.timeline!, this.words.strings, this.rtl, this.text.version) : undefined;
    this.active = this.chooseActive();
  }

  protected override render() {
    const state = this.source.state;
    const strings = this.words.strings;
    if (state.status === 'error') return renderError(state.problems, strings);
    if (state.status !== 'ready' || this.size.width === 0 || !this.words.ready) {
      return html`<div class="status" role="status">${state.status === 'empty' ? strings.empty : strings.loading}</div>`;
    }
    const { timeline } = state;
    const ctx = this.renderContext();
    const selected = this.selected === undefined ? undefined : this.shown.find((e) => e.id === this.selected);
    const selectedDate = selected && formatEventDate(selected, this.language);
    const detail = (event: TimelineEvent, date: string) => renderDetail(event, date, ctx, { index: this.shown.indexOf(event), count: this.shown.length });
    const credits = this.creditsFor(timeline.events);
    return html`
      <figure part="figure" class=${this.layoutOrientation} aria-labelledby=${timeline.title ? 'heading' : nothing}>
        ${timeline.title ? html`<h2 class="heading" id="heading" dir="auto">${timeline.title}</h2>` : nothing}
        ${timeline.description ? html`<p class="description" dir="auto">${timeline.description}</p>` : nothing}
        ${renderToolbar({
          strings,
          groups: timeline.groups,
          hidden: this.hiddenGroups,
          zoom: this.layout && this.base ? { canZoomIn: this.zoom.view.k < this.maxScale(), zoomed: this.zoom.zoomed } : undefined,
          listView: this.listView || this.layoutOrientation === 'horizontal' ? this.listView : undefined,
          onToggleGroup: (id) => this.toggleGroup(id),
          onZoom: (direction) => this.zoomBy(direction),
          onListView: () => (this.listView = !this.listView),
        })}
        <p class="sr-only" id="summary">${this.summaryFor(this.shown, strings, this.language)}</p>
        ${this.layout
          ? html`${renderChart(this.layout, ctx)} ${selected ? detail(selected, selectedDate!) : nothing}`
          : renderList(this.listFor(this.shown, this.language), ctx, detail)}
        ${credits.length ? html`<p class="credits">${fill(strings.credits, { list: credits.join('; ') }, this.language)}</p>` : nothing}
        <div class="sr-only" role="status" aria-live="polite">${selected ? fill(strings.selected, { date: selectedDate!, title: selected.title }, this.language) : ''}</div>
      </figure>
    `;
  }

  private renderContext(): RenderContext {
    const groups = new Map(this.timeline?.groups.map((g, i) => [g.id, i + 1]));
    return {
      selected: this.selected,
      active: this.active,
      language: this.language,
      strings: this.words.strings,
      groupIndex: (event) => (event.group ? (groups.get(event.group) ?? 0) : 0),
      onSelect: (id) => this.choose(this.selected === id ? undefined : id),
      onFocusItem: (id) => (this.active = id),
      onCluster: (label) => this.zoomInto(label),
      onKeydown: this.onKeydown,
      onCloseDetail: () => this.closeDetail(),
      onStep: (step) => this.step(step, true),
      richText: (source) => prepareRichText(source, () => this.requestUpdate()),
      printing: this.print.printing,
    };
  }

  /** Also waits for a zoom the reader or the page asked for, once its behaviour has loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.zoom.pending;
    return (await super.getUpdateComplete()) && done;
  }

  protected override updated(): void {
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (this.layout) {
      this.zoom.attach(chart, this.layout.width, this.layout.height, this.maxScale());
    } else {
      this.zoom.detach();
    }
    // While a zoom glides toward an event, its label may appear only after a few frames.
    const target = this.focusNext === undefined ? null : this.item(this.focusNext);
    if (target) {
      target.focus();
      this.focusNext = undefined;
    }
    this.announce();
  }

  /** Fires `timeline-ready` or `timeline-error` once per data set. */
  private announce(): void {
    const state = this.source.state;
    if (state.status === 'ready' && this.size.width > 0 && this.words.ready && this.announced !== state.timeline) {
      this.announced = state.timeline;
      this.emit<TimelineReadyDetail>('timeline-ready', { count: state.timeline.events.length });
    } else if (state.status === 'error' && this.announced !== state.problems) {
      this.announced = state.problems;
      this.emit<TimelineErrorDetail>('timeline-error', { errors: state.problems });
    }
  }

  // ---- selection -------------------------------------------------------------------------------

  private choose(id: string | undefined): void {
    if (id === this.selected) return;
    this.selected = id;
    this.writeSelectionToUrl(id);
    this.emit<TimelineSelectDetail>('timeline-select', { id: id ?? null });
  }

  private closeDetail(): void {
    this.focusNext = this.selected;
    this.choose(undefined);
  }

  private chooseActive(): string | undefined {
    const rendered = this.layout
      ? this.layout.labels.map((l) => (l.kind === 'event' ? l.event.id : `cluster:${l.events[0].id}`))
      : this.shown.map((e) => e.id);
    for (const candidate of [this.focusNext, this.selected, this.active]) if (candidate && rendered.includes(candidate)) return candidate;
    return rendered[0];
  }

  // ---- keyboard --------------------------------------------------------------------------------

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    const handled = (action: () => void) => {
      event.preventDefault();
      event.stopPropagation();
      action();
    };
    if (key === 'Escape' && this.selected !== undefined) return handled(() => this.closeDetail());
    if ((event.target as HTMLElement).closest('.detail')) return;
    // Left and right follow the page's direction: on a right-to-left page, time runs leftward.
    const later = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = this.rtl ? 'ArrowRight' : 'ArrowLeft';
    if (key === later || key === 'ArrowDown') return handled(() => this.step(1, false));
    if (key === earlier || key === 'ArrowUp') return handled(() => this.step(-1, false));
    if (key === 'Home') return handled(() => this.moveTo(this.shown[0]));
    if (key === 'End') return handled(() => this.moveTo(this.shown[this.shown.length - 1]));
    if (this.layout && (key === '+' || key === '=')) return handled(() => this.zoomBy('in', this.active));
    if (this.layout && (key === '-' || key === '_')) return handled(() => this.zoomBy('out', this.active));
  };

  /** The next or previous event in time order; from a cluster, the first event in it. */
  private step(step: -1 | 1, open: boolean): void {
    const current = this.selected !== undefined && open ? this.selected : this.active;
    const from = current?.startsWith('cluster:') ? current.slice('cluster:'.length) : current;
    const index = this.shown.findIndex((e) => e.id === from);
    const next = this.shown[index < 0 ? 0 : Math.min(Math.max(index + step, 0), this.shown.length - 1)];
    if (!next) return;
    this.moveTo(next);
    if (open) this.choose(next.id);
  }

  /** Focuses an event, first panning or zooming so it has a label of its own. */
  private moveTo(event: TimelineEvent | undefined): void {
    if (!event) return;
    if (this.layout && this.base) {
      const view = revealEvent(this.shown, event, this.base, this.zoom.view, {
        width: this.layout.width,
        locale: this.language,
        measure: this.text.measure,
        maxScale: this.maxScale(),
        rtl: this.rtl,
        axis: this.timeline?.scale,
      });
      if (view !== this.zoom.view) this.zoom.set(view);
    }
    this.focusNext = event.id;
    this.active = event.id;
    this.requestUpdate();
  }

  // ---- zoom and groups -------------------------------------------------------------------------

  private maxScale(): number {
    return this.base && this.timeline ? this.maxZoomFor(this.base, this.timeline) : 1;
  }

  /** Zooms around an event (the focused one for keys, the selected one for buttons), else the middle. */
  private zoomBy(direction: 'in' | 'out' | 'reset', around = this.selected): void {
    if (direction === 'reset') return this.zoom.reset();
    const anchor = this.layout?.marks.find((m) => m.event.id === around);
    this.zoom.zoomBy(direction === 'in' ? 2 : 0.5, anchor?.x0);
    // Keep keyboard focus on the event that had it, wherever the new view puts it.
    if (around !== undefined && this.shadowRoot?.activeElement) this.focusNext = around;
  }

  /**
   * A reader whose pointer or focus is on the chart may zoom next: lay out the views a few steps in
   * around `x`, one per idle moment, so that the first frames of the zoom find their label texts
   * measured, their tick names formatted and their code compiled. Readers who only read never pay.
   */
  private prepareZoom(x: number): void {
    // Only views that still fold: the deepest may label every event in view, not worth doing on speculation.
    const views = zoomSteps(this.zoom.view, x, this.size.width, this.maxScale());
    const ready = () => this.isConnected && this.layout !== undefined && this.base !== undefined && this.timeline !== undefined;
    const layOut = (view: View) => () => {
      const options = this.layoutOptions(this.layout!.width, this.language, this.timeline!, this.words.strings, this.rtl);
      layoutTimeline(this.shown, { ...options, scale: rescale(this.base!, view), fold: true });
    };
    runWhenIdle(views.map(layOut), ready, { onePerIdle: true });
  }

  /** Paper gets the list with every detail open: a chart cut off at the page edge helps no one. */
  private orientationFor(width: number): Orientation {
    return this.listView || this.print.printing ? 'vertical' : chooseOrientation(width, this.orientation, this.breakpoint);
  }

  /** Once a page, while its first file is on its way: a file of three events read, laid out and rendered unseen (see warm-up.ts). */
  private warmUp(): void {
    // Without idle callbacks (Safari), the steps would run on timers while the page itself loads.
    if (warmedUp || typeof requestIdleCallback !== 'function') return;
    warmedUp = true;
    let timeline: Timeline | null = null;
    let layout: Layout | undefined;
    const steps = [
      () => {
        ({ timeline } = settle({ value: WARM_UP_FILE }));
      },
      () => {
        // The same calls willUpdate makes. The widget's size may be known only now: the loading
        // message needs no layout.
        const width = this.size.width;
        const scale = timeline && width > 0 && this.orientationFor(width) === 'horizontal' ? this.scaleFor(timeline, width, this.rtl) : undefined;
        if (scale) layout = this.layoutFor(timeline!.events, scale, width, this.language, true, timeline!, this.words.strings, this.rtl, this.text.version);
      },
      () => {
        if (!timeline) return;
        const ctx = this.renderContext();
        renderInto(layout ? renderChart(layout, ctx) : renderList(this.listFor(timeline.events, this.language), ctx, () => html``), document.createElement('div'));
      },
    ];
    const wanted = () => {
      // An element that leaves the page before its file came (a framework's remount) leaves the
      // warm-up to the next; a file that came does the warming itself.
      if (!this.isConnected) warmedUp = false;
      return this.isConnected && this.source.state.status === 'loading';
    };
    runWhenIdle(steps, wanted);
  }

  private zoomInto(label: ClusterLabel): void {
    if (!this.base || !this.layout) return;
    const from = Math.min(...label.events.map((e) => e.from));
    const to = Math.max(...label.events.map((e) => e.to));
    this.zoom.set(fitSpan(this.base(from), this.base(to), this.layout.width, this.maxScale()));
    this.focusNext = label.events[0].id;
  }

  private toggleGroup(id: string): void {
    const hidden = new Set(this.hiddenGroups);
    if (!hidden.delete(id)) hidden.add(id);
    this.hiddenGroups = hidden;
  }

  // ---- links -----------------------------------------------------------------------------------

  private readSelectionFromUrl(): string | undefined {
    if (!this.linkSelection || !this.id) return undefined;
    const prefix = `#${encodeURIComponent(this.id)}=`;
    if (!location.hash.startsWith(prefix)) return undefined;
    const id = decodeURIComponent(location.hash.slice(prefix.length));
    return this.shown.some((e) => e.id === id) ? id : undefined;
  }

  private writeSelectionToUrl(id: string | undefined): void {
    if (!this.linkSelection || !this.id) return;
    const hash = id === undefined ? '' : `#${encodeURIComponent(this.id)}=${encodeURIComponent(id)}`;
    history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private item(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

/** Whether a timeline of this page has spent idle time on the costs of a first file (see warmUp). */
let warmedUp = false;

/** The locale with a numbering system forced, e.g. Latin digits for Arabic: "ar-EG-u-nu-latn". */
function withNumerals(locale: string, numerals: string | undefined): string {
  if (!numerals) return locale;
  try {
    return new Intl.Locale(locale, { numberingSystem: numerals }).toString();
  } catch {
    return locale;
  }
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
