/**
 * Data written into the page: a `<script type="application/json">` child of the element, which a
 * CMS's HTML block can hold with nothing else to host. Its text is returned as it is; reading it
 * is the parse phase's.
 */
const INLINE = ':scope > script[type="application/json"]';

/** The text of the element's inline data, or undefined when it has none (yet: a parser may not have reached it). */
export function inlineText(host: Element): string | undefined {
  const script = host.querySelector(INLINE);
  return script ? (script.textContent ?? '') : undefined;
}

/** How messages about the inline data name it. */
export const INLINE_NAME = 'the inline <script type="application/json">';
