/**
 * The events in view and their x, without visiting every event on every frame of a zoom. Events
 * come sorted by start (parse-timeline.ts), so the last one in view is found by bisection; a range
 * that starts before the view may reach into it, so the first candidate is found by bisection on
 * the running maximum of the ends. Pure; the running maximum is kept per events array.
 */
import type { ScaleTime } from 'd3-scale';

interface Spanned {
  from: number;
  to: number;
}

const runningMaxEnds = new WeakMap<readonly Spanned[], Float64Array>();

function maxEndsOf(events: readonly Spanned[]): Float64Array {
  let ends = runningMaxEnds.get(events);
  if (!ends) {
    ends = new Float64Array(events.length);
    let max = -Infinity;
    for (let i = 0; i < events.length; i++) ends[i] = max = Math.max(max, events[i].to);
    runningMaxEnds.set(events, ends);
  }
  return ends;
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

/** First index in [0, n) for which `test` holds, given that it holds for every index after it too. */
function bisect(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The events that reach into [0, width] on an increasing scale, in their order, with the x of
 * each start (unclamped).
 */
export function cullToView<T extends Spanned>(events: readonly T[], scale: ScaleTime<number, number>, width: number): { visible: T[]; starts: number[] } {
  const x = linearOf(scale);
  const ends = maxEndsOf(events);
  const first = bisect(events.length, (i) => x(ends[i]) >= 0);
  const last = bisect(events.length, (i) => x(events[i].from) > width);
  const visible: T[] = [];
  const starts: number[] = [];
  for (let i = first; i < last; i++) {
    const event = events[i];
    if (x(event.to) < 0) continue;
    visible.push(event);
    starts.push(x(event.from));
  }
  return { visible, starts };
}
