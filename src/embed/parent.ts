/**
 * The parent-side script (dist/event-timeline-frame.js) for article pages that have no resize
 * script of their own: each `<iframe data-event-timeline>` takes the height its page reports
 * (pym.js or Datawrapper message, see messages.ts), receives the article's hash when it links to
 * one of its events, and puts the link to the event its reader picks into the article's address.
 * It may be included once per embed: it installs itself once.
 */
import { frameId, frameSrcWithHash, readHashMessage, selectionFromHash } from './deep-link.js';
import { readHeight } from './messages.js';

const INSTALLED = Symbol.for('event-timeline-frame');
const globals = window as unknown as Record<symbol, boolean>;

const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-event-timeline]');
/** The link each frame last reported for its reader's pick: what it shows, whatever its address says. */
const shown = new WeakMap<HTMLIFrameElement, string>();

/** Copies a link to an event (`#timeline=senate-office-meeting`) onto the frames it is for. */
function passHash(): void {
  for (const frame of frames()) {
    const src = frame.getAttribute('src');
    const next = src && frameSrcWithHash(src, location.hash, document.baseURI, shown.get(frame));
    if (next) {
      shown.set(frame, location.hash);
      frame.src = next;
    }
  }
}

/**
 * The reader picked an event in `frame` (or closed it): its link replaces the article's hash, so
 * the address can be shared and opens on that event. replaceState, not `location.hash`: it adds no
 * history entry per click (Back leaves the article, as it would without the timeline), scrolls to
 * nothing, and fires no hashchange, so passHash does not send the link back to the frame. Closing
 * clears only a link of this frame's timeline, never another hash (#comments).
 */
function showPick(frame: HTMLIFrameElement, data: unknown): void {
  const id = frameId(frame.getAttribute('src') ?? '', document.baseURI);
  const hash = readHashMessage(data, id);
  if (hash === undefined || (!hash && selectionFromHash(location.hash, id) === undefined)) return;
  shown.set(frame, hash);
  // The article's own address with only the hash changed: a hash alone resolves against <base href>.
  history.replaceState(history.state, '', location.href.split('#')[0] + hash);
}

if (!globals[INSTALLED]) {
  globals[INSTALLED] = true;
  addEventListener('message', (event) => {
    const height = readHeight(event.data);
    // Only the frame that sent the message is concerned: the source, not an id, says which one.
    // Frames are looked up at each message, so frames added later (lazy CMS blocks) work too.
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      if (height !== undefined) frame.style.height = `${height}px`;
      else showPick(frame, event.data);
    }
  });
  passHash();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', passHash);
  addEventListener('hashchange', passHash);
}
