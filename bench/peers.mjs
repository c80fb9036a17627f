// Our widget side by side with the fastest peer, timelines-chart (a devDependency), in the same run:
// fresh contexts, interleaved (ours, peer, peer, ours, …) so that drift in the machine's speed falls on
// both, each widget fed its own format from the same server, one finish line (bench/race.html).
// `npm run bench` runs it with the rest; alone:
//
//   node bench/peers.mjs --sets=story,1000 --cpu=1,4 --runs=5 [--data-delay=100]
//
// Reports medians and our time as a ratio to the peer's: navigation → drawn, init → drawn, and
// data → drawn (from the data file's last byte; with --data-delay the file comes that much later,
// as from a server farther away than localhost).
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { generateTimeline } from './generate-events.mjs';

export const PEER = 'timelines-chart';
const WIDGETS = ['ours', PEER];
const DRAWN = 'event-timeline-race:drawn';

/**
 * timelines-chart's data for one of our files: a swimlane per group, every event a segment of it.
 * An event without an end is a segment of no length, which the peer draws 1 px wide.
 */
export function toPeerData(file) {
  const zone = file.timeZone ?? 'utc';
  const millis = (value) => DateTime.fromISO(value, { zone }).toMillis();
  const lanes = new Map((file.groups ?? []).map((group) => [group.id, []]));
  for (const event of file.events) {
    const lane = event.group ?? '';
    if (!lanes.has(lane)) lanes.set(lane, []);
    const start = millis(event.start);
    // A number for the peer's colour scale: the lane's place.
    const val = [...lanes.keys()].indexOf(lane);
    lanes.get(lane).push({ timeRange: [start, event.end ? millis(event.end) : start], val });
  }
  const label = (id) => file.groups?.find((group) => group.id === id)?.label ?? (id || 'Events');
  return {
    count: file.events.length,
    lines: [{ group: file.title ?? '', data: [...lanes].map(([id, data]) => ({ label: label(id), data })) }],
  };
}

/** What the race needs from the server besides the data sets run.mjs serves: path -> body. */
export function raceFiles(sets) {
  const files = {
    '/bench/race.html': readFileSync(new URL('race.html', import.meta.url)),
    '/peers/timelines-chart.min.js': readFileSync(
      new URL('../node_modules/timelines-chart/dist/timelines-chart.min.js', import.meta.url),
    ),
  };
  for (const set of sets) {
    const file =
      set === 'story'
        ? JSON.parse(readFileSync(new URL('../events.json', import.meta.url), 'utf8'))
        : generateTimeline(Number(set));
    files[`/peer-data/${set}.json`] = JSON.stringify(toPeerData(file));
  }
  return files;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One fresh load of the race page: { navToDrawn, initToDrawn, dataToDrawn } in ms. */
async function load(newPage, browser, origin, widget, set, rate) {
  const { context, page, errors } = await newPage(browser, rate);
  try {
    const drawn = page.waitForEvent('console', { predicate: (m) => m.text() === DRAWN, timeout: 120_000 });
    await page.goto(`${origin}/bench/race.html?widget=${widget}&set=${set}`, { waitUntil: 'commit' });
    await drawn;
    const race = await page.evaluate(() => globalThis.__race);
    // timelines-chart 2.14.3 throws from its overview's brush in some cold loads (a race between its
    // own debounced updates: "reading 'domain'" of a scale not yet set) and draws every segment all
    // the same: counted, not fatal. An error of ours is.
    const fatal = widget === 'ours' ? errors : [];
    if (race.error || fatal.length) throw new Error(`${widget}, ${set}: ${race.error ?? fatal.join('; ')}`);
    // A median over a NaN is some other number: a load whose data file was not seen is no load.
    if (!Number.isFinite(race.data)) throw new Error(`${widget}, ${set}: no data file in Resource Timing`);
    return {
      navToDrawn: race.drawn,
      initToDrawn: race.drawn - race.init,
      dataToDrawn: race.drawn - race.data,
      errors: errors.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * `runs` loads of each widget per set and CPU rate, interleaved: even rounds ours first, odd rounds
 * the peer first. `beforeLoad` runs before every load (run.mjs waits there for a quiet machine).
 */
export async function race({ browser, origin, newPage, sets, rates, runs, beforeLoad = async () => {} }) {
  const rows = [];
  for (const set of sets)
    for (const cpu of rates) {
      const loads = Object.fromEntries(WIDGETS.map((w) => [w, []]));
      for (let i = 0; i < runs; i++) {
        for (const widget of i % 2 ? [...WIDGETS].reverse() : WIDGETS) {
          await beforeLoad();
          loads[widget].push(await load(newPage, browser, origin, widget, set, cpu));
        }
        process.stderr.write(`\rside by side, ${set} events, CPU ${cpu}×: ${i + 1}/${runs}   `);
      }
      process.stderr.write('\n');
      const of = (widget, key) => median(loads[widget].map((l) => l[key]));
      const row = { set, cpu, runs: loads, peerErrors: loads[PEER].filter((l) => l.errors).length };
      for (const key of ['navToDrawn', 'initToDrawn', 'dataToDrawn'])
        row[key] = { ours: of('ours', key), peer: of(PEER, key), ratio: of('ours', key) / of(PEER, key) };
      rows.push(row);
    }
  return rows;
}

/** The side-by-side table, ratios first. */
export function formatRace(rows) {
  const ms = (x) => x.toFixed(0);
  const lines = [
    `set     CPU  nav→drawn ratio  ours  ${PEER}   init→drawn ratio  ours  ${PEER}   data→drawn ratio  ours  ${PEER}`,
    ...rows.map((r) =>
      [
        String(r.set).padEnd(7),
        `${r.cpu}×`.padStart(3),
        `${r.navToDrawn.ratio.toFixed(2)}×`.padStart(16),
        ms(r.navToDrawn.ours).padStart(5),
        ms(r.navToDrawn.peer).padStart(PEER.length + 1),
        `${r.initToDrawn.ratio.toFixed(2)}×`.padStart(19),
        ms(r.initToDrawn.ours).padStart(5),
        ms(r.initToDrawn.peer).padStart(PEER.length + 1),
        `${r.dataToDrawn.ratio.toFixed(2)}×`.padStart(19),
        ms(r.dataToDrawn.ours).padStart(5),
        ms(r.dataToDrawn.peer).padStart(PEER.length + 1),
      ].join(' '),
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launch, newPage, serve } = await import('./serve.mjs');
  const argv = process.argv.slice(2);
  const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const sets = (option('sets') ?? 'story,100,1000,10000').split(',');
  const data = Object.fromEntries(
    sets.filter((s) => s !== 'story').map((s) => [s, JSON.stringify(generateTimeline(Number(s)))]),
  );
  const dataDelay = Number(option('data-delay') ?? 0);
  if (!(dataDelay >= 0)) throw new Error(`--data-delay takes ms, not ${option('data-delay')}`);
  const server = await serve({ data, bundle: option('bundle'), dataDelay, files: raceFiles(sets) });
  const browser = await launch();
  try {
    const rows = await race({
      browser,
      origin: server.origin,
      newPage,
      sets,
      rates: (option('cpu') ?? '1,4').split(',').map(Number),
      runs: Number(option('runs') ?? 5),
    });
    console.log(formatRace(rows));
  } finally {
    await browser.close();
    await server.close();
  }
}
