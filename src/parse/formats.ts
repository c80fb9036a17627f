/**
 * The forms of an events file other than this format's own JSON: CSV sheets, TimelineJS files and
 * sheets, and JSON that does not parse (whose problem needs a line and column). Few readers need
 * any of this, so the widget loads it only when a file calls for it (see read-events-lazily.ts);
 * the command-line check and apps use it directly through read-events.ts.
 */
import { csvParseRows } from 'd3-dsv';
import type { Problem } from '../model/types.js';
import type { Conversion } from './conversion.js';
import { convertCsv, findUnclosedQuote } from './csv.js';
import { parseJson } from './json-error.js';
import { convertTimelineJs, isTimelineJs } from './timelinejs.js';
import { convertTimelineJsSheet, isTimelineJsSheet } from './timelinejs-sheet.js';

export type Format = 'events' | 'csv' | 'timelinejs' | 'timelinejs-csv';

/** What recognising the form found: a problem, this format's data to validate, or a conversion to validate. */
export type Recognized = { problem: Problem } | { value: unknown } | { conversion: Conversion; format: Format };

export interface ReadOptions {
  /** How messages name the input, e.g. its URL or file name. */
  name?: string;
  /** The Content-Type it came with, if any: "text/csv" decides for CSV. */
  contentType?: string;
  /** What its relative addresses resolve against: its own URL (see ParseOptions.base). */
  base?: string;
  /** The page is served over https (see ParseOptions.secure). */
  secure?: boolean;
}

/** An events file as text (with how to name it and the type it came with), or as a value parsed from JSON. */
export type EventsInput = ({ text: string } & ReadOptions) | { value: unknown; base?: string; secure?: boolean };

/** Finds the form of an events file and converts it if it is not this format's own. */
export function recognize(input: EventsInput): Recognized {
  return 'value' in input ? recognizeValue(input.value) : recognizeText(input.text, input);
}

function recognizeText(text: string, { name = 'the file', contentType = '' }: ReadOptions): Recognized {
  const body = text.replace(/^\uFEFF/, ''); // the byte-order mark spreadsheet programs write
  if (body.trim() === '') return { problem: { path: '', message: `${name} is empty` } };
  if (isCsv(body, name, contentType)) {
    const unclosed = findUnclosedQuote(body);
    if (unclosed) return { problem: unclosed };
    const rows = csvParseRows(body);
    return isTimelineJsSheet(rows[0] ?? [])
      ? { conversion: convertTimelineJsSheet(rows), format: 'timelinejs-csv' }
      : { conversion: convertCsv(rows), format: 'csv' };
  }
  const json = parseJson(body, name);
  return json.problem ? { problem: json.problem } : recognizeValue(json.value);
}

/** An events file already parsed from JSON: this format, or a TimelineJS file. */
function recognizeValue(value: unknown): Recognized {
  return isTimelineJs(value)
    ? { conversion: convertTimelineJs(value as Record<string, unknown>), format: 'timelinejs' }
    : { value };
}

/** CSV by its type or name, or text that is not JSON and has a comma on its first line. */
export function isCsv(body: string, name: string, contentType: string): boolean {
  return (
    /csv/i.test(contentType) ||
    /\.csv([?#].*)?$/i.test(name) ||
    (!/json/i.test(contentType) && !/^\s*[{[]/.test(body) && /^[^\n]*,/.test(body))
  );
}
