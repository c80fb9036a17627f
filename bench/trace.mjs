// Where the main thread's time goes, from Chromium's own performance trace: the native work (style,
// layout, paint, compilation, garbage collection) that a V8 profile shows only as "(program)".
//
//   node bench/trace.mjs [set] [--cpu=4]     the benchmark's zoom, pan and reset: top trace events by total duration
//   node bench/trace.mjs --load [set] [--runs=5] [--functions]
//       one cold load of bench/race.html (our widget), from init (the element created, the single
//       file already run) to drawn (the first frame after timeline-ready), every ms accounted for:
//       the trace splits the main thread into compilation, garbage collection, style, layout,
//       paint, script and waiting (for the events file, for a frame); then a V8 CPU profile of an
//       unminified build splits the script by the package or src/ folder whose code ran (through
//       the build's source map). Medians over the runs.
import { decode } from '@jridgewell/sourcemap-codec';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
import { generateTimeline } from './generate-events.mjs';
import { raceFiles } from './peers.mjs';
import { interact, loadPage, url } from './run.mjs';
import { launch, newPage, serve } from './serve.mjs';

const argv = process.argv.slice(2);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const set = argv.find((a) => !a.startsWith('--')) ?? (argv.includes('--load') ? 'story' : '10000');
const cpu = Number(option('cpu') ?? (argv.includes('--load') ? 1 : 4));
const RUNS = Number(option('runs') ?? 5);
const data = set === 'story' ? {} : { [set]: JSON.stringify(generateTimeline(Number(set))) };
const DRAWN = 'event-timeline-race:drawn';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The renderer's main thread: the CrRendererMain with the most events. */
function mainThread(events) {
  let best;
  let most = 0;
  for (const t of events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')) {
    const n = events.filter((e) => e.pid === t.pid && e.tid === t.tid).length;
    if (n > most) [best, most] = [t, n];
  }
  return events.filter((e) => e.pid === best.pid && e.tid === best.tid);
}

async function traceInteraction() {
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
    const events = mainThread(trace.traceEvents).filter((e) => e.ph === 'X' && e.dur);
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
}

// ---- a cold load, accounted for ---------------------------------------------------------------

/**
 * Trace events by kind: a span's own time (less the spans inside it) goes to its kind, or to its
 * parent's. A task's own time is V8 running its callbacks and microtasks.
 */
const NATIVE = [
  [
    /^V8\.(Compile|ParseFunction|ParseProgram|Deserialize|MarkCandidates|Optimize|Maglev|Finalize)|^v8\.compile|^FlushInstructionCache$/,
    'V8 parse, compile and optimise',
  ],
  [/GC|Scavenge|MarkCompact|^V8\.GC/, 'garbage collection'],
  [/^(UpdateLayoutTree|Document::recalcStyle|ParseAuthorStyleSheet)$/, 'style'],
  [/^(Layout|LocalFrameView::layout)$/, 'layout'],
  [/^(Paint|PrePaint|Layerize|Commit|UpdateLayer|LocalFrameView::RunPaintLifecyclePhase)$/, 'paint'],
  [/^(ParseHTML|HTMLDocumentParser::)/, 'HTML parsing'],
  [
    /^(v8\.run|v8\.callFunction|v8\.callAsConstructor|v8\.newInstance|FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|RunTask)$/,
    'script (V8 running JS, Blink bindings)',
  ],
];
const OTHER = 'other browser work (tasks, the frame lifecycle)';

