/**
 * Description and caption text that may hold the small markup subset. Text without markup needs
 * no sanitiser and is shown as it is. Text with markup goes through DOMPurify (sanitize.ts), which
 * is loaded the first time such text is shown; until then the reader sees its words with the
 * tags cut out. That interim text is only ever set as text, never parsed as HTML, so it needs no
 * Trusted Types policy of its own.
 */
import { remember } from '../util/cache.js';

/** Sanitised markup, and the direction its first strong letter gives it (see sanitize.ts). */
type Sanitize = (html: string, base?: string) => { html: string; dir: 'ltr' | 'rtl' };

let sanitize: Sanitize | undefined;
let loading: Promise<Sanitize> | undefined;

export type RichText =
  { html: string; dir: 'ltr' | 'rtl'; text?: undefined } | { text: string; html?: undefined; dir?: undefined };

// Sanitising 360 KB takes 110 ms: each text once, not on every render. Bounded: the texts come from the file.
const sanitized = new Map<string, RichText>();

/**
 * @param onReady called once the sanitiser has arrived, so the caller can render again
 * @param base what relative links resolve against: the events file's address
 */
export function prepareRichText(source: string, onReady: () => void, base?: string): RichText {
  if (!/[<&]/.test(source)) return { text: source };
  const ready = sanitize;
  if (ready) return remember(sanitized, `${base ?? ''}\u0000${source}`, () => ready(source, base), 200);
  loading ??= import('./sanitize.js').then((module) => (sanitize = module.sanitizeRich));
  loading.then(onReady, () => undefined);
  return { text: source.replace(/<[^>]*>?/g, '') };
}
