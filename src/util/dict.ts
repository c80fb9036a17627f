/** A JSON object, whose fields are checked one by one. */
export type Dict = Record<string, unknown>;

/** An object that is neither null nor an array: what a file needs where it writes `{ … }`. */
export function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
