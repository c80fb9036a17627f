/**
 * The view that brings an event into sight with a label of its own: pan to it when it is off
 * screen, zoom in on it while it is folded into a cluster. Used by keyboard navigation, so a
 * reader moving event by event never lands on something hidden.
 */
import type { ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../model/types.js';
import { layoutTimeline, type LayoutOptions } from '../layout/layout.js';
import { applyX, centerOn, rescale, type View } from './view.js';

export interface RevealOptions extends Omit<LayoutOptions, 'scale' | 'fold'> {
  maxScale: number;
}

export function revealEvent(
  events: readonly TimelineEvent[],
  event: TimelineEvent,
  base: ScaleTime<number, number>,
  start: View,
  options: RevealOptions,
): View {
  const { width, maxScale } = options;
  const x = base(event.from);
  let view = start;
  for (let step = 0; step < 24; step++) {
    const shown = applyX(view, x);
    const onScreen = shown >= 0 && shown <= width;
    const fold = view.k < maxScale;
    const labelled = onScreen && layoutTimeline(events, { ...options, scale: rescale(base, view), fold }).labels.some((l) => l.kind === 'event' && l.event === event);
    if (labelled || (onScreen && !fold)) return view;
    view = centerOn(x, onScreen ? Math.min(view.k * 2, maxScale) : view.k, width);
  }
  return view;
}
