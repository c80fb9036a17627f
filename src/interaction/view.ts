/**
 * Views of the time axis, as d3-zoom's immutable transform (a position p shows at p·k + x): the
 * layout rescales with `view.rescaleX(base)`, and keyboard navigation and zoom preparation reason
 * about views here without loading the zoom behaviour itself. What d3-zoom keeps private (its
 * constrain, and zooming around a point) is written here for views the widget computes itself.
 */
import { ZoomTransform, zoomIdentity } from 'd3-zoom';

export type View = ZoomTransform;

/** The whole timeline. */
export const WHOLE: View = zoomIdentity;

/** The view at zoom `k`, panned by `x` px. */
export const viewAt = (k: number, x: number): View => new ZoomTransform(k, x, 0);

/** Keeps the view inside the data's extent, as d3-zoom's translateExtent does for the reader's gestures. */
export function constrain(view: View, width: number): View {
  const x = Math.min(0, Math.max(width - width * view.k, view.x));
  return x === view.x ? view : viewAt(view.k, x);
}

/** The view at zoom `k` with the unzoomed position `x` in the middle. */
export function centerOn(x: number, k: number, width: number): View {
  return constrain(viewAt(k, width / 2 - x * k), width);
}

/** The view that fits the span [x0, x1] (unzoomed px), with some air. */
export function fitSpan(x0: number, x1: number, width: number, maxScale: number): View {
  const k = Math.min(maxScale, Math.max(1, (width * 0.8) / Math.max(x1 - x0, 1)));
  return centerOn((x0 + x1) / 2, k, width);
}

/** The view zoomed by `factor` with the position shown at `x` kept in place, within the limits. */
export function zoomAround(view: View, factor: number, x: number, width: number, maxScale: number): View {
  const k = Math.min(Math.max(view.k * factor, 1), maxScale);
  return constrain(viewAt(k, x - ((x - view.x) * k) / view.k), width);
}

/**
 * The views a reader zooming in around `x` passes through, each step `factor` deeper than the one
 * before, each once, and short of the deepest zoom: the ones worth preparing before the reader asks.
 */
export function zoomSteps(view: View, x: number, width: number, maxScale: number, steps = 7, factor = 1.5): View[] {
  const views: View[] = [];
  for (let step = 1, previous = view; step <= steps; step++) {
    const next = zoomAround(view, factor ** step, x, width, maxScale);
    if (next.k >= maxScale || next.k === previous.k) break;
    views.push((previous = next));
  }
  return views;
}

/** The view showing the same stretch of time once time runs the other way across `width`. */
export const mirror = (view: View, width: number): View => viewAt(view.k, width - width * view.k - view.x);

/** Whether the reader has zoomed or panned away from the whole timeline. */
export function isZoomed(view: View): boolean {
  return view.k !== 1 || view.x !== 0;
}
