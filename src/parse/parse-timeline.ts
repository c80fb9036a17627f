/**
 * Validates an events file and turns it into the timeline model in one pass, so a date is parsed
 * once and every problem in the file is reported together, each with its path, the value found
 * and what was expected.
 */
import {
  isValidZone,
  parseDateValue,
  toAxisMillis,
  toYearPrecision,
  yearOf,
  type DateParse,
  type DateValue,
} from '../model/date-value.js';
import { FIELDS } from '../model/events-file.js';
import type { Era, GroupEntry, MediaEntry, Problem, Source, Timeline, TimelineEvent } from '../model/types.js';
import { remember } from '../util/cache.js';
import { isDict, type Dict } from '../util/dict.js';
import { quote, shorten } from '../util/quote.js';
import { firstSentence, htmlToText } from './html-text.js';
import { findClosest, LONGEST } from './suggest.js';

export interface ParseResult {
  /** Null when there is any error: the widget never renders half a story. */
  timeline: Timeline | null;
  errors: Problem[];
  warnings: Problem[];
  /** The addresses the file gives relative to itself, each with what it resolved to where a base was known. */
  relative?: RelativeAddress[];
}

export interface RelativeAddress {
  path: string;
  address: string;
  resolved?: string;
}

export interface ParseOptions {
  /**
   * The address the file's relative addresses resolve against: the events file's own URL (after
   * redirects), or the page's for data that came inline or as a property. Without one (a file
   * checked on its own), relative addresses are kept as written.
   */
  base?: string;
  /**
   * The page is served over https, so it would block http media: they are asked for over https.
   * By default, when `base` is https (a file checked as it will be served).
   */
  secure?: boolean;
}

/** What an address is for: media are loaded by the widget, links are opened by the reader. */
type AddressUse = 'media' | 'link';

/** Schemes by use: a link may write an email; anything else (javascript:, data:, blob:) could run or hide content. */
const SCHEMES: Record<AddressUse, readonly string[]> = {
  media: ['https:', 'http:'],
  link: ['https:', 'http:', 'mailto:'],
};
const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;
/** Stands in for an unknown base, only to tell whether a relative address is well formed. */
const SOME_BASE = 'https://base.invalid/';

/**
 * A language subtag of two or three letters. Intl also takes five to eight ("english", "deutsch"),
 * which BCP 47 leaves for future registration and no language has yet: such a tag is a language's
 * name written where its code belongs.
 */
const LANGUAGE = /^[a-z]{2,3}(-|$)/;

/** The most events a timeline holds: more would make every step of the widget slow, and no reader could follow them. */
export const MAX_EVENTS = 100_000;

/** The error of a file with more events than MAX_EVENTS, in every format ("the sheet has …"). */
export const tooManyEvents = (count: number, file = 'the file') =>
  `${file} has ${count.toLocaleString('en')} events; the widget shows at most ${MAX_EVENTS.toLocaleString('en')}: split the story into several timelines`;

/** At most this many names of a file get a "did you mean", each once, however many the file holds. */
const SUGGESTED = 100;

/** What each kind of object is called in a message about its fields. */
const NOUNS: Record<keyof typeof FIELDS, string> = {
  TimelineFile: 'the file',
  GroupEntry: 'a group',
  EraEntry: 'an era',
  EventEntry: 'an event',
  SourceEntry: 'a source',
  MediaEntry: 'media',
};

class Checker {
  constructor(
    private readonly base?: string,
    private readonly secure = base?.startsWith('https:') ?? false,
  ) {}

  readonly relative: RelativeAddress[] = [];

  /**
   * Parses made in this file, by zone and text: a long file repeats its dates (10,000 events may
   * hold 1,300 distinct ones), and a parse, once made, never changes.
   */
  private readonly dates = new Map<string, DateParse>();

  parseDate(value: unknown, zone: string): DateParse {
    if (typeof value !== 'string') return parseDateValue(value, zone);
    return remember(this.dates, zone + '\u0000' + value, () => parseDateValue(value, zone));
  }

