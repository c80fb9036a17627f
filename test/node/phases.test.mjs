// src/ is laid out in phases, in the order data flows through the component. A file may import its
// own folder and earlier folders, never a later one; `import type` counts too, since types flow the
// same way. Imports are read by TypeScript's own scanner (ts.preProcessFile), which sees static,
// side-effect, `export … from`, `import type`, `import('…')` and `typeof import('…')`, and skips
// comments and strings. dependency-cruiser 18.7.2 could do the same, at the cost of a config
// file and 18 direct dependencies of its own; TypeScript is already here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

/** src/'s folders in data-flow order: each may import only itself and the folders before it. */
export const PHASES = [
  'util',
  'model',
  'i18n',
  'source',
  'parse',
  'scale',
  'layout',
  'render',
  'interaction',
  'element',
  'embed',
  'editor',
];

/** The entry points at the top of src/: they may import anything, and no folder may import them. */
export const ENTRY_FILES = ['index.ts', 'bundle.ts', 'define.ts', 'validate.ts'];

/**
 * Known violations to be removed, as 'importer -> imported' (paths inside src/), each with a comment
 * saying why it is here. Empty it by moving code, not by adding lines; an entry that no longer
 * matches a real import fails the test, so the list can only shrink.
 */
const ALLOWED = new Set([
  // (none: the tree had no violations when this check was written)
]);

const HOW_TO_FIX = `
How to fix: a folder may import only its own files and the folders before it in
PHASES (test/node/phases.test.mjs): ${PHASES.join(' → ')}.
Move the imported code (often a type or a small helper) to the importer's phase or an earlier
one, or turn the dependency around: let the later phase pass the value or a callback in.
Change PHASES only when the data flow itself changed, and place a new folder deliberately.`;

const folderOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : null);
const rankOf = (file) => (ENTRY_FILES.includes(file) ? PHASES.length : PHASES.indexOf(folderOf(file)));

/** The relative module specifiers a file's text imports, in any form. */
export function importsOf(text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith('.'));
}

/** The file (path inside src/) an import names: TypeScript sources are imported as `.js`. */
function resolve(files, from, specifier) {
  const path = posix.normalize(posix.join(posix.dirname(from), specifier));
  for (const candidate of [path, path.replace(/\.js$/, '.ts'), `${path}.ts`, `${path}/index.ts`]) {
    if (files.has(candidate)) return candidate;
  }
  return null;
}

/** Every problem in a tree of sources (Map: path inside src/ -> text), as lines naming file and import. */
export function checkPhases(files, { allowed = ALLOWED } = {}) {
  const placement = [];
  const order = [];
  const unresolved = [];
  const graph = new Map();
  const used = new Set();
  for (const [file, text] of files) {
    if (!file.endsWith('.ts')) continue;
    if (folderOf(file) === null && !ENTRY_FILES.includes(file)) {
      placement.push(
        `src/${file} is at the top of src/ but is not an entry point: move it into a phase folder (or list it in ENTRY_FILES)`,
      );
    } else if (folderOf(file) !== null && rankOf(file) < 0) {
      placement.push(
        `src/${file} is in ${folderOf(file)}/, which is not a phase: add '${folderOf(file)}' to PHASES at its place in the data flow`,
      );
    }
    const targets = new Set();
    for (const specifier of importsOf(text)) {
      const target = resolve(files, file, specifier);
      if (target === null) {
        unresolved.push(`src/${file} imports '${specifier}', which is no file in src/`);
        continue;
      }
      targets.add(target);
      if (ENTRY_FILES.includes(file) || rankOf(file) < 0 || rankOf(target) <= rankOf(file)) continue;
      const edge = `${file} -> ${target}`;
      if (allowed.has(edge)) {
        used.add(edge);
        continue;
      }
      const phase = (f) => (ENTRY_FILES.includes(f) ? 'an entry point' : `${folderOf(f)}/`);
      order.push(`src/${file} (${phase(file)}) imports '${specifier}' (${phase(target)}), a later phase`);
    }
    graph.set(file, [...targets]);
  }
  const stale = [...allowed]
    .filter((edge) => !used.has(edge))
    .map((edge) => `ALLOWED lists '${edge}', which is no longer a violation: remove it`);
  const missing = PHASES.filter((phase) => ![...files.keys()].some((file) => folderOf(file) === phase)).map(
    (phase) => `PHASES lists '${phase}', but src/${phase}/ holds no file: remove it`,
  );
  return {
    placement: [...placement, ...missing],
    order: [...order, ...unresolved, ...stale],
    cycles: findCycles(graph),
  };
}

