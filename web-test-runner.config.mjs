// Tests run in Debian's Chromium (/usr/bin/chromium, or CHROME_PATH), as root, on a closed network.
// The default group runs every test in the machine's own zone; the zone groups re-run the
// date-sensitive tests with the browser's time zone and locale emulated, so no test pins a zone.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { fileURLToPath } from 'node:url';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox', // Chromium refuses to start as root without it
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking', // these four keep background services off the closed network
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // element.computedName / computedRole: tests read accessible names from Chromium's own tree
  '--enable-blink-features=ComputedAccessibilityInfo',
];

/** Chromium with the browser context's time zone and locale emulated (CDP, via Playwright). */
function browser({ timeZone, locale } = {}) {
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: CHROMIUM, headless: true, args: chromiumArgs },
    // Reduced motion: zooms land at once, so tests see the end state; a test opts back in to check the glide.
    createBrowserContext: ({ browser }) =>
      browser.newContext({ reducedMotion: 'reduce', ...(timeZone && { timezoneId: timeZone }), ...(locale && { locale }) }),
  });
}

// The expected environment goes into the page, so tests can prove the emulation took effect.
const runnerHtml = (env) => (testFramework) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><script>window.__TEST_ENV__ = ${JSON.stringify(env)};</script></head>` +
  `<body><script type="module" src="${testFramework}"></script></body></html>`;

const zones = [
  { name: 'tz-los-angeles', timeZone: 'America/Los_Angeles', locale: 'en-US' },
  { name: 'tz-berlin', timeZone: 'Europe/Berlin', locale: 'en-US' },
  { name: 'tz-tokyo', timeZone: 'Asia/Tokyo', locale: 'en-US' },
  { name: 'tz-kiritimati', timeZone: 'Pacific/Kiritimati', locale: 'en-US' },
  { name: 'locale-de', timeZone: 'Europe/Berlin', locale: 'de-DE' },
];

/** Ends the run with one plain line, "wtr: N passed, N failed, N skipped", for CI to read. */
function summaryReporter() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) totals[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // a file that failed to load or threw outside a test counts as a failure
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      setTimeout(() => console.log(`wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`));
    },
  };
}

export default {
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    // Without the tsconfig, esbuild leaves Lit's decorators untransformed and the browser fails to parse them.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // Baselines live in test/screenshots/Chromium/baseline/; refresh them with `npm run test:update-visual`.
    visualRegressionPlugin({ baseDir: 'test/screenshots', update: process.argv.includes('--update-visual-baseline') }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
  files: 'test/**/*.test.ts',
  browsers: [browser()],
  testRunnerHtml: runnerHtml({}),
  groups: zones.map(({ name, timeZone, locale }) => ({
    name,
    files: 'test/zones.test.ts',
    browsers: [browser({ timeZone, locale })],
    testRunnerHtml: runnerHtml({ timeZone, locale }),
  })),
};
