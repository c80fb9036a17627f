/**
 * The widget's own words, in one catalogue per language. English is built in; the others are
 * JSON files beside the bundle (dist/locales/xx.json), fetched only by readers who need them, so
 * the single file stays the same size for everyone. A page may override any string.
 */
import { remember } from '../util/cache.js';
import { isDict } from '../util/dict.js';
import type { Problem } from '../model/types.js';

/** Plural forms by Intl.PluralRules category; `other` is always there. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Strings {
  loading: string;
  empty: string;
  failed: string;
  events: string;
  /** "{count} events", by plural form. */
  eventCount: Plural;
  /** Summary before the list: {events} (an eventCount), {from}, {to}. */
  summaryRange: string;
  /** Summary when all events share one date: {events}, {from}. */
  summarySingle: string;
  /** Under a cluster's lead title: "+ {count} more", by plural form. */
  moreEvents: Plural;
  /** A cluster's accessible name: {events}, {dates}, {titles} (its first titles, most important first). */
  cluster: string;
  /** The same at the deepest zoom, where activating a cluster opens its events' details instead. */
  clusterDetails: string;
  noEventsInView: string;
  close: string;
  previous: string;
  next: string;
  /** "{index} / {count}" in the detail. */
  position: string;
  sources: string;
  /** The credit line: {list}. */
  credits: string;
  showGroups: string;
  zoom: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  listView: string;
  chartView: string;
  /** The switch that shows the events as a table, in place of the chart or the list. */
  tableView: string;
  /** The table's column of dates, which sorts the table by date. */
  columnDate: string;
  /** The table's column of event titles. */
  columnEvent: string;
  /** The table's column of the events' groups. */
  columnGroup: string;
  /** The table's column of the events' places; its column of sources is headed `sources`. */
  columnPlace: string;
  /** What a screen reader hears when an event is selected: {date}, {title}. */
  selected: string;
  /** Name of the list of eras. */
  periods: string;
  /** Buttons around the part of a long list on screen: {count}, how many events that side holds. */
  showEarlier: string;
  showLater: string;
  /** How to move among the events with the keys, linked from the list of events. */
  instructions: string;
  /** The same for zooming, added in the chart. */
  instructionsZoom: string;
  /** Said once a change of view comes to rest: {events} (an eventCount), {dates}. */
  showing: string;
  /** Name of the toolbar of the zoom buttons and the list and table switches. */
  viewControls: string;
  /**
   * The button that loads a provider's player, which nothing is requested from before it is
   * pressed: {site}, the provider ("YouTube"), and {title}, the event's.
   */
  playVideo: string;
  /** The same for a provider's audio player (SoundCloud, Spotify). */
  playAudio: string;
  /** The same for a map (Google Maps), which shows rather than plays. */
  showMap: string;
  /** The same for a document viewer (DocumentCloud). */
  showDocument: string;
  /** A link to the media's page, and the title of a provider's player: {site} ("Wikipedia"), {title}. */
  openLink: string;
}

export const ENGLISH: Strings = {
  loading: 'Loading timeline…',
  empty: 'No timeline data.',
  failed: 'This timeline could not be shown.',
  events: 'Events',
  eventCount: { one: '{count} event', other: '{count} events' },
  summaryRange: 'Timeline of {events} from {from} to {to}.',
  summarySingle: 'Timeline of {events}, {from}.',
  moreEvents: { one: '+ {count} more', other: '+ {count} more' },
  cluster: '{events}, {dates}: {titles}. Zoom in',
  clusterDetails: '{events}, {dates}: {titles}. Show details',
  noEventsInView: 'No events in this stretch of time.',
  close: 'Close details',
  previous: 'Previous',
  next: 'Next',
  position: '{index} / {count}',
  sources: 'Sources',
  credits: 'Sources: {list}',
  showGroups: 'Show groups',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  listView: 'List view',
  chartView: 'Timeline view',
  tableView: 'Table view',
  columnDate: 'Date',
  columnEvent: 'Event',
  columnGroup: 'Group',
  columnPlace: 'Place',
  selected: '{date}: {title}',
  periods: 'Periods',
  showEarlier: 'Show earlier events ({count})',
  showLater: 'Show later events ({count})',
  instructions: 'Arrow keys move between events, Home and End go to the first and last, Enter opens one.',
  instructionsZoom: '+ and − zoom in and out.',
  showing: 'Showing {events}, {dates}.',
  viewControls: 'Zoom and view',
  playVideo: 'Play video from {site}: {title}',
  playAudio: 'Play audio from {site}: {title}',
  showMap: 'Show map from {site}: {title}',
  showDocument: 'Show document from {site}: {title}',
  openLink: '{site}: {title}',
};

