import { html, LitElement, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { directionOf, withNumerals, resolveLocale } from '../i18n/locale.js';
import type { Strings } from '../i18n/strings.js';
import { buildView, foldsMost, type Picture, type ViewInput } from '../layout/build-view.js';
import { chooseOrientation } from '../layout/list.js';
import type { Orientation, Problem, Theme, Timeline, TimelineFile } from '../model/types.js';
import { linkHash, readLink, selectionFromHash, writeHash } from '../interaction/deep-link.js';
import { AnnounceController } from '../interaction/announce-controller.js';
import { NavigationController } from '../interaction/navigation-controller.js';
import { WHOLE, type View } from '../interaction/view.js';
import { PrepareController } from '../interaction/prepare-controller.js';
import { PrintController } from '../interaction/print-controller.js';
import { SizeController } from '../interaction/size-controller.js';
import { SourceController, type SourceState } from '../interaction/source-controller.js';
import { StringsController } from '../interaction/strings-controller.js';
import { TableController } from '../interaction/table-controller.js';
import { ToolbarController } from '../interaction/toolbar-controller.js';
import { TextMeasureController } from '../interaction/text-measure-controller.js';
import { ZoomController } from '../interaction/zoom-controller.js';
import { renderError, renderFigure, styles, type RenderContext } from '../render/index.js';
import { prepareRichText } from '../render/rich-text.js';
import { DEFAULT_TIMEOUT } from '../source/fetch-text.js';
import { memoize } from '../util/memoize.js';

export interface TimelineReadyDetail {
  count: number;
  /** What the file's reading left out or changed, each with its path: the console group lists them too. */
  warnings: Problem[];
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
 * @fires timeline-ready - `{ count, warnings }`, once each time a data set has been loaded and rendered; `warnings` as `[{ path, message }]`.
 * @fires timeline-select - `{ id }` when the reader selects an event (`id` is null when the
 *   reader closes the detail). Not fired when the page sets `selected`.
 * @fires timeline-error - `{ errors: [{ path, message }] }` when the file cannot be loaded or is invalid.
 *
 * @csspart figure - The whole timeline.
 * @csspart chart - The horizontal chart: axis, marks and labels.
 * @csspart axis - The time axis (an SVG group).
 * @csspart label - An event's label: the focusable button that opens its detail (and a hidden, inert copy the widget reads the labels' type from).
 * @csspart cluster - A label standing for several events; activating it zooms in (at the deepest zoom, opens them).
 * @csspart list - The vertical layout's list of events.
 * @csspart table - The table view's table of events.
 * @csspart more-button - The buttons that show earlier or later events of a long list or table.
 * @csspart legend - The group toggles.
 * @csspart zoom - The zoom buttons' group; each button is `zoom-button`.
 * @csspart view-button - The buttons that turn the list view and the table view on and off.
 * @csspart detail - The detail panel of the selected event.
 * @csspart close-button - The detail's close button; `step-button` are its previous/next buttons.
 * @csspart error - The message shown when the data cannot be used.
 *
 * @cssprop --event-timeline-font-family - Font of the widget (default: inherited from the page).
 * @cssprop --event-timeline-text - Text colour.
 * @cssprop --event-timeline-muted - Secondary text: dates, axis, credits.
 * @cssprop --event-timeline-background - Background, also behind labels.
 * @cssprop --event-timeline-panel - Background of the detail panel.
 * @cssprop --event-timeline-rule - Rules, tick marks, era edges and button edges; keep 3:1 against the background, the panel and the era fills.
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
  theme?: Theme;

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
  private readonly table = new TableController(this, (id) => this.navigation.focusAfterUpdate(id));
  private readonly toolbars = new ToolbarController(this);
  private readonly prepare = new PrepareController(this, {
    input: () => this.viewInput(),
    timeline: () => this.timeline,
    picture: () => this.picture,
    loading: () => this.source.state.status === 'loading',
    render: (timeline, picture) => this.renderPicture(timeline, picture, true),
  });
  private readonly zoom = new ZoomController(
    this,
    () => this.chartBox(),
    (x, part) => this.prepare.prepareZoom(x, part),
  );
  private readonly announcer = new AnnounceController(this, {
    picture: () => this.picture,
    timeline: () => this.timeline,
    view: () => this.zoom.view,
    hidden: () => this.hiddenGroups,
    selected: () => this.selected,
    strings: () => this.catalogue.strings,
    language: () => this.language,
    table: () => this.table.on,
    quiet: (view) => this.navigation.revealed(view),
  });
  private readonly navigation = new NavigationController(this, this.zoom, {
    picture: () => this.picture,
    build: (view) => this.pictureAt(view),
    selected: () => this.selected,
    choose: (id) => this.choose(id),
    rtl: () => this.direction === 'rtl',
  });

  private language = 'en-US';
  /** The widget's writing direction, which time follows (see willUpdate). */
  private direction: 'ltr' | 'rtl' = 'ltr';
  /** The page's language where the element stands ('' for none declared): the data's, as far as we know. */
  private pageLang = '';
  /** What is shown: computed in willUpdate, placed by render. */
  private picture?: Picture;
  private readonly pictureFor = memoize(buildView);
  private readonly foldsMostAt = memoize(foldsMost);
  /** The data set whose deep link has been read. */
  private linkedFor?: Timeline;
  /** What the DOM events were last fired for, so each fires once per data set. */
  private announced?: Timeline | Problem[];
  /** The source state a drawing failed in, so that its timeline-error fires once (see performUpdate). */
  private failedIn?: SourceState;

  /** The events as read and validated, once they are ready; undefined while loading or after an error. */
  get timeline(): Timeline | undefined {
    return this.source.state.status === 'ready' ? this.source.state.timeline : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.useSource(changed);
    this.pageLang = this.closest('[lang]')?.getAttribute('lang') ?? '';
    this.language = withNumerals(resolveLocale(this.locale, this.pageLang), this.numerals);
    this.catalogue.use(this.language, this.strings);
    this.textMeasure.refresh();
    // The element's own dir, else that of the language the page chose for it, else the page's.
    const direction = !this.dir && this.locale ? directionOf(this.language) : this.textMeasure.direction;
    if (direction !== this.direction) this.zoom.mirror();
    this.direction = direction;
    this.picture = this.timeline && this.size.width > 0 ? this.pictureFor(this.timeline, this.viewInput()) : undefined;
    this.table.fit(this.picture, this.selected);
    this.followLink();
  }

  protected override render() {
    const state = this.source.state;
    const strings = this.catalogue.strings;
    if (state.status === 'error') return renderError(state.problems, strings, this.catalogue.lang, this.direction);
    if (state.status !== 'ready' || !this.picture || !this.catalogue.ready) {
      return html`<div class="status" role="status" lang=${this.catalogue.lang} dir=${this.direction}>
        ${state.status === 'empty' ? strings.empty : strings.loading}
      </div>`;
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
    this.announce();
  }

  /**
   * Whatever throws while drawing (a step of the pipeline, a template, a controller) ends in the
   * error panel and one `timeline-error` for the data on hand, never in a blank box or an uncaught
   * error; other widgets on the page go on. The panel is put in place at once, since the next
   * update may throw at the same step; an update that gets through draws the timeline again.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      console.error('<event-timeline> the timeline could not be drawn:', error);
      const errors = [{ path: '', message: `could not be drawn: ${error}` }];
      try {
        const panel = renderError(errors, this.catalogue.strings, this.catalogue.lang, this.direction);
        render(panel, this.renderRoot, this.renderOptions);
      } catch {
        // The panel itself failed: the console has said why.
      }
      if (this.failedIn === this.source.state) return;
      this.failedIn = this.source.state;
      this.emit<TimelineErrorDetail>('timeline-error', { errors });
    }
  }

  /** The chart on screen, for the zoom behaviour. */
  private chartBox() {
    const { picture } = this;
    if (!picture?.layout) return undefined;
    const element = this.renderRoot.querySelector<HTMLElement>('.chart');
    return { element, width: picture.layout.width, height: picture.layout.frame, maxScale: picture.maxScale };
  }

  /** A property value wins over a URL; without either, inline data. */
  private useSource(changed: PropertyValues<this>): void {
    if (changed.has('events') && this.events !== undefined) void this.source.use(this.events);
    else if (this.events === undefined && (!this.hasUpdated || changed.has('src') || changed.has('events'))) {
      if (this.src) void this.source.load(this.src, this.timeout);
      else void this.source.readInline();
    }
  }

  /**
   * Everything buildView needs of the widget as it is now, in the view `view`.
   * @param listed the events go down the page: the list view, the table (which shows the list's
   *   items) or paper, which gets the list with every detail open; a chart cut off at the page
   *   edge helps no one.
   */
  private viewInput(view = this.zoom.view, listed = this.listView || this.table.on || this.print.printing): ViewInput {
    const width = this.size.width;
    const input: ViewInput = {
      width,
      locale: this.language,
      direction: this.direction,
      orientation: listed ? 'vertical' : chooseOrientation(width, this.orientation, this.breakpoint),
      view,
      measure: this.textMeasure.measure,
      strings: this.catalogue.strings,
      hidden: this.hiddenGroups,
      place: this.navigation.place(),
    };
    // Wide enough by the breakpoint, but a chart whose whole view would fold most of a short story
    // (a phone in landscape, a page zoomed to 200%) reads better as the list, unless the page chose.
    const { timeline } = this;
    if (input.orientation === 'vertical' || this.orientation === 'horizontal' || !timeline) return input;
    // Judged with every group shown, so that the legend never switches the layout under the reader.
    const whole = { ...input, view: WHOLE, hidden: NONE_HIDDEN };
    return this.foldsMostAt(timeline, whole) ? { ...input, orientation: 'vertical' } : input;
  }

  /** The picture of the timeline on screen in another view (navigation only asks while there is one). */
  private pictureAt(view: View): Picture {
    const { picture, timeline } = this;
    return timeline ? buildView(timeline, this.viewInput(view)) : (picture as Picture);
  }

  /** @param unseen for the warm-up: no selection, and nothing asks for another render. */
  private renderPicture(timeline: Timeline, picture: Picture, unseen = false) {
    const { navigation } = this;
    const groups = new Map(timeline.groups.map((g, i) => [g.id, i + 1]));
    const context: RenderContext = {
      selected: unseen ? undefined : this.selected,
      active: navigation.active,
      language: this.language,
      lang: this.catalogue.lang,
      dir: this.direction,
      // The data's language is not the reader's: a German reader of an English story hears English titles.
      dataLang: timeline.lang ?? this.pageLang,
      strings: this.catalogue.strings,
      groupIndex: (event) => (event.group ? (groups.get(event.group) ?? 0) : 0),
      onSelect: (id) => this.choose(this.selected === id ? undefined : id),
      onFocusItem: (id) => navigation.focused(id),
      onCluster: (label) => navigation.zoomInto(label),
      onStrip: (x) => navigation.zoomAt(x),
      onKeydown: navigation.onKeydown,
      onCloseDetail: () => navigation.closeDetail(),
      onStep: (step) => navigation.step(step, true),
      richText: (source) => prepareRichText(source, () => unseen || this.requestUpdate(), timeline.base),
      printing: this.print.printing,
      announcement: unseen ? '' : this.announcer.message,
      listRange: unseen ? undefined : navigation.listRange,
      onShowMore: (side) => navigation.showMore(side),
    };
    return renderFigure(timeline, picture, context, {
      // Removing the attribute sets null: no event has that id either.
      selected: unseen || this.selected == null ? undefined : picture.events.find((e) => e.id === this.selected),
      toolbar: {
        hidden: this.hiddenGroups,
        zoom: picture.layout ? { canZoomIn: this.zoom.view.k < picture.maxScale, zoomed: this.zoom.zoomed } : undefined,
        listView: this.listView || picture.layout || (this.table.on && this.charted()) ? this.listView : undefined,
        tableView: this.table.on,
        onToggleGroup: (id) => this.toggleGroup(id),
        onZoom: (direction) => navigation.zoomBy(direction),
        onListView: () => this.switchView('list'),
        onTableView: () => this.switchView('table'),
        keys: this.toolbars,
      },
      table: this.table.state(() => unseen || this.requestUpdate()),
    });
  }

  /** Whether the chart would be shown were neither the list view nor the table on: the list view's switch is offered then. */
  private charted(): boolean {
    return this.viewInput(this.zoom.view, false).orientation === 'horizontal';
  }

  /** Turns the list view or the table view on or off: at most one of them is on. */
  private switchView(view: 'list' | 'table'): void {
    const on = view === 'list' ? !this.listView : !this.table.on;
    this.listView = on && view === 'list';
    this.table.show(on && view === 'table');
  }

  private toggleGroup(id: string): void {
    const hidden = new Set(this.hiddenGroups);
    if (!hidden.delete(id)) hidden.add(id);
    this.hiddenGroups = hidden;
  }

  private choose(id: string | undefined): void {
    if (id === this.selected) return;
    this.selected = id;
    if (this.linkSelection && this.id) {
      const hash = id === undefined ? undefined : linkHash(this.id, id);
      // Closing, or an id that cannot be escaped, takes this timeline's link out, and leaves any other hash (#comments).
      if (hash) writeHash(hash);
      else if (selectionFromHash(location.hash, this.id) !== undefined) writeHash('');
    }
    this.emit<TimelineSelectDetail>('timeline-select', { id: id ?? null });
  }

  /** Once per data set, with `link-selection`: select the event the page's address links to. */
  private followLink(): void {
    const { timeline } = this;
    if (!timeline || timeline === this.linkedFor) return;
    this.linkedFor = timeline;
    if (this.linkSelection && this.id)
      this.selected = readLink(this.id, this.picture?.events ?? timeline.events) ?? this.selected;
  }

  /** Fires `timeline-ready` or `timeline-error` once per data set. */
  private announce(): void {
    const state = this.source.state;
    if (state.status === 'ready' && this.picture && this.catalogue.ready && this.announced !== state.timeline) {
      this.announced = state.timeline;
      this.emit<TimelineReadyDetail>('timeline-ready', {
        count: state.timeline.events.length,
        warnings: state.warnings,
      });
    } else if (state.status === 'error' && this.announced !== state.problems) {
      this.announced = state.problems;
      this.emit<TimelineErrorDetail>('timeline-error', { errors: state.problems });
    }
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

const NONE_HIDDEN: ReadonlySet<string> = new Set();

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
