/**
 * The last step of reading any form of events file: validate with parseTimeline and say each
 * problem in the terms of the input ("row 7, column start"). Shared by the eager reader
 * (read-events.ts) and the widget's lazy one (read-lazily.ts).
 */
import type { Problem } from '../model/types.js';
import type { Conversion } from './conversion.js';
import type { Format, Read } from './formats.js';
import { parseTimeline, type ParseResult } from './parse-timeline.js';

export interface ReadResult extends ParseResult {
  /** The form the input was recognised as; undefined when it could not be read at all. */
  format?: Format;
}

export const fail = (problem: Problem): ReadResult => ({ timeline: null, errors: [problem], warnings: [] });

export function settle(read: Read): ReadResult {
  if ('problem' in read) return fail(read.problem);
  if ('value' in read) return { ...parseTimeline(read.value), format: 'events' };
  return finish(read.conversion, read.format);
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
