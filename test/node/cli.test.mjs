// `npx event-timeline validate`: the command a newsroom pipeline runs before publishing a file.
// Runs the real bin against dist/validate.js, which `npm run test:node` builds first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) =>
  spawnSync(process.execPath, ['bin/event-timeline.mjs', ...args], { cwd: root, encoding: 'utf8' });

test('a valid file passes with exit status 0', () => {
  const { status, stdout } = cli('validate', 'events.json');
  assert.equal(stdout, 'events.json: valid, 8 events\n');
  assert.equal(status, 0);
});

test('every problem of a broken file is printed with its path, and the exit status is 1', () => {
  const { status, stdout } = cli('validate', 'test/fixtures/cli/broken.json');
  assert.equal(status, 1);
  assert.equal(
    stdout,
    [
      'test/fixtures/cli/broken.json: 6 errors, 4 warnings: the widget will not show it',
      "  error    events[0].start: expected a date like 2016-09-08, 2016-09 or 2016, or a time like 2017-02-13T22:00; got '09/08/2016'",
      "  error    events[1].id: the id 'a' is already used by events[0]",
      "  error    events[1].end: the end '2016-09-01' is before the start '2016-09-08'",
      "  error    events[2].timeZone: expected an IANA time zone such as America/New_York; got 'Mars/Olympus'",
      "  error    events[2].start: '2016-02-30' is not a date in the calendar: February 2016 has 29 days",
      "  error    events[3].start: '2016-13' is not a date in the calendar: there is no month 13",
      "  warning  titel: unknown field 'titel'; did you mean 'title'?",
      "  warning  events[1].group: no group has the id 'sesions'; did you mean 'sessions'? The event is shown without a group",
      "  warning  events[1].sources[0].url: expected a web address (https:, http: or mailto:); got 'javascript:alert(1)': the source is kept without it",
      '  warning  events[2].sources: the event names no source',
      '',
    ].join('\n'),
  );
});

test('CSV problems are named by row and column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-'));
  const file = join(dir, 'sheet.csv');
  writeFileSync(file, 'id,start,title,source_name\na,2016-09-08,A,Wire\nb,2016-02-30,B,Wire\n');
  const { status, stdout } = cli('validate', file);
  assert.equal(status, 1);
  assert.match(
    stdout,
    /\n {2}error {4}row 3, column start: '2016-02-30' is not a date in the calendar: February 2016 has 29 days\n/,
  );
});

test('TimelineJS files and sheets are read as the widget reads them', () => {
  const { status, stdout } = cli(
    'validate',
    'test/fixtures/timelinejs.json',
    'test/fixtures/timelinejs-sheet.csv',
    'test/fixtures/story.csv',
  );
  assert.equal(status, 0);
  assert.match(stdout, /^test\/fixtures\/timelinejs\.json: valid, 3 events \(read as timelinejs\), 1 warning$/m);
  assert.match(
    stdout,
    /^test\/fixtures\/timelinejs-sheet\.csv: valid, 3 events \(read as timelinejs-csv\), 1 warning$/m,
  );
  assert.match(stdout, /^test\/fixtures\/story\.csv: valid, 4 events \(read as csv\)$/m);
});

test('--json gives the same results for a machine', () => {
  const { status, stdout } = cli('validate', '--json', 'events.json', 'test/fixtures/invalid-date.json');
  assert.equal(status, 1);
  const [story, invalid] = JSON.parse(stdout);
  assert.deepEqual(story, { file: 'events.json', format: 'events', events: 8, errors: [], warnings: [], relative: [] });
  assert.deepEqual(invalid.errors, [
    { path: 'events[2].start', message: "'2016-02-30' is not a date in the calendar: February 2016 has 29 days" },
  ]);
});

test('a file that cannot be read, or a wrong command, exits with 2', () => {
  const missing = cli('validate', 'no-such-file.json');
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'no-such-file.json: cannot be read (ENOENT)\n');
  const usage = cli('check', 'events.json');
  assert.equal(usage.status, 2);
  assert.match(
    usage.stderr,
    /^Usage: event-timeline validate \[--json\] \[--encoding LABEL\] \[--base URL\] FILE\.\.\./,
  );
  assert.equal(cli('validate').status, 2);
});

test('package.json ships the command as its bin, with the schema', async () => {
  const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(root, 'package.json'), 'utf8')));
  assert.deepEqual(pkg.bin, { 'event-timeline': 'bin/event-timeline.mjs' });
  for (const file of ['bin/', 'dist/', 'events.schema.json']) assert.ok(pkg.files.includes(file), file);
});