/**
 * English, then each layer over it (a shipped catalogue, the page's own words), taking an entry only
 * in the form English has it: text, or plural forms of text with `other`. Anything else (null, a
 * number, a function, a plural without `other`) keeps the string beneath, and is named in
 * `warnings` for the caller to print: no catalogue can make a render throw.
 */
export function mergeStrings(...layers: unknown[]): { strings: Strings; warnings: Problem[] } {
  const strings: Record<string, unknown> = { ...ENGLISH };
  const warnings: Problem[] = [];
  for (const layer of layers) {
    if (!isDict(layer)) continue;
    for (const [key, english] of Object.entries(ENGLISH)) {
      let value: unknown;
      try {
        value = layer[key];
        if (isDict(value)) value = { ...value }; // read once: later changes to the page's object do not reach us
      } catch {
        value = null; // a throwing getter or Proxy
      }
      if (value === undefined) continue;
      const plural = typeof english !== 'string';
      if (plural ? isPlural(value) : typeof value === 'string') strings[key] = value;
      else
        warnings.push({
          path: `strings.${key}`,
          message: `should be ${plural ? 'plural forms of text, "other" among them' : 'text'}, not ${value === null ? 'null' : typeof value}; the default is used`,
        });
    }
  }
  return { strings: strings as unknown as Strings, warnings };
}

const isPlural = (value: unknown): value is Plural =>
  isDict(value) &&
  typeof value.other === 'string' &&
  ['zero', 'one', 'two', 'few', 'many'].every((form) => ['string', 'undefined'].includes(typeof value[form]));

/** Languages with a catalogue in dist/locales/, besides English. */
export const SHIPPED = ['ar', 'de', 'es', 'fa', 'fr', 'pt', 'ru', 'tr', 'uk', 'zh'] as const;

/** The catalogue a locale uses: its language subtag, if shipped ("pt-BR" → "pt"), else none. */
export function catalogueFor(locale: string): (typeof SHIPPED)[number] | undefined {
  const language = locale.split('-')[0].toLowerCase();
  return SHIPPED.find((l) => l === language);
}

/** Fills {placeholders}; numbers are written in the locale's digits. */
export function fill(template: string, values: Record<string, string | number>, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

// Building an Intl object costs far more than using one, and a zoom frame names every cluster.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesByLocale = new Map<string, Intl.PluralRules>();
const numberFormat = (locale: string) => remember(numberFormats, locale, () => new Intl.NumberFormat(locale));
/** A number in the reader's digits and grouping: "1,234", "١٬٢٣٤". */
export const formatNumber = (value: number, locale: string) => numberFormat(locale).format(value);
const pluralRules = (locale: string) => remember(pluralRulesByLocale, locale, () => new Intl.PluralRules(locale));

/** "8 events" in the locale's plural form. */
export function countEvents(strings: Strings, count: number, locale: string): string {
  return countIn(strings.eventCount, count, locale);
}

/** "+ 45 more", under a cluster's lead title. */
export function countMore(strings: Strings, count: number, locale: string): string {
  return countIn(strings.moreEvents, count, locale);
}

function countIn(forms: Plural, count: number, locale: string): string {
  const form = forms[pluralRules(locale).select(count)] ?? forms.other;
  return fill(form, { count }, locale);
}

/**
 * Fetches a shipped catalogue from beside the script (or module) that holds this code. Missing
 * strings, a missing file or a network failure all leave English in place: never a blank button.
 */
export async function loadCatalogue(language: string): Promise<Partial<Strings>> {
  try {
    const response = await fetch(new URL(`./locales/${language}.json`, import.meta.url));
    return response.ok ? ((await response.json()) as Partial<Strings>) : {};
  } catch {
    return {};
  }
}
