/**
 * A value in a message, in single quotes and shortened to at most `max` characters (the ellipsis
 * included), so a producer sees what was wrong without a wall of text. The message is shown as
 * text, never as markup. A value JSON cannot write (nested deeper than the stack, cyclic) is
 * named by its kind.
 */
export function quote(value: unknown, max = 40): string {
  return `'${shorten(typeof value === 'string' ? value : written(value), max)}'`;
}

/** Text cut to at most `max` characters, the ellipsis included: a name from the data in a message or a path. */
export function shorten(text: string, max = 61): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function written(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : String(value);
  }
}
