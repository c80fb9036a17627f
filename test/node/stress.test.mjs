// The review's stress files (test/fixtures/stress.mjs), each through the CLI: it must answer,
// valid (0) or with errors (1), within 10 s, not crash, run out of memory or hang. The CLI runs
// dist/validate.js, which `npm run test:node` builds first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stressFiles } from '../fixtures/stress.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'event-timeline-stress-'));
const LIMIT = 10_000;

/** Runs the CLI on `file`: its exit status (null when killed at the limit), output size, last error line and time. */
function validate(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['bin/event-timeline.mjs', 'validate', file], { cwd: root });
    let printed = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => (printed += chunk.length));
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, printed, stderr, ms: Date.now() - started });
    });
  });
}

for (const [name, make] of Object.entries(stressFiles)) {
  test(`the CLI answers within 10 s: ${name}`, async (t) => {
    const { text, type } = make();
    const file = join(dir, `${name.replace(/\W+/g, '-')}${type === 'text/csv' ? '.csv' : '.json'}`);
    writeFileSync(file, text);
    const { status, signal, printed, stderr, ms } = await validate(file);
    t.diagnostic(`exit ${status ?? signal} in ${ms} ms, ${printed.toLocaleString('en-US')} bytes printed`);
    assert.notEqual(signal, 'SIGKILL', `no answer within ${LIMIT / 1000} s`);
    assert.ok(status === 0 || status === 1, `exit status ${status}: ${stderr.trim().split('\n').at(-1)}`);
  });
}
