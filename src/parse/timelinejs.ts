/**
 * TimelineJS files, converted so that an existing timeline moves over by changing one attribute:
 * `{ "title": slide, "events": [slide], "eras": [{ "start_date", "end_date", "text" }], "scale" }`,
 * a slide being `{ "start_date": { "year", "month", "day", "hour", "minute", "second",
 * "millisecond", "display_date" }, "end_date", "text": { "headline", "text" }, "media": { "url",
 * "caption", "credit", "thumbnail", "alt", "title", "link", "link_target" }, "group",
 * "display_date", "background": { "url", "alt", "color" }, "autolink", "unique_id" }`, as
 * TimelineJS documents it. Numbers may be written as strings, as TimelineJS allows; a date's
 * precision is the set of fields present. HTML in a headline becomes text; HTML in a text goes to
 * the description, which is sanitised when it is shown.
 *
 * A file TimelineJS shows is never refused for what a reader can do without: the only errors are
 * dates that cannot be read (and what the validator finds, such as a duplicate id). Anything not
 * carried over is named in a warning at its path, once for all the places it repeats.
 */
import { isCalendarYear } from '../model/deep-time.js';
import type { EraEntry, EventEntry, MediaEntry, Problem } from '../model/types.js';
import { isDict, type Dict } from '../util/dict.js';
import { quote, shorten } from '../util/quote.js';
import { placesOf, splitIndex, type Conversion } from './conversion.js';
import { decodeEntities, firstSentence, htmlToText } from './html-text.js';
import { recognizeAddress } from './media-providers.js';
import { MAX_EVENTS, tooManyEvents } from './parse-timeline.js';
import { findClosest } from './suggest.js';

/** A TimelineJS file has events with a start_date, and none of this format's version. */
export function isTimelineJs(value: unknown): boolean {
  return (
    isDict(value) &&
    value.version === undefined &&
    Array.isArray(value.events) &&
    value.events.some((e) => isDict(e) && 'start_date' in e)
  );
}

/** The fields TimelineJS documents for each of its objects; any other is named in a warning. */
const KNOWN = {
  file: ['events', 'title', 'eras', 'scale'],
  slide: ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id'],
  // TimelineJS gives eras a unique_id of their own, which a saved file may hold: nothing to show.
  era: ['start_date', 'end_date', 'text', 'unique_id'],
  date: ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date'],
  text: ['headline', 'text'],
  media: ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'],
  background: ['url', 'alt', 'color'],
} as const;

const PARTS = [
  ['year', -Infinity, Infinity],
  ['month', 1, 12],
  ['day', 1, 31],
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
  ['millisecond', 0, 999],
] as const;

/** The largest year the date forms hold: ISO expanded years have six digits, and only a past year may be a bare number. */
const LAST_YEAR = 999_999;

/** Event fields of the converted file and where they came from in the TimelineJS file. */
const ORIGINS: Record<string, string> = {
  id: 'unique_id',
  start: 'start_date',
  end: 'end_date',
  title: 'text.headline',
  description: 'text.text',
  displayDate: 'display_date',
};
const ERA_ORIGINS: Record<string, string> = { start: 'start_date', end: 'end_date', label: 'text.headline' };

const EMBEDDED = 'embedded HTML media is not shown; give the address of an image or a page instead';
const TITLE_EXTRA = "the timeline's title and description are text";

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/**
 * The fields that have a value, as JSON would write them: what a value of the file holds is kept
 * as it is, never copied, so no depth or cycle in it can fail the conversion.
 */
const defined = <T extends object>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;

const text = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** Text that says something: TimelineJS and its sheets write "" for every field left blank. */
const present = (value: unknown) => {
  const written = text(value);
  return written?.trim() ? written : undefined;
};

/** Text without markup, or undefined when nothing is left of it. */
const plain = (value: unknown) => {
  const written = text(value);
  return (written && htmlToText(written)) || undefined;
};

/** An address as written, only trimmed: the validator resolves it against the file's own address. */
const address = (value: unknown) => present(value)?.trim();

