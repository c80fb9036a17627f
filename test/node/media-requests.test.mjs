// The privacy promise of "Media and privacy" (issue 13), checked on the built widget with every
// request intercepted by the browser: nothing goes to a provider before the reader presses play,
// and then exactly the player's embed address. Needs dist/ (npm test builds it first).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url);
const sources = [{ name: 'Wire' }];
const EVENTS = {
  version: 1,
  events: [
    ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42'],
    ['vimeo', 'https://vimeo.com/76979871'],
    ['soundcloud', 'https://soundcloud.com/artist/a-track'],
    ['spotify', 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC'],
    ['map', 'https://maps.google.com/?q=Russell+Senate+Office+Building'],
    ['document', 'https://www.documentcloud.org/documents/3497264-Sessions-Questionnaire.html'],
    ['video', 'https://cdn.example.org/clip.mp4'],
    ['page', 'https://en.wikipedia.org/wiki/Jeff_Sessions'],
  ].map(([id, url], i) => ({
    id,
    start: `2016-09-${String(i + 1).padStart(2, '0')}`,
    title: `The ${id}`,
    media: { url },
    sources,
  })),
};
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Media</title>
<script src="/dist/event-timeline.min.js"></script>
<event-timeline orientation="vertical"><script type="application/json">${JSON.stringify(EVENTS)}</script></event-timeline>`;

let server;
let origin;
let browser;

before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    const file = new URL(`.${path}`, ROOT);
    if (!/^\/dist\/[\w./-]+$/.test(path) || !existsSync(file)) return res.writeHead(404).end();
    const type = path.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  }).listen(0);
  origin = `http://localhost:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('no request leaves for a provider until play is pressed, then exactly the embed address', async () => {
  const context = await browser.newContext();
  const away = [];
  // Every request the page makes passes here; none leaves the machine.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    away.push(url);
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' });
  });
  const page = await context.newPage();
  await page.goto(origin);
  await page.waitForSelector('event-timeline >> [data-event-id]');
  // Open every event, media and all: still nothing for any provider.
  for (const { id } of EVENTS.events) {
    await page.click(`event-timeline >> [data-event-id="${id}"]`);
    await page.waitForSelector(`event-timeline >> #detail figure.media`);
  }
  assert.deepEqual(away, []);
  await page.click('event-timeline >> [data-event-id="youtube"]');
  await page.click('event-timeline >> #detail figure.media button');
  await page.waitForSelector('event-timeline >> #detail iframe');
  await page.waitForTimeout(300);
  assert.deepEqual(away, ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42']);
  await context.close();
});
