// `npx event-timeline validate` on files that attack the terminal or the machine running it, and on
// files in other encodings than UTF-8. Runs the real bin against dist/validate.js, which
// `npm run test:node` builds first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { JSON_FILE, SHEET, TITLE, utf16, windows1252 } from '../fixtures/charset/files.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) =>
  spawnSync(process.execPath, ['bin/event-timeline.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10_000, // a hang is a failure, not a stuck test run
    maxBuffer: 64 * 1024 * 1024,
  });
const dir = mkdtempSync(join(tmpdir(), 'event-timeline-hostile-'));
const write = (name, content) => (writeFileSync(join(dir, name), content), join(dir, name));

/** Characters that a terminal acts on or that reorder text: none may reach it from a file. */
const RAW_CONTROLS =
  // eslint-disable-next-line no-control-regex -- finding them is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

test('control characters from a file are printed escaped: an ANSI sequence cannot rewrite the terminal', () => {
  const overwrite = '\u001b[2K\u001b[1A\u001b[32mvalid\u001b[0m';
  const file = write(
    'ansi.json',
    JSON.stringify({ version: 1, events: [{ id: 'a', start: 'x\u202egnp.exe\u0007', title: 'A', [overwrite]: 1 }] }),
  );
  const { status, stdout, stderr } = cli('validate', file);
  assert.equal(status, 1);
  assert.equal(stderr, '');
  assert.doesNotMatch(stdout, RAW_CONTROLS);
  assert.match(stdout, /\n {2}error {4}events\[0\]\.start: .*; got 'x\\u202egnp\.exe\\u0007'\n/);
  assert.ok(stdout.includes('events[0].\\u001b[2K\\u001b[1A\\u001b[32mvalid\\u001b[0m: unknown field'), stdout);
  // --json stays exact JSON, the same value as the file's
  const json = cli('validate', '--json', file);
  assert.equal(JSON.parse(json.stdout)[0].warnings[0].path, `events[0].${overwrite}`);
});

test('a 1 MB field name is printed in a line of bounded length', () => {
  const file = write(
    'long-field.json',
    `{"version":1,"events":[{"id":"a","start":"2016-07","title":"A","${'x'.repeat(2 ** 20)}":1}]}`,
  );
  const { status, stdout } = cli('validate', file);
  assert.ok(status === 0 || status === 1, `exit status ${status}`);
  const line = stdout.split('\n').find((l) => l.includes('unknown field'));
  assert.ok(line.startsWith(`  warning  events[0].xxxxxxxxxx`), line.slice(0, 300));
  assert.ok(line.length < 1000, `a line of ${line.length} characters`);
  assert.ok(stdout.length < 2000, `${stdout.length} characters printed`);
});

test('printable: what the CLI prints of a path or message, escaped and cut with its length', async () => {
  const { printable } = await import('../../dist/validate.js');
  const path = `events[0].${'x'.repeat(2 ** 20)}`;
  assert.equal(printable(path), `events[0].${'x'.repeat(190)}\u2026 (1,048,586 characters)`);
  assert.equal(printable('a\u001b[2Kb\u202ec\u0085d\u007fe\u2028'), 'a\\u001b[2Kb\\u202ec\\u0085d\\u007fe\\u2028');
  assert.equal(printable('caf\u00e9 \u{1F600} \u2013 \uFFFD'), 'caf\u00e9 \u{1F600} \u2013 \uFFFD'); // printable characters stay
  assert.equal(printable(`${'x'.repeat(199)}\u{1F600}`), `${'x'.repeat(199)}\u2026 (201 characters)`); // no half character
  assert.equal(printable('\u001b'.repeat(500), 400).length, 400 * 6 + ' (500 characters)'.length + 1);
});

test('a device is refused at once, in one line, not read into memory', { skip: !existsSync('/dev/zero') }, () => {
  const started = Date.now();
  const { status, stdout, stderr } = cli('validate', '/dev/zero', '/dev/urandom');
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.equal(
    stderr,
    '/dev/zero: cannot be read (a device, not a regular file)\n' +
      '/dev/urandom: cannot be read (a device, not a regular file)\n',
  );
  assert.ok(Date.now() - started < 5000);
});