/**
 * Warnings in the order their places come in the file. What repeats on many slides (the same
 * unknown field on each) is said once, at its first place, with how many more there are.
 */
class Notes {
  readonly list: Problem[] = [];
  private readonly repeats = new Map<string, { problem: Problem; more: number }>();

  warn(path: string, message: string): void {
    this.list.push({ path, message });
  }

  /** `message` is made only the first time: a file may repeat the same thing on 100,000 slides. */
  once(key: string, path: string, message: string | (() => string)): void {
    const seen = this.repeats.get(key);
    if (seen) seen.more++;
    else {
      const problem = { path, message: typeof message === 'string' ? message : message() };
      this.list.push(problem);
      this.repeats.set(key, { problem, more: 0 });
    }
  }

  /** Warns about each field that `kind` does not have, with the one likely meant. */
  fields(obj: Dict, kind: keyof typeof KNOWN, path: string): void {
    const known: readonly string[] = KNOWN[kind];
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      this.once(`${kind} ${key}`, `${path ? path + '.' : ''}${shorten(key)}`, () => {
        const closest = findClosest(key, known);
        return closest
          ? `unknown field ${quote(key)}; did you mean ${quote(closest)}? It is left out`
          : `unknown field ${quote(key)}; it is left out`;
      });
    }
  }

  done(): Problem[] {
    for (const { problem, more } of this.repeats.values())
      if (more > 0) problem.message += ` (the same in ${more} more place${more === 1 ? '' : 's'})`;
    return this.list.filter((problem) => problem.message !== '');
  }
}

/** What reading the dates of a file needs to know and keeps. */
interface Dates {
  errors: Problem[];
  notes: Notes;
  /** TimelineJS's cosmological scale reads only the year of each date. */
  cosmological: boolean;
  /** How many dates lost their month, day or time to it, said once for the file. */
  reduced: number;
}

/**
 * "2016", "2016-07", "2016-09-08T22:00:05.250" from a TimelineJS date object; years before year 1
 * or after 9999 in ISO expanded form, and years beyond the calendar as plain negative numbers.
 */
