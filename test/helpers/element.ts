// The element on this test page: putting it there, reading what it shows, and clearing the page.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineFile } from '../../src/model/types.js';
import { nextFrame, until } from './wait.js';

export const STORY_URL = '/events.json';

type Settable =
  | 'src'
  | 'events'
  | 'locale'
  | 'orientation'
  | 'theme'
  | 'numerals'
  | 'strings'
  | 'linkSelection'
  | 'id'
  | 'dir'
  | 'lang';

/** How a test sets up an element: its properties, plus its width, its own CSS, its children's markup and where it goes. */
export type Setup = Partial<Pick<EventTimeline, Settable>> & {
  width?: number;
  css?: string;
  html?: string;
  parent?: HTMLElement;
};

/** Adds an <event-timeline> (1000 px wide unless told) to the page and waits until it is ready or has failed. */
export async function mount({
  width = 1000,
  css = '',
  html,
  parent = document.body,
  ...properties
}: Setup = {}): Promise<{ el: EventTimeline; outcome: CustomEvent }> {
  const el = document.createElement('event-timeline');
  el.style.cssText = css;
  el.style.width = `${width}px`;
  if (html !== undefined) el.innerHTML = html;
  for (const [name, value] of Object.entries(properties)) if (value !== undefined) Object.assign(el, { [name]: value });
  const outcome = outcomeOf(el);
  parent.append(el);
  return { el, outcome: (await outcome) as CustomEvent };
}

/** The element's next timeline-ready or timeline-error, whichever comes first. */
export function outcomeOf(el: EventTimeline): Promise<CustomEvent> {
  return Promise.race([oneEvent(el, 'timeline-ready'), oneEvent(el, 'timeline-error')]);
}

/** Takes every timeline and frame a test added off the page. */
export function cleanup(): void {
  document.querySelectorAll('event-timeline, iframe').forEach((el) => el.remove());
}

/** Resizes the element and waits for the new layout. */
export async function resize(el: EventTimeline, width: number): Promise<void> {
  el.style.width = `${width}px`;
  const laidOut = () => {
    if (el.orientation === 'vertical' || (!el.orientation && width < el.breakpoint))
      return el.shadowRoot!.querySelector('figure.vertical') !== null;
    return Number(el.shadowRoot!.querySelector('.chart > svg')?.getAttribute('width')) === width;
  };
  for (let frame = 0; frame < 30 && !laidOut(); frame++) {
    await nextFrame();
    await el.updateComplete;
  }
  expect(laidOut(), `laid out again for ${width} px`).to.equal(true);
}

/** The x (px) at which the chart draws an event's mark. */
export function markX(el: EventTimeline, id: string): number {
  return Number(el.shadowRoot!.querySelector(`[data-mark="${id}"]`)?.getAttribute('data-x'));
}

/** The events shown, as the reader's buttons, in order. */
export function marks(el: EventTimeline): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-event-id]')];
}

/** The axis ticks: label, the instant each stands for (ms, as D3 bound it), and x (px). */
export function axisTicks(el: EventTimeline): Array<{ text: string; value: number; x: number }> {
  return [...el.shadowRoot!.querySelectorAll('g.axis .tick')].map((tick) => ({
    text: plain(tick.textContent),
    value: Number(tick.getAttribute('data-value')),
    x: Number(/translate\(([-\d.]+)/.exec(tick.getAttribute('transform')!)![1]),
  }));
}

/** Two boxes overlap (touching edges do not). */
export function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The text a reader sees or hears, with ICU's narrow no-break spaces made plain. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
}

interface ComputedAccessibility {
  computedName?: string;
  computedRole?: string;
}

function computed(element: Element, key: keyof ComputedAccessibility): string {
  const value = (element as unknown as ComputedAccessibility)[key];
  if (value === undefined) throw new Error('start Chromium with --enable-blink-features=ComputedAccessibilityInfo');
  return value;
}

/** The accessible name Chromium computes for an element, as a screen reader gets it. */
export function nameOf(element: Element): string {
  return plain(computed(element, 'computedName'));
}

/** The role Chromium exposes for an element. */
export function roleOf(element: Element): string {
  return computed(element, 'computedRole');
}

/** The text of a file on the test server. */
export async function fetchBody(url: string): Promise<string> {
  return (await fetch(url)).text();
}

/** The story (events.json) as the page would pass it in. */
export async function loadStory(): Promise<TimelineFile> {
  return (await fetch(STORY_URL)).json();
}

/** The widget's button with this accessible name (its aria-label, else its text). */
export function button(el: EventTimeline, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => (b.getAttribute('aria-label') ?? plain(b.textContent)) === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

/**
 * Opens an event's detail by its label and waits for its media, whose template loads the first
 * time a detail shows any.
 */
export async function openDetail(el: EventTimeline, mark: HTMLElement): Promise<HTMLElement> {
  mark.click();
  await el.updateComplete;
  const event = el.timeline?.events.find((e) => e.id === mark.dataset.eventId);
  const detail = await until(() => el.shadowRoot!.querySelector<HTMLElement>('#detail'), 'the detail');
  if (event?.media) await until(() => detail.querySelector('figure.media'), 'its media');
  return detail;
}
