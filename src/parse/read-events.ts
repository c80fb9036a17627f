/**
 * One entry for every form an events file comes in: this format's JSON, a CSV sheet, a TimelineJS
 * file or a CSV made from TimelineJS's template, as text or as a value already parsed from JSON.
 * It recognises the form, converts it, validates the result and says each problem in the terms
 * of the input. The command-line check and apps use it; the widget reads the same way, loading
 * the rarer forms only when a file needs them (read-events-lazily.ts). Never throws.
 */
import { recognize, type EventsInput, type ReadOptions } from './formats.js';
import { failed, validateAndExplain, type ReadResult } from './validate-and-explain.js';

export type { EventsInput, Format, ReadOptions } from './formats.js';
export type { ReadResult } from './validate-and-explain.js';

export function readEvents(input: EventsInput): ReadResult {
  try {
    return validateAndExplain(recognize(input), { base: input.base, secure: input.secure });
  } catch (error) {
    const name = 'text' in input ? (input.name ?? 'the file') : 'the data';
    return failed({ path: '', message: `${name} could not be read: ${String(error)}` });
  }
}

/** @deprecated Use `readEvents({ text, ...options })`. */
export const readEventsText = (text: string, options: ReadOptions = {}): ReadResult => readEvents({ ...options, text });

/** @deprecated Use `readEvents({ value })`. */
export const readEventsValue = (value: unknown): ReadResult => readEvents({ value });
