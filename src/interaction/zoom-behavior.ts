/**
 * d3-zoom on the chart: it owns the wheel, drag and pinch listeners and the immutable transform.
 * A part of its own (dist/event-timeline-zoom-behavior.js, with d3-selection), loaded once a
 * horizontal chart is on screen: a reader on a phone, whose timeline is a list, never downloads it.
 * Button and key zooms glide by glide.ts, and a reader's own wheel, drag or pinch stops a glide.
 */
import { select } from 'd3-selection';
import { zoom, zoomTransform } from 'd3-zoom';
import { glide } from './glide.js';
import { zoomAround, type View } from './view.js';

// What a zoom needs that a reader who never zooms does not: the views ahead of it, laid out in idle time.
export { prepareZoom } from './prepare-zoom.js';

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
  let size = { width: 0, maxScale: 1 };
  /** Stops the glide under way. */
  let stop: (() => void) | undefined;
  const behavior = zoom<HTMLElement, unknown>()
    .filter(filter)
    // A gesture of the reader's (it has a source event; a glide's own steps do not) takes over from a glide.
    .on('start', ({ sourceEvent }: { sourceEvent: Event | null }) => sourceEvent && stop?.())
    .on('zoom', ({ transform }: { transform: View }) => onZoom(transform));
  const selection = select(element);
  selection.call(behavior).on('dblclick.zoom', null);
  const show = (view: View) => behavior.transform(selection, view);
  /** Moves to `to`, gliding unless the reader asked for less motion, the time at `x` kept in place. */
  const move = (to: View, x: number) => {
    stop?.();
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) show(to);
    else stop = glide(zoomTransform(element), to, x, size.width, show);
  };
  return {
    configure(width, height, maxScale, view) {
      size = { width, maxScale };
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
    zoomBy: (factor, x) => move(zoomAround(zoomTransform(element), factor, x, size.width, size.maxScale), x),
    set: (view) => move(view, size.width / 2),
    detach: () => {
      // A glide still running would move a chart that is gone.
      stop?.();
      selection.on('.zoom', null);
    },
  };
}
