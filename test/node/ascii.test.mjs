// ASCII-only scripts (scripts/ascii.mjs, the asciiOnly plugin of rollup.config.mjs, and
// scripts/check-ascii.mjs, which `npm run build` runs): a classic script read in a page's legacy
// charset must mean the same. The escaping is checked by running code before and after it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { escapeNonAscii, shiftMappings } from '../../scripts/ascii.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ASCII = /^[\x00-\x7f]*$/; // eslint-disable-line no-control-regex -- all of ASCII
const escape = (code) => escapeNonAscii(code).code;
const run = (code) => (0, eval)(code);

/** Characters that test the escaping: syntax, backslashes, line terminators, and non-ASCII of every width. */
const tricky = fc.constantFrom(
  ...['\\', '"', "'", '`', '$', '{', '}', '/', '[', ']', '(', ')', '*', '+', '?', '.', '^', '-', '|', 'u', 'c'],
  ...['\n', '\r', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u0085', 'é', '−', '–', '€', '😀', '\ud83d', '\ude00'],
);
const text = fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });
const noLineTerminators = (s) => s.replace(/[\n\r\u2028\u2029]/g, '');
const isNonAscii = (c) => c > '\x7f';

test('the shipped validator, dist/validate.js (built by `npm run test:node`), is ASCII', () => {
  const bytes = readFileSync(join(root, 'dist/validate.js'));
  assert.equal(
    bytes.findIndex((b) => b > 0x7f),
    -1,
  );
});

test('check-ascii.mjs fails on a script with a byte above 0x7F, naming the file, offset and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-ascii-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'ok.js'), 'export const minus = "\\u2212";\n');
  const check = () => spawnSync(process.execPath, ['scripts/check-ascii.mjs', dir], { cwd: root, encoding: 'utf8' });
  assert.equal(check().status, 0);
  writeFileSync(join(dir, 'chunks', 'part.js'), '// part\nexport const minus = "−";\n');
  writeFileSync(join(dir, 'part.js.map'), '{"names":["−"]}'); // not a script
  const { status, stderr } = check();
  assert.equal(status, 1);
  assert.equal(
    stderr,
    `${join(dir, 'chunks', 'part.js')}: byte 0xe2 at offset 30 (line 2, column 23), 3 bytes above 0x7F in all: ` +
      'shipped scripts must be ASCII (asciiOnly in rollup.config.mjs)\n',
  );
});

test('strings keep their value, with identity escapes and line continuations', () => {
  fc.assert(
    fc.property(text, (s) => {
      for (const code of [
        JSON.stringify(s),
        // a non-ASCII character after a backslash is itself ("\é" is "é"); a line terminator after one is nothing
        `'${[...JSON.stringify(s).slice(1, -1)].map((c) => (isNonAscii(c) ? '\\' + c : c === "'" ? "\\'" : c)).join('')}'`,
      ]) {
        const escaped = escape(code);
        assert.match(escaped, ASCII);
        assert.equal(run(escaped), run(code));
      }
    }),
    { numRuns: 500 },
  );
  assert.equal(escape("'a\\\u2028b'"), "'ab'");
  assert.equal(escape("'\\\\é'"), "'\\\\\\u00e9'"); // an escaped backslash, then é
});

