// `validate --base URL` checks a file as it will be served: its relative addresses resolve against
// that address, and the check names what each resolved to. Runs the real bin against
// dist/validate.js, which `npm run test:node` builds first.
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

function write(name, text) {
  const file = join(mkdtempSync(join(tmpdir(), 'event-timeline-')), name);
  writeFileSync(file, text);
  return file;
}

const file = write(
  'events.json',
  JSON.stringify({
    version: 1,
    events: [
      {
        id: 'a',
        start: '2016-09-08',
        title: 'A',
        media: { url: 'img/a.jpg' },
        sources: [{ name: 'Wire', url: '/wire/a.html' }],
      },
      { id: 'b', start: '2016-09-09', title: 'B', media: { url: 'javascript:alert(1)' }, sources: [{ name: 'Wire' }] },
    ],
  }),
);

test('without --base, relative addresses are kept as written and counted, with how to check them', () => {
  const { status, stdout } = cli('validate', file);
  assert.equal(status, 0);
  assert.equal(
    stdout,
    [
      `${file}: valid, 2 events, 1 warning`,
      "  warning  events[1].media.url: expected a web address (https:); got 'javascript:alert(1)': the media is left out",
      '  note     2 addresses are relative to the file, resolved where it is served: --base URL resolves them here',
      '',
    ].join('\n'),
  );
});

test('with --base, each relative address is named with what it resolved to', () => {
  const { status, stdout } = cli('validate', '--base', 'https://news.example/data/story/events.json', file);
  assert.equal(status, 0);
  assert.equal(
    stdout,
    [
      `${file}: valid, 2 events, 1 warning`,
      "  warning  events[1].media.url: expected a web address (https:); got 'javascript:alert(1)': the media is left out",
      '  resolved events[0].sources[0].url: /wire/a.html → https://news.example/wire/a.html',
      '  resolved events[0].media.url: img/a.jpg → https://news.example/data/story/img/a.jpg',
      '',
    ].join('\n'),
  );
  const json = JSON.parse(cli('validate', '--json', '--base=https://news.example/data/story/', file).stdout);
  assert.deepEqual(json[0].relative[1], {
    path: 'events[0].media.url',
    address: 'img/a.jpg',
    resolved: 'https://news.example/data/story/img/a.jpg',
  });
});

test('--base takes only an absolute web address', () => {
  for (const base of ['data/story/', 'javascript:alert(1)', '', 'https://a b/']) {
    const { status, stderr } = cli('validate', `--base=${base}`, file);
    assert.equal(status, 2, base);
    assert.match(stderr, /--base/);
  }
});
