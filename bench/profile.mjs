// `node bench/profile.mjs [story|100|1000|10000] [--cpu=4] [--top=18] [--save=DIR]`: where the
// main thread's time goes, by function, for the same steps the benchmark times: setting `src` (fetch, parse, layout, first
// render), the 20 zoom-in steps, the drag and the Reset glide. It builds the single file WITHOUT
// minification (same rollup config, terser left out) into a temp dir, so the profile names src/
// functions, and samples with V8's CPU profiler every 100 µs.
//
// Layout, style and paint are native work and show up as "(program)" or inside the JS function
// that forced them; bench/run.mjs has those totals from Chromium's metrics.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
import { generateTimeline } from './generate-events.mjs';
import { interact, waitReady } from './run.mjs';
import { launch, newPage, serve } from './serve.mjs';

const argv = process.argv.slice(2);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const set = argv.find((a) => !a.startsWith('--')) ?? '10000';
const cpu = Number(option('cpu') ?? 1);
const save = option('save');
const TOP = Number(option('top') ?? 18);

/** Functions of src/ (and a few of the libraries) whose inclusive time is worth seeing every time. */
const WATCH = [
  'parseTimeline',
  'parseDateValue',
  'toAxisMillis',
  'sortChronologically',
  'listSourceNames',
  'willUpdate',
  'update',
  'render',
  'updated',
  'renderChart',
  'renderToolbar',
  'renderEventLabel',
  'renderClusterLabel',
  'renderMark',
  'layoutTimeline',
  'createTicks',
  'formatTick',
  'clusterByInterval',
  'describeItem',
  'describeDate',
  'formatDateValue',
  'formatAxisRange',
  'wrapText',
  'placeLabels',
  'measure',
  'createTimeScale',
  'maxZoom',
  'maxScale',
  'chooseActive',
  'renderContext',
  'attach',
  'drawAxis',
  'announce',
];

async function buildUnminified() {
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-profile-'));
  const config = configs.find((c) => c.output.format === 'iife');
  const bundle = await rollup({
    ...config,
    plugins: config.plugins.filter((p) => p && p.name !== 'terser'),
    onwarn: () => {},
  });
  // generate, not write: the TypeScript plugin wants the output inside dist/; nothing is written there
  const { output } = await bundle.generate({ ...config.output, sourcemap: false });
  await bundle.close();
  const file = join(dir, 'event-timeline.js');
  writeFileSync(file, output[0].code);
  return file;
}

/** Self and inclusive ms per function (name + where), from a V8 CPU profile. */
function analyze(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const bundled = url.endsWith('/event-timeline.min.js');
    const where = url ? `${bundled ? 'bundle' : url.split('/').pop()}:${lineNumber + 1}` : '';
    const snippet = bundled && !functionName ? ` «${bundleLines[lineNumber]?.trim().slice(0, 70)}»` : '';
    return `${functionName || '(anonymous)'}${where ? ' ' + where : ''}${snippet}`;
  };
  const self = new Map();
  const inclusive = new Map();
  const byName = new Map();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = nodes.get(id);
    if (leaf.callFrame.functionName === '(idle)') return void (idle += dt);
    total += dt;
    self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt);
    const seen = new Set();
    const names = new Set();
    for (let n = leaf; n; n = nodes.get(parent.get(n.id))) {
      seen.add(key(n));
      names.add(n.callFrame.functionName);
    }
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    for (const k of names) byName.set(k, (byName.get(k) ?? 0) + dt);
  });
  return { total, idle, self, inclusive, byName };
}

function print(title, profile) {
  const { total, idle, self, byName } = analyze(profile);
  console.log(`\n== ${title}: ${total.toFixed(0)} ms busy (sampled), ${idle.toFixed(0)} ms idle`);
  console.log('  self time, top functions:');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`    ${v.toFixed(1).padStart(7)} ms  ${((100 * v) / total).toFixed(0).padStart(3)} %  ${k}`);
  console.log('  inclusive time of watched functions (by name):');
  const watched = WATCH.filter((n) => byName.has(n))
    .map((n) => [n, byName.get(n)])
    .sort((a, b) => b[1] - a[1]);
  console.log('    ' + watched.map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', '));
}

const data = set === 'story' ? {} : { [set]: JSON.stringify(generateTimeline(Number(set))) };
const unminified = await buildUnminified();
/** Lines of the unminified bundle, to show what an anonymous function is. */
const bundleLines = readFileSync(unminified, 'utf8').split('\n');
const server = await serve({ data, bundle: unminified }); // reads the file now
rmSync(join(unminified, '..'), { recursive: true });
const browser = await launch();
try {
  const { page, cdp, context } = await newPage(browser, cpu);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // The page without a src: the bundle is loaded and the element upgraded, then src is set under the profiler.
  await page.goto(`${server.origin}/bench/page.html`);
  await page.evaluate(() => window.__bench.afterFrames(3));
  const profiles = {};
  const phase = async (name, body) => {
    await cdp.send('Profiler.start');
    await body();
    profiles[name] = (await cdp.send('Profiler.stop')).profile;
  };
  const src = set === 'story' ? '/events.json' : `/data/${set}.json`;
  await phase('load', async () => {
    await page.evaluate((src) => (document.querySelector('event-timeline').src = src), src);
    await waitReady(page);
  });
  let running = false;
  await interact(page, cdp, async (name) => {
    if (running) profiles[running] = (await cdp.send('Profiler.stop')).profile;
    running = name === '' || name === 'idle' ? false : name;
    if (running) await cdp.send('Profiler.start');
  });
  console.log(`${set} events, CPU ${cpu}×, unminified build`);
  for (const [name, profile] of Object.entries(profiles)) {
    print(
      name === 'load'
        ? 'set src → timeline-ready → idle'
        : name === 'zoom'
          ? '20 ctrl+wheel zoom-in steps'
          : name === 'pan'
            ? '300 px drag'
            : 'Reset zoom glide',
      profile,
    );
    if (save) {
      mkdirSync(save, { recursive: true });
      writeFileSync(join(save, `${set}-${cpu}x-${name}.cpuprofile`), JSON.stringify(profile));
    }
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
