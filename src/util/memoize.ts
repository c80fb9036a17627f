/**
 * Remembers the last result; recomputes only when an argument changed. A plain-object argument (an
 * options bag) counts as changed only when one of its own values did, so a caller can pass a fresh
 * object of the same inputs on every update.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let result: R;
  return (...args: A) => {
    if (!last || args.length !== last.length || args.some((arg, i) => !same(arg, last![i]))) {
      last = args;
      result = fn(...args);
    }
    return result;
  };
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
