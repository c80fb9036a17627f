/**
 * What comes into the editor and what goes out of it. In: a file opened or dropped, text fetched
 * from an address, or cells pasted from a spreadsheet, in any form the widget reads (this format's
 * JSON, our CSV, TimelineJS JSON, TimelineJS's sheet template) plus tab-separated cells, which is
 * what a spreadsheet puts on the clipboard. Out: events.json, our CSV, and an embed code that
 * carries the data inside it. Pure apart from importUrl's fetch: no DOM, nothing is thrown.
 *
 * What an import reports. The editor runs the validator (readEvents) on the draft itself and shows
 * its problems where they are, so an import says only what the validator cannot know once the
 * file is in the editor: why the input could not be read at all (broken JSON, an empty text, a
 * value that is not an events file, a sheet without its required columns), and what a conversion
 * could not carry over, in the input's terms ("row 7, column Year"). This format's own JSON passes
 * through as it is, events in their order, with one exception: without a version it is read as
 * version 1, as the validator reads it, and the warning says so, because the exported file will
 * say version 1 and the producer should know it was not in theirs. Any other version, a value that
 * is not an object, or an object without a list of events is refused with the validator's own
 * message: there is nothing an editor of version 1 could safely edit.
 */
import { csvFormatRows, tsvParseRows } from 'd3-dsv';
import { FIELDS, REQUIRED } from '../model/events-file.js';
import type { EventEntry, Problem, SourceEntry, Theme, TimelineFile } from '../model/types.js';
import type { Conversion } from '../parse/conversion.js';
import { convertCsv } from '../parse/csv.js';
import { recognize } from '../parse/formats.js';
import { readEvents } from '../parse/read-events.js';
import { convertTimelineJsSheet, isTimelineJsSheet } from '../parse/timelinejs-sheet.js';
import { escapeAttribute } from '../embed/snippet.js';
import { charsetOf, decodeText } from '../source/decode-text.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from '../source/fetch-text.js';
import { isDict, type Dict } from '../util/dict.js';

export type ImportFormat = 'events' | 'csv' | 'timelinejs' | 'timelinejs-csv' | 'tsv' | 'timelinejs-tsv';

export interface Imported {
  /** The events file to edit, or null when nothing could be read. Always our format (version 1). */
  file: TimelineFile | null;
  format?: ImportFormat;
  /**
   * What the import could not carry over (a conversion's warnings, a missing version, characters
   * that did not decode), in the input's own terms ("row 7, column start"). Not the validator's
   * warnings about a readable file: the editor shows those itself, where they are.
   */
  warnings: Problem[];
  /** Why it could not be read at all, or the conversion's own refusals. */
  errors: Problem[];
}

const refuse = (problem: Problem, format?: ImportFormat): Imported => ({
  file: null,
  ...(format && { format }),
  warnings: [],
  errors: [problem],
});

/** A file opened or dropped, or text fetched from a URL: our JSON, our CSV, TimelineJS JSON, or the TimelineJS sheet template as CSV. */
export function importText(text: string, name: string, contentType = ''): Imported {
  try {
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() !== '' && isTsv(body, name, contentType)) return importRows(readTsv(body));
    const recognized = recognize({ text, name, contentType });
    if ('problem' in recognized) return refuse(recognized.problem);
    if ('conversion' in recognized) return fromConversion(recognized.conversion, recognized.format);
    return fromValue(recognized.value);
  } catch (error) {
    // The readers never throw by design; this keeps the editor's promise if one ever does.
    return refuse({ path: '', message: `${name} could not be read: ${String(error)}` });
  }
}

/** Cells pasted from a spreadsheet (tab-separated on the clipboard), with our columns or TimelineJS's template columns; also accepts text that is really JSON or CSV. */
export function importPasted(text: string): Imported {
  const body = text.replace(/^\uFEFF/, '');
  if (looksLikeJson(body) || !/^[^\r\n]*\t/.test(body)) return importText(text, 'the pasted text');
  try {
    return importRows(readTsv(body));
  } catch (error) {
    return refuse({ path: '', message: `the pasted text could not be read: ${String(error)}` });
  }
}

