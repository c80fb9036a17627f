/** Remembers the last result; recomputes only when an argument is a different value. */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let result: R;
  return (...args: A) => {
    if (!last || args.some((arg, i) => arg !== last![i])) {
      last = args;
      result = fn(...args);
    }
    return result;
  };
}
