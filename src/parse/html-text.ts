/**
 * Text from a fragment of HTML, for fields that are text only (titles, credits) when an imported
 * TimelineJS file holds markup in them. The result is always rendered as text, never parsed as
 * HTML, so this only needs to make it read well: tags go, entities become their characters, and
 * the content of script and style goes entirely.
 */
import { table } from '../util/dict.js';

/** The entities a headline is likely to hold; any other stays as written (`&constructor;` too). */
const NAMED = table({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
});

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>?/g, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? entity;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
  });
}
