/**
 * Remembers the last result; recomputes only when an argument changed. A plain-object argument (an
 * options bag) counts as changed only when one of its own values did, so a caller can pass a fresh
 * object of the same inputs on every update.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: unknown[] | undefined;
  let result: R;
  return (...args: A) => {
    const inputs = args.flatMap(valuesOf);
    if (!last || inputs.length !== last.length || inputs.some((input, i) => input !== last?.[i])) {
      // Kept only once computed: after a throw, the same inputs are tried again, not answered stale.
      result = fn(...args);
      last = inputs;
    }
    return result;
  };
}

/** A plain object stands for its own values; anything else for itself. */
const valuesOf = (arg: unknown): unknown[] =>
  typeof arg === 'object' && arg?.constructor === Object ? Object.values(arg) : [arg];
