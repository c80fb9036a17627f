/**
 * The reader's place among the events: which one item is in the tab order (a roving tabindex),
 * where focus goes once the next render has put it there, and moving by key, zoom button or
 * cluster. Moving to an event first changes the view so that the event has a label of its own
 * (reveal.ts); a zoom keeps focus on the event that had it, wherever the new view puts it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Picture } from '../layout/build-view.js';
import { CLUSTER_ITEM, clusterItem, type ClusterLabel } from '../layout/layout.js';
import type { TimelineEvent } from '../model/types.js';
import { keyAction } from './keyboard.js';
import { revealEvent } from './reveal.js';
import { fitSpan, type View } from './view.js';
import type { ZoomController } from './zoom-controller.js';

/** What the controller asks of its element. */
export interface NavigationSource {
  /** The picture on screen, if any. */
  picture(): Picture | undefined;
  /** The picture of the same timeline in another view. */
  build(view: View): Picture;
  /** The selected event's id, whose detail is open. */
  selected(): string | undefined;
  /** Selects an event (opens its detail), or none. */
  choose(id: string | undefined): void;
  /** Whether time runs right to left. */
  rtl(): boolean;
}

export class NavigationController implements ReactiveController {
  /** The item in the tab order: the selected event, else the last one focused. */
  active?: string;
  /** Focus moves here after the next render (keyboard navigation, closing the detail). */
  private focusNext?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly zoom: ZoomController,
    private readonly widget: NavigationSource,
  ) {
    host.addController(this);
  }

  /** After willUpdate has made the picture: keep the tab stop on something rendered. */
  hostUpdate(): void {
    const picture = this.widget.picture();
    // Nothing shown (no data yet, or no width): the tab stop stays where it was.
    if (!picture) return;
    const rendered = picture.layout
      ? picture.layout.labels.map((l) => (l.kind === 'event' ? l.event.id : clusterItem(l)))
      : picture.events.map((e) => e.id);
    const candidates = [this.focusNext, this.widget.selected(), this.active];
    this.active = candidates.find((id) => id !== undefined && rendered.includes(id)) ?? rendered[0];
  }

  hostUpdated(): void {
    // While a zoom glides toward an event, its label may appear only after a few frames.
    const target = this.focusNext === undefined ? null : this.item(this.focusNext);
    if (!target) return;
    target.focus();
    this.focusNext = undefined;
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const picture = this.widget.picture();
    const context = {
      rtl: this.widget.rtl(),
      detailOpen: this.widget.selected() !== undefined,
      chart: !!picture?.layout,
    };
    const action = keyAction(event, context);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    const events = picture?.events ?? [];
    if (action === 'close') this.closeDetail();
    else if (action === 'next' || action === 'previous') this.step(action === 'next' ? 1 : -1, false);
    else if (action === 'first' || action === 'last') this.moveTo(events[action === 'first' ? 0 : events.length - 1]);
    else this.zoomBy(action === 'zoom in' ? 'in' : 'out', this.active);
  };

  focused(id: string): void {
    this.active = id;
  }

  closeDetail(): void {
    this.focusNext = this.widget.selected();
    this.widget.choose(undefined);
  }

  /** The next or previous event in time order (opening it, from the detail); from a cluster, the first event in it. */
  step(by: -1 | 1, open: boolean): void {
    const events = this.widget.picture()?.events ?? [];
    const selected = this.widget.selected();
    const current = selected !== undefined && open ? selected : this.active;
    const from = current?.startsWith(CLUSTER_ITEM) ? current.slice(CLUSTER_ITEM.length) : current;
    const index = events.findIndex((e) => e.id === from);
    const next = events[index < 0 ? 0 : Math.min(Math.max(index + by, 0), events.length - 1)];
    if (!next) return;
    this.moveTo(next);
    if (open) this.widget.choose(next.id);
  }

  /** Zooms around an event (the focused one for keys, the selected one for buttons), else the middle. */
  zoomBy(direction: 'in' | 'out' | 'reset', around = this.widget.selected()): void {
    if (direction === 'reset') return this.zoom.reset();
    const anchor = this.widget.picture()?.layout?.marks.find((m) => m.event.id === around);
    this.zoom.zoomBy(direction === 'in' ? 2 : 0.5, anchor?.x0);
    if (around !== undefined && this.host.shadowRoot?.activeElement) this.focusNext = around;
  }

  /** Activating a cluster zooms to fit its events, and focus goes to the first of them. */
  zoomInto(label: ClusterLabel): void {
    const picture = this.widget.picture();
    if (!picture?.layout) return;
    const from = label.events.reduce((min, e) => Math.min(min, e.from), Infinity);
    const to = label.events.reduce((max, e) => Math.max(max, e.to), -Infinity);
    this.zoom.set(fitSpan(picture.scale(from), picture.scale(to), picture.layout.width, picture.maxScale));
    this.focusNext = label.events[0].id;
  }

  /** Focuses an event, first panning or zooming so it has a label of its own. */
  private moveTo(event: TimelineEvent | undefined): void {
    if (!event) return;
    const picture = this.widget.picture();
    if (picture?.layout) {
      const view = revealEvent(event, this.zoom.view, picture, this.widget.build);
      if (view !== this.zoom.view) this.zoom.set(view);
    }
    this.focusNext = this.active = event.id;
    this.host.requestUpdate();
  }

  private item(id: string): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`) ?? null;
  }
}
