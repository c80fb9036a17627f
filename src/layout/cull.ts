/**
 * The events in view, without visiting every event on every frame of a zoom. Events come sorted by
 * start (parse-timeline.ts), so the last one in view is found by bisection; a range that starts
 * before the view may reach into it, so the first candidate is found by bisection on the running
 * maximum of the ends. Pure; the running maximum is kept per events array.
 */
import type { ScaleTime } from 'd3-scale';
import { remember } from '../util/cache.js';

interface Spanned {
  from: number;
  to: number;
}

const runningMaxEnds = new WeakMap<readonly Spanned[], Float64Array>();

function maxEndsOf(events: readonly Spanned[]): Float64Array {
  return remember(runningMaxEnds, events, () => {
    const ends = new Float64Array(events.length);
    let max = -Infinity;
    for (let i = 0; i < events.length; i++) ends[i] = max = Math.max(max, events[i].to);
    return ends;
  });
}

/**
 * The scale as a plain function, computed as d3's continuous scale computes it (normalise, then
 * interpolate), so its x are the very numbers `scale(value)` gives, at a fraction of the cost.
 */
export function linearOf(scale: ScaleTime<number, number>): (value: number) => number {
  const [d0, d1] = scale.domain().map(Number);
  const [r0, r1] = scale.range();
  const span = d1 - d0;
  return (value) => {
    const t = (value - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

/** First index in [from, n) for which `test` holds, given that it holds for every index after it too. */
export function bisect(n: number, test: (i: number) => boolean, from = 0): number {
  let lo = from;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The events that reach into [0, width] on an increasing scale, in their order, and the scale as
 * a plain function (linearOf). The events that start in view are copied, not visited: at the whole
 * extent of 10,000 events that is a copy, not a loop with a call per event, which matters in the
 * first frames of a zoom, whose code the engine has not optimised yet. Those that start before
 * the view are looked at one by one: few, unless a long range starts early in the data.
 */
export function cullToView<T extends Spanned>(
  events: readonly T[],
  scale: ScaleTime<number, number>,
  width: number,
): { visible: T[]; x: (value: number) => number } {
  const x = linearOf(scale);
  const ends = maxEndsOf(events);
  const n = events.length;
  const first = bisect(n, (i) => x(ends[i]) >= 0);
  const inView = bisect(n, (i) => x(events[i].from) >= 0, first);
  const last = bisect(n, (i) => x(events[i].from) > width, inView);
  // Between `first` and `inView` start the events that begin before the view: only those that
  // reach into it are in view. From `inView` to `last`, every event starts in view.
  const before: T[] = [];
  for (let i = first; i < inView; i++) if (x(events[i].to) >= 0) before.push(events[i]);
  const starting = events.slice(inView, last);
  return { visible: before.length ? before.concat(starting) : starting, x };
}
