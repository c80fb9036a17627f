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
    // An unclosed comment runs to the end, as a browser reads it (and as the search must, to stay linear).
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>?/gi, ' ')
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

/**
 * Abbreviations a newsroom writes before a name or a place ("Sen. Jeff Sessions", "St. Louis"):
 * their full stop ends no sentence. Single letters ("J. Smith", "U.S.") are initials and need no entry.
 */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm pres st mt ft jr sr no vs'.split(' '),
);

/**
 * A mark that may end a sentence, with the quotes or brackets that close on it, before a space or
 * the end; an ideographic one needs no space after it. An ellipsis ("…", "...") goes on.
 */
const SENTENCE_END = /([.!?]+)["'”’)\]]*(?=\s|$)|[。！？]/gu;

/**
 * A title for an item that has none, from its text (already without markup): the first sentence,
 * at most `max` characters, cut at a word with "…" when longer. A closing full stop (. or 。) goes, as
 * headlines have none; a question or an exclamation keeps its mark.
 */
export function firstSentence(text: string, max = 80): string {
  // Only the start is read: the rest of a long text never changes its title.
  const head = text.slice(0, max * 4).trim();
  let sentence = head;
  for (const match of head.matchAll(SENTENCE_END)) {
    const mark = match[1];
    if (mark?.startsWith('..') || (mark === '.' && isAbbreviation(head.slice(0, match.index)))) continue;
    sentence = head.slice(0, match.index + match[0].length).replace(/(?<!\.)[.。]$/, '');
    break;
  }
  const chars = Array.from(sentence);
  if (chars.length <= max) return sentence;
  // The most whole words that leave room for the ellipsis; a word longer than the title is cut
  // inside, since an empty title would say less.
  const room = chars.slice(0, max).join('');
  const space = room.search(/\s\S*$/);
  const words = space > 0 ? room.slice(0, space) : chars.slice(0, max - 1).join('');
  return words.replace(/[\s,;:–—-]+$/, '') + '…';
}

/** Whether the word before a full stop is an initial or an abbreviation, so the stop ends no sentence. */
function isAbbreviation(before: string): boolean {
  // Only the last few characters: no abbreviation is longer, and a text of many stops stays quick.
  const word = /(?:^|[\s(["“‘])([\p{L}.]+)$/u.exec(before.slice(-12))?.[1];
  if (!word) return false;
  return /^\p{L}$/u.test(word) || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase());
}
