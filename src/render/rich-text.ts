/**
 * Description and caption text that may hold the small markup subset. Text without markup needs
 * no sanitiser and is shown as it is. Text with markup goes through DOMPurify (sanitize.ts), which
 * is loaded the first time such text is shown; until then the reader sees its words with the
 * tags cut out. That interim text is only ever set as text, never parsed as HTML, so it needs no
 * Trusted Types policy of its own.
 */
type Sanitize = (html: string) => string;

let sanitize: Sanitize | undefined;
let loading: Promise<Sanitize> | undefined;

export type RichText = { html: string; text?: undefined } | { text: string; html?: undefined };

/** @param onReady called once the sanitiser has arrived, so the caller can render again */
export function prepareRichText(source: string, onReady: () => void): RichText {
  if (!/[<&]/.test(source)) return { text: source };
  if (sanitize) return { html: sanitize(source) };
  loading ??= import('./sanitize.js').then((module) => (sanitize = module.sanitizeHtml));
  loading.then(onReady, () => undefined);
  return { text: source.replace(/<[^>]*>?/g, '') };
}