/** One line per import cycle, 'a → b → a', found by a depth-first walk (each back edge closes one cycle). */
function findCycles(graph) {
  const cycles = new Set();
  const done = new Set();
  const stack = [];
  const visit = (file) => {
    if (done.has(file)) return;
    const at = stack.indexOf(file);
    if (at >= 0) {
      const cycle = stack.slice(at);
      const start = cycle.indexOf([...cycle].sort()[0]); // the same cycle reads the same from any entry
      const turned = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.add([...turned, turned[0]].map((f) => `src/${f}`).join(' → '));
      return;
    }
    stack.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    stack.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return [...cycles];
}

function readSources() {
  const root = new URL('../../src/', import.meta.url);
  const paths = readdirSync(root, { recursive: true }).map((p) => p.split('\\').join('/'));
  // every file, so an import of a .json or other file resolves; only .ts files are checked
  return new Map(paths.filter((p) => /\.\w+$/.test(p)).map((p) => [p, readFileSync(new URL(p, root), 'utf8')]));
}

const report = (problems, advice = HOW_TO_FIX) =>
  `${problems.length} problem(s):\n  ${problems.join('\n  ')}\n${advice}`;

const result = checkPhases(readSources());

test('every src file is in a phase folder or is an entry point', () => {
  const advice = `\nHow to fix: put the file in the folder of its phase (${PHASES.join(' → ')}), or, for a new\nfolder, add it to PHASES in test/node/phases.test.mjs where it belongs in the data flow.`;
  assert.ok(result.placement.length === 0, report(result.placement, advice));
});

test('no src folder imports a later phase', () => {
  assert.ok(result.order.length === 0, report(result.order));
});

test('src has no import cycles', () => {
  const advice =
    '\nHow to fix: move what both files need into a third file that neither imports, or import in one direction only.';
  assert.ok(result.cycles.length === 0, report(result.cycles, advice));
});

test('the check itself finds a later phase, a type import, a dynamic import, a stray folder and a cycle', () => {
  const tree = new Map([
    ['index.ts', 'export const version = 1;'],
    ['util/u.ts', '// import { x } from "../element/a.js";  (a comment is no import)\nexport const u = 1;'],
    ['model/m.ts', "import type { A } from '../layout/l.js';\nexport const m = () => import('../render/r.js');"],
    ['layout/l.ts', "import '../model/m.js';\nexport { u } from '../util/u.js';\nexport type A = 1;"],
    ['render/r.ts', "import { s } from './s.js';"],
    ['render/s.ts', "import { r } from './r.js';\nimport '../index.js';"],
    ['element/a.ts', "import { m } from '../model/m.js';"],
    ['misc/x.ts', "import { m } from '../model/m.js';"],
    ['stray.ts', ''],
  ]);
  const found = checkPhases(tree, { allowed: new Set(['util/u.ts -> element/a.ts']) });
  assert.deepEqual(found.placement, [
    "src/misc/x.ts is in misc/, which is not a phase: add 'misc' to PHASES at its place in the data flow",
    'src/stray.ts is at the top of src/ but is not an entry point: move it into a phase folder (or list it in ENTRY_FILES)',
    ...['i18n', 'source', 'parse', 'scale', 'interaction', 'embed', 'editor'].map(
      (p) => `PHASES lists '${p}', but src/${p}/ holds no file: remove it`,
    ),
  ]);
  assert.deepEqual(found.order, [
    "src/model/m.ts (model/) imports '../layout/l.js' (layout/), a later phase",
    "src/model/m.ts (model/) imports '../render/r.js' (render/), a later phase",
    "src/render/s.ts (render/) imports '../index.js' (an entry point), a later phase",
    "ALLOWED lists 'util/u.ts -> element/a.ts', which is no longer a violation: remove it",
  ]);
  assert.deepEqual(found.cycles, [
    'src/layout/l.ts → src/model/m.ts → src/layout/l.ts',
    'src/render/r.ts → src/render/s.ts → src/render/r.ts',
  ]);
});
