// Fails (exit 1) when a shipped script has a byte above 0x7F, naming the file, the offset and the
// line: a page in another charset would garble it (see scripts/ascii.mjs). `npm run build` runs it
// over dist/; `node scripts/check-ascii.mjs DIR` checks another folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNonAscii } from './ascii.mjs';

const dir = process.argv[2] ?? 'dist';
const scripts = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => /\.[cm]?js$/.test(f))
  .sort();
let failed = 0;
for (const name of scripts) {
  const file = join(dir, name);
  const found = findNonAscii(readFileSync(file));
  if (!found) continue;
  failed++;
  const { offset, byte, line, column, count } = found;
  console.error(
    `${file}: byte 0x${byte.toString(16)} at offset ${offset} (line ${line}, column ${column}), ` +
      `${count} bytes above 0x7F in all: shipped scripts must be ASCII (asciiOnly in rollup.config.mjs)`,
  );
}
if (failed) process.exit(1);
console.log(`${scripts.length} scripts in ${dir}/, all ASCII`);
