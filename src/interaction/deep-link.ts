/**
 * Links to an event: `#<element id>=<event id>` in the page's address, both parts escaped with
 * encodeURIComponent. One reader for the element, its iframe page and the script around the frame,
 * total over any address a link can carry: what does not name an event reads as nothing.
 */

/** encodeURIComponent, or undefined for a text that is not valid UTF-16 (a lone surrogate), which has no escape. */
function encode(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The event id a hash selects for the timeline with this element id. */
export function selectionFromHash(hash: string, id: string): string | undefined {
  try {
    const prefix = `#${encodeURIComponent(id)}=`;
    return hash.startsWith(prefix) && hash.length > prefix.length
      ? decodeURIComponent(hash.slice(prefix.length))
      : undefined;
  } catch {
    return undefined; // a malformed %-escape, or an id with a lone surrogate, selects nothing
  }
}

/** The hash that links to `event` of the timeline `id`; none when either cannot be escaped. */
export function linkHash(id: string, event: string): string | undefined {
  const [a, b] = [encode(id), encode(event)];
  return a === undefined || b === undefined ? undefined : `#${a}=${b}`;
}

/** The event the page's address links to for the element `id`, when the timeline has it. */
export function readLink(id: string, events: ReadonlyArray<{ id: string }>): string | undefined {
  const event = selectionFromHash(location.hash, id);
  return event !== undefined && events.some((e) => e.id === event) ? event : undefined;
}

/**
 * Puts a hash (or none, for an empty one) into the page's address with replaceState: no history
 * entry per click (Back leaves the page, as it would without the timeline), no scroll, and no
 * hashchange. The address is the document's own with only the hash changed: a hash alone would be
 * resolved against the page's `<base href>`, which may name another folder or another site.
 */
export function writeHash(hash: string): void {
  try {
    history.replaceState(history.state, '', location.href.split('#')[0] + hash);
  } catch {
    // A sandboxed or opaque-origin document may refuse any change of address: the link is a nicety.
  }
}
