import { remember } from '../util/cache.js';

/**
 * The first usable BCP 47 tag among the candidates (the `locale` attribute, the page's nearest
 * `lang`), else the browser's own formatting locale. A malformed tag is skipped, never thrown.
 */
export function resolveLocale(...candidates: Array<string | null | undefined>): string {
  for (const tag of candidates) {
    if (!tag) continue;
    const canonical = canonicalize(tag);
    if (canonical) return canonical;
  }
  return (browserLocale ??= new Intl.DateTimeFormat().resolvedOptions().locale);
}

// Asked on every update, zoom frames included; the answers never change.
let browserLocale: string | undefined;
const canonicalTags = new Map<string, string>();

function canonicalize(tag: string): string {
  return remember(
    canonicalTags,
    tag,
    () => {
      try {
        return Intl.getCanonicalLocales(tag)[0] ?? '';
      } catch {
        return ''; // not a language tag: the next candidate is tried
      }
    },
    100,
  );
}

/** The locale with a numbering system forced, e.g. Latin digits for Arabic: "ar-EG-u-nu-latn". */
export function withNumerals(locale: string, numerals: string | undefined): string {
  if (!numerals) return locale;
  try {
    return new Intl.Locale(locale, { numberingSystem: numerals }).toString();
  } catch {
    return locale;
  }
}

/** Scripts written right to left, for browsers whose Intl has no text info (it is recent). */
const RIGHT_TO_LEFT = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
const directions = new Map<string, 'ltr' | 'rtl'>();

/** The writing direction of a locale's language: "ar-EG" and "fa" are right to left. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return remember(
    directions,
    locale,
    () => {
      try {
        type WithTextInfo = Intl.Locale & { getTextInfo?(): { direction?: string }; textInfo?: { direction?: string } };
        const intl = new Intl.Locale(locale) as WithTextInfo;
        const direction = (intl.getTextInfo?.() ?? intl.textInfo)?.direction;
        if (direction) return direction === 'rtl' ? 'rtl' : 'ltr';
        // Else by the script the language is written in ("ks-Deva" left to right, "pa-Arab" right to left).
        return RIGHT_TO_LEFT.has(intl.maximize().script ?? '') ? 'rtl' : 'ltr';
      } catch {
        return 'ltr'; // resolveLocale gives only tags Intl takes
      }
    },
    100,
  );
}
