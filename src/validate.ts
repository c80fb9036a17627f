/**
 * The core of the command-line check (`npx event-timeline validate`, bin/event-timeline.mjs),
 * built for Node as dist/validate.js. It is the same reading and validation the widget does, so a
 * producer gets the same messages from a pipeline as from the page.
 */
import { decodeText as decode, type DecodedText } from './source/decode-text.js';

export { readEvents, readEventsText, type EventsInput, type Format, type ReadResult } from './parse/read-events.js';
export { DEFAULT_MAX_BYTES } from './source/fetch-text.js';
export { charsetOf, type DecodedText } from './source/decode-text.js';
export { parseDateValue } from './model/date-value.js';

/** windows-1252's characters for the bytes 0x80 to 0x9F (five of them undefined, kept as they are). */
const WINDOWS_1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/**
 * The widget's decoding (source/decode-text.ts), for Node: Node 20's TextDecoder reads
 * windows-1252 (and the labels that mean it: latin1, iso-8859-1, ascii…) as Latin-1, so the bytes
 * 0x80 to 0x9F, such as windows-1252's "–" and "€", would become control characters. Browsers read
 * them right, so the widget does not carry this.
 */
export function decodeText(bytes: Uint8Array, charset?: string): DecodedText {
  const decoded = decode(bytes, charset);
  if (decoded.encoding !== 'windows-1252') return decoded;
  return { ...decoded, text: decoded.text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]) };
}

/**
 * Control characters (C0, DEL, C1), bidirectional controls and line separators: with them, a file
 * could move the cursor, recolour or rewrite what a terminal shows, or reverse its text.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text from a file as it is safe to print in a terminal: control characters escaped as \uXXXX
 * (`\u001b`), and cut after `max` characters, saying how long it was: "xxx… (1,048,586 characters)".
 */
export function printable(text: string, max = 200): string {
  let shown = text.length > max ? text.slice(0, max) : text;
  if (/[\ud800-\udbff]$/.test(shown)) shown = shown.slice(0, -1); // not half a character
  const escaped = shown.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown === text ? escaped : `${escaped}\u2026 (${text.length.toLocaleString('en-US')} characters)`;
}
