/**
 * How the widget reads: this format's own JSON at once, everything else (CSV, TimelineJS, JSON
 * that does not parse) after loading the formats part, which most readers never need. The result
 * is the one readEvents (read-events.ts) gives.
 */
import type { EventsInput, ReadOptions } from './formats.js';
import { failed, validateAndExplain, type ReadResult } from './validate-and-explain.js';
import { isTimelineJs } from './timelinejs.js';

export async function readEventsLazily(input: EventsInput): Promise<ReadResult> {
  try {
    const value = 'value' in input ? input.value : parseOwnJson(input);
    const options = { base: input.base, secure: input.secure };
    if (value !== NOT_OURS && !isTimelineJs(value)) return validateAndExplain({ value }, options);
    const { recognize } = await import('./formats.js');
    return validateAndExplain(recognize(input), options);
  } catch (error) {
    return failed({
      path: '',
      message: `${('name' in input && input.name) || 'the data'} could not be read: ${String(error)}`,
    });
  }
}

const NOT_OURS = Symbol('not this format');

/** The parsed JSON, or NOT_OURS when the text is CSV-like or does not parse. */
function parseOwnJson({ text, contentType = '' }: { text: string } & ReadOptions): unknown {
  if (/csv/i.test(contentType) || !/^\uFEFF?\s*[{[]/.test(text)) return NOT_OURS;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return NOT_OURS;
  }
}