  errors: Problem[] = [];
  warnings: Problem[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  private readonly suggestions = new Map<string, string | null>();

  /** Tags already canonicalised (null: refused): a multilingual file repeats a few of them on every event. */
  private readonly langs = new Map<string, string | null>();

  /**
   * A BCP 47 tag in canonical form ("EN-gb" is en-GB, "iw" is he). A wrong one is only a warning:
   * it would make a voice mispronounce the text, never the timeline wrong, and without it the
   * text keeps the page's language, as before the file said anything.
   */
  lang(obj: Dict, path: string): string | undefined {
    const value = obj.lang;
    if (value === undefined || value === null) return undefined;
    const tag = typeof value === 'string' ? remember(this.langs, value, () => canonicalLang(value)) : null;
    if (tag === null)
      this.warn(`${path}lang`, `expected a language tag such as en, de-CH or pt-BR; got ${quote(value)}`);
    return tag ?? undefined;
  }

  /** "Did you mean": the known name closest to `word` among `candidates` (the names of `kind`). */
  closest(kind: string, word: string, candidates: Iterable<string>): string | null {
    if (word.length > LONGEST) return null;
    return remember(this.suggestions, `${kind} ${word}`, () =>
      this.suggestions.size < SUGGESTED ? findClosest(word, candidates) : null,
    );
  }

  /** Warns about each field the schema does not know, naming the likely intended one. */
  fields(obj: Dict, kind: keyof typeof FIELDS, path: string): void {
    const known: readonly string[] = FIELDS[kind];
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const closest = this.closest(kind, key, known);
      this.warn(
        `${path}${shorten(key)}`,
        closest
          ? `unknown field ${quote(key)}; did you mean ${quote(closest)}?`
          : `unknown field ${quote(key)}; the fields of ${NOUNS[kind]} are ${known.join(', ')}`,
      );
    }
  }

  /** A required, non-empty string. */
  text(obj: Dict, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.error(`${path}${key}`, `'${key}' is required`);
      return undefined;
    }
    return this.optionalText(obj, key, path);
  }

  optionalText(obj: Dict, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.error(`${path}${key}`, `expected text; got ${quote(value)}`);
      return undefined;
    }
    return value.trim() || undefined;
  }

  flag(obj: Dict, key: string, path: string): boolean {
    const value = obj[key];
    if (value === undefined || value === null || typeof value === 'boolean') return value === true;
    this.error(`${path}${key}`, `expected true or false; got ${quote(value)}`);
    return false;
  }

  date(obj: Dict, key: string, path: string, zone: string): DateValue | undefined {
    if (obj[key] === undefined || obj[key] === null || obj[key] === '') {
      this.error(`${path}${key}`, `'${key}' is required: a date like 2016-09-08, 2016-09 or 2016`);
      return undefined;
    }
    const parsed = this.parseDate(obj[key], zone);
    if (parsed.error !== undefined) this.error(`${path}${key}`, parsed.error);
    else if (parsed.warning !== undefined) this.warn(`${path}${key}`, parsed.warning);
    return parsed.value;
  }

  /** The end of a range, checked against its start. */
  end(obj: Dict, path: string, zone: string, start: DateValue | undefined): DateValue | undefined {
    const end = this.date(obj, 'end', path, zone);
    if (start && end && endsBeforeStart(start, end))
      this.error(`${path}end`, `the end ${quote(end.iso)} is before the start ${quote(start.iso)}`);
    return end;
  }

  zone(obj: Dict, path: string, fallback: string): string {
    const zone = this.optionalText(obj, 'timeZone', path);
    if (zone === undefined) return fallback;
    if (isValidZone(zone)) return zone;
    this.error(`${path}timeZone`, `expected an IANA time zone such as America/New_York; got ${quote(zone)}`);
    return fallback;
  }

  /** 1 (key) or 3 (minor); 2 is the default and is not kept. Anything else: the default, with a warning. */
  importance(obj: Dict, path: string): 1 | 3 | undefined {
    const value = obj.importance;
    if (value === undefined || value === null || value === 2) return undefined;
    if (value === 1 || value === 3) return value;
    this.warn(
      `${path}importance`,
      `expected 1 (key), 2 (the default) or 3 (minor); got ${quote(value)}: the default is used`,
    );
    return undefined;
  }

  /**
   * An address, resolved against the file's (see ParseOptions.base). One that cannot be used is
   * only a warning: the reader loses a picture or a link, never the timeline; `dropped` says what
   * is left out. On an https page, media load over https: the page would block them over http.
   */
  address(obj: Dict, key: string, path: string, use: AddressUse, dropped: string): string | undefined {
    const written = obj[key];
    const where = `${path}${key}`;
    if (written === undefined || written === null) return undefined;
    const text = typeof written === 'string' ? written.trim() : '';
    let url: URL | undefined;
    try {
      url = text ? new URL(text, this.base ?? SOME_BASE) : undefined;
    } catch {
      // not an address at all
    }
    if (!url || !SCHEMES[use].includes(url.protocol)) {
      const expected = use === 'media' ? 'a web address (https:)' : 'a web address (https:, http: or mailto:)';
      this.warn(where, `expected ${expected}; got ${quote(typeof written === 'string' ? text : written)}: ${dropped}`);
      return undefined;
    }
    const absolute = ABSOLUTE.test(text);
    if (!absolute)
      this.relative.push(
        this.base ? { path: where, address: text, resolved: url.href } : { path: where, address: text },
      );
    if (!absolute && !this.base) return text;
    if (use === 'media' && url.protocol === 'http:' && this.secure) {
      url.protocol = 'https:';
      this.warn(where, `${quote(text)} is loaded as ${url.href}: an https page blocks media over http`);
    }
    return url.href;
  }

  list(obj: Dict, key: string, path: string): unknown[] {
    const value = obj[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.error(`${path}${key}`, `expected a list [ … ]; got ${quote(value)}`);
    return [];
  }

  /** Remembers ids and reports the second use of one. */
  unique(seen: Map<string, string>, id: string | undefined, path: string, where: string): void {
    if (id === undefined) return;
    if (seen.has(id)) this.error(`${path}id`, `the id ${quote(id)} is already used by ${seen.get(id)}`);
    else seen.set(id, where);
  }
}

