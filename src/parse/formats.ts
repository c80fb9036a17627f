/**
 * The forms of an events file other than this format's own JSON: CSV sheets, TimelineJS files and
 * sheets, and JSON that does not parse (whose problem needs a line and column). Few readers need
 * any of this, so the widget loads it only when a file calls for it (see read-lazily.ts); the
 * command-line check and apps use it directly through read-events.ts.
 */
import { csvParseRows } from 'd3-dsv';
import type { Problem } from '../model/types.js';
import type { Conversion } from './conversion.js';
import { convertCsv } from './csv.js';
import { parseJson } from './json-error.js';
import { convertTimelineJs, isTimelineJs } from './timelinejs.js';
import { convertTimelineJsSheet, isTimelineJsSheet } from './timelinejs-sheet.js';

export type Format = 'events' | 'csv' | 'timelinejs' | 'timelinejs-csv';

/** What reading found: a problem, this format's data to validate, or a conversion to validate. */
export type Read = { problem: Problem } | { value: unknown } | { conversion: Conversion; format: Format };

export interface ReadOptions {
  /** How messages name the input, e.g. its URL or file name. */
  name?: string;
  /** The Content-Type it came with, if any: "text/csv" decides for CSV. */
  contentType?: string;
}

/** Reads the text of an events file in any of the forms. */
export function readText(text: string, { name = 'the file', contentType = '' }: ReadOptions = {}): Read {
  const body = text.replace(/^\uFEFF/, ''); // the byte-order mark spreadsheet programs write
  if (body.trim() === '') return { problem: { path: '', message: `${name} is empty` } };
  if (isCsv(body, name, contentType)) {
    const rows = csvParseRows(body);
    return isTimelineJsSheet(rows[0] ?? []) ? { conversion: convertTimelineJsSheet(rows), format: 'timelinejs-csv' } : { conversion: convertCsv(rows), format: 'csv' };
  }
  const json = parseJson(body, name);
  return json.problem ? { problem: json.problem } : readValue(json.value);
}

/** Reads an events file already parsed from JSON: this format, or a TimelineJS file. */
export function readValue(value: unknown): Read {
  return isTimelineJs(value) ? { conversion: convertTimelineJs(value as Record<string, unknown>), format: 'timelinejs' } : { value };
}

/** CSV by its type or name, or text that is not JSON and has a comma on its first line. */
export function isCsv(body: string, name: string, contentType: string): boolean {
  return /csv/i.test(contentType) || /\.csv([?#].*)?$/i.test(name) || (!/json/i.test(contentType) && !/^\s*[{[]/.test(body) && /^[^\n]*,/.test(body));
}
