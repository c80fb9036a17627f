// Pages in frames: a producer's page with the built single file, the iframe embed, the Embed page.
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import { until } from './wait.js';

/**
 * Adds a frame of the given size to the page and waits for its load event. `source` is the
 * frame's address, or a function that sets the frame up (srcdoc, attributes, listeners).
 */
export async function loadFrame(
  source: string | ((frame: HTMLIFrameElement) => void),
  { width = 1000, height = 900 } = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (typeof source === 'string') frame.src = source;
  else source(frame);
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * Opens a page of its own in a frame (a producer's page, with the built single file) and waits
 * until its timeline shows events or an alert. timeline-ready may fire before the frame's load
 * event, so this watches what the page shows instead.
 */
export async function openPage(src: string, { width = 1000, wait = true } = {}): Promise<HTMLIFrameElement> {
  const frame = await loadFrame(src, { width });
  const errors: string[] = [];
  frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
  const shown = () => widgetIn(frame)?.shadowRoot?.querySelector('[data-event-id], [role="alert"]');
  // A page that shows nothing is the test's to judge, after its script errors.
  if (wait) await until(shown, 'the page to show events or an alert', { every: 50 }).catch(() => undefined);
  expect(errors).to.deep.equal([]);
  return frame;
}

/** The timeline in a frame's page. */
export const widgetIn = (frame: HTMLIFrameElement): EventTimeline | null =>
  frame.contentDocument?.querySelector('event-timeline') ?? null;

/** The timeline, or the timeline in a frame's page, has drawn its events. */
export function ready(target: EventTimeline | HTMLIFrameElement | null | undefined): boolean {
  // by name, not instanceof: a frame inside a frame belongs to another window
  const el =
    target?.localName === 'iframe'
      ? widgetIn(target as HTMLIFrameElement)
      : (target as EventTimeline | null | undefined);
  return el?.shadowRoot?.querySelector('[data-event-id]') != null;
}

/** The height the frame's page takes, as a parent should make the frame. */
export const contentHeight = (frame: HTMLIFrameElement) =>
  Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
