/**
 * A view of the time axis: zoomed by `k` and panned by `x` px, as d3-zoom's transform is
 * (a position p shows at p·k + x). Pure, so layout and keyboard navigation can reason about views
 * without loading the zoom behaviour itself.
 */
import type { ScaleTime } from 'd3-scale';

export interface View {
  readonly k: number;
  readonly x: number;
}

export const WHOLE: View = { k: 1, x: 0 };

/** The base scale as the view shows it (d3-zoom's rescaleX). */
export function rescale(base: ScaleTime<number, number>, view: View): ScaleTime<number, number> {
  if (view.k === 1 && view.x === 0) return base;
  return base.copy().domain(base.range().map((r) => base.invert((r - view.x) / view.k)));
}

/** Where a position of the unzoomed chart shows in the view. */
export function applyX(view: View, x: number): number {
  return x * view.k + view.x;
}

/** Keeps the view inside the data's extent, as d3-zoom's translateExtent would. */
export function constrain(view: View, width: number): View {
  const x = Math.min(0, Math.max(width - width * view.k, view.x));
  return x === view.x ? view : { k: view.k, x };
}

/** The view at zoom `k` with the unzoomed position `x` in the middle. */
export function centerOn(x: number, k: number, width: number): View {
  return constrain({ k, x: width / 2 - x * k }, width);
}

/** The view that fits the span [x0, x1] (unzoomed px), with some air. */
export function fitSpan(x0: number, x1: number, width: number, maxScale: number): View {
  const k = Math.min(maxScale, Math.max(1, (width * 0.8) / Math.max(x1 - x0, 1)));
  return centerOn((x0 + x1) / 2, k, width);
}

/** The view zoomed by `factor` with the position shown at `x` kept in place, within the limits. */
export function zoomAround(view: View, factor: number, x: number, width: number, maxScale: number): View {
  const k = Math.min(Math.max(view.k * factor, 1), maxScale);
  return constrain({ k, x: x - ((x - view.x) * k) / view.k }, width);
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
