// `npm run screenshots [-- out-dir]`: the demo as readers see it, at phone and desktop widths, in
// light and dark, then the iframe embed and the Embed page, taken in the same headless Chromium the
// tests use. Needs a build (npm run build).
import { mkdirSync } from 'node:fs';
import { launch } from '../bench/serve.mjs';
import { startDevServer } from '@web/dev-server';

const out = process.argv[2] ?? 'screenshots/demo';
mkdirSync(out, { recursive: true });
const server = await startDevServer({
  config: { rootDir: '.', port: 0, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await launch();
try {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const ready = page.waitForEvent('console', { predicate: (m) => m.text() === 'ready', timeout: 10_000 });
      await page.addInitScript(() => document.addEventListener('timeline-ready', () => console.log('ready')));
      await page.goto(`http://localhost:${port}/demo/`);
      await ready;
      const file = `${out}/demo-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      await page.locator('event-timeline').screenshot({ path: `${out}/widget-${width}-${colorScheme}.png` });
      console.log(file);
      await page.close();
    }
  }
  // The iframe embed's page, as a frame of that width shows it, and the Embed page for producers.
  const shots = [
    { name: 'embed-frame-375', path: '/dist/embed.html?src=../events.json', width: 375, readies: 1 },
    { name: 'embed-frame-1280', path: '/dist/embed.html?src=../events.json', width: 1280, readies: 1 },
    {
      name: 'embed-frame-1280-dark',
      path: '/dist/embed.html?src=../events.json&theme=dark&locale=ar',
      width: 1280,
      readies: 1,
    },
    { name: 'embed-code-1280', path: '/demo/embed-code.html', width: 1280, readies: 2 },
    { name: 'embed-code-1280-dark', path: '/demo/embed-code.html', width: 1280, readies: 2, colorScheme: 'dark' },
    { name: 'embed-code-375', path: '/demo/embed-code.html', width: 375, readies: 2 },
  ];
  for (const { name, path, width, readies, colorScheme = 'light' } of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
    let count = 0;
    // Init scripts run in every frame, so the preview iframe's timeline is counted too.
    const ready = new Promise((resolve) =>
      page.on('console', (m) => m.text() === 'ready' && ++count === readies && resolve()),
    );
    await page.addInitScript(() => document.addEventListener('timeline-ready', () => console.log('ready')));
    await page.goto(`http://localhost:${port}${path}`);
    await Promise.race([ready, page.waitForTimeout(10_000)]);
    await page.waitForTimeout(300); // the frame's height message, then its layout
    const file = `${out}/${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
