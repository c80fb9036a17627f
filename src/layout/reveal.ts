/**
 * The zoom that brings an event into view with a label of its own: pan to it when it is off
 * screen, zoom in on it while it is folded into a cluster. Used by keyboard navigation, so a
 * reader moving event by event never lands on something hidden.
 */
import type { ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimelineEvent } from '../model/types.js';
import { layoutTimeline, type LayoutOptions } from './layout.js';

export interface RevealOptions extends Omit<LayoutOptions, 'scale' | 'fold'> {
  maxScale: number;
}

export function revealEvent(
  events: readonly TimelineEvent[],
  event: TimelineEvent,
  base: ScaleTime<number, number>,
  start: ZoomTransform,
  options: RevealOptions,
): ZoomTransform {
  const { width, maxScale } = options;
  const x = base(event.from);
  let t = start;
  for (let step = 0; step < 24; step++) {
    const view = t.applyX(x);
    const onScreen = view >= 0 && view <= width;
    const fold = t.k < maxScale;
    const labelled = onScreen && layoutTimeline(events, { ...options, scale: t.rescaleX(base), fold }).labels.some((l) => l.kind === 'event' && l.event === event);
    if (labelled || (onScreen && !fold)) return t;
    const k = onScreen ? Math.min(t.k * 2, maxScale) : t.k;
    t = constrain(zoomIdentity.translate(width / 2 - x * k, 0).scale(k), width);
  }
  return t;
}

/** Keeps the view inside the data's extent, as d3-zoom's translateExtent would. */
export function constrain(t: ZoomTransform, width: number): ZoomTransform {
  const tx = Math.min(0, Math.max(width - width * t.k, t.x));
  return tx === t.x ? t : zoomIdentity.translate(tx, 0).scale(t.k);
}

/** The transform that fits the span [x0, x1] (unzoomed px) into the view, with some air. */
export function fitSpan(x0: number, x1: number, width: number, maxScale: number): ZoomTransform {
  const k = Math.min(maxScale, Math.max(1, (width * 0.8) / Math.max(x1 - x0, 1)));
  return constrain(zoomIdentity.translate(width / 2 - ((x0 + x1) / 2) * k, 0).scale(k), width);
}