function composeDate(raw: unknown, path: string, dates: Dates): string | undefined {
  const { errors, notes } = dates;
  if (!isDict(raw)) {
    errors.push({ path, message: `expected a date { "year": 2016, "month": 9, "day": 8 }; got ${quote(raw)}` });
    return undefined;
  }
  notes.fields(raw, 'date', path);
  const values: number[] = [];
  const given = (name: string) => raw[name] !== undefined && raw[name] !== null && raw[name] !== '';
  for (const [name, min, max] of PARTS) {
    if (!given(name)) break;
    const value = raw[name];
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
          ? Number(value)
          : NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      const expected = name === 'year' ? 'a year number like 2016 or -500' : `a ${name} from ${min} to ${max}`;
      errors.push({ path: `${path}.${name}`, message: `expected ${expected}; got ${quote(value)}` });
      return undefined;
    }
    values.push(number);
  }
  if (values.length === 0) {
    errors.push({ path: `${path}.year`, message: `'year' is required` });
    return undefined;
  }
  // A part after a missing one places nothing: TimelineJS would take the missing one as the first.
  const skipped = PARTS.slice(values.length + 1).find(([name]) => given(name));
  if (skipped) notes.warn(`${path}.${skipped[0]}`, `left out: the date has no ${PARTS[values.length][0]}`);
  const [year] = values;
  if (year > LAST_YEAR) {
    errors.push({
      path: `${path}.year`,
      message: `expected a year up to ${LAST_YEAR}: later years cannot be placed yet; got ${quote(raw.year)}`,
    });
    return undefined;
  }
  if (values.length > 1 && dates.cosmological) {
    dates.reduced++;
    values.length = 1;
  } else if (values.length > 1 && !isCalendarYear(year)) {
    notes.once(
      'deep time',
      path,
      'a year this far from the present is placed by its year alone: its month, day and time are left out',
    );
    values.length = 1;
  }
  const [, month, day, hour, minute, second, millisecond] = values;
  if (values.length === 1 && year < 0) return String(year);
  const yearText = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(year, 6)}`;
  const fraction = millisecond === undefined ? '' : '.' + pad(millisecond, 3);
  const time =
    hour === undefined
      ? ''
      : `T${pad(hour, 2)}:${pad(minute ?? 0, 2)}${second === undefined ? '' : ':' + pad(second, 2) + fraction}`;
  return [yearText, month && pad(month, 2), day && pad(day, 2)].filter(Boolean).join('-') + time;
}

/** Where each field of a converted item came from, when not where ORIGINS says. */
type Origins = Record<string, string>;

export function convertTimelineJs(input: Dict): Conversion {
  const errors: Problem[] = [];
  const notes = new Notes();
  const rawEvents = Array.isArray(input.events) ? input.events : [];
  if (rawEvents.length > MAX_EVENTS) return refused({ path: 'events', message: tooManyEvents(rawEvents.length) });
  notes.fields(input, 'file', '');

  const scale = text(input.scale)?.trim().toLowerCase();
  const cosmological = scale === 'cosmological';
  if (input.scale !== undefined && input.scale !== null && scale !== '' && scale !== 'human' && !cosmological)
    notes.warn('scale', `expected 'human' or 'cosmological'; got ${quote(input.scale)}: the dates are read as written`);
  // Said where the scale is, before anything else the file holds; its count is known at the end.
  const reducedNote: Problem = { path: 'scale', message: '' };
  if (cosmological) notes.list.push(reducedNote);
  const dates: Dates = { errors, notes, cosmological, reduced: 0 };
  const date = (raw: unknown, path: string) => (raw === undefined ? undefined : composeDate(raw, path, dates));

  const { title, description } = convertTitle(input.title, notes);

  /** Eras without a label: the validator's "'label' is required" would only repeat that a date is wrong. */
  const unlabelled = new Set<number>();
  const eras = (Array.isArray(input.eras) ? input.eras : []).map((raw, i): Partial<EraEntry> | unknown => {
    const path = `eras[${i}]`;
    if (!isDict(raw)) return raw;
    notes.fields(raw, 'era', path);
    const start = date(raw.start_date, `${path}.start_date`);
    const end = date(raw.end_date, `${path}.end_date`);
    const content = textObject(raw.text, `${path}.text`, notes);
    let label = plain(content.headline);
    if (label === undefined) {
      const fromText = firstSentence(plain(content.text) ?? '');
      const span = [start, end].filter(Boolean).join(' – ');
      if (fromText) notes.warn(`${path}.text.headline`, 'no headline; the label is taken from the text');
      else if (span)
        notes.warn(`${path}.text.headline`, `no headline or text; the label is the dates as written, ${quote(span)}`);
      else unlabelled.add(i);
      label = fromText || span || undefined;
    }
    return defined({ id: `era-${i + 1}`, start, end, label });
  });

  const groups = new Set<string>();
  /** Events without a title because their date could not be read either: that error is the one said. */
  const untitled = new Set<number>();
  const origins: Origins[] = [];
  const events = rawEvents.map((raw, i): Partial<EventEntry> | unknown => {
    const path = `events[${i}]`;
    if (!isDict(raw)) return raw;
    const from: Origins = (origins[i] = {});
    notes.fields(raw, 'slide', path);
    const start = date(raw.start_date, `${path}.start_date`);
    const end = date(raw.end_date, `${path}.end_date`);
    const content = textObject(raw.text, `${path}.text`, notes);
    const group = plain(raw.group);
    if (group) groups.add(group);
    const shown = displayDate(raw, path, notes, from);
    const linked = raw.autolink !== false;

    let title = plain(content.headline);
    if (title === undefined) {
      const caption = isDict(raw.media) ? plain(raw.media.caption) : undefined;
      const [derived, source] = [
        [firstSentence(plain(content.text) ?? ''), 'no headline; the title is taken from the text'],
        [firstSentence(caption ?? ''), 'no headline or text; the title is taken from the media caption'],
        [shown, 'no headline, text or media caption; the title is the display date'],
        [start, `no headline, text or media caption; the title is the start date as written, ${quote(start)}`],
      ].find(([candidate]) => candidate) ?? [undefined, undefined];
      if (source) notes.warn(`${path}.text.headline`, source);
      else untitled.add(i);
      title = derived;
    }

    const body = present(content.text);
    const media = convertMedia(raw.media, `${path}.media`, notes, linked);
    return defined({
      id: text(raw.unique_id)?.trim() || `event-${i + 1}`,
      start,
      end,
      displayDate: shown,
      title,
      description: body && (linked ? autolink(body) : body),
      group,
      sources: [],
      media: convertBackground(raw.background, `${path}.background`, media, notes, from),
    });
  });

  if (cosmological && dates.reduced > 0)
    reducedNote.message = `only the year of each date is used on the cosmological scale, as in TimelineJS: the month, day and time of ${dates.reduced === 1 ? '1 date is' : `${dates.reduced} dates are`} left out`;
  const file = defined({
    version: 1,
    title,
    description,
    groups: [...groups].map((id) => ({ id, label: id })),
    eras,
    events,
  });
  if (rawEvents.length > 0) notes.warn('', 'TimelineJS files name no sources: the events are shown without them');

  let refusedDates: Set<string> | undefined;
  const translate = (problem: Problem): Problem | null => {
    if (/^events\[\d+\]\.sources$/.test(problem.path)) return null; // said once, above
    const said = translatePath(problem);
    // A date the conversion refused is missing from the file: it has been said already.
    return said === null || (refusedDates ??= placesOf(errors)).has(said.path) ? null : said;
  };
  const translatePath = (problem: Problem): Problem | null => {
    if (problem.path === 'title') return { ...problem, path: 'title.text.headline' };
    if (problem.path === 'description') return { ...problem, path: 'title.text.text' };
    const at = splitIndex(problem.path);
    if (!at) return problem;
    const [list, index, rest] = at;
    if (list === 'events' && rest === 'title' && untitled.has(index)) return null;
    if (list === 'eras' && rest === 'label' && unlabelled.has(index)) return null;
    const origin =
      list === 'eras' ? ERA_ORIGINS[rest] : list === 'events' ? (origins[index]?.[rest] ?? ORIGINS[rest]) : undefined;
    const message = problem.message
      .replace(/^'(title|label)' is required$/, "'headline' is required")
      .replace(/^'(start|end)' is required.*$/, (_, key) => `'${key}_date' is required`);
    return { path: `${list}[${index}]${origin ? '.' + origin : rest ? '.' + rest : ''}`, message };
  };
  return { file, errors, warnings: notes.done(), translate };
}

/** A file refused as a whole, before any of its events is converted. */
export const refused = (problem: Problem): Conversion => ({
  file: { version: 1, events: [] },
  errors: [problem],
  warnings: [],
  translate: () => null,
});

/** A slide's or an era's text object, or nothing, with a warning when it is something else. */
function textObject(raw: unknown, path: string, notes: Notes): Dict {
  if (isDict(raw)) {
    notes.fields(raw, 'text', path);
    return raw;
  }
  if (raw !== undefined && raw !== null)
    notes.warn(path, `expected { "headline", "text" }; got ${quote(raw)}: it is left out`);
  return {};
}

/**
 * The title slide as the timeline's title and description, which are text; the rest of the slide
 * has no place to go. Its dates and group are not shown by TimelineJS either.
 */
function convertTitle(raw: unknown, notes: Notes): { title?: string; description?: string } {
  if (raw === undefined || raw === null) return {};
  if (!isDict(raw)) {
    notes.warn('title', `expected a slide { "text": { "headline", "text" } }; got ${quote(raw)}: it is left out`);
    return {};
  }
  notes.fields(raw, 'slide', 'title');
  const content = textObject(raw.text, 'title.text', notes);
  for (const part of ['media', 'background'] as const)
    if (says(raw[part])) notes.warn(`title.${part}`, `the title slide's ${part} is not shown: ${TITLE_EXTRA}`);
  return { title: plain(content.headline), description: plain(content.text) };
}

