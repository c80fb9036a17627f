/**
 * Work done in idle time before a reader needs it, so that it is not done while they wait.
 *
 * - While the first events file is on its way: the page's first date format with a time zone (the
 *   browser loads its zone data then) and the first canvas measurement in each label font, both at
 *   once, as each costs a few ms; then, once a page, a small file read, laid out and
 *   rendered into a detached element and dropped. The first file a page reads pays for much more
 *   than its events: V8 compiles the reading, layout and rendering code on first call, each `Intl`
 *   formatter for the reader's language is built, luxon sets up its zones, Lit prepares its
 *   templates. The real file then finds all that done. On localhost the file is there before the
 *   first idle moment, and none of it runs; the README's Performance section has the figures.
 * - When a reader points at or focuses the chart, the zoom part lays out the first views of a zoom
 *   (prepare-zoom.ts): this controller hands it the timeline and buildView.
 *
 * Everything goes through buildView, as the element's own updates do.
 */
import { render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { buildView, type Picture, type ViewInput } from '../layout/build-view.js';
import type { Timeline, TimelineFile } from '../model/types.js';
import { validateAndExplain } from '../parse/validate-and-explain.js';
import { runWhenIdle } from './idle.js';
import type { ZoomPart } from './zoom-controller.js';

/** What the controller asks of its element. */
export interface PrepareSource {
  /** What buildView is given for the widget as it is now (a function property: it is handed on unbound). */
  input: () => ViewInput;
  /** The timeline shown, once there is one. */
  timeline(): Timeline | undefined;
  /** The picture on screen, once there is one. */
  picture(): Picture | undefined;
  /** Whether the events file is on its way. */
  loading(): boolean;
  /** The widget's content for a picture, as its render shows it. */
  render(timeline: Timeline, picture: Picture): TemplateResult;
}

/** The shapes most files have: a month, a range of days, a time in a zone, a group, an era, a source. */
export const WARM_UP_FILE: TimelineFile = {
  version: 1,
  timeZone: 'UTC',
  groups: [{ id: 'g', label: 'G' }],
  eras: [{ id: 'e', start: '2000-01', end: '2000-02-01', label: 'E' }],
  events: [
    { id: 'a', start: '2000-01', title: 'A a', group: 'g', sources: [{ name: 'S', url: 'https://example.org/' }] },
    { id: 'b', start: '2000-01-02', end: '2000-01-05', title: 'B b', sources: [{ name: 'S' }] },
    { id: 'c', start: '2000-02-01T12:00', title: 'C c', sources: [{ name: 'T' }] },
  ],
};

/** Whether a timeline of this page has spent idle time on the costs of a first file: once a page is enough. */
let pageWarmedUp = false;
/** Whether the page's first zoned date format has been made (the browser loads its zone data then). */
let pageFormattedDate = false;

export class PrepareController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly widget: PrepareSource,
  ) {
    host.addController(this);
  }

  /** After willUpdate: the data's state is known. */
  hostUpdate(): void {
    if (!this.widget.loading()) return;
    if (!pageFormattedDate) {
      pageFormattedDate = true;
      new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'long' }).format(0);
    }
    const { measure } = this.widget.input();
    for (const kind of ['date', 'title'] as const) measure('0', kind);
    this.warmUp();
  }

  /** Once the zoom part has loaded: the first views of a zoom in around `x`, laid out by the part. */
  prepareZoom(x: number, part: ZoomPart): void {
    const { host, widget } = this;
    const [timeline, picture] = [widget.timeline(), widget.picture()];
    const current = () => host.isConnected && widget.timeline() === timeline;
    if (timeline && picture) part.prepareZoom(x, { timeline, picture, input: widget.input, build: buildView, current });
  }

  private warmUp(): void {
    // Without idle callbacks (Safari), the steps would run on timers while the page itself loads.
    if (pageWarmedUp || typeof requestIdleCallback !== 'function') return;
    pageWarmedUp = true;
    const { host, widget } = this;
    let timeline: Timeline | null = null;
    let picture: Picture | undefined;
    const steps = [
      () => void ({ timeline } = validateAndExplain({ value: WARM_UP_FILE })),
      // The widget's size may be known only now: the loading message needs no layout.
      () => void (picture = timeline && widget.input().width > 0 ? buildView(timeline, widget.input()) : undefined),
      () => timeline && picture && render(widget.render(timeline, picture), document.createElement('div')),
    ];
    const wanted = () => {
      // An element that leaves the page before its file came (a framework's remount) leaves the
      // warm-up to the next; a file that came does the warming itself.
      if (!host.isConnected) pageWarmedUp = false;
      return host.isConnected && widget.loading();
    };
    runWhenIdle(steps, wanted);
  }
}
