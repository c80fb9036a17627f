/**
 * The view of the time axis and the reader's zoom and pan. The view is plain state the layout
 * reads; the listeners come from d3-zoom (zoom-behavior.ts), loaded when a reader first shows
 * intent (a pointer over the widget, focus in it, a touch) or asks for a zoom: readers who only
 * read never download it.
 *
 * The widget must not take the page's scroll: a plain wheel zooms only once the reader has
 * engaged the timeline (focus inside it), ctrl/⌘+wheel (and trackpad pinch) always does, and on
 * touch only two fingers zoom, so a one-finger swipe still scrolls the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isZoomed, mirror, viewAt, WHOLE, type View } from './view.js';
import type { ZoomHandle } from './zoom-behavior.js';

/** The chart element with its size in px and the deepest zoom its data allows. */
export interface ChartBox {
  element: HTMLElement | null;
  width: number;
  height: number;
  maxScale: number;
}

/** The zoom part: d3-zoom's listeners, and the views it lays out ahead of a zoom. */
export type ZoomPart = typeof import('./zoom-behavior.js');

/** What tells the widget a reader may be about to zoom or pan. */
const INTENT = ['pointerover', 'focusin', 'touchstart', 'wheel'] as const;

export class ZoomController implements ReactiveController {
  view: View = WHOLE;
  /** Settles once the zoom behaviour has loaded and the last zoom asked for has been applied. */
  pending: Promise<unknown> = Promise.resolve();
  private element?: HTMLElement;
  private handle?: ZoomHandle;
  private loading?: Promise<ZoomPart>;
  private size = { width: 0, height: 0, maxScale: 1 };

  /** Where the reader's pointer was when they showed intent, in px from the chart's left. */
  private intentX?: number;
  /**
   * Whether a plain wheel zooms: from focus coming into the widget until the pointer leaves it or
   * the page scrolls. A reader who clicked an event and moved on scrolls the page with the wheel.
   */
  private engaged = false;

  /**
   * @param chart the chart on screen after a render, if any: its element, size and deepest zoom
   * @param prepare called once the zoom behaviour is in place, with where the reader pointed and the
   *   part: the host may have it get the first views of a zoom ready there.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly chart: () => ChartBox | undefined,
    private readonly prepare?: (x: number, part: ZoomPart) => void,
  ) {
    host.addController(this);
  }

  /** After each render, before focus moves (a focus on the chart is a reader's intent to zoom). */
  hostUpdated(): void {
    const chart = this.chart();
    if (chart) this.attach(chart.element, chart.width, chart.height, chart.maxScale);
    else this.detach();
  }

  hostConnected(): void {
    for (const type of INTENT) this.host.addEventListener(type, this.onIntent, { passive: true });
    // Inside the shadow root: a move of focus within it never reaches the host.
    (this.host.shadowRoot ?? this.host).addEventListener('focusin', this.engage);
    this.host.addEventListener('pointerleave', this.disengage);
    addEventListener('scroll', this.disengage, { passive: true });
  }

  hostDisconnected(): void {
    for (const type of INTENT) this.host.removeEventListener(type, this.onIntent);
    (this.host.shadowRoot ?? this.host).removeEventListener('focusin', this.engage);
    this.host.removeEventListener('pointerleave', this.disengage);
    removeEventListener('scroll', this.disengage);
    this.detach();
  }

  private readonly engage = () => (this.engaged = true);
  private readonly disengage = () => (this.engaged = false);

  private readonly onIntent = (event: Event) => {
    if (!this.element || this.handle) return;
    if (event instanceof MouseEvent) this.intentX = event.clientX - this.element.getBoundingClientRect().left;
    this.pending = this.withHandle(() => undefined);
  };

  /**
   * Binds the listeners to the chart element (again, if Lit replaced it) and sets the limits:
   * from the whole story (k = 1) down to `maxScale`, never panning past the data's extent.
   */
  attach(element: HTMLElement | null, width: number, height: number, maxScale: number): void {
    const previous = this.size.width;
    if (width !== previous && previous > 0 && width > 0 && this.view.k > 1) {
      // Keep the same stretch of time in view when the container resizes.
      this.view = viewAt(this.view.k, (this.view.x * width) / previous);
    }
    this.size = { width, height, maxScale };
    if (element !== this.element) {
      this.detach();
      this.element = element ?? undefined;
    }
    this.handle?.configure(width, height, maxScale, this.view);
  }

  detach(): void {
    this.handle?.detach();
    this.handle = undefined;
    this.element = undefined;
  }

  /** Zooms by `factor` around `x` (px in the view), by default the middle. */
  zoomBy(factor: number, x = this.size.width / 2): void {
    this.pending = this.withHandle((handle) => handle.zoomBy(factor, x));
  }

  /** Moves to a view, e.g. one computed to reveal an event. */
  set(view: View): void {
    this.pending = this.withHandle((handle) => handle.set(view));
  }

  reset(): void {
    this.set(WHOLE);
  }

  /** Keeps the same stretch of time in view when time turns to run the other way (a new locale). */
  mirror(): void {
    if (!this.zoomed) return;
    this.view = mirror(this.view, this.size.width);
    this.handle?.configure(this.size.width, this.size.height, this.size.maxScale, this.view);
  }

  get zoomed(): boolean {
    return isZoomed(this.view);
  }

  private async withHandle(action: (handle: ZoomHandle) => void): Promise<void> {
    this.loading ??= import('./zoom-behavior.js');
    let part: ZoomPart;
    try {
      part = await this.loading;
    } catch (error) {
      // The part could not be fetched (offline, blocked): reading still works; try again next time.
      this.loading = undefined;
      console.warn('<event-timeline> zoom is unavailable:', error);
      return;
    }
    if (!this.element) return;
    for (const type of INTENT) this.host.removeEventListener(type, this.onIntent);
    if (!this.handle) {
      this.handle = part.createZoom(this.element, this.filter, (view) => {
        this.view = view;
        this.host.requestUpdate();
      });
      const { width, height, maxScale } = this.size;
      this.handle.configure(width, height, maxScale, this.view);
      this.prepare?.(Math.min(Math.max(this.intentX ?? width / 2, 0), width), part);
    }
    action(this.handle);
  }

  private readonly filter = (event: Event): boolean => {
    if (event instanceof WheelEvent)
      return event.ctrlKey || event.metaKey || (this.engaged && this.host.matches(':focus-within'));
    if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return event.touches.length > 1;
    return !(event as MouseEvent).button;
  };
}
