/**
 * The reader's place among the events: which one item is in the tab order (a roving tabindex),
 * where focus goes once the next render has put it there, and moving by key, zoom button or
 * cluster. Moving to an event first changes the view so that the event has a label of its own
 * (reveal.ts); a zoom keeps focus on the event that had it, wherever the new view puts it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Picture } from '../layout/build-view.js';
import type { ClusterLabel } from '../layout/layout.js';
import { fitListRange, widenListRange, type ListRange } from '../layout/list.js';
import type { TimelineEvent } from '../model/types.js';
import { keyAction } from './keyboard.js';
import { revealEvent } from './reveal.js';
import { fitSpan, zoomAround, type View } from './view.js';

/** How much deeper a click on the density strip zooms. */
const STRIP_ZOOM = 4;
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
  /** The part of the list on screen (vertical pictures): it follows the reader's place. */
  listRange?: ListRange;
  /** Focus moves here after the next render (keyboard navigation, closing the detail). */
  private focusNext?: string;
  /** The element that had focus in the widget before this update, to keep focus from falling to the page. */
  private hadFocus?: Element;
  /** True while the widget itself moves focus, which does not change the reader's place. */
  private moving = false;
  /**
   * The event the reader has moved to, which may be folded into the cluster that has focus: at the
   * deepest zoom a crowd of one day stays a cluster, and the arrow keys walk through it.
   */
  private at?: string;
  /** The view the last move to an event panned or zoomed to. */
  private revealedView?: View;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly zoom: ZoomController,
    private readonly widget: NavigationSource,
  ) {
    host.addController(this);
  }

  /** After willUpdate has made the picture: keep the tab stop on something rendered. */
  hostUpdate(): void {
    this.hadFocus = this.host.shadowRoot?.activeElement ?? undefined;
    const picture = this.widget.picture();
    // Nothing shown (no data yet, or no width): the tab stop stays where it was.
    if (!picture) return;
    const candidates = [this.focusNext, this.widget.selected(), this.at, this.active];
    this.active =
      candidates.map((id) => renderedItem(picture, id)).find((item) => item !== undefined) ?? firstItem(picture);
    if (picture.list) {
      const index = picture.events.findIndex((e) => e.id === this.active);
      this.listRange = fitListRange(picture.list.length, index, this.listRange);
    }
  }

  /**
   * Shows a page more of the list before or after the part on screen, and moves focus to the
   * nearest event it brings: the button may go once the list is shown to its end.
   */
  showMore(side: 'earlier' | 'later'): void {
    const picture = this.widget.picture();
    if (!picture?.list || !this.listRange) return;
    const { start, end } = this.listRange;
    this.listRange = widenListRange(this.listRange, side, picture.list.length);
    const next = picture.events[side === 'earlier' ? start - 1 : end];
    if (next) this.focusAfterUpdate(next.id);
    else this.host.requestUpdate();
  }

  /**
   * Whether `view` is where a move to an event took the chart (arrows, Home, End, the detail's
   * Previous and Next): focus or the selection says the event, so the change of view goes unsaid.
   */
  revealed(view: View): boolean {
    const to = this.revealedView;
    return !!to && to.k === view.k && Math.abs(to.x - view.x) < 0.5;
  }

  /**
   * The event the reader last moved to with the keys or the detail's Previous and Next, until focus
   * lands on another item: at the deepest zoom its label is kept (see ViewInput's place).
   */
  place(): string | undefined {
    return this.at;
  }

  /** Moves focus to an event's item once the next render has put it there (and the tab stop with it). */
  focusAfterUpdate(id: string): void {
    this.focusNext = this.active = this.at = id;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    // Focus is moved only while the reader is in the widget: never taken back from the page.
    if (!this.hadFocus) return void (this.focusNext = undefined);
    const picture = this.widget.picture();
    // While a zoom glides toward an event, its label may appear only after a few frames; at the
    // deepest zoom, where no frame will unfold it, its cluster takes focus.
    const deepest = !!picture && picture.view.k >= picture.maxScale;
    const id = picture && deepest ? renderedItem(picture, this.focusNext) : this.focusNext;
    const target = id === undefined ? null : this.item(id);
    if (target) {
      target.focus();
      this.focusNext = undefined;
    } else this.keepFocus(picture);
  }

  /**
   * Focus never falls to the page: when the element that had it has gone (an event folded into a
   * cluster, panned out of view) or become disabled (a zoom button at its limit), it moves to the
   * nearest meaningful place: another enabled button of the same group, else the reader's item
   * (the event, or the cluster it is folded into). A label the update only moved (the keyed list of
   * labels reordered as clusters change) loses focus in the move: it takes it back.
   */
  private keepFocus(picture: Picture | undefined): void {
    const was = this.hadFocus as HTMLButtonElement;
    if (was.isConnected && !was.disabled) {
      // Only moved: the page stays where the reader has scrolled it.
      if (this.host.shadowRoot?.activeElement !== was) this.focusQuietly(was, { preventScroll: true });
      return;
    }
    const buttons = [...(this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    // The same control drawn anew (the detail's Next in a list re-rendered), else an enabled one beside it.
    const same = !was.dataset.item && buttons.find((b) => b.className === was.className && !b.disabled);
    const group = was.isConnected ? was.parentElement : null;
    const sibling = group && [...group.querySelectorAll<HTMLButtonElement>('button')].find((b) => !b.disabled);
    const place = this.focusNext ?? this.at ?? this.active;
    const target = same || sibling || this.itemNear(picture, place);
    if (target) this.focusQuietly(target);
  }

  /** The widget's own move of focus: the reader's place stays where it was (see focused). */
  private focusQuietly(target: HTMLElement, options?: FocusOptions): void {
    this.moving = true;
    target.focus(options);
    this.moving = false;
  }

  /** The item showing an event (or its cluster), else while it glides into view the label nearest it in time. */
  private itemNear(picture: Picture | undefined, id: string | undefined): HTMLElement | null {
    if (!picture || id === undefined) return null;
    const shown = renderedItem(picture, id);
    if (shown !== undefined) return this.item(shown);
    const event = picture.events.find((e) => e.id === id);
    const labels = picture.layout?.labels ?? [];
    if (!event || !labels.length) return this.active === undefined ? null : this.item(this.active);
    const time = (l: (typeof labels)[number]) => (l.kind === 'event' ? l.event.from : l.events[0].from);
    const nearest = labels.reduce((a, b) => (Math.abs(time(b) - event.from) < Math.abs(time(a) - event.from) ? b : a));
    return this.item(nearest.kind === 'event' ? nearest.event.id : nearest.item);
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
    if (this.moving) return;
    const picture = this.widget.picture();
    // Focus that lands on the cluster holding the event moved to keeps the reader's place in it.
    if (this.at !== undefined && !(picture && renderedItem(picture, this.at) === id)) this.at = undefined;
  }

  closeDetail(): void {
    this.focusNext = this.widget.selected();
    this.widget.choose(undefined);
  }

  /** The next or previous event in time order (opening it, from the detail); from a cluster, the first event in it. */
  step(by: -1 | 1, open: boolean): void {
    const picture = this.widget.picture();
    const events = picture?.events ?? [];
    const selected = this.widget.selected();
    const current = selected !== undefined && open ? selected : (this.at ?? this.active);
    let index = events.findIndex((e) => e.id === current);
    const cluster = picture?.layout?.labels.find((l): l is ClusterLabel => l.kind === 'cluster' && l.item === current);
    // From a cluster, forward enters it at its first event; back leaves it.
    if (index < 0 && cluster) index = events.indexOf(cluster.events[0]) - (by > 0 ? 1 : 0);
    const next = events[Math.min(Math.max(index + by, 0), events.length - 1)];
    if (!next) return;
    // From the detail's Previous and Next, focus stays on the button pressed, in the panel.
    this.moveTo(next, !open);
    if (open) this.widget.choose(next.id);
  }

  /** Zooms around an event (the focused one for keys, the selected one for buttons), else the middle. */
  zoomBy(direction: 'in' | 'out' | 'reset', around = this.widget.selected()): void {
    if (direction === 'reset') return this.zoom.reset();
    const anchor = this.widget.picture()?.layout?.marks.find((m) => m.event.id === around);
    this.zoom.zoomBy(direction === 'in' ? 2 : 0.5, anchor?.x0);
    if (around !== undefined && this.host.shadowRoot?.activeElement) this.focusNext = around;
  }

  /**
   * Activating a cluster zooms to fit its events, and focus goes to the first of them. At the
   * deepest zoom, which cannot pull them apart, it opens one instead (the one the arrows walked to,
   * else the first): the detail's next and previous walk through the rest.
   */
  /** A click on the density strip: zoom in four times around it, as far as the data allows. */
  zoomAt(x: number): void {
    const picture = this.widget.picture();
    if (!picture?.layout) return;
    this.zoom.set(zoomAround(this.zoom.view, STRIP_ZOOM, x, picture.layout.width, picture.maxScale));
  }

  zoomInto(label: ClusterLabel): void {
    const picture = this.widget.picture();
    if (!picture?.layout) return;
    const first = label.events[0];
    if (!label.zoomable) {
      // The event the arrows walked to inside it, else its first.
      const id = label.events.find((e) => e.id === this.at)?.id ?? first.id;
      this.at = id;
      return this.widget.choose(id);
    }
    const from = label.events.reduce((min, e) => Math.min(min, e.from), Infinity);
    const to = label.events.reduce((max, e) => Math.max(max, e.to), -Infinity);
    this.zoom.set(fitSpan(picture.scale(from), picture.scale(to), picture.layout.width, picture.maxScale));
    this.focusNext = first.id;
  }

  /** Focuses an event (or only makes it the reader's place), first panning or zooming so it has a label of its own. */
  private moveTo(event: TimelineEvent | undefined, focus = true): void {
    if (!event) return;
    const picture = this.widget.picture();
    // The reader's place first: the views revealing it are built with it (see place).
    this.active = this.at = event.id;
    if (picture?.layout) {
      const view = revealEvent(event, this.zoom.view, picture, this.widget.build);
      if (view !== this.zoom.view) this.zoom.set((this.revealedView = view));
    }
    if (focus) this.focusNext = event.id;
    this.host.requestUpdate();
  }

  private item(id: string): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`) ?? null;
  }
}

/** The first item on screen: the first label of the chart, or the first event of the list. */
function firstItem(picture: Picture): string | undefined {
  if (!picture.layout) return picture.events[0]?.id;
  const first = picture.layout.labels[0];
  return first?.kind === 'cluster' ? first.item : first?.event.id;
}

/** The item on screen that shows an event (its label, or the cluster it is folded into) or a cluster. */
function renderedItem(picture: Picture, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (!picture.layout) return picture.events.some((e) => e.id === id) ? id : undefined;
  for (const l of picture.layout.labels) {
    if (l.kind === 'event' ? l.event.id === id : l.item === id) return id;
  }
  return picture.layout.labels.find((l): l is ClusterLabel => l.kind === 'cluster' && l.events.some((e) => e.id === id))
    ?.item;
}