/** Splits [from, to] of the main thread into buckets of self time; the gaps between tasks are waiting. */
function account(events, from, to) {
  const spans = events
    .filter((e) => e.ph === 'X' && e.dur > 0 && e.ts < to && e.ts + e.dur > from)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const buckets = new Map();
  const add = (name, us) => buckets.set(name, (buckets.get(name) ?? 0) + us / 1000);
  // Self time of each span (clipped to the window), by a sweep over the nesting.
  const stack = [];
  const clip = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  let busyUntil = from;
  let busy = 0;
  // A span's bucket is its own kind's, or else its parent's: text shaping inside layout is layout.
  const close = (span) => add(span.bucket, clip(span.ts, span.ts + span.dur) - span.children);
  for (const e of spans) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) {
      const done = stack.pop();
      close(done);
    }
    const bucket = NATIVE.find(([pattern]) => pattern.test(e.name))?.[1] ?? stack[stack.length - 1]?.bucket ?? OTHER;
    const span = { ts: e.ts, dur: e.dur, bucket, children: 0 };
    if (stack.length) stack[stack.length - 1].children += clip(e.ts, e.ts + e.dur);
    else {
      busy += clip(Math.max(e.ts, busyUntil), e.ts + e.dur);
      busyUntil = Math.max(busyUntil, e.ts + e.dur);
    }
    stack.push(span);
  }
  while (stack.length) close(stack.pop());
  return { buckets, busy: busy / 1000 };
}

/** One cold load of the race page, traced: the main thread between init and drawn, by bucket. */
async function traceLoad(browser, origin) {
  const { context, page } = await newPage(browser, cpu);
  try {
    await page.goto(`${origin}/bench/race.html?widget=none&set=none`).catch(() => {});
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink',
        'blink.user_timing',
        'loading',
        'v8',
        'disabled-by-default-v8.compile',
        'disabled-by-default-v8.gc',
      ],
    });
    const drawn = page.waitForEvent('console', { predicate: (m) => m.text() === DRAWN, timeout: 60_000 });
    await page.goto(`${origin}/bench/race.html?widget=ours&set=${set}`, { waitUntil: 'commit' });
    await drawn;
    const {
      init,
      drawn: end,
      dataStart,
      dataEnd,
    } = await page.evaluate(() => {
      const data = performance.getEntriesByType('resource').find((r) => /\.json$/.test(r.name));
      return { ...globalThis.__race, dataStart: data?.startTime, dataEnd: data?.responseEnd };
    });
    const trace = JSON.parse((await browser.stopTracing()).toString());
    // performance.now() is ms since the document's navigationStart, a user-timing mark in the trace
    // on the thread that runs the page.
    const nav = trace.traceEvents
      .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('widget=ours'))
      .pop();
    const events = trace.traceEvents.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
    const at = (ms) => nav.ts + ms * 1000;
    const { buckets, busy } = account(events, at(init), at(end));
    const total = end - init;
    // Idle main thread: before the data arrives it waits for the network, after it for a frame.
    const waitingForData = Math.max(0, Math.min(dataEnd, end) - Math.max(dataStart, init));
    buckets.set('idle, the events file on its way', Math.max(0, Math.min(waitingForData, total - busy)));
    buckets.set(
      'idle, other (frames, timers)',
      Math.max(0, total - busy - buckets.get('idle, the events file on its way')),
    );
    return { total, buckets };
  } finally {
    await context.close();
  }
}

/** The single file built without terser, with its source map: what each line of it came from. */
async function buildUnminified() {
  const config = configs.find((c) => c.output.format === 'iife');
  const bundle = await rollup({ ...config, plugins: config.plugins.filter((p) => p && p.name !== 'terser') });
  const { output } = await bundle.generate({ ...config.output, sourcemap: true });
  await bundle.close();
  const [chunk] = output;
  const segments = decode(chunk.map.mappings).map((line) => line[0]);
  const lines = segments.map((segment) => segment?.[1]);
  const origin = (source) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (match) return match[1].replace(/^@lit\/reactive-element$|^lit-(html|element)$/, 'lit');
    const folder = /src\/([^/]+)\//.exec(source);
    return folder ? `src/${folder[1]}/` : source;
  };
  return {
    code: chunk.code,
    originOfLine: (line) => (lines[line] === undefined ? '' : origin(chunk.map.sources[lines[line]])),
    /** file:line in the source, for functions without a name. */
    placeOfLine: (line) =>
      segments[line]?.[1] === undefined
        ? ''
        : `${chunk.map.sources[segments[line][1]].replace(/^.*?(node_modules\/|src\/)/, '$1')}:${segments[line][2] + 1}`,
  };
}

