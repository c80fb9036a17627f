#!/usr/bin/env node
// `npx event-timeline validate FILE...`: checks events files (JSON, CSV or TimelineJS) before they
// are published, with the widget's own reading, decoding and validation (dist/validate.js, built
// from src/).
// Exit status: 0 when every file is valid (warnings allowed), 1 when any file has an error,
// 2 when the command is misused or a file cannot be read.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

const USAGE = `Usage: event-timeline validate [--json] [--encoding LABEL] [--base URL] FILE...

Checks events files (events.json, a .csv sheet, a TimelineJS file) the way <event-timeline> reads them,
and prints every problem with where it is. Exits with 1 if any file has an error, so a CMS or CI can
refuse it; warnings alone exit with 0. --json prints the results as JSON instead.
Files are read as UTF-8, or as UTF-8 or UTF-16 when they start with a byte order mark.
--encoding LABEL reads files without a byte order mark in another encoding, as a server's charset
would: windows-1252, iso-8859-1, shift_jis, utf-16le or any other label a browser knows.
--base URL checks files as they will be served at URL (https://news.example/data/story/events.json):
their relative addresses (img/a.jpg, /static/a.jpg, //host/a.jpg) resolve against it, and each is
named with what it resolved to. Without it they are kept as written, and counted.`;

/** How decode-text.ts's warning about characters that did not decode begins. */
const UNREADABLE = 'some characters could not be read as ';

/** Errors, then warnings, printed for a file; the rest are counted. */
const LISTED = 100;

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Text from a file (or a file's name, given whole), safe to print: control characters escaped, cut
 * after 200 or `max` characters (dist/validate.js).
 */
let printable;

const megabytes = (n) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** What a file that is not a regular file is, for the one line that refuses it. */
function kindOf(stats) {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The bytes of a regular file, at most `max`: `{ bytes }`, or `{ refused }` with the reason. Opened
 * without blocking (a named pipe with no writer would wait forever), refused unless a regular file
 * (/dev/zero and /dev/urandom never end), and read in chunks that stop one byte past `max`: a file
 * can grow after `stat`, and a device can claim any size.
 */
async function readBounded(file, max) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { refused: error.code ?? error.message };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { refused: `${kindOf(stats)}, not a regular file` };
    if (stats.size > max) return { tooLarge: `the file is ${megabytes(stats.size)}, more than` };
    const chunks = [];
    let total = 0;
    while (total <= max) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > max) return { tooLarge: 'the file is larger than' };
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { refused: error.code ?? error.message };
  } finally {
    await handle.close();
  }
}

/** The command line: `{ json, encoding, files }`, or a usage error. */
function parseArgs(args) {
  const options = { json: false, encoding: undefined, base: undefined, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--encoding' || arg.startsWith('--encoding=')) {
      options.encoding = arg === '--encoding' ? args[++i] : arg.slice('--encoding='.length);
      if (!options.encoding) return { usage: true };
      try {
        new TextDecoder(options.encoding);
      } catch {
        return { unknownEncoding: options.encoding };
      }
    } else if (arg === '--base' || arg.startsWith('--base=')) {
      options.base = arg === '--base' ? args[++i] : arg.slice('--base='.length);
      if (!/^https?:\/\/./i.test(options.base ?? '') || !URL.canParse(options.base)) return { usage: true };
    } else if (arg.startsWith('-')) return { usage: true };
    else options.files.push(arg);
  }
  return options.files.length ? options : { usage: true };
}

async function main(argv) {
  const [command, ...args] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return (console.log(USAGE), 0);
  const options = command === 'validate' ? parseArgs(args) : { usage: true };
  if (options.usage) return (console.error(USAGE), 2);
  let core;
  try {
    core = await import('../dist/validate.js');
    printable = core.printable;
  } catch (error) {
    console.error(
      `event-timeline: the validator is not built (${error.code ?? error.message}); run \`npm run build\` first`,
    );
    return 2;
  }
  if (options.unknownEncoding !== undefined) {
    console.error(
      `event-timeline: unknown encoding '${printable(options.unknownEncoding, 40)}' for --encoding: ` +
        'use a label such as windows-1252, iso-8859-1 or utf-16le',
    );
    return 2;
  }
  let status = 0;
  const results = [];
  for (const file of options.files) {
    const read = await readBounded(file, core.DEFAULT_MAX_BYTES);
    if (read.refused) {
      console.error(`${printable(file, Infinity)}: cannot be read (${printable(read.refused)})`);
      status = 2;
      continue;
    }
    let result;
    if (read.tooLarge) {
      const message = `${read.tooLarge} the limit of ${megabytes(core.DEFAULT_MAX_BYTES)} the widget loads`;
      result = { timeline: null, errors: [{ path: '', message }], warnings: [] };
    } else {
      const { text, warnings } = core.decodeText(read.bytes, options.encoding);
      const contentType = /\.csv$/i.test(file) ? 'text/csv' : '';
      result = core.readEvents({ text, name: file, contentType, base: options.base });
      result.warnings = [...warnings, ...result.warnings];
    }
    if (result.errors.length && status === 0) status = 1;
    results.push({
      file,
      format: result.format ?? null,
      events: result.timeline?.events.length ?? 0,
      errors: result.errors,
      warnings: result.warnings,
      relative: result.relative ?? [],
    });
  }
  if (options.json) {
    console.log(JSON.stringify(results, null, 2));
    return status;
  }
  for (const { file, format, events, errors, warnings, relative } of results) {
    const summary = errors.length
      ? `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}: the widget will not show it`
      : `valid, ${plural(events, 'event')}${format && format !== 'events' ? ` (read as ${format})` : ''}${warnings.length ? `, ${plural(warnings.length, 'warning')}` : ''}`;
    console.log(`${printable(file, Infinity)}: ${summary}`);
    // A message may quote the file at length (its name, values); a path is rarely longer than 60 characters.
    const line = ({ path, message }) => (path ? `${printable(path)}: ` : '') + printable(message, 400);
    // A file of 100,000 rows may warn on each: the first ones show what to fix, --json has them all.
    const listed = (problems, kind) => {
      for (const problem of problems.slice(0, LISTED)) console.log(`  ${kind.padEnd(8)} ${line(problem)}`);
      if (problems.length > LISTED)
        console.log(
          `  ${kind.padEnd(8)} and ${(problems.length - LISTED).toLocaleString('en')} more (--json lists them all)`,
        );
    };
    listed(errors, 'error');
    listed(warnings, 'warning');
    if (options.base)
      for (const { path, address, resolved } of relative.slice(0, LISTED))
        console.log(`  resolved ${printable(path)}: ${printable(address)} → ${printable(resolved)}`);
    else if (relative.length)
      console.log(
        `  note     ${relative.length} ${relative.length === 1 ? 'address is' : 'addresses are'} relative to the file, resolved where it is served: --base URL resolves them here`,
      );
    if (!options.encoding && warnings.some((w) => w.message.startsWith(UNREADABLE)))
      console.log('  (a file saved by Excel or another Windows program may need --encoding windows-1252)');
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