/** Whether a value holds anything to show: an object with a field that is not blank, or any other value. */
const says = (value: unknown) =>
  isDict(value) ? Object.values(value).some((field) => present(field) ?? isDict(field)) : present(value) !== undefined;

/**
 * The text shown as the date, as TimelineJS chooses it: the slide's display_date, else those of
 * its start and end, joined as TimelineJS joins them. One end's alone cannot be joined to a date
 * the widget formats in the reader's language, so it is named instead.
 */
function displayDate(raw: Dict, path: string, notes: Notes, from: Origins): string | undefined {
  const slide = plain(raw.display_date);
  if (slide) return slide;
  const start = isDict(raw.start_date) ? plain(raw.start_date.display_date) : undefined;
  const end = isDict(raw.end_date) ? plain(raw.end_date.display_date) : undefined;
  if (raw.end_date === undefined && start) {
    from.displayDate = 'start_date.display_date';
    return start;
  }
  if (start && end) {
    from.displayDate = 'start_date.display_date';
    return `${start} — ${end}`;
  }
  const [alone, other] = start ? ['start_date', 'end_date'] : ['end_date', 'start_date'];
  if (start || end)
    notes.warn(
      `${path}.${alone}.display_date`,
      `not shown: ${other} has no display_date to go with it; give the slide a display_date for the whole range`,
    );
  return undefined;
}