/**
 * One cold load under V8's CPU profiler (unminified build), between init and drawn (the race page
 * calls console.profile there when asked): self time by the package or src/ folder whose code ran.
 */
async function profileLoad(browser, origin, { originOfLine, placeOfLine }) {
  const { context, page, cdp } = await newPage(browser, cpu);
  try {
    await page.goto(`${origin}/bench/race.html?widget=none&set=none`).catch(() => {});
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const finished = new Promise((resolve, reject) => {
      cdp.on('Profiler.consoleProfileFinished', resolve);
      setTimeout(() => reject(new Error('no profile from the race page in 60 s')), 60_000).unref();
    });
    await page.goto(`${origin}/bench/race.html?widget=ours&set=${set}&profile`, { waitUntil: 'commit' });
    const { profile } = await finished;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const byOrigin = new Map();
    const byFunction = new Map();
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = nodes.get(id).callFrame;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const key = url.endsWith('/event-timeline.min.js')
        ? originOfLine(lineNumber) || 'the single file (its wrapper)'
        : url
          ? 'the page'
          : functionName === '(idle)'
            ? 'idle'
            : functionName === '(garbage collector)'
              ? 'garbage collection'
              : functionName === '(program)'
                ? '(program): native work outside JS (style, layout, paint, compilation, parsing)'
                : `native: ${functionName}`;
      byOrigin.set(key, (byOrigin.get(key) ?? 0) + dt);
      const place = url.endsWith('/event-timeline.min.js') ? placeOfLine(lineNumber) : '';
      const name = `${functionName || '(anonymous)'} (${place || key})`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
    });
    return { byOrigin, byFunction };
  } finally {
    await context.close();
  }
}

async function accountLoad() {
  const browser = await launch();
  const files = raceFiles([set]);
  const server = await serve({ data, files });
  const traced = [];
  try {
    for (let i = 0; i < RUNS; i++) traced.push(await traceLoad(browser, server.origin));
  } finally {
    await server.close();
  }
  const { code, ...lookups } = await buildUnminified();
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-trace-'));
  writeFileSync(join(dir, 'event-timeline.min.js'), code);
  const unminified = await serve({ data, files, bundle: join(dir, 'event-timeline.min.js') });
  rmSync(dir, { recursive: true });
  const profiled = [];
  try {
    for (let i = 0; i < RUNS; i++) profiled.push(await profileLoad(browser, unminified.origin, lookups));
  } finally {
    await unminified.close();
    await browser.close();
  }
  const total = median(traced.map((t) => t.total));
  console.log(
    `${set}, CPU ${cpu}×: init → drawn ${total.toFixed(1)} ms (median of ${RUNS} traced cold loads; tracing adds a little)\n`,
  );
  console.log('main thread, init → drawn (trace):');
  const names = [...new Set(traced.flatMap((t) => [...t.buckets.keys()]))];
  for (const name of names.sort(
    (a, b) => median(traced.map((t) => t.buckets.get(b) ?? 0)) - median(traced.map((t) => t.buckets.get(a) ?? 0)),
  ))
    console.log(
      `  ${median(traced.map((t) => t.buckets.get(name) ?? 0))
        .toFixed(1)
        .padStart(6)} ms  ${name}`,
    );
  console.log(
    '\ninit → drawn by whose code ran (V8 CPU profile of an unminified build, 50 µs samples; its own overhead included):',
  );
  const top = (maps, min, count = Infinity) =>
    [...new Set(maps.flatMap((m) => [...m.keys()]))]
      .map((name) => [name, median(maps.map((m) => m.get(name) ?? 0))])
      .filter(([, ms]) => ms >= min)
      .sort((a, b) => b[1] - a[1])
      .slice(0, count);
  for (const [name, ms] of top(
    profiled.map((p) => p.byOrigin),
    0.5,
  ))
    console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${name}`);
  if (argv.includes('--functions')) {
    console.log('\nthe functions with the most self time:');
    for (const [name, ms] of top(
      profiled.map((p) => p.byFunction),
      0.3,
      40,
    ))
      console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${name}`);
  }
}

if (argv.includes('--load')) await accountLoad();
else await traceInteraction();
