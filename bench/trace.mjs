// `node bench/trace.mjs [set] [--cpu=4]`: Chromium's own breakdown (style, layout, paint, script…)
// of the benchmark's zoom, pan and reset, from a performance trace: the native time the V8
// profile of bench/profile.mjs shows only as "(program)". Top trace events by total duration.
import { generateTimeline } from './generate-events.mjs';
import { interact, loadPage, newPage, url } from './run.mjs';
import { launch, serve } from './serve.mjs';

const argv = process.argv.slice(2);
const set = argv.find((a) => !a.startsWith('--')) ?? '10000';
const cpu = Number(argv.find((a) => a.startsWith('--cpu='))?.split('=')[1] ?? 4);
const data = set === 'story' ? {} : { [set]: JSON.stringify(generateTimeline(Number(set))) };
const server = await serve({ data });
const browser = await launch();
try {
  const { page, cdp } = await newPage(browser, cpu);
  await loadPage(page, url(server.origin, set));
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'],
  });
  await interact(page, cdp);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = trace.traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const totals = new Map();
  for (const e of events) totals.set(e.name, totals.get(e.name) ?? { ms: 0, n: 0 });
  for (const e of events) {
    const t = totals.get(e.name);
    t.ms += e.dur / 1000;
    t.n++;
  }
  const top = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30);
  for (const [name, { ms, n }] of top)
    console.log(`${ms.toFixed(1).padStart(8)} ms ${String(n).padStart(5)}×  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
