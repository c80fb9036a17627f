/** A JSON object, whose fields are checked one by one. */
export type Dict = Record<string, unknown>;

/** An object that is neither null nor an array: what a file needs where it writes `{ … }`. */
export function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A table looked up by names from the data, without Object's own: `table.constructor` is
 * undefined, like any other name the table does not hold.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