/** The address in an iframe embed code, the one form of embedded HTML that has one to show. */
const IFRAME_SRC = /^\s*<iframe\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/**
 * TimelineJS media. An embed code is HTML: an iframe's address is kept, any other embed is left
 * out with a warning.
 */
function convertMedia(raw: unknown, path: string, notes: Notes, linked: boolean): Partial<MediaEntry> | unknown {
  if (!isDict(raw)) return raw;
  notes.fields(raw, 'media', path);
  let url = address(raw.url);
  if (url?.startsWith('<')) {
    const src = IFRAME_SRC.exec(url);
    url = src ? decodeEntities(src[1] ?? src[2] ?? src[3]).trim() || undefined : undefined;
    if (!url) return (notes.warn(`${path}.url`, EMBEDDED), undefined);
  }
  if (!url) {
    if (['caption', 'credit', 'thumbnail', 'alt', 'title', 'link'].some((field) => present(raw[field])))
      notes.warn(`${path}.url`, 'media without a url is left out');
    return undefined;
  }
  if (present(raw.title))
    notes.once('media title', `${path}.title`, 'media title is not shown: the caption and alt describe the media');
  if (present(raw.link_target))
    notes.once('link_target', `${path}.link_target`, 'link_target is left out: the widget decides where links open');
  const caption = present(raw.caption);
  return defined({
    url,
    alt: present(raw.alt),
    caption: caption && (linked ? autolink(caption) : caption),
    credit: plain(raw.credit),
    link: address(raw.link),
    thumbnail: address(raw.thumbnail),
  });
}

/**
 * A slide's background: an image becomes the thumbnail of a player (shown until play is pressed),
 * or the media of a slide that has none; a colour has nowhere to go.
 */
function convertBackground(
  raw: unknown,
  path: string,
  media: Partial<MediaEntry> | unknown,
  notes: Notes,
  from: Origins,
): Partial<MediaEntry> | unknown {
  if (raw === undefined || raw === null) return media;
  if (!isDict(raw)) {
    notes.warn(path, `expected { "url", "color" }; got ${quote(raw)}: it is left out`);
    return media;
  }
  notes.fields(raw, 'background', path);
  if (present(raw.color))
    notes.once(
      'background colour',
      `${path}.color`,
      'background colour is not shown: the widget has no colour of its own for an event',
    );
  const url = address(raw.url);
  if (!url) return media;
  if (media === undefined) {
    Object.assign(from, { media: 'background', 'media.url': 'background.url', 'media.alt': 'background.alt' });
    return defined({ url, alt: present(raw.alt) });
  }
  if (isDict(media) && media.thumbnail === undefined && isPlayer(media.url)) {
    from['media.thumbnail'] = 'background.url';
    return { ...media, thumbnail: url };
  }
  notes.warn(`${path}.url`, 'background image is not shown: the slide has media of its own');
  return media;
}

