// Tests run in Debian's Chromium (/usr/bin/chromium, or CHROME_PATH), as root, on a closed network.
// The default group runs every test in the machine's own zone; the zone groups re-run the
// date-sensitive tests with the browser's time zone and locale emulated, so no test pins a zone.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { JSON_FILE, SHEET, utf16, utf8Bom, windows1252 } from './test/fixtures/charset/files.mjs';

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
      browser.newContext({
        reducedMotion: 'reduce',
        ...(timeZone && { timezoneId: timeZone }),
        ...(locale && { locale }),
      }),
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

/**
 * The tests whose results could change with the reader's time zone or locale, run again in every
 * zone group: the element's dates (zones.test.ts reads the emulated zone and locale from
 * window.__TEST_ENV__), and the date model, parsing and axis layout that the element builds on.
 * Each names the locale its expected words are in, so it passes in locale-de too. The rest of the
 * suite expects the default group's English and zone: a new test that reads the reader's zone or
 * locale belongs here.
 */
const zoneSensitive = [
  'test/element/zones.test.ts',
  'test/model/date-value.test.ts',
  'test/model/deep-time.test.ts',
  'test/parse/parse-timeline.test.ts',
  'test/parse/read-events.test.ts',
  'test/layout/layout.test.ts',
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
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          totals.failed++;
      }
      setTimeout(() => console.log(`wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`));
    },
  };
}

/**
 * A server that fails the way real ones do, for the fetch-fault tests (test/source/load-faults.test.ts):
 *   /test/faults/status/500     that HTTP status
 *   /test/faults/slow?ms=N      the story after N ms
 *   /test/faults/huge[?chunked] 6 MB of JSON, announced by Content-Length or not
 *   /test/faults/truncated      a Content-Length longer than the bytes sent, then a closed connection
 *   /test/faults/cut            a complete response holding half of the story
 *   /test/faults/html           a web page with status 200;  /test/faults/empty  an empty body
 *   /test/faults/csv            the story sheet, as text/csv, with no .csv in the address
 *   /test/faults/charset/NAME   a file in another encoding than UTF-8 (test/fixtures/charset/files.mjs), see CHARSETS
 */
/** The charset faults: [the body, the Content-Type header sent with it as it is]. */
const CHARSETS = {
  // declared right
  'windows-1252': () => [windows1252(SHEET), 'text/csv; charset=windows-1252'],
  latin1: () => [windows1252(SHEET), 'text/csv; charset="ISO-8859-1"'], // the label browsers read as windows-1252
  'utf-16le-bom': () => [utf16(JSON_FILE, 'le'), 'application/json'],
  // a byte order mark wins over the header
  'utf-16be-bom': () => [utf16(JSON_FILE, 'be'), 'application/json; charset=utf-8'],
  'utf-8-bom': () => [utf8Bom(SHEET), 'text/csv; charset=windows-1252'],
  // declared wrong, or not at all
  'windows-1252-as-utf-8': () => [windows1252(SHEET), 'text/csv; charset=utf-8'],
  'windows-1252-undeclared': () => [windows1252(SHEET), 'text/csv'],
  'unknown-label': () => [Buffer.from(SHEET), 'text/csv; charset=x-klingon'],
};

function faultsMiddleware() {
  const story = readFileSync(new URL('./events.json', import.meta.url));
  const sheet = readFileSync(new URL('./test/fixtures/story.csv', import.meta.url));
  const huge = () => Buffer.from(`{"version": 1, "events": [], "padding": "${'x'.repeat(6 * 1024 * 1024)}"}`);
  return async (ctx, next) => {
    const [, fault, arg] = /^\/test\/faults\/([\w-]+)\/?(\w*)/.exec(ctx.path) ?? [];
    if (!fault) return next();
    const json = (body) => ((ctx.type = 'application/json'), (ctx.body = body));
    if (fault === 'status') return ((ctx.status = Number(arg)), (ctx.body = 'failed'));
    if (fault === 'slow')
      return new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms))).then(() => json(story));
    if (fault === 'huge') return ctx.query.chunked === undefined ? json(huge()) : json(Readable.from([huge()]));
    if (fault === 'cut') return json(story.subarray(0, story.length / 2));
    if (fault === 'html')
      return ((ctx.type = 'text/html'), (ctx.body = '<!doctype html><title>Not found</title><p>Sorry'));
    if (fault === 'empty') return json('');
    if (fault === 'csv') return ((ctx.type = 'text/csv'), (ctx.body = sheet));
    // A file that has moved: its addresses are relative to where it now is.
    if (fault === 'moved') return ctx.redirect('/test/fixtures/data/story/events.json');
    const charset = fault === 'charset' && CHARSETS[ctx.path.slice('/test/faults/charset/'.length)];
    if (charset) {
      const [body, type] = charset();
      ctx.body = body;
      return ctx.set('content-type', type); // as it is: ctx.type would add "; charset=utf-8"
    }
    if (fault === 'truncated') {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': story.length });
      return ctx.res.write(story.subarray(0, 1000), () => ctx.res.destroy());
    }
    return next();
  };
}

