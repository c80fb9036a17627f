/**
 * What the live region says, politely and once: after the reader changes what is shown (a zoom or
 * pan come to rest, a group hidden or shown, the list or table view), which events are shown now;
 * after a selection that focus does not already name (the detail's Previous and Next, a link), the
 * event. Nothing when new data arrives: the summary says what the timeline holds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fill, type Strings } from '../i18n/strings.js';
import { describeShown } from '../i18n/summary.js';
import type { Picture } from '../layout/build-view.js';
import { formatEventDate } from '../model/date-value.js';
import type { Timeline } from '../model/types.js';
import type { View } from './view.js';

/** How long a view must rest before it is described: a glide or a drag says nothing on the way. */
const REST_MS = 500;

/** What the controller asks of its element. */
export interface AnnounceSource {
  picture(): Picture | undefined;
  timeline(): Timeline | undefined;
  view(): View;
  hidden(): ReadonlySet<string>;
  selected(): string | undefined;
  strings(): Strings;
  language(): string;
  /** Whether the table view is on: it shows the list's events, in another form. */
  table(): boolean;
  /** Whether the view came to rest where moving to an event took it: what is said then is the event. */
  quiet(view: View): boolean;
}

export class AnnounceController implements ReactiveController {
  /** The live region's text. */
  message = '';
  private timeline?: Timeline;
  private shownKey?: string;
  private selectedId?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: AnnounceSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const shown = this.shown();
    // No data, or none on screen: nothing left to describe.
    if (!shown) clearTimeout(this.timer);
    else if (shown.timeline !== this.timeline || shown.key !== this.shownKey) {
      const fresh = shown.timeline !== this.timeline;
      [this.timeline, this.shownKey] = [shown.timeline, shown.key];
      clearTimeout(this.timer);
      if (!fresh)
        this.timer = setTimeout(() => this.host.isConnected && !shown.quiet() && this.say(shown.describe()), REST_MS);
    }
    const id = this.source.selected();
    if (id === this.selectedId) return;
    this.selectedId = id;
    const selected = this.selectedEvent(id);
    // A label that has focus already says its date and title.
    const focused = (this.host.shadowRoot?.activeElement as HTMLElement | null)?.dataset.eventId;
    if (selected && focused !== selected.id) this.say(selected.message);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** What is shown: a key that changes with it, and its description, made only when it is said. */
  private shown() {
    const { source } = this;
    const [picture, timeline] = [source.picture(), source.timeline()];
    if (!picture || !timeline) return undefined;
    const view = picture.layout ? source.view() : undefined;
    const span = (view ? view.rescaleX(picture.scale) : picture.scale).domain().map(Number) as [number, number];
    // What is shown, not how: a resize that keeps the same stretch in view says nothing.
    const key = `${span.join(' ')} ${[...source.hidden()].join()} ${view ? 'chart' : source.table() ? 'table' : 'list'}`;
    const describe = () => describeShown(picture.events, span, timeline.scale, source.strings(), source.language());
    const quiet = () => !!view && source.quiet(view);
    return { timeline, key, describe, quiet };
  }

  /** The selected event's id, and its date and title to say. */
  private selectedEvent(id: string | undefined) {
    const { source } = this;
    const event = id === undefined ? undefined : source.picture()?.events.find((e) => e.id === id);
    if (!event) return undefined;
    const language = source.language();
    const date = formatEventDate(event, language);
    return { id: event.id, message: fill(source.strings().selected, { date, title: event.title }, language) };
  }

  /** Sets the live region's text; the same text again is emptied first, so that it is said again. */
  private say(message: string): void {
    if (message !== this.message) {
      this.message = message;
      return this.host.requestUpdate();
    }
    this.message = '';
    this.host.requestUpdate();
    requestAnimationFrame(() => this.say(message));
  }
}
