/**
 * One entry for every form an events file comes in: this format's JSON, a CSV sheet, a TimelineJS
 * file or a CSV made from TimelineJS's template. It finds the form, converts it, validates the
 * result with parseTimeline and says each problem in the terms of the input. The widget and the
 * command-line check both use it, so a producer gets the same messages from either. Never throws.
 */
import { csvParseRows } from 'd3-dsv';
import type { Problem } from '../model/types.js';
import type { Conversion } from './conversion.js';
import { convertCsv } from './csv.js';
import { parseJson } from './load.js';
import { parseTimeline, type ParseResult } from './parse-timeline.js';
import { convertTimelineJs, isTimelineJs } from './timelinejs.js';
import { convertTimelineJsSheet, isTimelineJsSheet } from './timelinejs-sheet.js';

export type Format = 'events' | 'csv' | 'timelinejs' | 'timelinejs-csv';

export interface ReadResult extends ParseResult {
  /** The form the input was recognised as; undefined when it could not be read at all. */
  format?: Format;
}

export interface ReadOptions {
  /** How messages name the input, e.g. its URL or file name. */
  name?: string;
  /** The Content-Type it came with, if any: "text/csv" decides for CSV. */
  contentType?: string;
}

const fail = (problem: Problem): ReadResult => ({ timeline: null, errors: [problem], warnings: [] });

/** Reads the text of an events file in any of the forms. */
export function readEventsText(text: string, { name = 'the file', contentType = '' }: ReadOptions = {}): ReadResult {
  try {
    const body = text.replace(/^\uFEFF/, ''); // the byte-order mark spreadsheet programs write
    if (body.trim() === '') return fail({ path: '', message: `${name} is empty` });
    const csv = /csv/i.test(contentType) || /\.csv([?#].*)?$/i.test(name) || (!/json/i.test(contentType) && !/^\s*[{[]/.test(body) && /^[^\n]*,/.test(body));
    if (csv) {
      const rows = csvParseRows(body);
      return isTimelineJsSheet(rows[0] ?? []) ? finish(convertTimelineJsSheet(rows), 'timelinejs-csv') : finish(convertCsv(rows), 'csv');
    }
    const json = parseJson(body, name);
    return json.problem ? fail(json.problem) : readEventsValue(json.value);
  } catch (error) {
    return fail({ path: '', message: `${name} could not be read: ${String(error)}` });
  }
}

/** Reads an events file already parsed from JSON: this format, or a TimelineJS file. */
export function readEventsValue(value: unknown): ReadResult {
  try {
    if (isTimelineJs(value)) return finish(convertTimelineJs(value as Record<string, unknown>), 'timelinejs');
    return { ...parseTimeline(value), format: 'events' };
  } catch (error) {
    return fail({ path: '', message: `the data could not be read: ${String(error)}` });
  }
}

function finish(conversion: Conversion, format: Format): ReadResult {
  const result = parseTimeline(conversion.file);
  const said = conversion.errors.map((p) => p.path);
  // A field the conversion already refused would be reported again as missing: say it once.
  const fresh = (p: Problem) => !said.some((path) => path === p.path || path.startsWith(p.path + '.') || path.startsWith(p.path + ','));
  const translate = (problems: Problem[]) => problems.map(conversion.translate).filter((p): p is Problem => p !== null && fresh(p));
  const errors = [...conversion.errors, ...translate(result.errors)];
  return {
    timeline: errors.length ? null : result.timeline,
    errors,
    warnings: [...conversion.warnings, ...translate(result.warnings)],
    format,
  };
}
