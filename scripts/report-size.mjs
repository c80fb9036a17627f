// Prints what the built files cost a reader (raw and gzip -9 bytes), and fails the build when the
// single file grows past its budget. The parts and catalogues load only when a page needs them.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 65_000; // dist/event-timeline.min.js, everything a reader of an ordinary story needs

const files = [
  'dist/event-timeline.min.js',
  ...readdirSync('dist').filter((f) => /^event-timeline-.+\.js$/.test(f)).map((f) => `dist/${f}`),
  'dist/event-timeline.js',
  ...readdirSync('dist/locales').map((f) => `dist/locales/${f}`),
];
let over = false;
for (const file of files) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  console.log(`${file}: ${bytes.length.toLocaleString('en-US')} B raw, ${gzip.toLocaleString('en-US')} B gzip`);
  if (file.endsWith('.min.js') && gzip > BUDGET_GZIP) {
    console.error(`  over budget: ${gzip.toLocaleString('en-US')} B gzip > ${BUDGET_GZIP.toLocaleString('en-US')} B`);
    over = true;
  }
}
process.exit(over ? 1 : 0);
