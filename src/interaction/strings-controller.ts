/**
 * The widget's words in the reader's language: English at once, another shipped language once its
 * catalogue has arrived (the host waits for it before it says it is ready), and the page's own
 * overrides on top of either.
 */
import type { ReactiveControllerHost } from 'lit';
import { catalogueFor, ENGLISH, loadCatalogue, mergeStrings, type Strings } from '../i18n/strings.js';

export class StringsController {
  /** A new object only when a catalogue or the overrides change, so memoized work can key on it. */
  strings: Strings = ENGLISH;
  /** False while a catalogue is on its way. */
  ready = true;

  /** The language the words are in: the shipped catalogue's, else English (also while one loads). */
  get lang(): string {
    return (this.ready && this.language) || 'en';
  }
  private language?: string;
  private catalogue: Partial<Strings> = {};
  private overrides?: Partial<Strings>;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Call in willUpdate with the resolved locale and the page's `strings` property. */
  use(locale: string, overrides: Partial<Strings> | undefined): void {
    const language = catalogueFor(locale);
    if (language !== this.language) {
      this.language = language;
      this.catalogue = {};
      this.ready = language === undefined;
      if (language) void this.fetch(language);
      this.merge();
    }
    if (overrides !== this.overrides) {
      this.overrides = overrides;
      this.merge(true);
    }
  }

  private async fetch(language: string): Promise<void> {
    const catalogue = await loadCatalogue(language);
    if (this.language !== language) return;
    this.catalogue = catalogue;
    this.ready = true;
    this.merge();
    this.host.requestUpdate();
  }

  /** A page's malformed word (a plural without `other`, a number) keeps the default, with a warning once. */
  private merge(report = false): void {
    const { strings, warnings } = mergeStrings(this.catalogue, this.overrides);
    this.strings = strings;
    if (report) for (const { path, message } of warnings) console.warn(`<event-timeline> ${path}: ${message}`);
  }
}
