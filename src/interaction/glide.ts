/**
 * The glide of a button or key zoom: a quarter second from one view to another along d3's smooth
 * zoom path (van Wijk and Nuij, d3-interpolate's interpolateZoom), eased in and out, one view per
 * animation frame. It is the widget's own rather than a d3 transition so that the zoom part does not
 * carry d3-transition, d3-timer and d3-color (the build leaves d3-transition out: rollup.config.mjs).
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { ZoomTransform } from 'd3-zoom';
import type { View } from './view.js';

const GLIDE_MS = 250;

/**
 * Moves from `from` to `to` through `show`, keeping the time at `x` (px) in place when only the zoom
 * changes, and returns a function that stops it where it is. The last view shown is `to` itself.
 */
export function glide(from: View, to: View, x: number, width: number, show: (view: View) => void): () => void {
  // Nowhere to go, or no width to measure the path in (a chart not laid out yet): there at once.
  if (!(width > 0) || (from.k === to.k && from.x === to.x)) {
    show(to);
    return () => undefined;
  }
  const path = interpolateZoom([from.invertX(x), 0, width / from.k], [to.invertX(x), 0, width / to.k]);
  const start = performance.now();
  let frame = requestAnimationFrame(function step(now) {
    const t = Math.min(1, Math.max(0, (now - start) / GLIDE_MS));
    if (t === 1) return show(to);
    const [center, , span] = path(easeCubicInOut(t));
    const k = width / span;
    show(new ZoomTransform(k, x - center * k, 0));
    frame = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(frame);
}
