/**
 * The only way markup from an events file reaches the page. `description` and media `caption`
 * may use a small inline subset (a, em, strong, i, b, br, p, ul, ol, li); DOMPurify removes every
 * other element and attribute (keeping their words as text, except the content of script, style
 * and the like), and every link that is not http:, https: or mailto:. Links open in a new tab with
 * rel="noopener noreferrer". Render the result with Lit's unsafeHTML, and nothing else.
 */
import DOMPurify, { type Config } from 'dompurify';

export const ALLOWED_TAGS = ['a', 'em', 'strong', 'i', 'b', 'br', 'p', 'ul', 'ol', 'li'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** An instance of our own, so our hook never touches a DOMPurify the page uses. Made on first use: it needs a window. */
let purifier: ReturnType<typeof DOMPurify> | undefined;

/** What relative links resolve against during the one sanitize call under way (see sanitizeHtml). */
let base: string | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // A relative link means the events file's site, not the page's: resolved before the scheme check,
  // on the value DOMPurify parsed (entities and quotes already read as a browser reads them).
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName !== 'href' || !base || /^[a-z][a-z\d+.-]*:/i.test(data.attrValue.trim())) return;
    try {
      data.attrValue = new URL(data.attrValue.trim(), base).href;
    } catch {
      // not an address: the URI check drops it
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node instanceof Element && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/** @param from what relative links resolve against: the events file's address; without it they are dropped */
export function sanitizeHtml(html: string, from?: string): string {
  const purify = getPurifier();
  base = from;
  try {
    return purify.sanitize(html, CONFIG) as string;
  } finally {
    base = undefined;
  }
}

/**
 * Sanitised markup with the direction dir="auto" would find: that of its first strong letter
 * outside tags and character references (the serialiser writes those only for neutral & < > " and
 * no-break space), else ltr. Set explicitly, because Chromium's time to insert the nodes of one
 * parent under dir="auto" grows with the square of their number: minutes for 360 KB of lines.
 */
export function sanitizeRich(source: string, from?: string): { html: string; dir: 'ltr' | 'rtl' } {
  const html = sanitizeHtml(source, from);
  const letter = /<[^>]*>|&[^;]*;|([\p{L}\u200e\u200f])/gu;
  for (const [, strong] of html.matchAll(letter)) if (strong) return { html, dir: RTL.test(strong) ? 'rtl' : 'ltr' };
  return { html, dir: 'ltr' };
}

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko...) and the RLM. */
const RTL = /[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
