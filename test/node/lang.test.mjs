// The language of a file's text (`lang`), as the command-line check and an editor with the schema
// see it. Runs the real bin against dist/validate.js, which `npm run test:node` builds first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SCHEMA_PATH } from '../../scripts/schema-types.mjs';
import { checkSchema } from './json-schema.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) =>
  spawnSync(process.execPath, ['bin/event-timeline.mjs', ...args], { cwd: root, encoding: 'utf8' });
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const story = JSON.parse(readFileSync(new URL('../../events.json', import.meta.url), 'utf8'));

function write(name, text) {
  const file = join(mkdtempSync(join(tmpdir(), 'event-timeline-')), name);
  writeFileSync(file, text);
  return file;
}

const event = (fields) => ({ id: 'a', start: '2016-09-08', title: 'A', sources: [{ name: 'Wire' }], ...fields });

test('a lang that is no language is a warning with its path: the file stays valid', () => {
  const file = write(
    'events.json',
    JSON.stringify({ version: 1, lang: 'english', events: [event({ lang: 42 }), event({ id: 'b', lang: 'ru' })] }),
  );
  const { status, stdout } = cli('validate', file);
  assert.equal(status, 0);
  assert.equal(
    stdout,
    [
      `${file}: valid, 2 events, 2 warnings`,
      "  warning  lang: expected a language tag such as en, de-CH or pt-BR; got 'english'",
      "  warning  events[0].lang: expected a language tag such as en, de-CH or pt-BR; got '42'",
      '',
    ].join('\n'),
  );
});

test('a lang column of a sheet is checked row by row', () => {
  const file = write(
    'sheet.csv',
    'id,start,title,source_name,lang\na,2016-09-08,A,Wire,de-CH\nb,2016-09-09,B,Wire,de_CH\n',
  );
  const { status, stdout } = cli('validate', '--json', file);
  assert.equal(status, 0);
  const [result] = JSON.parse(stdout);
  assert.deepEqual(result.warnings, [
    { path: 'row 3, column lang', message: "expected a language tag such as en, de-CH or pt-BR; got 'de_CH'" },
  ]);
});

test('the schema takes lang on the file and on an event, and underlines what is no tag', () => {
  const first = story.events[0];
  const withLang = (lang, eventLang) => ({ ...story, lang, events: [{ ...first, lang: eventLang }] });
  assert.deepEqual(checkSchema(schema, withLang('en', 'ru')), []);
  assert.deepEqual(checkSchema(schema, withLang('de-CH', 'zh-Hant-TW')), []);
  const pattern = schema.properties.lang.pattern;
  assert.equal(schema.$defs.event.properties.lang.pattern, pattern);
  assert.deepEqual(checkSchema(schema, withLang('english', 'ru')), [`/lang: does not match ${pattern}`]);
  assert.deepEqual(checkSchema(schema, withLang('en', 'en_US')), [`/events/0/lang: does not match ${pattern}`]);
  assert.deepEqual(checkSchema(schema, withLang('en', 42)), ['/events/0/lang: not string']);
});

test('the schema and the validator agree on a tag: what the validator takes, the schema takes', async () => {
  const fc = (await import('fast-check')).default;
  const { readEvents } = await import('../../dist/validate.js');
  const pattern = new RegExp(schema.properties.lang.pattern, 'u');
  const subtag = fc.stringMatching(/^[A-Za-z0-9]{1,9}$/);
  const tags = fc.oneof(
    fc.array(subtag, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('-')),
    fc.stringMatching(/^[A-Za-z0-9_ -]{0,16}$/),
    fc.string(),
  );
  fc.assert(
    fc.property(tags, (lang) => {
      const { timeline, warnings } = readEvents({ value: { version: 1, events: [event({ lang })] } });
      // The validator trims a tag, as it trims every text; the schema, for an editor, does not.
      if (warnings.length === 0)
        assert.ok(pattern.test(lang.trim()), `the schema refuses ${lang}, the validator takes it`);
      // Refused or not, a tag never stops the timeline.
      assert.ok(timeline, lang);
    }),
    { numRuns: 2000 },
  );
});
