// Prints what the built files cost a reader (raw and gzip -9 bytes), and fails the build when the
// single file grows past its budget. The parts and catalogues load only when a page needs them.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 65_000; // the single file, everything a reader of an ordinary story needs
const BUDGETS = {
  'dist/event-timeline.min.js': BUDGET_GZIP,
  // the same single file as an ES module, for <script type="module">
  'dist/event-timeline.js': BUDGET_GZIP,
  // goes into every article page with an iframe embed, read or not
  'dist/event-timeline-frame.js': 1_024,
};

const files = [
  'dist/event-timeline.min.js',
  ...readdirSync('dist')
    .filter((f) => /^event-timeline-.+\.js$/.test(f))
    .map((f) => `dist/${f}`),
  'dist/event-timeline.js',
  // for apps with a bundler: lit, d3 and luxon left to it (its chunks hold the parts)
  'dist/index.js',
  // the iframe embed: its page and stylesheet (the scripts are listed above), and the Embed page for producers
  'dist/embed.html',
  'dist/embed.css',
  'dist/embed-code.html',
  'dist/embed-code.css',
  'dist/embed-code.js',
  // the editor, for producers: its page, stylesheet and script
  'dist/editor.html',
  'dist/editor.css',
  'dist/editor.js',
  ...readdirSync('dist/locales').map((f) => `dist/locales/${f}`),
];
let over = false;
for (const file of files) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  console.log(`${file}: ${bytes.length.toLocaleString('en-US')} B raw, ${gzip.toLocaleString('en-US')} B gzip`);
  const budget = BUDGETS[file];
  if (budget !== undefined && gzip > budget) {
    console.error(`  over budget: ${gzip.toLocaleString('en-US')} B gzip > ${budget.toLocaleString('en-US')} B`);
    over = true;
  }
}
process.exit(over ? 1 : 0);