/** Media a reader starts (a player, a video or audio file), which shows a thumbnail until then. */
function isPlayer(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  // Only the kind matters: an address relative to the file resolves on a site of its own.
  return ['player', 'video', 'audio'].includes(recognizeAddress(url, 'https://relative.invalid/').kind);
}

/**
 * Addresses as TimelineJS links them in text: a web address, one starting with www., or an e-mail
 * address. Each part is bounded (an e-mail's name to 64 characters), so that no text makes the
 * search slower than its length.
 */
const BARE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|[\w.+-]{1,64}@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){1,8}/gi;

/**
 * Bare addresses in a slide's HTML made links, as TimelineJS's autolink does: only in text, never
 * inside a tag, a comment or a link. Links are written plainly; the sanitiser decides what stays.
 */
function autolink(html: string): string {
  let out = '';
  let at = 0;
  let inLink = false;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const end = open < 0 ? html.length : open;
    out += inLink ? html.slice(at, end) : html.slice(at, end).replace(BARE, linkAddress);
    if (open < 0) break;
    // "<" opens a tag only before a letter, "/" or "!"; otherwise it is text, as a browser reads it.
    if (!/[a-z/!]/i.test(html[open + 1] ?? '')) {
      out += '<';
      at = open + 1;
      continue;
    }
    at = tagEnd(html, open);
    const tag = html.slice(open, at);
    if (/^<a[\s/>]/i.test(tag) || tag === '<a') inLink = true;
    else if (/^<\/a[\s>]/i.test(tag)) inLink = false;
    out += tag;
  }
  return out;
}

/** Where a tag that opens at `open` ends: after its ">", past quoted attribute values; a comment after "-->". */
function tagEnd(html: string, open: number): number {
  if (html.startsWith('<!--', open)) {
    const close = html.indexOf('-->', open + 4);
    return close < 0 ? html.length : close + 3;
  }
  let quote = '';
  let value = false;
  for (let i = open + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) [quote, value] = ['', false];
    } else if (c === '>') return i + 1;
    else if (value && (c === '"' || c === "'")) quote = c;
    else if (c === '=') value = true;
    else if (!/\s/.test(c)) value = false;
  }
  return html.length;
}

/**
 * One bare address as a link. What closes the sentence around it stays outside: punctuation, a
 * quote, an entity such as &nbsp; and a bracket the address did not open.
 */
function linkAddress(match: string): string {
  const entity = /&(?!amp;)#?\w+;/.exec(match);
  let end = entity ? entity.index : match.length;
  const unopened = { ')': 0, ']': 0 };
  for (let i = 0; i < end; i++) {
    const c = match[i];
    if (c === ')' || c === ']') unopened[c]++;
    else if (c === '(') unopened[')']--;
    else if (c === '[') unopened[']']--;
  }
  for (; end > 0; end--) {
    const last = match[end - 1];
    if (last === ')' || last === ']') {
      if (unopened[last] <= 0) break;
      unopened[last]--;
    } else if (!/[.,;:!?'"*]/.test(last)) break;
  }
  const found = match.slice(0, end);
  const web = /^(?:https?:\/\/|www\.)/i.test(found);
  if (web && !/^(?:https?:\/\/|www\.)[^\s./]/i.test(found)) return match;
  const href = !web ? `mailto:${found}` : /^www\./i.test(found) ? `http://${found}` : found;
  return `<a href="${href}">${found}</a>${match.slice(end)}`;
}