function canonicalLang(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return LANGUAGE.test(canonical) ? canonical : null;
  } catch {
    return null;
  }
}

function endsBeforeStart(start: DateValue, end: DateValue): boolean {
  if (start.deepYear !== undefined || end.deepYear !== undefined) return yearOf(end) < yearOf(start);
  // The end names a whole period (a day, a month); a range is backwards when that period is over
  // by the time the start begins. A time is an instant, so it may equal the start.
  const endExclusive = end.precision === 'time' ? end.end.plus({ milliseconds: 1 }) : end.end;
  return endExclusive <= start.start;
}

/** An event or era before its axis position is known: that depends on the whole file (deep time or not). */
interface Dated {
  start: DateValue;
  end?: DateValue;
}

export function parseTimeline(input: unknown, { base, secure }: ParseOptions = {}): ParseResult {
  const check = new Checker(base, secure);
  if (!isDict(input)) {
    check.error('', `expected an object { "version": 1, "events": [ … ] }; got ${quote(input)}`);
    return { timeline: null, errors: check.errors, warnings: check.warnings };
  }
  check.fields(input, 'TimelineFile', '');
  if (input.version === undefined) check.warn('version', 'no version: read as version 1; write "version": 1');
  else if (input.version !== 1)
    check.error('version', `expected 1 (the only format version so far); got ${quote(input.version)}`);
  const title = check.optionalText(input, 'title', '');
  const description = check.optionalText(input, 'description', '');
  const fileZone = check.zone(input, '', 'UTC');
  const lang = check.lang(input, '');
  const groups = parseGroups(check, input);
  const groupIds = new Set(groups.map((g) => g.id));
  const eras = parseEras(check, input, fileZone);

  if (!Array.isArray(input.events)) {
    check.error('events', `expected a list of events [ … ]; got ${quote(input.events)}`);
  } else if (input.events.length === 0) {
    check.error('events', 'the file has no events');
  } else if (input.events.length > MAX_EVENTS) {
    check.error('events', tooManyEvents(input.events.length));
  }
  const seen = new Map<string, string>();
  // The ids the file gives, so that one made for an event without its own is no other event's.
  const given = new Set(
    (Array.isArray(input.events) ? input.events : []).flatMap((e) =>
      isDict(e) && typeof e.id === 'string' ? [e.id.trim()] : [],
    ),
  );
  const events: Array<Omit<TimelineEvent, 'from' | 'to'>> = [];
  // Too many events are refused before any is read.
  (Array.isArray(input.events) && input.events.length <= MAX_EVENTS ? input.events : []).forEach((raw, i) => {
    const path = `events[${i}].`;
    if (!isDict(raw))
      return check.error(`events[${i}]`, `expected an event { "id", "start", "title" }; got ${quote(raw)}`);
    check.fields(raw, 'EventEntry', path);
    const id = check.optionalText(raw, 'id', path) ?? makeId(check, given, i, path);
    check.unique(seen, id, path, `events[${i}]`);
    const zone = check.zone(raw, path, fileZone);
    const lang = check.lang(raw, path);
    const start = check.date(raw, 'start', path, zone);
    const end = raw.end === undefined ? undefined : check.end(raw, path, zone, start);
    const circa = check.flag(raw, 'circa', path);
    let group = check.optionalText(raw, 'group', path);
    if (group !== undefined && !groupIds.has(group)) {
      const closest = check.closest('group', group, groupIds);
      check.warn(
        `${path}group`,
        `no group has the id ${quote(group)}; ${closest ? `did you mean ${quote(closest)}?` : 'add it to "groups".'} The event is shown without a group`,
      );
      group = undefined;
    }
    const sources = parseSources(check, raw, path, zone);
    if (raw.sources === undefined || (Array.isArray(raw.sources) && raw.sources.length === 0))
      check.warn(`${path}sources`, 'the event names no source');
    const media = parseMedia(check, raw, path);
    const description = check.optionalText(raw, 'description', path);
    const place = check.optionalText(raw, 'place', path);
    const note = check.optionalText(raw, 'note', path);
    const displayDate = check.optionalText(raw, 'displayDate', path);
    const importance = check.importance(raw, path);
    const title =
      check.optionalText(raw, 'title', path) ?? makeTitle(check, raw, path, { description, media, displayDate });
    if (id === undefined || start === undefined || title === undefined) return;
    const event = { id, title, start, end, circa, description, group, place, note, lang, sources, media };
    events.push({ ...event, ...(displayDate && { displayDate }), ...(importance && { importance }) });
  });

  const { errors, warnings, relative } = check;
  if (errors.length > 0) return { timeline: null, errors, warnings, relative };
  // One year beyond the calendar puts the whole file on a year axis, with year precision.
  const scale = [...events, ...eras].some((e) => e.start.deepYear !== undefined || e.end?.deepYear !== undefined)
    ? 'years'
    : 'calendar';
  const timeline: Timeline = {
    title,
    description,
    lang,
    groups,
    events: sortChronologically(events.map((event) => place(event, scale))),
    eras: sortChronologically(eras.map((era) => place(era, scale) as Era)),
    scale,
    ...(base && { base }),
  };
  return { timeline, errors, warnings, relative };
}

