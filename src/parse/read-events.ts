/**
 * One entry for every form an events file comes in: this format's JSON, a CSV sheet, a TimelineJS
 * file or a CSV made from TimelineJS's template. It finds the form, converts it, validates the
 * result and says each problem in the terms of the input. The command-line check and apps use it;
 * the widget reads the same way through read-lazily.ts. Never throws.
 */
import { readText, readValue, type ReadOptions } from './formats.js';
import { fail, settle, type ReadResult } from './validate-and-explain.js';

export type { Format, ReadOptions } from './formats.js';
export type { ReadResult } from './validate-and-explain.js';

/** Reads the text of an events file in any of the forms. */
export function readEventsText(text: string, options: ReadOptions = {}): ReadResult {
  try {
    return settle(readText(text, options));
  } catch (error) {
    return fail({ path: '', message: `${options.name ?? 'the file'} could not be read: ${String(error)}` });
  }
}

/** Reads an events file already parsed from JSON: this format, or a TimelineJS file. */
export function readEventsValue(value: unknown): ReadResult {
  try {
    return settle(readValue(value));
  } catch (error) {
    return fail({ path: '', message: `the data could not be read: ${String(error)}` });
  }
}
