// `node bench/bundle-report.mjs [--by-file]`: what each package (or each of our files) contributes to dist/event-timeline.min.js.
// Builds the single file in memory with rollup's API and the repository's own config (nothing is
// written), then counts per package:
//   rendered  bytes of its code after tree-shaking, before minification (rollup's renderedLength);
//   minified  bytes of the minified file that the source map attributes to it (exact);
//   gzip ≈    its share of the whole file's gzip -9 size, estimated by gzipping each package's
//             minified bytes alone and scaling those sizes so that they add up to the real total.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

const part = process.argv.find((a) => a.startsWith('--part='))?.slice(7);
const config = part
  ? configs.find((c) => c.output.file === `dist/event-timeline-${part}.js`)
  : configs.find((c) => c.output.format === 'iife');
const bundle = await rollup({ ...config, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: true });
await bundle.close();
const chunk = output.find((o) => o.type === 'chunk');

/** 'luxon', '@scope/name', 'event-timeline (src/)' or a virtual module's name. */
const byFile = process.argv.includes('--by-file');
function packageOf(id) {
  if (byFile && id.includes('/src/') && !id.includes('node_modules')) return id.slice(id.indexOf('/src/') + 1);
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (match) return match[1];
  if (id.startsWith('\0')) return id.slice(1) + ' (stub)';
  return 'event-timeline (src/)';
}

const packages = new Map();
const entry = (name) => {
  if (!packages.has(name)) packages.set(name, { modules: 0, rendered: 0, minified: 0, slices: [] });
  return packages.get(name);
};
for (const [id, module] of Object.entries(chunk.modules)) {
  if (module.renderedLength === 0) continue;
  const p = entry(packageOf(id));
  p.modules++;
  p.rendered += module.renderedLength;
}

// Attribute every byte of the minified code to the source its mapping segment points at.
const lines = chunk.code.split('\n');
const sources = chunk.map.sources;
let unmapped = 0;
decode(chunk.map.mappings).forEach((segments, l) => {
  const text = lines[l] ?? '';
  if (segments.length === 0 || segments[0][0] > 0) unmapped += segments.length ? segments[0][0] : text.length;
  segments.forEach(([column, source], i) => {
    const slice = text.slice(column, i + 1 < segments.length ? segments[i + 1][0] : text.length);
    if (source === undefined) return void (unmapped += slice.length);
    const p = entry(packageOf(sources[source]));
    p.minified += slice.length;
    p.slices.push(slice);
  });
});

const total = Buffer.byteLength(chunk.code);
const totalGzip = gzipSync(chunk.code, { level: 9 }).length;
const alone = new Map(
  [...packages].map(([name, p]) => [name, p.minified ? gzipSync(p.slices.join(''), { level: 9 }).length : 0]),
);
const aloneSum = [...alone.values()].reduce((a, b) => a + b, 0);
const renderedSum = [...packages.values()].reduce((a, p) => a + p.rendered, 0);

const rows = [...packages]
  .sort((a, b) => b[1].minified - a[1].minified)
  .map(([name, p]) => [
    name,
    p.modules,
    p.rendered,
    p.minified,
    (100 * p.minified) / total,
    (alone.get(name) * totalGzip) / aloneSum,
  ]);
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const header = ['package', 'modules', 'rendered B', 'minified B', '% of min', 'gzip ≈ B'];
const body = rows.map(([name, modules, rendered, minified, percent, gzip]) => [
  name,
  modules,
  fmt(rendered),
  fmt(minified),
  percent.toFixed(1),
  fmt(gzip),
]);
body.push(['(wrapper, unmapped)', '', '', fmt(unmapped), ((100 * unmapped) / total).toFixed(1), '']);
body.push(['total', Object.keys(chunk.modules).length, fmt(renderedSum), fmt(total), '100.0', fmt(totalGzip)]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of body) console.log(line(r));

const built = new URL('../dist/event-timeline.min.js', import.meta.url);
if (existsSync(built)) {
  const same = readFileSync(built, 'utf8') === chunk.code;
  console.log(
    `\ndist/event-timeline.min.js ${same ? 'is byte for byte this build' : 'DIFFERS from this build (run npm run build)'}: ${fmt(total)} B raw, ${fmt(totalGzip)} B gzip -9`,
  );
}