test('a named pipe is refused, with no writer, without waiting for one', (t) => {
  const fifo = join(dir, 'pipe.json');
  if (spawnSync('mkfifo', [fifo]).status !== 0) return t.skip('mkfifo is not available');
  const { status, stderr, error } = cli('validate', fifo);
  assert.equal(error, undefined); // spawnSync's timeout: the CLI hung
  assert.equal(status, 2);
  assert.equal(stderr, `${fifo}: cannot be read (a named pipe, not a regular file)\n`);
});

test('a directory is refused in one line', () => {
  const { status, stderr } = cli('validate', dir);
  assert.equal(status, 2);
  assert.equal(stderr, `${dir}: cannot be read (a directory, not a regular file)\n`);
});

test('a windows-1252 sheet warns by line without --encoding, and reads right with it', () => {
  const file = write('excel.csv', windows1252(SHEET));
  const guessed = cli('validate', file);
  assert.equal(guessed.status, 0);
  assert.equal(
    guessed.stdout,
    `${file}: valid, 1 event (read as csv), 1 warning\n` +
      '  warning  line 2: some characters could not be read as UTF-8; is the file saved in another encoding? ' +
      '(muc,2016-09-08,Caf\uFFFD in M\uFFFDnchen \uFFFD 5 \uFFFD,W)\n' +
      '  (a file saved by Excel or another Windows program may need --encoding windows-1252)\n',
  );
  for (const option of [['--encoding', 'windows-1252'], ['--encoding=latin1']]) {
    const right = cli('validate', ...option, file);
    assert.equal(right.stdout, `${file}: valid, 1 event (read as csv)\n`);
    assert.equal(right.status, 0);
  }
  // Every character as windows-1252 means it, "–" and "€" too (bytes 0x96 and 0x80), in a message that quotes it.
  const wrong = write('wrong-date.csv', windows1252(`id,start,title\na,${TITLE},A\n`));
  const { stdout } = cli('validate', '--encoding', 'windows-1252', wrong);
  assert.match(stdout, /^ {2}error {4}row 2, column start: .*; got 'Café in München – 5 €'$/m);
});

test('an unknown --encoding is a usage error in one line', () => {
  const { status, stdout, stderr } = cli('validate', '--encoding', 'klingon', 'events.json');
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.equal(
    stderr,
    "event-timeline: unknown encoding 'klingon' for --encoding: use a label such as windows-1252, iso-8859-1 or utf-16le\n",
  );
});

test('a JSON file in UTF-16 with a byte order mark is read as JSON, little- or big-endian', () => {
  for (const endian of ['le', 'be']) {
    const file = write(`unicode-${endian}.json`, utf16(JSON_FILE, endian));
    const { status, stdout } = cli('validate', '--json', file);
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), [
      { file, format: 'events', events: 1, errors: [], warnings: [], relative: [] },
    ]);
  }
});

test('a file over the size cap is refused, with its size', () => {
  const file = write('huge.json', `{"version":1,"events":[],"x":"${'x'.repeat(6 * 1024 * 1024)}"}`);
  const { status, stdout } = cli('validate', file);
  assert.equal(status, 1);
  assert.match(stdout, /error {4}the file is 6 MB, more than the limit of 5 MB the widget loads\n$/);
});

test('a file with 100,000 warnings prints the first 100 and counts the rest; --json has them all', async () => {
  const { manyWarnings } = await import('../fixtures/stress.mjs');
  const file = write('warnings.csv', manyWarnings());
  const { status, stdout } = cli('validate', file);
  assert.equal(status, 0);
  const lines = stdout.trim().split('\n');
  assert.ok(lines.length <= 103, `${lines.length} lines`);
  assert.match(lines[lines.length - 1], /^ {2}warning {2}and [\d,]+ more \(--json lists them all\)$/);
  const all = JSON.parse(cli('validate', '--json', file).stdout)[0].warnings;
  assert.ok(all.length >= 100_000, `${all.length} warnings in --json`);
});
