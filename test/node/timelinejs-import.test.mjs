// Issue 13: the validator CLI agrees with the widget on every TimelineJS fixture: the same form, count,
// errors (none) and warnings, held to the expectations test/parse/timelinejs-import.test.ts holds the
// widget's reading to. Runs the real bin against dist/validate.js, which `npm run test:node` builds first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = 'test/fixtures/timelinejs/';
const { fixtures } = JSON.parse(readFileSync(new URL(`../fixtures/timelinejs/expected.json`, import.meta.url), 'utf8'));

// Checked as they will be served, as the widget reads them from `src`.
const base = 'https://news.example/data/story/';
const { status, stdout, stderr } = spawnSync(
  process.execPath,
  ['bin/event-timeline.mjs', 'validate', '--json', '--base', base, ...fixtures.map(({ file }) => dir + file)],
  { cwd: root, encoding: 'utf8' },
);

test('the CLI reads every TimelineJS fixture as valid', () => {
  assert.equal(stderr, '');
  assert.equal(status, 0, stdout);
});

const results = status === 0 || status === 1 ? JSON.parse(stdout) : [];

for (const [i, { file, format, events, warnings, relative }] of fixtures.entries()) {
  test(`the CLI agrees with the widget on ${file}`, () => {
    assert.deepEqual(results[i], {
      file: dir + file,
      format,
      events,
      errors: [],
      warnings,
      relative: relative.map(({ path, address }) => ({ path, address, resolved: new URL(address, base).href })),
    });
  });
}
