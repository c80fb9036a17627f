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
 * - When a reader points at or focuses the chart (the zoom behaviour loads then): the first views
 *   of a zoom around the pointer are laid out, so the first frames of the zoom find their label
 *   texts measured, their tick names formatted and their code compiled.
 *
 * Everything goes through buildView, as the element's own updates do.
 */
import { render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { buildView, type Picture, type ViewInput } from '../layout/build-view.js';
import type { Timeline, TimelineFile } from '../model/types.js';
import { validateAndExplain } from '../parse/validate-and-explain.js';
import { zoomSteps } from './view.js';

/** What the controller asks of its element. */
export interface PrepareSource {
  /** What buildView is given for the widget as it is now. */
  input(): ViewInput;
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

/** The inputs a prepared view shares with the views the reader will see next. */
const KEPT_INPUTS = ['width', 'locale', 'direction', 'orientation', 'measure', 'strings', 'hidden'] as const;

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

  /** The first views of a zoom in around `x` (px from the chart's start), one per idle callback. */
  prepareZoom(x: number): void {
    const { host, widget } = this;
    const timeline = widget.timeline();
    const picture = widget.picture();
    const input = widget.input();
    if (!timeline || !picture?.layout) return;
    // Only views that still fold: the deepest may label every event in view, not worth doing on speculation.
    const steps = zoomSteps(input.view, x, input.width, picture.maxScale).map(
      (view) => () => void buildView(timeline, { ...input, view }),
    );
    // Layouts for inputs the widget no longer has (fonts loaded, a group hidden, another width)
    // would only replace the label texts it has measured with stale ones.
    const unchanged = () => {
      const now = widget.input();
      return KEPT_INPUTS.every((key) => now[key] === input[key]);
    };
    // One layout per idle callback: a reader about to zoom should not wait behind several layouts of 10,000 events.
    runWhenIdle(steps, () => host.isConnected && widget.timeline() === timeline && unchanged(), { onePerIdle: true });
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

/** Runs `task` when the browser is idle (after a short timeout where there is no idle callback). */
export function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task);
  else setTimeout(task, 50);
}

/**
 * Runs `steps` in order in idle time, and stops for good as soon as `wanted()` is false (asked
 * before each step). Another step follows in the same idle period only while it has more time
 * left than the last step took. With `onePerIdle`, one step per idle callback: for steps long
 * enough that a reader's input arriving meanwhile would wait.
 */
export function runWhenIdle(
  steps: ReadonlyArray<() => void>,
  wanted: () => boolean,
  { onePerIdle = false } = {},
): void {
  let next = 0;
  const run = (deadline?: IdleDeadline) => {
    while (next < steps.length && wanted()) {
      const started = performance.now();
      steps[next++]();
      if (onePerIdle || !deadline || deadline.timeRemaining() <= performance.now() - started) break;
    }
    if (next < steps.length && wanted()) whenIdle(run);
  };
  whenIdle(run);
}
