/**
 * Links to an event: `#<element id>=<event id>` in the page's address, both parts escaped with
 * encodeURIComponent. One reader for the element, its iframe page and the script around the frame,
 * total over any address a link can carry: what does not name an event reads as nothing.
 */

/** The event id a hash selects for the timeline with this element id. */
export function selectionFromHash(hash: string, id: string): string | undefined {
  const prefix = `#${encodeURIComponent(id)}=`;
  if (!hash.startsWith(prefix) || hash.length === prefix.length) return undefined;
  try {
    return decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return undefined; // a malformed %-escape selects nothing
  }
}

/** The hash that links to `event` of the timeline `id`. */
export const linkHash = (id: string, event: string) => `#${encodeURIComponent(id)}=${encodeURIComponent(event)}`;

/** The event the page's address links to for the element `id`, when the timeline has it. */
export function readLink(id: string, events: ReadonlyArray<{ id: string }>): string | undefined {
  const event = selectionFromHash(location.hash, id);
  return event !== undefined && events.some((e) => e.id === event) ? event : undefined;
}

/**
 * Puts a hash (or none, for an empty one) into the page's address with replaceState: no history
 * entry per click (Back leaves the page, as it would without the timeline), no scroll, and no
 * hashchange.
 */
export function writeHash(hash: string): void {
  history.replaceState(history.state, '', hash || location.pathname + location.search);
}
