// Waiting in browser tests: for a condition, a while, an idle period or a frame.

/** Polls every `every` ms until `check` returns something truthy, and returns that; fails naming `what` after `ms`. */
export async function until<T>(
  check: () => T | undefined | null | false,
  what: string,
  { ms = 8000, every = 25 } = {},
): Promise<T> {
  for (let waited = 0; waited < ms; waited += every) {
    const value = check();
    if (value) return value; // '' and 0 count as not yet
    await sleep(every);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A timer of `ms` milliseconds (0: the next task). */
export const sleep = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The next idle period of the page (requestIdleCallback). */
export const idle = (): Promise<IdleDeadline> => new Promise((resolve) => requestIdleCallback(resolve));

/** The next animation frame. */
export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
