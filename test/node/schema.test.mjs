// The schema is the one source of truth of the events format: the TypeScript types are generated
// from it, and the story file must pass it, as an editor checks it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generateTypes, SCHEMA_PATH, TYPES_PATH } from '../../scripts/schema-types.mjs';
import { checkSchema } from './json-schema.mjs';

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const story = JSON.parse(readFileSync(new URL('../../events.json', import.meta.url), 'utf8'));

test('src/model/events-file.ts is what events.schema.json gives (run `npm run schema:types` after changing the schema)', () => {
  assert.equal(readFileSync(TYPES_PATH, 'utf8'), generateTypes(schema));
});

test('a change to the schema changes the generated types, so drift cannot pass unnoticed', () => {
  const changed = structuredClone(schema);
  changed.$defs.event.properties.subtitle = { type: 'string' };
  assert.notEqual(generateTypes(changed), generateTypes(schema));
  assert.match(generateTypes(changed), /subtitle\?: string;/);
});

test('the schema is JSON Schema 2020-12 and the story file names it', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(story.$schema, './events.schema.json');
});

test('the story file conforms to the schema', () => {
  assert.deepEqual(checkSchema(schema, story), []);
});

test('the schema flags what an editor should underline', () => {
  const event = story.events[0];
  const cases = [
    [{ ...story, version: 2 }, '/version: not 1'],
    [{ ...story, events: [{ ...event, titel: 'x' }] }, '/events/0/titel: not allowed'],
    [{ ...story, events: [{ ...event, start: '09/08/2016' }] }, '/events/0/start: matches none of anyOf'],
    [{ ...story, events: [{ ...event, start: 2016 }] }, '/events/0/start: matches none of anyOf'],
    [
      { ...story, events: [{ ...event, sources: [{ name: 'x', url: 'javascript:alert(1)' }] }] },
      '/events/0/sources/0/url: does not match ^(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):|(?![A-Za-z][A-Za-z0-9+.-]*:))',
    ],
    [{ ...story, events: [] }, '/events: too few items'],
    [{ ...story, eras: [{ id: 'a', start: '2016', label: 'A' }] }, '/eras/0/end: required'],
  ];
  for (const [file, problem] of cases) assert.deepEqual(checkSchema(schema, file), [problem]);
  for (const start of [
    '-000500',
    -500,
    '-500',
    -13800000000,
    '2017-02-13T22:00',
    '2017-02-13T22:00:00.5-05:00',
    '+002016-09',
  ]) {
    assert.deepEqual(checkSchema(schema, { ...story, events: [{ ...event, start }] }), [], String(start));
  }
});

test('the schema and the validator agree on the forms of a date', async () => {
  const fc = (await import('fast-check')).default;
  const { parseDateValue } = await import('../../dist/validate.js');
  const pattern = new RegExp(schema.$defs.date.anyOf[0].pattern, 'u');
  const d = (n) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => String(x).padStart(n, '0'));
  const formed = fc.oneof(
    fc
      .tuple(
        fc.oneof(
          d(4),
          fc.tuple(fc.constantFrom('+', '-'), d(6)).map((p) => p.join('')),
        ),
        fc.option(d(2)),
        fc.option(d(2)),
        fc.option(fc.tuple(d(2), d(2))),
      )
      .map(([y, m, day, t]) => y + (m ? `-${m}` + (day ? `-${day}` + (t ? `T${t[0]}:${t[1]}` : '') : '') : '')),
    fc.integer({ min: -1e12, max: -1 }).map(String),
    fc.string(),
  );
  fc.assert(
    fc.property(formed, (text) => {
      const parsed = parseDateValue(text);
      // What the validator accepts, the schema accepts; what the schema refuses, the validator refuses.
      if (parsed.value) assert.ok(pattern.test(text), `schema refuses ${text}, validator accepts it`);
      // What the schema accepts but the validator refuses is a calendar mistake, never a form it does not know.
      if (pattern.test(text) && parsed.error) assert.doesNotMatch(parsed.error, /^expected a date/, text);
    }),
    { numRuns: 2000 },
  );
});
