/**
 * A value in a message, in single quotes and shortened to at most `max` characters (the ellipsis
 * included), so a producer sees what was wrong without a wall of text. The message is shown as
 * text, never as markup.
 */
export function quote(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `'${text.length > max ? text.slice(0, max - 1) + '…' : text}'`;
}
