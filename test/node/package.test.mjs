// What the npm package ships and declares: the files a user needs and nothing else, and an API
// table in the README that matches the custom elements manifest generated from the source.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('npm pack ships the builds, types, parts, catalogues, CLI, schema and manifest, and no sources or tests', () => {
  const { stdout, status } = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(status, 0);
  const files = JSON.parse(stdout)[0].files.map((f) => f.path);
  for (const needed of [
    'dist/index.js',
    'dist/event-timeline.js',
    'dist/event-timeline.min.js',
    'dist/event-timeline-formats.js',
    'dist/event-timeline-sanitize.js',
    'dist/event-timeline-zoom-behavior.js',
    'dist/types/index.d.ts',
    'dist/locales/de.json',
    'dist/locales/ar.json',
    'dist/validate.js',
    'bin/event-timeline.mjs',
    'events.schema.json',
    'custom-elements.json',
    'README.md',
    'package.json',
  ]) {
    assert.ok(files.includes(needed), `${needed} is missing from the package`);
  }
  // the bundler build's parts
  assert.ok(
    files.some((f) => /^dist\/chunks\/zoom-behavior-[\w-]+\.js$/.test(f)),
    'the zoom behaviour chunk is missing',
  );
  const unwanted = files.filter(
    (f) => /^(src|test|demo|scripts|bench|docs|node_modules)\//.test(f) || f.startsWith('.'),
  );
  assert.deepEqual(unwanted, []);
});

test('package.json points at files the package has', () => {
  const pkg = JSON.parse(read('package.json'));
  const targets = [
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.unpkg,
    pkg.customElements,
    ...Object.values(pkg.bin),
    ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))),
  ];
  for (const target of targets)
    assert.doesNotThrow(() => readFileSync(new URL(`../../${target.replace(/^\.\//, '')}`, import.meta.url)), target);
});

test('the bundler build leaves lit, d3 and luxon to the bundler; the module for pages imports nothing by bare name', () => {
  const imports = (file) => [...read(file).matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
  const main = imports('dist/index.js');
  for (const dependency of ['lit', 'luxon', 'd3-scale'])
    assert.ok(main.includes(dependency), `dist/index.js imports ${dependency}`);
  assert.deepEqual(
    imports('dist/event-timeline.js').filter((specifier) => !/^(\.{0,2}\/|https?:)/.test(specifier)),
    [],
  );
  assert.match(read('dist/event-timeline.js'), /customElements\.define\(/);
});

test('the README documents every attribute, property, event, part and custom property of the manifest', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'event-timeline');
  assert.ok(element, 'the manifest declares <event-timeline>');
  const readme = read('README.md');
  const names = [
    ...element.attributes.map((a) => a.name),
    ...element.members.filter((m) => m.kind === 'field' && m.privacy !== 'private' && !m.static).map((m) => m.name),
    ...element.events.map((e) => e.name),
    ...element.cssParts.map((p) => p.name),
    ...element.cssProperties.map((p) => p.name),
  ];
  const missing = names.filter((name) => !readme.includes('`' + name + '`'));
  assert.deepEqual(missing, []);
});
