/**
 * The first usable BCP 47 tag among the candidates (the `locale` attribute, the page's nearest
 * `lang`), else the browser's own formatting locale. A malformed tag is skipped, never thrown.
 */
export function resolveLocale(...candidates: Array<string | null | undefined>): string {
  for (const tag of candidates) {
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // not a language tag: try the next candidate
    }
  }
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}
