// ASCII-only scripts. A page served as windows-1252 (or with no charset), loading a script sent with
// no charset parameter, decodes that classic script in the page's charset: every non-ASCII
// character of the widget ("−", "–", "…", luxon's digit tables) would come out garbled. Escaped as
// \uXXXX, the same characters read the same in any charset. The minified files get this from
// terser's `ascii_only`; the readable ones (dist/index.js, its chunks, dist/validate.js) from
// `escapeNonAscii` below, through the `asciiOnly` plugin in rollup.config.mjs. check-ascii.mjs
// fails the build when a shipped script still has a byte above 0x7F.

import { decode, encode } from '@jridgewell/sourcemap-codec';

const hex4 = (unit) => '\\u' + unit.toString(16).padStart(4, '0');

/**
 * Escapes every non-ASCII character of a script as \uXXXX (a character beyond U+FFFF as its
 * surrogate pair), without knowing where it stands. That is right in the places a non-ASCII
 * character can stand in generated code:
 * - strings and template literals: the escape has the same value (a template's `raw` changes,
 *   as it does with terser's ascii_only: the one String.raw in src/ is ASCII);
 * - regular expressions, with or without the `u` or `v` flag: `\uXXXX` is that code unit, and in
 *   u/v mode an escaped surrogate pair is the one code point (a source file, being UTF-8, holds no
 *   lone surrogate that could pair up with an escape beside it);
 * - comments: the text changes, not the program;
 * - identifiers: `\uXXXX` is allowed there (not a surrogate pair, so an astral identifier becomes
 *   a syntax error, which the plugin's re-parse reports, as it would non-ASCII white space
 *   between tokens).
 * A character after an odd number of backslashes was itself escaped (`\é` is `é`): the backslash
 * goes with it, and a backslash before U+2028/U+2029 (a line continuation) goes with the character.
 * Returns the code and its edits, `{ line, column, from, to }` (0-based, columns in UTF-16 units of
 * the original line, lengths before and after), so a source map can follow.
 */
export function escapeNonAscii(code) {
  const edits = [];
  let out = '';
  let line = 0;
  let lineStart = 0;
  let copied = 0; // code[copied..i] is still to be copied
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i);
    if (unit < 0x80) {
      if (unit === 10) (line++, (lineStart = i + 1));
      continue;
    }
    let start = i;
    let backslashes = 0;
    while (start - 1 - backslashes >= 0 && code.charCodeAt(start - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 1) start--;
    const astral = unit >= 0xd800 && unit <= 0xdbff && (code.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const length = astral ? 2 : 1;
    const continuation = start < i && (unit === 0x2028 || unit === 0x2029);
    const escaped = continuation ? '' : hex4(unit) + (astral ? hex4(code.charCodeAt(i + 1)) : '');
    out += code.slice(copied, start) + escaped;
    edits.push({ line, column: start - lineStart, from: i + length - start, to: escaped.length });
    i += length - 1;
    copied = i + 1;
  }
  return { code: edits.length ? out + code.slice(copied) : code, edits };
}

/**
 * A source map's `mappings` after `escapeNonAscii`'s edits: on each edited line, a segment keeps
 * pointing at the same character, now further right. Other lines stay as they are.
 */
export function shiftMappings(mappings, edits) {
  if (!edits.length) return mappings;
  const byLine = new Map();
  for (const edit of edits) byLine.set(edit.line, [...(byLine.get(edit.line) ?? []), edit]);
  const lines = decode(mappings);
  for (const [line, lineEdits] of byLine) {
    for (const segment of lines[line] ?? []) {
      const column = segment[0]; // of the original line, which each edit's column is too
      for (const edit of lineEdits) if (edit.column + edit.from <= column) segment[0] += edit.to - edit.from;
    }
  }
  return encode(lines);
}

/** The first byte above 0x7F in `bytes`, with its line and column (1-based), and how many there are; or null. */
export function findNonAscii(bytes) {
  let first = -1;
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] > 0x7f) {
      if (first < 0) first = i;
      count++;
    }
  }
  if (first < 0) return null;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < first; i++) if (bytes[i] === 10) (line++, (lineStart = i + 1));
  return { offset: first, byte: bytes[first], line, column: first - lineStart + 1, count };
}
