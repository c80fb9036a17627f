/**
 * A file's bytes as text, in the charset it comes with: a byte order mark (UTF-8, UTF-16LE or
 * UTF-16BE) wins, then the charset the server declares (or the CLI's --encoding), any label that
 * TextDecoder reads (windows-1252, latin1, shift_jis…); otherwise UTF-8. Characters that do not
 * decode become U+FFFD and a warning names their lines, so a file saved in another encoding is
 * not read as garbage in silence. Pure: the widget (fetch-text.ts) and the CLI (validate.ts) share it.
 */
import type { Problem } from '../model/types.js';
import { quote } from '../util/quote.js';

export interface DecodedText {
  text: string;
  warnings: Problem[];
  /** The WHATWG name of the encoding read: 'utf-8', 'utf-16le', 'windows-1252'… */
  encoding: string;
}

/** Lines named in the warning; more are counted. */
const LINES_NAMED = 5;

/** The `charset` parameter of a Content-Type header (`text/csv; charset=windows-1252`), if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

/** The encoding a byte order mark at the start of `bytes` names. */
function bomOf(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Decodes `bytes` (see the file's comment); `charset` is the declared label, if any. Never throws. */
export function decodeText(bytes: Uint8Array, charset?: string): DecodedText {
  const warnings: Problem[] = [];
  let encoding = bomOf(bytes);
  if (!encoding && charset) {
    try {
      encoding = new TextDecoder(charset).encoding;
    } catch {
      warnings.push({ path: '', message: `unknown charset ${quote(charset)}: the file was read as UTF-8` });
    }
  }
  encoding ??= 'utf-8';
  // A server may declare a legacy charset for every file (Apache's AddDefaultCharset ISO-8859-1),
  // and JSON is UTF-8 by its standard. Text with multi-byte characters that is valid UTF-8 is
  // almost never meant as Latin-1 ("Café" read as "CafÃ©"): it is read as UTF-8, with a warning.
  if (charset && !bomOf(bytes) && !encoding.startsWith('utf')) {
    const utf8 = decodeStrictly(bytes, 'utf-8');
    if (utf8 !== undefined && /[^\0-\x7f]/.test(utf8))
      return {
        text: utf8,
        warnings: [
          { path: '', message: `the file is declared as ${quote(charset)} but is UTF-8: it was read as UTF-8` },
        ],
        encoding: 'utf-8',
      };
  }
  let text: string;
  const strict = decodeStrictly(bytes, encoding);
  if (strict !== undefined) text = strict;
  else {
    text = new TextDecoder(encoding).decode(bytes);
    warnings.push(unreadable(text, encoding));
  }
  return { text, warnings, encoding };
}

/** The text, or undefined when the bytes are not valid in `encoding`. */
function decodeStrictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The warning for a text with replacement characters: the lines they are on, and the first in context. */
function unreadable(text: string, encoding: string): Problem {
  const lines: number[] = []; // the first few
  let count = 0;
  let last = 0;
  let sample = '';
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    while (next >= 0 && next < at) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    if (!count) sample = text.slice(Math.max(lineStart, at - 20), next < 0 ? at + 20 : Math.min(next, at + 20));
    if (line !== last && ++count <= LINES_NAMED) lines.push(line);
    last = line;
  }
  const where =
    count === 1
      ? `line ${lines[0]}`
      : `lines ${lines.join(', ')}${count > LINES_NAMED ? ` and ${count - LINES_NAMED} more` : ''}`;
  const name = encoding.startsWith('utf') ? encoding.toUpperCase() : encoding;
  return {
    path: where,
    message: `some characters could not be read as ${name}; is the file saved in another encoding? (${sample.trim()})`,
  };
}
