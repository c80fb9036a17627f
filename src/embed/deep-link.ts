/**
 * Links to an event through the iframe. The widget's `link-selection` reads `#<id>=<event id>`
 * from its own page's address, which inside a frame is the frame's; so the parent-side script
 * copies a matching hash of the article's address onto the frame's address.
 */
import { DEFAULT_ID } from './params.js';

/** The event id a hash selects for the timeline with this element id, as the widget reads it. */
export function selectionFromHash(hash: string, id: string): string | undefined {
  const prefix = `#${encodeURIComponent(id)}=`;
  if (!hash.startsWith(prefix) || hash.length === prefix.length) return undefined;
  try {
    return decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return undefined; // a malformed %-escape selects nothing
  }
}

/**
 * The frame's new address when the parent page's hash links to an event of this frame's timeline
 * (its `id` parameter, `timeline` by default); undefined when the frame should be left alone, so an
 * unrelated hash (#comments) never reloads it.
 */
export function frameSrcWithHash(frameSrc: string, parentHash: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(frameSrc, base);
  } catch {
    return undefined;
  }
  const id = url.searchParams.get('id') || DEFAULT_ID;
  if (selectionFromHash(parentHash, id) === undefined) return undefined;
  const before = url.href;
  url.hash = parentHash; // compared after the setter's own escaping, so a link is applied once
  return url.href === before ? undefined : url.href;
}