/** Fetches an address (any of the formats above) and imports it; a network failure or HTTP error is an error, not a throw. */
export async function importUrl(
  url: string,
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): Promise<Imported> {
  // Worded as the widget words a file it cannot load (fetch-text.ts), so the two read alike.
  const fail = (message: string) => refuse({ path: '', message: `could not load ${url}: ${message}` });
  let response: Response;
  try {
    response = await fetcher(url, { signal: AbortSignal.timeout(DEFAULT_TIMEOUT), credentials: 'same-origin' });
  } catch (error) {
    return (error as Error | undefined)?.name === 'TimeoutError'
      ? fail(`no answer within ${DEFAULT_TIMEOUT / 1000} seconds`)
      : fail(`the network request failed (${String(error)})`);
  }
  if (!response.ok) return fail(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
  const header = response.headers.get('content-type') ?? '';
  const contentType = header.split(';')[0].trim();
  // An address that opens a sheet for editing, not its published CSV, answers with a web page.
  if (/html/i.test(contentType))
    return fail(`expected a JSON or CSV file, but the server sent ${contentType} (a web page: is the address right?)`);
  const tooLarge = () => fail(`the file is larger than the limit of ${DEFAULT_MAX_BYTES / 1024 / 1024} MB`);
  if (Number(response.headers.get('content-length')) > DEFAULT_MAX_BYTES) return tooLarge();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return fail(`the download broke off before the end of the file (${String(error)})`);
  }
  // The widget would refuse a larger file, so a producer must not build one here.
  if (bytes.byteLength > DEFAULT_MAX_BYTES) return tooLarge();
  const decoded = decodeText(bytes, charsetOf(header));
  const imported = importText(decoded.text, url, contentType);
  return { ...imported, warnings: [...decoded.warnings, ...imported.warnings] };
}

