/**
 * Reading an events file: fetch it within a time limit and a size cap, and decode it in the
 * charset it comes with. Every failure becomes a Problem that names the URL; nothing here throws.
 */
import type { Problem } from '../model/types.js';
import { charsetOf } from './decode-text.js';

export type TextResult =
  /**
   * `url`: where the file was found, after redirects: its relative addresses resolve against it.
   * `warnings`: about the decoding (an unknown charset, characters that did not decode), by line; `path` is "line 3".
   */
  | { text: string; contentType: string; url: string; warnings?: Problem[]; problem?: undefined }
  | { text?: undefined; contentType?: undefined; url?: undefined; warnings?: undefined; problem: Problem };

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds to wait for the whole file; default 10 s (also for a value that is not a positive number). */
  timeout?: number;
  /** Bytes; a larger file is refused. Default 5 MB. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** The longest delay setTimeout keeps (2^31 - 1 ms, about 24.8 days): a longer one fires at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** Types an events file can come as: JSON or CSV, or the generic types servers give unknown files. */
const ACCEPTED_TYPE =
  /^(application\/([\w.+-]+\+)?json|text\/json|text\/csv|application\/csv|text\/comma-separated-values|application\/vnd\.ms-excel|text\/plain|application\/octet-stream)$/i;

/** A body that could not be cancelled costs nothing more than one that was. */
const ignore = () => undefined;
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} ${ms === 1000 ? 'second' : 'seconds'}`;

/**
 * Fetches the text of the file at `url`. An aborted request resolves to a cancellation problem;
 * callers that aborted it ignore the result.
 */
export async function fetchText(
  url: string,
  { signal, timeout: wanted, maxBytes = DEFAULT_MAX_BYTES }: LoadOptions = {},
): Promise<TextResult> {
  const timeout =
    wanted !== undefined && wanted > 0 && wanted < Infinity ? Math.min(wanted, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
  const fail = (message: string): TextResult => ({
    problem: { path: '', message: `could not load ${url}: ${message}` },
  });
  // One controller for both reasons to stop: the caller's signal and the time limit.
  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel);
  if (signal?.aborted) cancel();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
  const stopped = (error: unknown) =>
    timedOut
      ? fail(`no answer within ${seconds(timeout)}`)
      : signal?.aborted
        ? fail('the request was cancelled')
        : fail(String(error));
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      return timedOut || signal?.aborted ? stopped(error) : fail(`the network request failed (${String(error)})`);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(ignore);
      return fail(`HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
    }
    const header = response.headers.get('content-type') ?? '';
    const contentType = header.split(';')[0].trim();
    if (contentType && !ACCEPTED_TYPE.test(contentType)) {
      void response.body?.cancel().catch(ignore);
      const page = /html/i.test(contentType) ? ' (a web page: is the address right?)' : '';
      return fail(`expected a JSON or CSV file, but the server sent ${contentType}${page}`);
    }
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) {
      void response.body?.cancel().catch(ignore);
      return fail(`the file is ${megabytes(length)}, more than the limit of ${megabytes(maxBytes)}`);
    }
    const bytes = await readBytes(response, maxBytes);
    if (bytes === 'too large') return fail(`the file is larger than the limit of ${megabytes(maxBytes)}`);
    if (typeof bytes === 'object' && 'error' in bytes) {
      return timedOut || signal?.aborted
        ? stopped(bytes.error)
        : fail(`the download broke off before the end of the file (${String(bytes.error)})`);
    }
    const { text, warnings } = await decode(bytes, charsetOf(header), controller.signal);
    // The decoder's part, for a file that is not UTF-8, is one more request within the same limit.
    if (controller.signal.aborted) return stopped(controller.signal.reason);
    // A response made in a test or a service worker may have no URL: then the one asked for.
    const found = response.url || new URL(url, document.baseURI).href;
    return warnings.length ? { text, contentType, url: found, warnings } : { text, contentType, url: found };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * The bytes as text. Most files are UTF-8 and say so, or say nothing: the browser decodes them
 * here. Anything else (a byte order mark of UTF-16, a legacy charset, bytes that are not UTF-8)
 * waits for the decoder that reads every charset and names the lines that did not decode
 * (decode-text.ts), a part of its own beside the single file.
 */
async function decode(
  bytes: Uint8Array,
  charset: string | undefined,
  signal: AbortSignal,
): Promise<{ text: string; warnings: Problem[] }> {
  if (!charset || /^utf-?8$/i.test(charset)) {
    try {
      // A UTF-16 byte order mark is never UTF-8; a UTF-8 one is dropped, as decode-text.ts drops it.
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
    } catch {
      // Not UTF-8 after all: the decoder says where.
    }
  }
  try {
    const stopped = new Promise<never>((_, reject) => signal.addEventListener('abort', reject, { once: true }));
    return (await Promise.race([import('./decode-text.js'), stopped])).decodeText(bytes, charset);
  } catch {
    // The part could not be fetched (offline, blocked): the text as UTF-8, and the reason why not more.
    const message = 'the file is not UTF-8, and its decoder could not be loaded';
    return { text: new TextDecoder().decode(bytes), warnings: [{ path: '', message }] };
  }
}

/** The body, stopping as soon as it passes the cap, so a huge file costs the reader no more than the cap. */
async function readBytes(response: Response, maxBytes: number): Promise<Uint8Array | 'too large' | { error: unknown }> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(ignore);
        return 'too large';
      }
      chunks.push(value);
    }
  } catch (error) {
    return { error };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  return bytes;
}
