// The one generator of synthetic timelines, shared by the tests (test/generate.ts re-exports it)
// and the benchmark (bench/run.mjs). Plain ESM so Node runs it as is; types in generate-events.d.mts.
import { DateTime } from 'luxon';

/**
 * Deterministic pseudo-random numbers (LCG), so a failing data set can be rebuilt.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function random(seed) {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * `count` events over two years: about 10 % ranges, a few months, three groups, and some days
 * with several events, like a long-running story. The same `count` and `seed` give the same file.
 * @param {number} count
 * @param {number} [seed]
 * @returns {import('../src/model/types.js').TimelineFile}
 */
export function generateTimeline(count, seed = count) {
  const next = random(seed);
  const origin = DateTime.fromISO('2015-01-01', { zone: 'utc' });
  /** @type {{ id: string, start: string, end?: string, title: string, group: string, sources: { name: string }[] }[]} */
  const events = Array.from({ length: count }, (_, i) => {
    const day = origin.plus({ days: Math.floor(next() * 730) });
    const kind = next();
    const start = kind < 0.05 ? day.toFormat('yyyy-MM') : /** @type {string} */ (day.toISODate());
    const end =
      kind > 0.9 ? /** @type {string} */ (day.plus({ days: 1 + Math.floor(next() * 60) }).toISODate()) : undefined;
    const words = 2 + Math.floor(next() * 8);
    return {
      id: `e${i}`,
      start,
      ...(end && { end }),
      title: `Event ${i} ` + 'lorem ipsum dolor sit amet consectetur adipiscing'.split(' ').slice(0, words).join(' '),
      group: ['a', 'b', 'c'][i % 3],
      sources: [{ name: 'Wire' }],
    };
  });
  // Same-day pile-ups: every 25th event shares the day of the one before.
  for (let i = 25; i < count; i += 25) events[i] = { ...events[i], start: events[i - 1].start, end: undefined };
  return {
    version: 1,
    title: `${count} generated events`,
    groups: [
      { id: 'a', label: 'Alpha' },
      { id: 'b', label: 'Beta' },
      { id: 'c', label: 'Gamma' },
    ],
    events,
  };
}
