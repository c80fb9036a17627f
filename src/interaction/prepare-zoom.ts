/**
 * Work ahead of a zoom, in the zoom part: when a reader points at or focuses the chart (the part
 * loads then), the first views of a zoom in around the pointer are laid out in idle time, so that
 * the first frames of the zoom find their label texts measured, their tick names formatted and
 * their code compiled. The views are built by the element's own buildView, handed in: the part
 * holds none of the layout.
 */
import type { Picture, ViewInput } from '../layout/build-view.js';
import type { Timeline } from '../model/types.js';
import { runWhenIdle } from './idle.js';
import { zoomSteps } from './view.js';

/** What the element hands the zoom part for the views ahead of a zoom. */
export interface ZoomPreparation {
  timeline: Timeline;
  picture: Picture;
  /** What buildView is given for the widget as it is now. */
  input: () => ViewInput;
  /** The element's buildView. */
  build(timeline: Timeline, input: ViewInput): unknown;
  /** Whether the widget is on the page and still shows `timeline`. */
  current(): boolean;
}

/** The inputs a prepared view shares with the views the reader will see next. */
const KEPT_INPUTS = ['width', 'locale', 'direction', 'orientation', 'measure', 'strings', 'hidden'] as const;

/** The first views of a zoom in around `x` (px from the chart's start), one per idle callback. */
export function prepareZoom(x: number, { timeline, picture, input, build, current }: ZoomPreparation): void {
  if (!picture.layout) return;
  const first = input();
  // Only views that still fold: the deepest may label every event in view, not worth doing on speculation.
  const steps = zoomSteps(first.view, x, first.width, picture.maxScale).map(
    (view) => () => void build(timeline, { ...first, view }),
  );
  // Layouts for inputs the widget no longer has (fonts loaded, a group hidden, another width)
  // would only replace the label texts it has measured with stale ones.
  const unchanged = () => {
    const now = input();
    return KEPT_INPUTS.every((key) => now[key] === first[key]);
  };
  // One layout per idle callback: a reader about to zoom should not wait behind several layouts of 10,000 events.
  runWhenIdle(steps, () => current() && unchanged(), { onePerIdle: true });
}
