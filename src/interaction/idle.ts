/** Work in the browser's idle time: the warm-up (prepare-controller.ts) and the views ahead of a zoom (prepare-zoom.ts). */

/** Runs `task` when the browser is idle (after a short timeout where there is no idle callback). */
function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task);
  else setTimeout(task, 50);
}

/**
 * Runs `steps` in order in idle time, and stops for good as soon as `wanted()` is false (asked
 * before each step). Another step follows in the same idle period only while it has more time
 * left than the last step took. With `onePerIdle`, one step per idle callback: for steps long
 * enough that a reader's input arriving meanwhile would wait.
 */
export function runWhenIdle(
  steps: ReadonlyArray<() => void>,
  wanted: () => boolean,
  { onePerIdle = false } = {},
): void {
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