/**
 * The built scripts (/dist/*.js) as a web server or CDN serves them, byte for byte: the dev
 * server would otherwise resolve bare imports (`lit`) in them, and a page test could not see that
 * a file works only through a bundler.
 */
function rawDistMiddleware() {
  return async (ctx, next) => {
    // /dist/stalled-parts/: the single file as it is, whose parts beside it never answer (a CDN
    // that hangs): the request stays open until the page that asked goes.
    const [, stalled] = /^\/dist\/stalled-parts\/([\w.-]+\.js)$/.exec(ctx.path) ?? [];
    if (stalled && stalled !== 'event-timeline.min.js')
      return new Promise((resolve) => (ctx.res.destroyed ? resolve() : ctx.res.once('close', resolve))).then(
        () => (ctx.status = 499),
      );
    if (stalled) ctx.path = `/dist/${stalled}`;
    if (!/^\/dist\/[\w-]+(\/[\w-]+)*(\.[\w-]+)*\.js$/.test(ctx.path)) return next();
    const file = new URL(`.${ctx.path}`, import.meta.url);
    if (!existsSync(file)) return next();
    ctx.type = 'text/javascript';
    ctx.set('cache-control', 'no-cache');
    ctx.body = readFileSync(file);
  };
}

/**
 * A CMS page in a legacy charset (test/element/charset.test.ts): /test/charset/page/CHARSET is a
 * page sent as `text/html; charset=CHARSET` with no <meta charset>, holding the single file and the
 * story; /test/charset/FILE is dist/FILE sent with no charset parameter, as many CDNs do, so the
 * browser decodes a classic script in the page's charset.
 */
function charsetPageMiddleware() {
  // Each page asks for the script by an address of its own: Chromium's memory cache would otherwise
  // hand the second page the script as the first page decoded it.
  let pages = 0;
  const page = () => `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" href="data:," />
    <script src="/test/charset/event-timeline.min.js?page=${++pages}"></script>
  </head>
  <body>
    <event-timeline src="/events.json" style="width: 900px"></event-timeline>
  </body>
</html>
`;
  return async (ctx, next) => {
    const [, charset] = /^\/test\/charset\/page\/([\w-]+)$/.exec(ctx.path) ?? [];
    if (charset) return ((ctx.body = Buffer.from(page())), ctx.set('content-type', `text/html; charset=${charset}`));
    const [, name] = /^\/test\/charset\/([\w-]+(\/[\w-]+)*(\.[\w-]+)*\.(js|json))$/.exec(ctx.path) ?? [];
    const file = name && new URL(`./dist/${name}`, import.meta.url);
    if (!file || !existsSync(file)) return next();
    ctx.body = readFileSync(file);
    ctx.set('content-type', name.endsWith('.js') ? 'text/javascript' : 'application/json');
    ctx.set('cache-control', 'no-cache');
  };
}

export default {
  middleware: [faultsMiddleware(), rawDistMiddleware(), charsetPageMiddleware()],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    // Without the tsconfig, esbuild compiles class fields with define semantics (no useDefineForClassFields: false),
    // and the element's fields shadow Lit's reactive property accessors: Lit throws class-field-shadowing.
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
    files: zoneSensitive,
    browsers: [browser({ timeZone, locale })],
    testRunnerHtml: runnerHtml({ timeZone, locale }),
  })),
};
