/**
 * Idle time while the first events file is on its way. The first file a page reads pays for much
 * more than its events: V8 compiles the reading, layout and rendering code on first call, each
 * `Intl` formatter for the reader's language is built, luxon sets up its zones, Lit prepares its
 * templates. The widget spends idle time on a file of three events meanwhile (read, laid out and
 * rendered into a detached element, then dropped), so the real file finds all that done. Only in
 * idle time, step by step, and only until the file comes: a file that has arrived goes first.
 * With the story 100 ms away (bench/run.mjs --data-delay=100), its arrival to timeline-ready went
 * from 50 to 23 ms at 1× CPU. On localhost the file is there before the first idle moment, and
 * the warm-up does not run.
 */
import type { TimelineFile } from '../model/types.js';

/** The shapes most files have: a month, a range of days, a time in a zone, a group, an era, a source. */
export const WARM_UP_FILE: TimelineFile = {
  version: 1,
  timeZone: 'UTC',
  groups: [{ id: 'g', label: 'G' }],
  eras: [{ id: 'e', start: '2000-01', end: '2000-02-01', label: 'E' }],
  events: [
    { id: 'a', start: '2000-01', title: 'A a', group: 'g', sources: [{ name: 'S', url: 'https://example.org/' }] },
    { id: 'b', start: '2000-01-02', end: '2000-01-05', title: 'B b', sources: [{ name: 'S' }] },
    { id: 'c', start: '2000-02-01T12:00', title: 'C c', sources: [{ name: 'T' }] },
  ],
};

/** Runs `task` when the browser is idle (after a short timeout where there is no idle callback). */
export function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task);
  else setTimeout(task, 50);
}

/**
 * Runs `steps` in order in idle time, and stops for good as soon as `wanted()` is false (asked
 * before each step). Another step follows in the same idle period only while it has more time
 * left than the last step took. With `onePerIdle`, one step per idle callback: for steps long
 * enough that a reader's input arriving meanwhile would wait (a layout of 10,000 events at the
 * moment a reader is about to zoom).
 */
export function runWhenIdle(steps: ReadonlyArray<() => void>, wanted: () => boolean, { onePerIdle = false } = {}): void {
  let next = 0;
  const run = (deadline?: IdleDeadline) => {
    while (next < steps.length && wanted()) {
      const started = performance.now();
      steps[next++]();
      if (onePerIdle || !deadline || deadline.timeRemaining() <= performance.now() - started) break;
    }
    if (next < steps.length && wanted()) whenIdle(run);
  };
  whenIdle(run);
}
