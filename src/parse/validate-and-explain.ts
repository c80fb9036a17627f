/**
 * The last step of reading any form of events file: validate with parseTimeline and say each
 * problem in the terms of the input ("row 7, column start"). Shared by the eager reader
 * (read-events.ts) and the widget's lazy one (read-events-lazily.ts).
 */
import type { Problem } from '../model/types.js';
import { placesOf, type Conversion } from './conversion.js';
import type { Format, Recognized } from './formats.js';
import { parseTimeline, type ParseOptions, type ParseResult } from './parse-timeline.js';

export interface ReadResult extends ParseResult {
  /** The form the input was recognised as; undefined when it could not be read at all. */
  format?: Format;
}

/** The result of an input that could not be read at all. */
export const failed = (problem: Problem): ReadResult => ({ timeline: null, errors: [problem], warnings: [] });

/** @param options what the file's relative addresses resolve against (see ParseOptions) */
export function validateAndExplain(recognized: Recognized, options: ParseOptions = {}): ReadResult {
  if ('problem' in recognized) return failed(recognized.problem);
  if ('value' in recognized) return { ...parseTimeline(recognized.value, options), format: 'events' };
  return explainConversion(recognized.conversion, recognized.format, options);
}

/** Validates a converted file and says its problems in the input's own terms, each once. */
function explainConversion(conversion: Conversion, format: Format, options: ParseOptions): ReadResult {
  const result = parseTimeline(conversion.file, options);
  const said = placesOf(conversion.errors);
  // A field the conversion already refused would be reported again as missing: say it once.
  const fresh = (p: Problem) => !said.has(p.path);
  const translate = (problems: Problem[]) =>
    problems.map(conversion.translate).filter((p): p is Problem => p !== null && fresh(p));
  const errors = [...conversion.errors, ...translate(result.errors)];
  return {
    timeline: errors.length ? null : result.timeline,
    errors,
    warnings: [...conversion.warnings, ...translate(result.warnings)],
    relative: result.relative?.map((r) => ({
      ...r,
      path: conversion.translate({ path: r.path, message: '' })?.path ?? r.path,
    })),
    format,
  };
}