/** Adds the axis position; on a year axis, every date becomes the year it starts in. */
function place<T extends Dated>(item: T, scale: Timeline['scale']): T & { from: number; to: number } {
  if (scale === 'calendar')
    return { ...item, from: toAxisMillis(item.start.start), to: toAxisMillis((item.end ?? item.start).end) };
  const start = toYearPrecision(item.start);
  const end = item.end && toYearPrecision(item.end);
  return { ...item, start, end, from: yearOf(start), to: yearOf(end ?? start) + 1 };
}

function parseGroups(check: Checker, input: Dict): GroupEntry[] {
  const seen = new Map<string, string>();
  return check.list(input, 'groups', '').flatMap((raw, i) => {
    const path = `groups[${i}].`;
    if (!isDict(raw)) return (check.error(`groups[${i}]`, `expected a group { "id", "label" }; got ${quote(raw)}`), []);
    check.fields(raw, 'GroupEntry', path);
    const id = check.text(raw, 'id', path);
    check.unique(seen, id, path, `groups[${i}]`);
    const label = check.text(raw, 'label', path);
    return id !== undefined && label !== undefined ? [{ id, label }] : [];
  });
}

function parseEras(check: Checker, input: Dict, zone: string): Array<Omit<Era, 'from' | 'to'>> {
  const seen = new Map<string, string>();
  return check.list(input, 'eras', '').flatMap((raw, i) => {
    const path = `eras[${i}].`;
    if (!isDict(raw))
      return (check.error(`eras[${i}]`, `expected an era { "id", "start", "end", "label" }; got ${quote(raw)}`), []);
    check.fields(raw, 'EraEntry', path);
    const id = check.text(raw, 'id', path);
    check.unique(seen, id, path, `eras[${i}]`);
    const start = check.date(raw, 'start', path, zone);
    const end = check.end(raw, path, zone, start);
    const label = check.text(raw, 'label', path);
    return id !== undefined && label !== undefined && start && end ? [{ id, label, start, end }] : [];
  });
}

