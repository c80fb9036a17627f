/**
 * Reading an events file: fetch it, then parse the JSON with a message that says where it broke.
 * Every failure becomes a Problem; nothing here throws.
 */
import type { Problem } from '../model/types.js';
import { findJsonError } from './json-error.js';

export type JsonResult = { value: unknown; problem?: undefined } | { value?: undefined; problem: Problem };

/** Parses JSON text; a syntax error names its line and column, as an editor would show them. */
export function parseJson(text: string, name = 'the file'): JsonResult {
  if (text.trim() === '') return { problem: { path: '', message: `${name} is empty` } };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const found = findJsonError(text);
    const detail = found ? `at ${describePosition(text, found.offset)}: ${found.message}` : String(error);
    return { problem: { path: '', message: `${name} is not valid JSON ${detail}` } };
  }
}

/** "line 3, column 14" for a 0-based character offset. */
export function describePosition(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/**
 * Fetches and parses the file at `url`. An aborted request resolves to an abort problem; callers
 * that aborted it ignore the result.
 */
export async function loadJson(url: string, signal?: AbortSignal): Promise<JsonResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    const aborted = signal?.aborted ?? false;
    return { problem: { path: '', message: aborted ? `loading ${url} was cancelled` : `could not load ${url}: the network request failed (${String(error)})` } };
  }
  if (!response.ok) {
    return { problem: { path: '', message: `could not load ${url}: HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}` } };
  }
  try {
    return parseJson(await response.text(), url);
  } catch (error) {
    return { problem: { path: '', message: `could not read ${url}: ${String(error)}` } };
  }
}
