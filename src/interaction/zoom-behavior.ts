/**
 * d3-zoom on the chart: it owns the wheel, drag and pinch listeners and the immutable transform.
 * A part of its own (dist/event-timeline-zoom-behavior.js, with d3-selection and d3-transition),
 * loaded once a horizontal chart is on screen: a reader on a phone, whose timeline is a list,
 * never downloads it.
 */
import { select } from 'd3-selection';
// Importing d3-transition adds selection.transition(), for the glide of button and key zooms.
import { interrupt } from 'd3-transition';
import { zoom } from 'd3-zoom';
import type { View } from './view.js';

export interface ZoomHandle {
  configure(width: number, height: number, maxScale: number, view: View): void;
  zoomBy(factor: number, x: number): void;
  set(view: View): void;
  detach(): void;
}

export function createZoom(
  element: HTMLElement,
  filter: (event: Event) => boolean,
  onZoom: (view: View) => void,
): ZoomHandle {
  const behavior = zoom<HTMLElement, unknown>()
    .filter(filter)
    .on('zoom', ({ transform }: { transform: View }) => onZoom(transform));
  const selection = select(element);
  selection.call(behavior).on('dblclick.zoom', null);
  // Button and key zooms glide for a quarter second, unless the reader asked for less motion.
  const animated = () =>
    matchMedia('(prefers-reduced-motion: reduce)').matches ? selection : selection.transition().duration(250);
  return {
    configure(width, height, maxScale, view) {
      behavior
        .extent([
          [0, 0],
          [width, height],
        ])
        .translateExtent([
          [0, -Infinity],
          [width, Infinity],
        ])
        .scaleExtent([1, Math.max(1, maxScale)]);
      selection.property('__zoom', view);
    },
    zoomBy: (factor, x) => behavior.scaleBy(animated(), factor, [x, 0]),
    set: (view) => behavior.transform(animated(), view),
    detach: () => {
      // A glide still running would move a chart that is gone.
      interrupt(element);
      selection.on('.zoom', null);
    },
  };
}