const looksLikeJson = (body: string) => /^\s*[{[]/.test(body);

/**
 * Tab-separated by its type or name, or, when neither says CSV or JSON, text that is not JSON with
 * more tabs than commas on its first line: a spreadsheet saved as "Text (tab-delimited)" is a .txt.
 */
function isTsv(body: string, name: string, contentType: string): boolean {
  if (/tab-separated/i.test(contentType) || /\.(tsv|tab)([?#].*)?$/i.test(name)) return true;
  if (/csv|json/i.test(contentType) || /\.(csv|json)([?#].*)?$/i.test(name) || looksLikeJson(body)) return false;
  const header = body.split(/\r\n|\r|\n/, 1)[0];
  return count(header, '\t') > count(header, ',');
}

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * Cells as a spreadsheet puts them on the clipboard: a cell holding a line break or a tab comes in
 * quotes, any other cell as it is, even one that starts with a quote ("Yes", he said). d3-dsv reads
 * a leading quote as the start of a quoted cell, and a cell like that then splits into more cells
 * than the header has, or swallows the tabs after it: in that case each line is a row and each tab
 * a break between cells, which is all such a paste can mean.
 */
function readTsv(body: string): string[][] {
  const rows = tsvParseRows(body);
  const width = rows[0]?.length ?? 0;
  const misread = rows.some((cells) => cells.length > width || cells.some((cell) => cell.includes('\t')));
  return misread ? body.split(/\r\n|\r|\n/).map((line) => line.split('\t')) : rows;
}

/** Tab-separated rows, with our columns or TimelineJS's template columns in the header. */
function importRows(rows: string[][]): Imported {
  return isTimelineJsSheet(rows[0] ?? [])
    ? fromConversion(convertTimelineJsSheet(rows), 'timelinejs-tsv')
    : fromConversion(convertCsv(rows), 'tsv');
}

/**
 * A converted file, partial when the conversion found errors: the producer fixes it in the editor.
 * A conversion that refused the input as a whole (a sheet without start or title) leaves no events,
 * and an empty file would only replace the producer's timeline with nothing.
 */
function fromConversion(conversion: Conversion, format: ImportFormat): Imported {
  const file = conversion.file as TimelineFile;
  const empty = !Array.isArray(file.events) || file.events.length === 0;
  return {
    file: conversion.errors.length > 0 && empty ? null : file,
    format,
    warnings: conversion.warnings,
    errors: conversion.errors,
  };
}

/** This format's JSON: passed through as it is (see the header comment for what is refused). */
function fromValue(value: unknown): Imported {
  const said = (path: string) => {
    const problem = readEvents({ value }).errors.find((p) => p.path === path);
    return refuse(problem ?? { path, message: 'this is not an events file' }, 'events');
  };
  if (!isDict(value)) return said('');
  if (value.version !== undefined && value.version !== 1) return said('version');
  if (!Array.isArray(value.events)) return said('events');
  if (value.version === 1)
    return { file: value as unknown as TimelineFile, format: 'events', warnings: [], errors: [] };
  return {
    file: { version: 1, ...value } as TimelineFile,
    format: 'events',
    warnings: [{ path: 'version', message: 'no version: read as version 1, which the saved file will say' }],
    errors: [],
  };
}

// --- Out ---------------------------------------------------------------------------------------

/** For each object of the file, the kind of object each of its fields holds, to order them too. */
const NESTED: Partial<Record<keyof typeof FIELDS, Record<string, keyof typeof FIELDS>>> = {
  TimelineFile: { groups: 'GroupEntry', eras: 'EraEntry', events: 'EventEntry' },
  EventEntry: { sources: 'SourceEntry', media: 'MediaEntry' },
};

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isDict(value) && Object.keys(value).length === 0);

/**
 * The value with each object's fields in the schema's order (fields the schema does not know
 * after them, as written: the validator warns about them, the export does not lose them), and
 * without the empty values a form leaves behind. Items of a list stay, even empty, so that an
 * event keeps its place; a required list stays, even empty (a file without events says so).
 */
function tidy(value: unknown, kind?: keyof typeof FIELDS): unknown {
  if (Array.isArray(value)) return value.map((item) => tidy(item, kind));
  if (!isDict(value)) return value;
  const known: readonly string[] = kind ? FIELDS[kind] : [];
  const required: readonly string[] = kind ? REQUIRED[kind] : [];
  const keys = [...known.filter((key) => key in value), ...Object.keys(value).filter((key) => !known.includes(key))];
  const out: Dict = {};
  for (const key of keys) {
    const field = tidy(value[key], kind && NESTED[kind]?.[key]);
    if (!isEmpty(field) || (Array.isArray(field) && required.includes(key))) out[key] = field;
  }
  return out;
}

/** The file's fields in the schema's order, version 1 first whatever the draft holds, without `$schema`. */
function tidyFile(file: TimelineFile): Dict {
  const fields = Object.entries(tidy(file, 'TimelineFile') as Dict);
  return { version: 1, ...Object.fromEntries(fields.filter(([key]) => key !== '$schema' && key !== 'version')) };
}

/** The file as events.json: `$schema` "./events.schema.json" first, then version, then the rest in schema order, 2-space indented, ending in a newline. Empty strings, empty arrays and undefined fields are left out. */
export function toJson(file: TimelineFile): string {
  // A file that names its schema elsewhere (an absolute address) keeps it.
  const schema = typeof file.$schema === 'string' && file.$schema.trim() ? file.$schema : './events.schema.json';
  return JSON.stringify({ $schema: schema, ...tidyFile(file) }, null, 2) + '\n';
}

/** Our CSV's columns for an event's fields, in the order of convertCsv's COLUMNS (csv.ts), which it does not export. */
const BEFORE_SOURCES: Array<[string, keyof EventEntry]> = [
  ['id', 'id'],
  ['start', 'start'],
  ['end', 'end'],
  ['title', 'title'],
  ['description', 'description'],
  ['group', 'group'],
  ['place', 'place'],
  ['note', 'note'],
];
const MEDIA_PARTS = ['url', 'alt', 'caption', 'credit', 'link', 'thumbnail'] as const;
const AFTER_MEDIA: Array<[string, keyof EventEntry]> = [
  ['circa', 'circa'],
  ['display_date', 'displayDate'],
  ['importance', 'importance'],
  ['time_zone', 'timeZone'],
  ['lang', 'lang'],
];
const SOURCE_PARTS = ['name', 'url', 'date'] as const;
/** convertCsv refuses a sheet without these, even one without events. */
const REQUIRED_COLUMNS = ['start', 'title'];

/** A cell as convertCsv reads it back: numbers and flags as written, anything else as JSON, not "[object Object]". */
function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The events as our CSV (the columns convertCsv reads, only those any event uses, in COLUMNS order; sources as source_name, source_url, source_date, then source_name_2 …). Importing the result with importText(…, 'x.csv') gives the same events back. File-level fields (title, eras, groups' labels) cannot go into a sheet. */
export function toCsv(file: TimelineFile): string {
  // A sheet has no place for the file's time zone and language: each row says them, so that the
  // times and the text of an event still mean what they meant.
  const events = (Array.isArray(file.events) ? file.events : []).map((event) => ({
    ...event,
    timeZone: event.timeZone || file.timeZone,
    lang: event.lang || file.lang,
  }));
  const sources = (event: EventEntry): Array<Partial<SourceEntry>> =>
    Array.isArray(event.sources) ? event.sources : [];
  const mostSources = Math.max(0, ...events.map((event) => sources(event).length));
  const columns: Array<[string, (event: EventEntry) => unknown]> = [
    ...BEFORE_SOURCES.map(([column, field]): [string, (event: EventEntry) => unknown] => [column, (e) => e[field]]),
    ...Array.from({ length: mostSources }, (_, n) =>
      SOURCE_PARTS.map((part): [string, (event: EventEntry) => unknown] => [
        `source_${part}${n === 0 ? '' : `_${n + 1}`}`,
        (e) => sources(e)[n]?.[part],
      ]),
    ).flat(),
    ...MEDIA_PARTS.map((part): [string, (event: EventEntry) => unknown] => [`media_${part}`, (e) => e.media?.[part]]),
    ...AFTER_MEDIA.map(([column, field]): [string, (event: EventEntry) => unknown] => [column, (e) => e[field]]),
  ];
  const used = columns.filter(
    ([column, read]) => REQUIRED_COLUMNS.includes(column) || events.some((event) => cellOf(read(event)).trim() !== ''),
  );
  return (
    csvFormatRows([
      used.map(([column]) => column),
      ...events.map((event) => used.map(([, read]) => cellOf(read(event)))),
    ]) + '\n'
  );
}

/** JSON that cannot end the script element it is in, nor open a comment there: `<` is written \u003c. */
function scriptSafe(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The self-contained embed: the script tag of the single file and the element with the data inline as a JSON child, for a CMS HTML block, nothing else to host. The JSON must not be able to end the script element: escape `<` as \u003c (and U+2028/2029) inside it. */
export function inlineEmbed(
  file: TimelineFile,
  options: { scriptUrl: string; id: string; locale?: string; theme?: Theme },
): string {
  const attributes = (['id', 'locale', 'theme'] as const)
    .filter((name) => options[name] !== undefined && options[name] !== '')
    .map((name) => ` ${name}="${escapeAttribute(String(options[name]))}"`)
    .join('');
  const json = scriptSafe(JSON.stringify(tidyFile(file), null, 2));
  return (
    `<script src="${escapeAttribute(options.scriptUrl)}" defer></script>\n` +
    `<event-timeline${attributes} link-selection>\n<script type="application/json">\n${json}\n</script>\n</event-timeline>`
  );
}