test('template literals keep their cooked value', () => {
  fc.assert(
    fc.property(text, (s) => {
      const code = '`' + s.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${') + '`';
      const escaped = escape(code);
      assert.match(escaped, ASCII);
      assert.equal(run(escaped), run(code));
    }),
    { numRuns: 500 },
  );
});

test('regular expressions match the same, with and without the u flag, in and out of classes', () => {
  const probes = (s) => [s, ...[...s], ...s.split(''), 'x' + s + 'x'];
  fc.assert(
    fc.property(text, fc.constantFrom('', 'u', 'i', 'iu'), (raw, flags) => {
      const s = noLineTerminators(raw);
      const chars = [...s];
      const syntax = (c) => /[\\^$.*+?()[\]{}|/-]/.test(c);
      const literal = chars.map((c) => (syntax(c) ? '\\' + c : c)).join('');
      if (!literal) return; // `//` is a comment
      // in non-u mode, a backslash before a non-ASCII character is an identity escape
      const identity = chars.map((c) => (syntax(c) || (isNonAscii(c) && !flags.includes('u')) ? '\\' + c : c)).join('');
      for (const code of [`/${literal}/${flags}`, `/[${literal}]/${flags}`, `/${identity}/${flags}`]) {
        let before;
        try {
          before = run(code);
        } catch {
          continue; // not a valid expression to begin with (a class range out of order, say)
        }
        assert.ok(before instanceof RegExp, code);
        const escaped = escape(code);
        assert.match(escaped, ASCII);
        const after = run(escaped);
        for (const probe of probes(chars.join(''))) assert.deepEqual(after.exec(probe), before.exec(probe), code);
      }
    }),
    { numRuns: 500 },
  );
});

test('comments and identifiers keep the program', () => {
  fc.assert(
    fc.property(text, (raw) => {
      const s = noLineTerminators(raw);
      for (const code of [`1 // ${s}\n`, `1 /* ${s.replace(/\*\//g, '')} */`]) {
        const escaped = escape(code);
        assert.match(escaped, ASCII);
        assert.equal(run(escaped), 1);
      }
    }),
  );
  // identifiers: \uXXXX is allowed there (an astral one would not be, and the build's re-parse reports it)
  const code = '(() => { const café = 1, π = 2, переменная = 3; return café + π + переменная; })()';
  assert.equal(run(escape(code)), 6);
});

test('a source map follows the escaping: every segment points at the same character, now further right', () => {
  // columns 0, 4 and 10, and one character at column 5 that becomes six
  assert.equal(shiftMappings('AAAA,IAAI,MAAM', [{ line: 0, column: 5, from: 1, to: 6 }]), 'AAAA,IAAI,WAAM');
  fc.assert(
    fc.property(text, (code) => {
      // a segment at every column of every line, pointing at itself
      const lines = code.split('\n');
      const mappings = encode(lines.map((line, l) => Array.from({ length: line.length }, (_, c) => [c, 0, l, c])));
      const { code: escaped, edits } = escapeNonAscii(code);
      const outLines = escaped.split('\n');
      assert.equal(outLines.length, lines.length);
      decode(shiftMappings(mappings, edits)).forEach((segments, line) => {
        for (const [column, , sourceLine, sourceColumn] of segments) {
          const edit = edits.find((e) => e.line === sourceLine && e.column === sourceColumn);
          const inside = edits.some(
            (e) => e.line === sourceLine && e.column < sourceColumn && sourceColumn < e.column + e.from,
          );
          if (edit)
            assert.equal(
              outLines[line].slice(column, column + edit.to),
              escapeNonAscii(lines[line].slice(sourceColumn, sourceColumn + edit.from)).code,
            );
          else if (!inside) assert.equal(outLines[line][column], lines[sourceLine][sourceColumn]);
        }
      });
    }),
    { numRuns: 300 },
  );
});

test("the build's escaping refuses a template whose tag reads raw text, and escapes Lit's and untagged ones", async () => {
  const { rollup } = await import('rollup');
  const configs = (await import('../../rollup.config.mjs')).default;
  const plugins = configs.flatMap((c) => c.plugins ?? []).filter((p) => p?.name === 'ascii-only');
  assert.ok(plugins.length > 0, 'the ascii-only plugin is in the build');
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-ascii-'));
  const build = async (source) => {
    writeFileSync(join(dir, 'entry.js'), source);
    const bundle = await rollup({ input: join(dir, 'entry.js'), plugins: [plugins[0]] });
    return (await bundle.generate({ format: 'es' })).output[0].code;
  };
  await assert.rejects(build('export const a = String.raw`caf\u00e9`;'), /tagged String\.raw holds non-ASCII/);
  const code = await build('const html = (s) => s.join(); export const a = html`\u2212`, b = `\u2013 ${1}`;');
  assert.doesNotMatch(code, /[\u0080-\uffff]/);
  assert.match(code, /html`\\u2212`/);
});
