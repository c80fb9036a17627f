/**
 * Zoom and pan of the time axis with d3-zoom, which owns the listeners and the immutable
 * transform; the host only reads `rescale()` when it lays out.
 *
 * The widget must not take the page's scroll: a plain wheel zooms only once the reader has
 * engaged the timeline (focus inside it), ctrl/⌘+wheel (and trackpad pinch) always does, and on
 * touch only two fingers zoom, so a one-finger swipe still scrolls the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition(), for the zoom's glide
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private element?: HTMLElement;
  private width = 0;
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey || host.matches(':focus-within');
        if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return event.touches.length > 1;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        host.requestUpdate();
      });
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** The base scale as the reader has zoomed and panned it. */
  rescale(base: ScaleTime<number, number>): ScaleTime<number, number> {
    return this.transform.rescaleX(base);
  }

  /**
   * Binds the listeners to the chart element (again, if Lit replaced it) and sets the limits:
   * from the whole story (k = 1) down to `maxScale`, never panning past the data's extent.
   */
  attach(element: HTMLElement | null, width: number, height: number, maxScale: number): void {
    if (element !== this.element) {
      this.detach();
      this.element = element ?? undefined;
      if (element) select(element).call(this.behavior).on('dblclick.zoom', null);
    }
    if (width !== this.width && this.width > 0 && width > 0 && this.transform.k > 1) {
      // Keep the same stretch of time in view when the container resizes.
      this.transform = zoomIdentity.translate((this.transform.x * width) / this.width, 0).scale(this.transform.k);
    }
    this.width = width;
    this.behavior
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ])
      .scaleExtent([1, Math.max(1, maxScale)]);
    if (this.element) select(this.element).property('__zoom', this.transform);
  }

  detach(): void {
    if (this.element) select(this.element).on('.zoom', null);
    this.element = undefined;
  }

  /** Zooms by `factor` around `x` (px in the view), by default the middle. */
  zoomBy(factor: number, x = this.width / 2): void {
    if (this.element) this.behavior.scaleBy(this.animated(this.element), factor, [x, 0]);
  }

  /** Sets a transform directly, e.g. one computed to reveal an event. */
  set(transform: ZoomTransform): void {
    if (this.element) this.behavior.transform(this.animated(this.element), transform);
  }

  /** Zooms from buttons and keys glide for a quarter second, unless the reader asked for less motion. */
  private animated(element: HTMLElement) {
    const selection = select(element);
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? selection : selection.transition().duration(250);
  }

  reset(): void {
    this.set(zoomIdentity);
  }

  get zoomed(): boolean {
    return this.transform.k !== 1 || this.transform.x !== 0;
  }
}
