/**
 * The parent-side script (dist/event-timeline-frame.js) for article pages that have no resize
 * script of their own: each `<iframe data-event-timeline>` takes the height its page reports
 * (pym.js or Datawrapper message, see messages.ts), and receives the article's hash when it links
 * to one of its events. It may be included once per embed: it installs itself once.
 */
import { frameSrcWithHash } from './deep-link.js';
import { readHeight } from './messages.js';

const INSTALLED = Symbol.for('event-timeline-frame');
const globals = window as unknown as Record<symbol, boolean>;

const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-event-timeline]');

/** Copies a link to an event (`#timeline=senate-office-meeting`) onto the frames it is for. */
function passHash(): void {
  for (const frame of frames()) {
    const src = frame.getAttribute('src');
    const next = src && frameSrcWithHash(src, location.hash, document.baseURI);
    if (next) frame.src = next;
  }
}

if (!globals[INSTALLED]) {
  globals[INSTALLED] = true;
  addEventListener('message', (event) => {
    const height = readHeight(event.data);
    if (height === undefined) return;
    // Only the frame that sent the message is resized: the source, not an id, says which one.
    // Frames are looked up at each message, so frames added later (lazy CMS blocks) work too.
    for (const frame of frames()) if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  });
  passHash();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', passHash);
  addEventListener('hashchange', passHash);
}
