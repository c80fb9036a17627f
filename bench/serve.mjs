// The benchmark's web server and browser: localhost only, nothing cached, data sets from memory.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = new URL('../', import.meta.url);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Serves bench/page.html (and floor.html), the built bundle (`bundle`: default dist/event-timeline.min.js, or an
 * absolute path; read once now, served as /dist/event-timeline.min.js) with the parts and
 * catalogues it loads from beside itself (dist/event-timeline-*.js, dist/locales/), the story at
 * their repository paths, and each entry of `data` at /data/<name>.json. `dataDelay` (ms) holds back
 * the answer for each events file (events.json, /data/), as a network farther away than localhost would.
 * `files` adds more, path -> body (bench/peers.mjs: the race page, the peers' scripts and data).
 * @param {{ data: Record<string, string>, bundle?: string, dataDelay?: number, files?: Record<string, string | Buffer> }} options
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function serve({ data, bundle = 'dist/event-timeline.min.js', dataDelay = 0, files: more = {} }) {
  const files = new Map([
    ['/bench/page.html', readFileSync(new URL('bench/page.html', ROOT))],
    ['/bench/floor.html', readFileSync(new URL('bench/floor.html', ROOT))],
    ['/dist/event-timeline.min.js', readFileSync(bundle.startsWith('/') ? bundle : new URL(bundle, ROOT))],
    ['/events.json', readFileSync(new URL('events.json', ROOT))],
  ]);
  const beside = bundle.startsWith('/')
    ? new URL(`file://${bundle.slice(0, bundle.lastIndexOf('/') + 1)}`)
    : new URL('dist/', ROOT);
  // A bundle alone in a folder (bench/profile.mjs's unminified build) takes the built parts of dist/.
  const dir = existsSync(new URL('locales/', beside)) ? beside : new URL('dist/', ROOT);
  for (const file of readdirSync(dir))
    if (/^event-timeline-.+\.js$/.test(file)) files.set(`/dist/${file}`, readFileSync(new URL(file, dir)));
  for (const file of readdirSync(new URL('locales/', dir)))
    files.set(`/dist/locales/${file}`, readFileSync(new URL(`locales/${file}`, dir)));
  for (const [name, json] of Object.entries(data)) files.set(`/data/${name}.json`, Buffer.from(json));
  for (const [path, body] of Object.entries(more)) files.set(path, Buffer.from(body));
  // Compressed once, here, as a web server or CDN would send them (gzip -9, the budget's measure).
  const gzipped = new Map([...files].map(([path, body]) => [path, gzipSync(body, { level: 9 })]));
  const answer = (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const plain = files.get(path);
    if (!plain) return response.writeHead(404).end();
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipped.get(path) : plain;
    response.writeHead(200, {
      'Content-Type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream',
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  };
  const isData = (url = '') => /^\/(events\.json|data\/|peer-data\/)/.test(url);
  const server = createServer((request, response) =>
    dataDelay > 0 && isData(request.url)
      ? setTimeout(() => answer(request, response), dataDelay)
      : answer(request, response),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Headless Debian Chromium, as the tests run it. */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Every benchmark page's viewport. */
export const VIEWPORT = { width: 1280, height: 800 };

/** A fresh context and page, with DevTools' performance metrics on and the CPU slowed `rate` times. */
export async function newPage(browser, rate) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp, errors };
}
