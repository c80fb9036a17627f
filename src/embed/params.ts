/**
 * The query parameters of the iframe page (embed.html?src=…&locale=…&theme=…), checked before
 * anything is built from them. They come from whoever wrote the iframe's address, so every value
 * is either accepted in a known form or named in a problem; nothing is passed on as it came.
 */
import type { Orientation, Theme } from '../model/types.js';
import { quote } from '../util/quote.js';

// snippet.ts and embed-code-page.ts import Theme from here.
export type { Orientation, Theme };

export interface EmbedOptions {
  /** Absolute http(s) address of the events file. */
  src: string;
  /** Canonical BCP 47 tag, when given. */
  locale?: string;
  theme?: Theme;
  orientation?: Orientation;
  /** The element's id: deep links are `#<id>=<event id>`; also the Datawrapper chart key. */
  id: string;
}

/** What the page reads: the options when all are valid, else the problems; and whom to tell its height. */
export interface EmbedParams {
  options?: EmbedOptions;
  problems: ParamProblem[];
  /** The Datawrapper chart key: the `id` parameter when valid, else the default. */
  id: string;
  /** pym.js's parent names its frame with `childId`; heights go back under it. */
  childId?: string;
}

export interface ParamProblem {
  param: string;
  message: string;
}

export type Checked<T> = { value: T } | { problem: string };

export const DEFAULT_ID = 'timeline';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const ORIENTATIONS: readonly Orientation[] = ['horizontal', 'vertical'];
// Long enough for any CDN address; a cap keeps absurd values out of messages and requests.
const MAX_URL = 2048;
// An id that is safe in a URL fragment, a CSS selector and an HTML id without escaping.
const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
// A quoted value in a message: 80 characters, enough to tell addresses apart, then the ellipsis.
const QUOTED = 81;

/**
 * An events file address: http(s) anywhere, or a path resolved against the frame page (so on the
 * same site). `javascript:`, `data:`, `blob:`, `file:` and the like are refused.
 */
export function checkSrc(raw: string | null, base: string): Checked<string> {
  const value = (raw ?? '').trim();
  if (!value) return { problem: 'missing: add ?src= and the address of the events file (JSON or CSV)' };
  if (value.length > MAX_URL) return { problem: `an address of at most ${MAX_URL} characters; got ${value.length}` };
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return {
      problem: `expected an address like https://example.org/events.json or a path like ../events.json; got ${quote(value, QUOTED)}`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `only http and https addresses or paths on this site are allowed; got ${quote(value, QUOTED)}` };
  }
  // Browsers block it anyway (mixed content); say so instead of failing with a network error.
  if (url.protocol === 'http:' && new URL(base).protocol === 'https:') {
    return { problem: `an http address cannot be loaded into an https page; use https; got ${quote(value, QUOTED)}` };
  }
  if (url.username || url.password)
    return { problem: `an address without a user name or password; got ${quote(value, QUOTED)}` };
  return { value: url.href };
}

/** A BCP 47 language tag, in its canonical form (`en-us` becomes `en-US`). */
export function checkLocale(raw: string): Checked<string> {
  try {
    const [canonical] = Intl.getCanonicalLocales(raw.trim());
    if (canonical) return { value: canonical };
  } catch {
    // RangeError: not a language tag
  }
  return { problem: `expected a language tag like en, de-CH or pt-BR; got ${quote(raw, QUOTED)}` };
}

function checkChoice<T extends string>(raw: string, choices: readonly T[]): Checked<T> {
  const value = raw.trim().toLowerCase() as T;
  return choices.includes(value) ? { value } : { problem: `expected ${choices.join(', ')}; got ${quote(raw, QUOTED)}` };
}

/** An element id for deep links: a letter, then up to 63 letters, digits, `-` or `_`. */
export function checkId(raw: string): Checked<string> {
  const value = raw.trim();
  return ID.test(value)
    ? { value }
    : { problem: `expected a letter, then letters, digits, - or _ (at most 64); got ${quote(raw, QUOTED)}` };
}

/**
 * Reads the frame page's query string. Unknown parameters are ignored: pym.js's parent adds
 * `initialWidth`, `parentTitle` and `parentUrl`, which this page does not need.
 */
export function readEmbedParams(search: string, base: string): EmbedParams {
  const params = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  const take = <T>(param: string, checked: Checked<T>): T | undefined => {
    if ('problem' in checked) {
      problems.push({ param, message: checked.problem });
      return undefined;
    }
    return checked.value;
  };
  const optional = <T>(param: string, check: (raw: string) => Checked<T>): T | undefined => {
    const raw = params.get(param);
    return raw === null || raw.trim() === '' ? undefined : take(param, check(raw));
  };

  const src = take('src', checkSrc(params.get('src'), base));
  const locale = optional('locale', checkLocale);
  const theme = optional('theme', (raw) => checkChoice(raw, THEMES));
  const orientation = optional('orientation', (raw) => checkChoice(raw, ORIENTATIONS));
  const id = optional('id', checkId) ?? DEFAULT_ID;
  // pym.js writes its container's id here, whatever it is; it only travels back inside a message string.
  const childId = optional('childId', (raw) =>
    raw.length <= 200 ? { value: raw } : { problem: `at most 200 characters; got ${raw.length}` },
  );

  // Heights are reported even with problems, so the frame fits the message that names them.
  if (problems.length || src === undefined) return { problems, id, childId };
  return { options: { src, locale, theme, orientation, id }, problems, id, childId };
}

// Languages written right to left, for browsers without Intl.Locale's text info.
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The writing direction of a language. The widget follows its page's direction, and the frame
 * page has no other way to know it.
 */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL.has(info.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
