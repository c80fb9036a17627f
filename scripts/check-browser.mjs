// `npm test` runs this first: without a browser, web-test-runner would print a stack trace for
// every test file, after the type check and the build. One line says what to do instead.
import { accessSync, constants, statSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
const where = process.env.CHROME_PATH ? `CHROME_PATH=${path}` : path;
let found = false;
try {
  accessSync(path, constants.X_OK);
  found = statSync(path).isFile();
} catch {
  // missing, or not executable
}
if (!found) {
  console.error(
    `event-timeline: no Chromium found at ${where}: install it (apt-get install chromium) ` +
      'or set CHROME_PATH to a Chromium or Chrome binary',
  );
  process.exit(1);
}
