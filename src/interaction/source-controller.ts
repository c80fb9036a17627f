/**
 * Where the data comes from: a URL to fetch, a value given as a property, or an inline
 * `<script type="application/json">` child. It owns the request and the parse, and tells the host
 * when the state changes. The last source set wins, even when an older response arrives later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchText } from '../source/fetch-text.js';
import type { EventsInput } from '../parse/formats.js';
import { readEventsLazily } from '../parse/read-events-lazily.js';
import type { ReadResult } from '../parse/validate-and-explain.js';
import { inlineText, INLINE_NAME } from '../source/inline.js';
import type { Problem, Timeline } from '../model/types.js';

export type SourceState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; timeline: Timeline; warnings: Problem[] }
  | { status: 'error'; problems: Problem[] };

export class SourceController implements ReactiveController {
  state: SourceState = { status: 'empty' };
  private request?: AbortController;
  /** Watches the host's children while the data is inline: a CMS may add the script after the element. */
  private observer?: MutationObserver;
  /** Reads the current source again. */
  private again?: () => void;
  /** Whether to read it again when the host is connected again: a read cut short by a move, or inline data. */
  private resume = false;
  /** The inline text last read, so a move alone does not read it again. */
  private inlineRead?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.resume) return;
    this.resume = false;
    this.again?.();
  }

  /**
   * Frameworks, CMS editors and carousels move nodes: a removal is not an answer. A file still
   * loading is fetched again, and inline data watched again, once the host is back in a page.
   */
  hostDisconnected(): void {
    if (this.state.status !== 'loading' && !this.observer) return;
    this.restart();
    this.request = undefined;
    this.resume = true;
  }

  /** Fetches and reads the events file at `url` (resolved against the page): JSON, CSV or TimelineJS. */
  async load(url: string | undefined, timeout?: number): Promise<void> {
    const request = this.restart();
    this.again = () => void this.load(url, timeout);
    this.inlineRead = undefined;
    if (!url) return this.set({ status: 'empty' });
    this.set({ status: 'loading' });
    const result = await fetchText(url, { signal: request.signal, timeout });
    if (request !== this.request) return; // a newer source has taken over
    if (result.problem) this.set({ status: 'error', problems: [result.problem] });
    else {
      const { text, contentType, url: base } = result;
      await this.read({ text, name: url, contentType, base, secure: SECURE() }, request, result.warnings);
    }
  }

  /** Validates data the page already has. */
  use(value: unknown): Promise<void> {
    const request = this.restart();
    this.again = () => void this.use(value);
    this.inlineRead = undefined;
    return this.read({ value, base: document.baseURI, secure: SECURE() }, request);
  }

  /** Reads the events from an inline `<script type="application/json">` child, and again when it changes. */
  async readInline(): Promise<void> {
    const request = this.restart();
    this.again = () => void this.readInline();
    this.observer = new MutationObserver(() => this.request === request && void this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    const text = inlineText(this.host);
    // Watching again after a move: the same text as before needs no second reading.
    if (text !== undefined && text === this.inlineRead && this.state.status !== 'loading') return;
    this.inlineRead = text;
    const result =
      text === undefined
        ? undefined
        : await readEventsLazily({
            text,
            name: INLINE_NAME,
            contentType: 'application/json',
            base: document.baseURI,
            secure: SECURE(),
          });
    if (request !== this.request) return;
    if (!result?.timeline && document.readyState === 'loading') {
      // The parser may not have reached the script, or its end, yet: judge it once the page is parsed.
      this.set({ status: 'loading' });
      document.addEventListener('DOMContentLoaded', () => this.request === request && void this.readInline(), {
        once: true,
      });
      return;
    }
    if (!result) return this.set({ status: 'empty' });
    this.show(result, request);
  }

  /** @param decoding warnings from reading the bytes as text (a charset, characters that did not decode) */
  private async read(input: EventsInput, request: AbortController, decoding: Problem[] = []): Promise<void> {
    const result = await readEventsLazily(input);
    this.show({ ...result, warnings: [...decoding, ...result.warnings] }, request);
  }

  private show({ timeline, errors, warnings }: ReadResult, request: AbortController): void {
    if (request !== this.request) return;
    logWarnings(warnings);
    this.set(timeline ? { status: 'ready', timeline, warnings } : { status: 'error', problems: errors });
  }

  /** A new source (or the same again) takes over: a move no longer needs to redo the old one. */
  private restart(): AbortController {
    this.resume = false;
    this.request?.abort();
    this.observer?.disconnect();
    this.observer = undefined;
    return (this.request = new AbortController());
  }

  private set(state: SourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/** Whether the page is served over https, which blocks http media. */
const SECURE = () => location.protocol === 'https:';

/** Warnings shown in the console: this many, then a count of the rest. */
const WARNINGS_LOGGED = 10;

/** One collapsed console group per file, however many warnings it has: 100,000 lines would take the page with them. */
function logWarnings(warnings: readonly Problem[]): void {
  if (!warnings.length) return;
  console.groupCollapsed(`<event-timeline> ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`);
  for (const { path, message } of warnings.slice(0, WARNINGS_LOGGED))
    console.warn(path ? `${path}: ${message}` : message);
  if (warnings.length > WARNINGS_LOGGED) console.warn(`and ${warnings.length - WARNINGS_LOGGED} more`);
  console.groupEnd();
}
