import { DateTime } from 'luxon';
import type { TimelineFile } from '../src/model/types.js';

/** Deterministic pseudo-random numbers (LCG), so a failing data set can be rebuilt. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * `count` events over two years: about 10 % ranges, a few months, three groups, and some days
 * with several events, like a long-running story.
 */
export function generateTimeline(count: number, seed = count): TimelineFile {
  const next = random(seed);
  const origin = DateTime.fromISO('2015-01-01', { zone: 'utc' });
  const events = Array.from({ length: count }, (_, i) => {
    const day = origin.plus({ days: Math.floor(next() * 730) });
    const kind = next();
    const start = kind < 0.05 ? day.toFormat('yyyy-MM') : day.toISODate()!;
    const end = kind > 0.9 ? day.plus({ days: 1 + Math.floor(next() * 60) }).toISODate()! : undefined;
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
