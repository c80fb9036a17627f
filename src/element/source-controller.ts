/**
 * Where the data comes from: a URL to fetch or a value given as a property. It owns the request
 * and the parse, and tells the host when the state changes. The last source set wins, even when
 * an older response arrives later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadJson } from '../data/load.js';
import { parseTimeline } from '../data/parse-timeline.js';
import type { Problem, Timeline } from '../model/types.js';

export type SourceState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; timeline: Timeline }
  | { status: 'error'; problems: Problem[] };

export class SourceController implements ReactiveController {
  state: SourceState = { status: 'empty' };
  private request?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  /** Fetches and parses the events file at `url` (resolved against the page). */
  async load(url: string | undefined): Promise<void> {
    const request = this.restart();
    if (!url) return this.set({ status: 'empty' });
    this.set({ status: 'loading' });
    const result = await loadJson(url, request.signal);
    if (request !== this.request) return; // a newer source has taken over
    if (result.problem) this.set({ status: 'error', problems: [result.problem] });
    else this.use(result.value, request);
  }

  /** Validates data the page already has. */
  use(value: unknown, request = this.restart()): void {
    if (request !== this.request) return;
    const { timeline, errors, warnings } = parseTimeline(value);
    for (const warning of warnings) console.warn(`<event-timeline> ${warning.path}: ${warning.message}`);
    this.set(timeline ? { status: 'ready', timeline } : { status: 'error', problems: errors });
  }

  private restart(): AbortController {
    this.request?.abort();
    return (this.request = new AbortController());
  }

  private set(state: SourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
