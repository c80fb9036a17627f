/**
 * TimelineJS files, converted so that an existing timeline moves over by changing one attribute:
 * `{ "title": { "text": { "headline", "text" } }, "events": [{ "start_date": { "year", "month",
 * "day", "hour", "minute", "second" }, "end_date", "text": { "headline", "text" }, "media",
 * "group", "display_date", "unique_id" }], "eras": [...] }`. Numbers may be written as strings, as
 * TimelineJS allows; a date's precision is the set of fields present. HTML in a headline becomes
 * text; HTML in a text goes to the description, which is sanitised when it is shown.
 */
import type { EraEntry, EventEntry, MediaEntry, Problem } from '../model/types.js';
import { isDict, type Dict } from '../util/dict.js';
import { quote } from '../util/quote.js';
import { placesOf, splitIndex, type Conversion } from './conversion.js';
import { htmlToText } from './html-text.js';
import { MAX_EVENTS, tooManyEvents } from './parse-timeline.js';

/** A TimelineJS file has events with a start_date, and none of this format's version. */
export function isTimelineJs(value: unknown): boolean {
  return (
    isDict(value) &&
    value.version === undefined &&
    Array.isArray(value.events) &&
    value.events.some((e) => isDict(e) && 'start_date' in e)
  );
}

const PARTS = [
  ['year', -Infinity, Infinity],
  ['month', 1, 12],
  ['day', 1, 31],
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
] as const;

/** Event fields of the converted file and where they came from in the TimelineJS file. */
const ORIGINS: Record<string, string> = {
  id: 'unique_id',
  start: 'start_date',
  end: 'end_date',
  title: 'text.headline',
  description: 'text.text',
};

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/**
 * "2016", "2016-07", "2016-09-08T22:00" from a TimelineJS date object; years before year 1 or
 * after 9999 in ISO expanded form, and deep-time years as plain negative numbers.
 */
function composeDate(raw: unknown, path: string, errors: Problem[]): string | undefined {
  if (!isDict(raw)) {
    errors.push({ path, message: `expected a date { "year": 2016, "month": 9, "day": 8 }; got ${quote(raw)}` });
    return undefined;
  }
  const values: number[] = [];
  for (const [name, min, max] of PARTS) {
    const value = raw[name];
    if (value === undefined || value === null || value === '') break;
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
  const [year, month, day, hour, minute, second] = values;
  if (values.length === 1 && year < 0) return String(year);
  const text = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(year, 6)}`;
  const time =
    hour === undefined
      ? ''
      : `T${pad(hour, 2)}:${pad(minute ?? 0, 2)}${second === undefined ? '' : ':' + pad(second, 2)}`;
  return [text, month && pad(month, 2), day && pad(day, 2)].filter(Boolean).join('-') + time;
}

/**
 * The fields that have a value, as JSON would write them: what a value of the file holds is kept
 * as it is, never copied, so no depth or cycle in it can fail the conversion.
 */
const defined = <T extends object>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;

const text = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

export function convertTimelineJs(input: Dict): Conversion {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const groups = new Set<string>();
  const rawEvents = Array.isArray(input.events) ? input.events : [];
  if (rawEvents.length > MAX_EVENTS) return refused({ path: 'events', message: tooManyEvents(rawEvents.length) });
  const events = rawEvents.map((raw, i): Partial<EventEntry> | unknown => {
    const path = `events[${i}]`;
    if (!isDict(raw)) return raw;
    const content = isDict(raw.text) ? raw.text : {};
    const group = text(raw.group)?.trim();
    if (group) groups.add(group);
    if (raw.display_date !== undefined) {
      warnings.push({
        path: `${path}.display_date`,
        message:
          'display_date is not shown: the timeline labels each date from start_date, as precisely as it is given',
      });
    }
    const headline = text(content.headline);
    return defined({
      id: text(raw.unique_id)?.trim() || `event-${i + 1}`,
      start: raw.start_date === undefined ? undefined : composeDate(raw.start_date, `${path}.start_date`, errors),
      end: raw.end_date === undefined ? undefined : composeDate(raw.end_date, `${path}.end_date`, errors),
      title: headline === undefined ? undefined : htmlToText(headline),
      description: text(content.text),
      group: group || undefined,
      sources: [],
      media: convertMedia(raw.media, `${path}.media`, warnings),
    });
  });
  const eras = (Array.isArray(input.eras) ? input.eras : []).map((raw, i): Partial<EraEntry> | unknown => {
    if (!isDict(raw)) return raw;
    const headline = isDict(raw.text) ? text(raw.text.headline) : undefined;
    return defined({
      id: `era-${i + 1}`,
      start: raw.start_date === undefined ? undefined : composeDate(raw.start_date, `eras[${i}].start_date`, errors),
      end: raw.end_date === undefined ? undefined : composeDate(raw.end_date, `eras[${i}].end_date`, errors),
      label: headline === undefined ? undefined : htmlToText(headline),
    });
  });
  const slide = isDict(input.title) && isDict(input.title.text) ? input.title.text : {};
  const title = text(slide.headline);
  const description = text(slide.text);
  const file = defined({
    version: 1,
    title: title && htmlToText(title),
    description: description && htmlToText(description),
    groups: [...groups].map((id) => ({ id, label: id })),
    eras,
    events,
  });
  if (rawEvents.length > 0)
    warnings.push({ path: '', message: 'TimelineJS files name no sources: the events are shown without them' });

  let refusedDates: Set<string> | undefined;
  const translate = (problem: Problem): Problem | null => {
    if (/^events\[\d+\]\.sources$/.test(problem.path)) return null; // said once, above
    const said = translatePath(problem);
    // A date the conversion refused is missing from the file: it has been said already.
    return (refusedDates ??= placesOf(errors)).has(said.path) ? null : said;
  };
  const translatePath = (problem: Problem): Problem => {
    if (problem.path === 'title') return { ...problem, path: 'title.text.headline' };
    if (problem.path === 'description') return { ...problem, path: 'title.text.text' };
    const at = splitIndex(problem.path);
    if (!at) return problem;
    const [list, index, rest] = at;
    const origin =
      list === 'eras' ? { start: 'start_date', end: 'end_date', label: 'text.headline' }[rest] : ORIGINS[rest];
    const message = problem.message
      .replace(/^'(title|label)' is required$/, "'headline' is required")
      .replace(/^'(start|end)' is required.*$/, (_, key) => `'${key}_date' is required`);
    return { path: `${list}[${index}]${origin ? '.' + origin : rest ? '.' + rest : ''}`, message };
  };
  return { file, errors, warnings, translate };
}

/** A file refused as a whole, before any of its events is converted. */
export const refused = (problem: Problem): Conversion => ({
  file: { version: 1, events: [] },
  errors: [problem],
  warnings: [],
  translate: () => null,
});

/** TimelineJS media may be an embed code rather than an address; that is left out, with a warning. */
function convertMedia(raw: unknown, path: string, warnings: Problem[]): Partial<MediaEntry> | unknown {
  if (!isDict(raw)) return raw;
  const url = text(raw.url)?.trim();
  if (!url) return undefined;
  if (url.startsWith('<')) {
    warnings.push({
      path: `${path}.url`,
      message: 'embedded HTML media is not shown; give the address of an image or a page instead',
    });
    return undefined;
  }
  const credit = text(raw.credit);
  return defined({ url, alt: text(raw.alt), caption: text(raw.caption), credit: credit && htmlToText(credit) });
}
