// events.schema.json is the one source of truth for the events format. This script derives the
// TypeScript types, and the field names the validator knows, from it:
//   node scripts/schema-types.mjs          writes src/model/events-file.ts
//   node scripts/schema-types.mjs --check  fails if that file is not what the schema gives (npm test runs it)
// It understands the part of JSON Schema the file uses; anything else stops it, so it cannot drift silently.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_PATH = fileURLToPath(new URL('../events.schema.json', import.meta.url));
export const TYPES_PATH = fileURLToPath(new URL('../src/model/events-file.ts', import.meta.url));

/** TypeScript names of the schema's object definitions ('' is the file itself) and of its value definitions. */
const NAMES = {
  '': 'TimelineFile',
  group: 'GroupEntry',
  era: 'EraEntry',
  event: 'EventEntry',
  source: 'SourceEntry',
  media: 'MediaEntry',
};
const ALIASES = { date: 'DateInput', timeZone: 'TimeZoneName', url: 'WebAddress' };
/** Keywords that only constrain values, which TypeScript cannot express; the validator checks them. */
const VALUE_ONLY = new Set(['description', 'pattern', 'minLength', 'minItems', 'maximum', 'title', '$schema']);

function typeOf(node, where) {
  const known = new Set([
    ...VALUE_ONLY,
    'type',
    'const',
    'anyOf',
    '$ref',
    'items',
    'properties',
    'required',
    'additionalProperties',
  ]);
  for (const key of Object.keys(node))
    if (!known.has(key)) throw new Error(`${where}: keyword '${key}' is not understood by scripts/schema-types.mjs`);
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    const type = NAMES[name] ?? ALIASES[name];
    if (!type) throw new Error(`${where}: unknown $ref ${node.$ref}`);
    return type;
  }
  if ('const' in node) return JSON.stringify(node.const);
  if (node.anyOf) return node.anyOf.map((n, i) => typeOf(n, `${where}.anyOf[${i}]`)).join(' | ');
  if (node.type === 'array') return `${typeOf(node.items, `${where}.items`)}[]`;
  if (node.type === 'object') throw new Error(`${where}: nested objects must be $defs`);
  const primitive = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean' }[node.type];
  if (!primitive) throw new Error(`${where}: type ${JSON.stringify(node.type)} is not understood`);
  return primitive;
}

const comment = (text, indent = '') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');

function objectType(name, node, where) {
  if (node.type !== 'object' || node.additionalProperties !== false)
    throw new Error(`${where}: an object must be closed (additionalProperties: false)`);
  const required = new Set(node.required ?? []);
  const props = Object.entries(node.properties).map(([key, prop]) => {
    const id = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
    return `${comment(prop.description, '  ')}  ${id}${required.has(key) ? '' : '?'}: ${typeOf(prop, `${where}.${key}`)};\n`;
  });
  return `${comment(node.description && where === '#' ? 'The events file as producers write it (format version 1).' : node.description)}export interface ${name} {\n${props.join('')}}\n`;
}

export function generateTypes(schema) {
  const parts = [
    '// Generated from events.schema.json by scripts/schema-types.mjs: do not edit by hand.\n' +
      '// Change the schema, then run `npm run schema:types`; `npm test` fails while the two differ.\n',
  ];
  for (const [def, alias] of Object.entries(ALIASES)) {
    parts.push(
      `${comment(schema.$defs[def].description)}export type ${alias} = ${typeOf({ ...schema.$defs[def], description: undefined }, `$defs.${def}`)};\n`,
    );
  }
  parts.push(objectType(NAMES[''], schema, '#'));
  for (const [def, name] of Object.entries(NAMES))
    if (def) parts.push(objectType(name, schema.$defs[def], `$defs.${def}`));
  const objects = Object.entries(NAMES).map(([def, name]) => [name, def ? schema.$defs[def] : schema]);
  const fields = objects
    .map(([name, node]) => `  ${name}: ${JSON.stringify(Object.keys(node.properties))},\n`)
    .join('');
  const required = objects.map(([name, node]) => `  ${name}: ${JSON.stringify(node.required ?? [])},\n`).join('');
  parts.push(
    `/** The fields each object may have, for the validator's "unknown field" warnings. */\nexport const FIELDS = {\n${fields}} as const;\n`,
  );
  parts.push(`/** The fields each object must have. */\nexport const REQUIRED = {\n${required}} as const;\n`);
  return parts.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const expected = generateTypes(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  if (process.argv.includes('--check')) {
    const actual = readFileSync(TYPES_PATH, 'utf8');
    if (actual !== expected) {
      console.error('src/model/events-file.ts differs from events.schema.json: run `npm run schema:types`');
      process.exit(1);
    }
    console.log('src/model/events-file.ts matches events.schema.json');
  } else {
    writeFileSync(TYPES_PATH, expected);
    console.log('wrote src/model/events-file.ts');
  }
}
