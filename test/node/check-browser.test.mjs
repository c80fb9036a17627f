// `npm test` checks for the browser before anything else (scripts/check-browser.mjs): without one,
// one line says what to do, instead of a type check, a build and a stack trace per test file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'event-timeline-browser-'));
const check = (chromePath) =>
  spawnSync(process.execPath, ['scripts/check-browser.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: chromePath },
  });
const advice = (path) =>
  `event-timeline: no Chromium found at CHROME_PATH=${path}: install it (apt-get install chromium) ` +
  'or set CHROME_PATH to a Chromium or Chrome binary\n';

test('without a browser at CHROME_PATH, one line on stderr says what to do, and the exit status is 1', () => {
  const notExecutable = join(dir, 'chromium.txt');
  writeFileSync(notExecutable, 'not a browser');
  for (const path of [join(dir, 'missing', 'chromium'), notExecutable, dir]) {
    const { status, stdout, stderr } = check(path);
    assert.equal(status, 1, path);
    assert.equal(stdout, '');
    assert.equal(stderr, advice(path));
  }
});

test('an executable file at CHROME_PATH passes in silence', () => {
  const browser = join(dir, 'chrome');
  writeFileSync(browser, '#!/bin/sh\n');
  chmodSync(browser, 0o755);
  const { status, stdout, stderr } = check(browser);
  assert.equal(status, 0);
  assert.equal(stdout + stderr, '');
});

test('`npm test` runs the check first, before the type check and the build', () => {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.match(scripts.test, /^node scripts\/check-browser\.mjs && tsc /);
  const missing = join(dir, 'no-chromium');
  const started = Date.now();
  const npm = spawnSync('npm', ['test', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: missing },
    timeout: 30_000,
  });
  assert.equal(npm.status, 1);
  assert.equal(npm.stderr, advice(missing));
  assert.ok(Date.now() - started < 15_000, 'nothing else ran');
});
