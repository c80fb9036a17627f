import { expect } from '@open-wc/testing';

/**
 * Opens a page of its own in a frame (a producer's page, with the built single file) and waits
 * until its timeline shows events or an alert. timeline-ready may fire before the frame's load
 * event, so this watches what the page shows instead.
 */
export async function openPage(src: string, { width = 1000, wait = true } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const errors: string[] = [];
  frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
  for (let waited = 0; wait && waited < 8000; waited += 50) {
    const root = frame.contentDocument!.querySelector('event-timeline')?.shadowRoot;
    if (root?.querySelector('[data-event-id], [role="alert"]')) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(errors).to.deep.equal([]);
  return frame;
}