/** An id for an event the file gives none: its place, made unlike any id the file gives. */
function makeId(check: Checker, given: ReadonlySet<string>, index: number, path: string): string {
  let id = `event-${index + 1}`;
  for (let n = 2; given.has(id); n++) id = `event-${index + 1}-${n}`;
  check.warn(`${path}id`, `no id: the event is given ${quote(id)} (a link to it changes if the events are reordered)`);
  return id;
}

/**
 * A title for an event the file gives none: the first sentence of its description, else of its
 * media's caption, else its display date, else its date as written. A reader still learns what
 * happened, and when; the warning says where the title came from.
 */
function makeTitle(
  check: Checker,
  raw: Dict,
  path: string,
  { description, media, displayDate }: { description?: string; media?: MediaEntry; displayDate?: string },
): string | undefined {
  const candidates: Array<[string, string | undefined]> = [
    ['the description', description && firstSentence(htmlToText(description))],
    ["the media's caption", media?.caption && firstSentence(htmlToText(media.caption))],
    ['the display date', displayDate],
    ['the date', typeof raw.start === 'string' || typeof raw.start === 'number' ? String(raw.start).trim() : undefined],
  ];
  const found = candidates.find(([, title]) => title);
  if (!found) return undefined; // no date either: that is the error
  check.warn(`${path}title`, `no title: it is taken from ${found[0]}, ${quote(found[1])}`);
  return found[1];
}

function parseSources(check: Checker, raw: Dict, path: string, zone: string): Source[] {
  return check.list(raw, 'sources', path).flatMap((source, j) => {
    const at = `${path}sources[${j}]`;
    if (!isDict(source)) return (check.error(at, `expected a source { "name", "url" }; got ${quote(source)}`), []);
    check.fields(source, 'SourceEntry', `${at}.`);
    const url = check.address(source, 'url', `${at}.`, 'link', 'the source is kept without it');
    const date = source.date === undefined ? undefined : check.date(source, 'date', `${at}.`, zone);
    let name = check.optionalText(source, 'name', `${at}.`);
    if (name === undefined) {
      // A source's address still tells a reader whose it is: its site ("reuters.com").
      const site = url && /^https?:/.test(url) ? new URL(url).hostname.replace(/^www\./, '') : undefined;
      check.warn(
        `${at}.name`,
        site
          ? `no name: the source is named by its site, ${quote(site)}`
          : 'no name or address: the source is left out',
      );
      name = site;
    }
    return name !== undefined ? [{ name, url, date }] : [];
  });
}

function parseMedia(check: Checker, raw: Dict, path: string): MediaEntry | undefined {
  if (raw.media === undefined) return undefined;
  if (!isDict(raw.media))
    return (check.error(`${path}media`, `expected { "url", "alt" }; got ${quote(raw.media)}`), undefined);
  const at = `${path}media.`;
  check.fields(raw.media, 'MediaEntry', at);
  if (raw.media.url === undefined || raw.media.url === null)
    return (check.warn(`${at}url`, `media need a "url": the media is left out`), undefined);
  const url = check.address(raw.media, 'url', at, 'media', 'the media is left out');
  const alt = check.optionalText(raw.media, 'alt', at);
  const caption = check.optionalText(raw.media, 'caption', at);
  const credit = check.optionalText(raw.media, 'credit', at);
  const link = check.address(raw.media, 'link', at, 'link', 'the link is left out');
  const thumbnail = check.address(raw.media, 'thumbnail', at, 'media', 'the thumbnail is left out');
  if (url === undefined) return undefined;
  return { url, alt, caption, credit, ...(link && { link }), ...(thumbnail && { thumbnail }) };
}

/** Time order; a longer span first when two start together. The sort is stable: ties keep the file's order. */
function sortChronologically<T extends { from: number; to: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.from - b.from || b.to - a.to);
}
