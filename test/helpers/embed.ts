// Shared by the iframe embed's browser tests (embed-frame, embed-code-page).
import type { AxeResults, RunOptions } from 'axe-core';
import type { EventTimeline } from '../../src/index.js';

/** Polls until `check` returns something truthy, or fails naming `what`. */
export async function until<T>(check: () => T | undefined | null | false, what: string, ms = 8000): Promise<T> {
  for (let waited = 0; waited < ms; waited += 25) {
    const value = check();
    if (value) return value; // '' and 0 count as not yet
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The height the frame's page takes, as a parent should make the frame. */
export const contentHeight = (frame: HTMLIFrameElement) => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);

/** The timeline has drawn its events. */
export const ready = (el: EventTimeline | null | undefined) => el?.shadowRoot?.querySelector('[data-event-id]') != null;

/** axe-core's WCAG 2.2 AA rules, run inside a frame's own page (loaded there: the page allows its own site's scripts). */
export async function violations(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
  const axe = (frame.contentWindow as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe;
  const result = await axe.run(doc, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
