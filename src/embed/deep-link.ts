/**
 * Links to an event through the iframe. The widget's `link-selection` reads `#<id>=<event id>`
 * from its own page's address, which inside a frame is the frame's; so the parent-side script
 * copies a matching hash of the article's address onto the frame's address.
 */
import { selectionFromHash } from '../interaction/deep-link.js';
import { DEFAULT_ID } from './params.js';

export { selectionFromHash };

function parse(frameSrc: string, base: string): URL | undefined {
  try {
    return new URL(frameSrc, base);
  } catch {
    return undefined;
  }
}

/** The id of a frame's timeline, as its page reads it from its address: `id`, else `timeline`. */
export function frameId(frameSrc: string, base: string): string {
  return parse(frameSrc, base)?.searchParams.get('id') || DEFAULT_ID;
}

/**
 * The frame's new address when the parent page's hash links to an event of this frame's timeline
 * (its `id` parameter, `timeline` by default); undefined when the frame should be left alone, so an
 * unrelated hash (#comments) never reloads it. `frameHash` is the link the frame last reported
 * for its reader's pick, when it has: the frame shows that, whatever its address says.
 */
export function frameSrcWithHash(
  frameSrc: string,
  parentHash: string,
  base: string,
  frameHash?: string,
): string | undefined {
  const url = parse(frameSrc, base);
  if (!url || selectionFromHash(parentHash, frameId(frameSrc, base)) === undefined) return undefined;
  const before = frameHash ?? url.hash;
  url.hash = parentHash; // compared after the setter's own escaping, so a link is applied once
  return url.hash === before ? undefined : url.href;
}

/**
 * The other way: a reader picks an event inside the frame, and the page around it may show the
 * link in its own address, for the reader to share. The frame sends
 * `{ "event-timeline-hash": "#<id>=<event id>" }`, or `""` when the reader closes the detail.
 */
const HASH_MESSAGE = 'event-timeline-hash';
// Far more than an event id needs; a cap keeps absurd values out of the address bar.
const MAX_HASH = 512;

export function hashMessage(hash: string): { [HASH_MESSAGE]: string } {
  return { [HASH_MESSAGE]: hash };
}

/**
 * The hash a frame's message asks its page to show, when the frame's timeline is `id`: exactly
 * `#<id>=<event id>` as the widget writes it (both escaped with encodeURIComponent, nothing else
 * around), or `""`; undefined for anything else. Which frame sent it is for the caller to check,
 * by `event.source`.
 */
export function readHashMessage(data: unknown, id: string): string | undefined {
  const hash = (data as Record<string, unknown> | null | undefined)?.[HASH_MESSAGE]; // undefined on a string or number too
  if (hash === '') return hash;
  if (typeof hash !== 'string' || hash.length > MAX_HASH) return undefined;
  const event = selectionFromHash(hash, id);
  // Written out, not linkHash(): the frame script's budget has no room for the call terser leaves.
  return event !== undefined && hash === `#${encodeURIComponent(id)}=${encodeURIComponent(event)}` ? hash : undefined;
}
