import { html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { withNumerals, resolveLocale } from '../i18n/locale.js';
import type { Strings } from '../i18n/strings.js';
import { buildView, type Picture, type ViewInput } from '../layout/build-view.js';
import type { ClusterLabel } from '../layout/layout.js';
import { chooseOrientation, type Orientation } from '../layout/list.js';
import type { Problem, Timeline, TimelineEvent, TimelineFile } from '../model/types.js';
import { hashOf, selectionFromHash } from '../interaction/deep-link.js';
import { keyAction, type KeyAction } from '../interaction/keyboard.js';
import { PrepareController } from '../interaction/prepare-controller.js';
import { PrintController } from '../interaction/print-controller.js';
import { revealEvent } from '../interaction/reveal.js';
import { SizeController } from '../interaction/size-controller.js';
import { SourceController } from '../interaction/source-controller.js';
import { StringsController } from '../interaction/strings-controller.js';
import { TextMeasureController } from '../interaction/text-measure-controller.js';
import { fitSpan } from '../interaction/view.js';
import { ZoomController } from '../interaction/zoom-controller.js';
import { renderFigure } from '../render/figure.js';
import { renderError, type RenderContext } from '../render/render.js';
import { prepareRichText } from '../render/rich-text.js';
import { styles } from '../render/styles.js';
import { DEFAULT_TIMEOUT } from '../source/fetch-text.js';
import { memoize } from '../util/memoize.js';

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
  private readonly textMeasure = new TextMeasureController(this);
  private readonly catalogue = new StringsController(this);
  private readonly print = new PrintController(this);
  private readonly prepare = new PrepareController(this, {
    input: () => this.viewInput(),
    timeline: () => this.timeline,
    loading: () => this.source.state.status === 'loading',
    render: (timeline, picture) => this.renderPicture(timeline, picture),
  });
  private readonly zoom = new ZoomController(this, (x) => this.prepare.prepareZoom(x));

  private language = 'en-US';
  /** What is shown: computed in willUpdate, placed by render. */
  private picture?: Picture;
  private readonly pictureFor = memoize(buildView);
  /** The item in the tab order; the selected event, else the last one focused. */
  private active?: string;
  /** Focus moves here after the next render (keyboard navigation, closing the detail). */
  private focusNext?: string;
  /** The data set whose deep link has been read. */
  private linkedFor?: Timeline;
  /** What the DOM events were last fired for, so each fires once per data set. */
  private announced?: Timeline | Problem[];

  /** The events as read and validated, once they are ready; undefined while loading or after an error. */
  get timeline(): Timeline | undefined {
    return this.source.state.status === 'ready' ? this.source.state.timeline : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.useSource(changed);
    this.language = withNumerals(resolveLocale(this.locale, this.closest('[lang]')?.getAttribute('lang')), this.numerals);
    this.catalogue.use(this.language, this.strings);
    this.textMeasure.refresh();
    this.picture = this.timeline && this.size.width > 0 ? this.pictureFor(this.timeline, this.viewInput()) : undefined;
    this.readSelectionFromUrl();
    this.active = this.chooseActive();
  }

  protected override render() {
    const state = this.source.state;
    const strings = this.catalogue.strings;
    if (state.status === 'error') return renderError(state.problems, strings);
    if (state.status !== 'ready' || !this.picture || !this.catalogue.ready) {
      return html`<div class="status" role="status">${state.status === 'empty' ? strings.empty : strings.loading}</div>`;
    }
    return this.renderPicture(state.timeline, this.picture);
  }

  /** Also waits for a zoom the reader or the page asked for, once its behaviour has loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.zoom.pending;
    return (await super.getUpdateComplete()) && done;
  }

  protected override updated(): void {
    const layout = this.picture?.layout;
    if (layout) this.zoom.attach(this.renderRoot.querySelector<HTMLElement>('.chart'), layout.width, layout.height, this.maxScale);
    else this.zoom.detach();
    // While a zoom glides toward an event, its label may appear only after a few frames.
    const target = this.focusNext === undefined ? null : this.item(this.focusNext);
    if (target) {
      target.focus();
      this.focusNext = undefined;
    }
    this.announce();
  }

  // ---- what is shown ---------------------------------------------------------------------------

  /** A property value wins over a URL; without either, inline data. */
  private useSource(changed: PropertyValues<this>): void {
    if (changed.has('events') && this.events !== undefined) void this.source.use(this.events);
    else if (this.events === undefined && (!this.hasUpdated || changed.has('src') || changed.has('events'))) {
      if (this.src) void this.source.load(this.src, this.timeout);
      else void this.source.readInline();
    }
  }

  /** Everything buildView needs of the widget as it is now, in the view `view`. */
  private viewInput(view = this.zoom.view): ViewInput {
    const width = this.size.width;
    return {
      width,
      locale: this.language,
      direction: this.rtl ? 'rtl' : 'ltr',
      orientation: this.orientationFor(width),
      view,
      measure: this.textMeasure.measure,
      strings: this.catalogue.strings,
      hidden: this.hiddenGroups,
    };
  }

  /** Paper gets the list with every detail open: a chart cut off at the page edge helps no one. */
  private orientationFor(width: number): Orientation {
    return this.listView || this.print.printing ? 'vertical' : chooseOrientation(width, this.orientation, this.breakpoint);
  }

  private get rtl(): boolean {
    return this.textMeasure.direction === 'rtl';
  }

  private get maxScale(): number {
    return this.picture?.maxScale ?? 1;
  }

  private renderPicture(timeline: Timeline, picture: Picture) {
    return renderFigure(timeline, picture, this.renderContext(timeline), {
      selected: this.selected === undefined ? undefined : picture.events.find((e) => e.id === this.selected),
      toolbar: {
        hidden: this.hiddenGroups,
        zoom: picture.layout ? { canZoomIn: this.zoom.view.k < picture.maxScale, zoomed: this.zoom.zoomed } : undefined,
        listView: this.listView || picture.layout ? this.listView : undefined,
        onToggleGroup: (id) => this.toggleGroup(id),
        onZoom: (direction) => this.zoomBy(direction),
        onListView: () => (this.listView = !this.listView),
      },
    });
  }

  private renderContext(timeline: Timeline): RenderContext {
    const groups = new Map(timeline.groups.map((g, i) => [g.id, i + 1]));
    return {
      selected: this.selected,
      active: this.active,
      language: this.language,
      strings: this.catalogue.strings,
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

  /** Fires `timeline-ready` or `timeline-error` once per data set. */
  private announce(): void {
    const state = this.source.state;
    if (state.status === 'ready' && this.picture && this.catalogue.ready && this.announced !== state.timeline) {
      this.announced = state.timeline;
      this.emit<TimelineReadyDetail>('timeline-ready', { count: state.timeline.events.length });
    } else if (state.status === 'error' && this.announced !== state.problems) {
      this.announced = state.problems;
      this.emit<TimelineErrorDetail>('timeline-error', { errors: state.problems });
    }
  }

  // ---- selection and keyboard ------------------------------------------------------------------

  private choose(id: string | undefined): void {
    if (id === this.selected) return;
    this.selected = id;
    if (this.linkSelection && this.id) history.replaceState(history.state, '', hashOf(this.id, id) || location.pathname + location.search);
    this.emit<TimelineSelectDetail>('timeline-select', { id: id ?? null });
  }

  private closeDetail(): void {
    this.focusNext = this.selected;
    this.choose(undefined);
  }

  private chooseActive(): string | undefined {
    const layout = this.picture?.layout;
    const rendered = layout
      ? layout.labels.map((l) => (l.kind === 'event' ? l.event.id : `cluster:${l.events[0].id}`))
      : (this.picture?.events ?? []).map((e) => e.id);
    for (const candidate of [this.focusNext, this.selected, this.active]) if (candidate && rendered.includes(candidate)) return candidate;
    return rendered[0];
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const action = keyAction(event, { rtl: this.rtl, detailOpen: this.selected !== undefined, chart: !!this.picture?.layout });
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    this.act(action);
  };

  private act(action: KeyAction): void {
    const events = this.picture?.events ?? [];
    if (action.kind === 'close') this.closeDetail();
    else if (action.kind === 'step') this.step(action.by, false);
    else if (action.kind === 'first') this.moveTo(events[0]);
    else if (action.kind === 'last') this.moveTo(events[events.length - 1]);
    else this.zoomBy(action.direction, this.active);
  }

  /** The next or previous event in time order; from a cluster, the first event in it. */
  private step(step: -1 | 1, open: boolean): void {
    const events = this.picture?.events ?? [];
    const current = this.selected !== undefined && open ? this.selected : this.active;
    const from = current?.startsWith('cluster:') ? current.slice('cluster:'.length) : current;
    const index = events.findIndex((e) => e.id === from);
    const next = events[index < 0 ? 0 : Math.min(Math.max(index + step, 0), events.length - 1)];
    if (!next) return;
    this.moveTo(next);
    if (open) this.choose(next.id);
  }

  /** Focuses an event, first panning or zooming so it has a label of its own. */
  private moveTo(event: TimelineEvent | undefined): void {
    const { picture, timeline } = this;
    if (!event) return;
    if (picture?.layout && timeline) {
      const input = this.viewInput();
      const view = revealEvent(event, this.zoom.view, picture, (view) => buildView(timeline, { ...input, view }));
      if (view !== this.zoom.view) this.zoom.set(view);
    }
    this.focusNext = event.id;
    this.active = event.id;
    this.requestUpdate();
  }

  // ---- zoom, groups and links ------------------------------------------------------------------

  /** Zooms around an event (the focused one for keys, the selected one for buttons), else the middle. */
  private zoomBy(direction: 'in' | 'out' | 'reset', around = this.selected): void {
    if (direction === 'reset') return this.zoom.reset();
    const anchor = this.picture?.layout?.marks.find((m) => m.event.id === around);
    this.zoom.zoomBy(direction === 'in' ? 2 : 0.5, anchor?.x0);
    // Keep keyboard focus on the event that had it, wherever the new view puts it.
    if (around !== undefined && this.shadowRoot?.activeElement) this.focusNext = around;
  }

  private zoomInto(label: ClusterLabel): void {
    const { picture } = this;
    if (!picture?.layout) return;
    const from = label.events.reduce((min, e) => Math.min(min, e.from), Infinity);
    const to = label.events.reduce((max, e) => Math.max(max, e.to), -Infinity);
    this.zoom.set(fitSpan(picture.scale(from), picture.scale(to), picture.layout.width, picture.maxScale));
    this.focusNext = label.events[0].id;
  }

  private toggleGroup(id: string): void {
    const hidden = new Set(this.hiddenGroups);
    if (!hidden.delete(id)) hidden.add(id);
    this.hiddenGroups = hidden;
  }

  /** Once per data set, with `link-selection`: the event the page's address links to, if it is shown. */
  private readSelectionFromUrl(): void {
    const { timeline } = this;
    if (!timeline || timeline === this.linkedFor) return;
    this.linkedFor = timeline;
    const id = this.linkSelection && this.id ? selectionFromHash(location.hash, this.id) : undefined;
    if (id !== undefined && timeline.events.some((e) => e.id === id)) this.selected = id;
  }

  private item(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
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
