import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineFile } from '../../src/model/types.js';

export const STORY_URL = '/events.json';

/** Adds an <event-timeline> of the given width to the page and waits until it is ready or has failed. */
export async function mount(
  setup: { src?: string; events?: TimelineFile; width?: number; locale?: string; orientation?: 'horizontal' | 'vertical'; theme?: 'light' | 'dark'; css?: string } = {},
): Promise<{ el: EventTimeline; outcome: CustomEvent }> {
  const el = document.createElement('event-timeline');
  el.style.cssText = setup.css ?? '';
  el.style.width = `${setup.width ?? 1000}px`;
  if (setup.theme) el.theme = setup.theme;
  if (setup.locale) el.locale = setup.locale;
  if (setup.orientation) el.orientation = setup.orientation;
  if (setup.events) el.events = setup.events;
  if (setup.src) el.src = setup.src;
  const outcome = Promise.race([oneEvent(el, 'timeline-ready'), oneEvent(el, 'timeline-error')]);
  document.body.append(el);
  return { el, outcome: (await outcome) as CustomEvent };
}

/** Resizes the element and waits for the new layout. */
export async function resize(el: EventTimeline, width: number): Promise<void> {
  el.style.width = `${width}px`;
  const laidOut = () => {
    if (el.orientation === 'vertical' || (!el.orientation && width < el.breakpoint)) return el.shadowRoot!.querySelector('figure.vertical') !== null;
    return Number(el.shadowRoot!.querySelector('.chart > svg')?.getAttribute('width')) === width;
  };
  for (let frame = 0; frame < 30 && !laidOut(); frame++) {
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
  }
  expect(laidOut(), `laid out again for ${width} px`).to.equal(true);
}

/** The x (px) at which the chart draws an event's mark. */
export function markX(el: EventTimeline, id: string): number {
  return Number(el.shadowRoot!.querySelector(`[data-mark="${id}"]`)?.getAttribute('data-x'));
}

export function marks(el: EventTimeline): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-event-id]')];
}

/** The text a reader sees or hears, with ICU's narrow no-break spaces made plain. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
}

type ComputedAccessibility = { computedName?: string; computedRole?: string };

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

export async function loadStory(): Promise<TimelineFile> {
  return (await fetch(STORY_URL)).json();
}

export function cleanup(): void {
  document.querySelectorAll('event-timeline').forEach((el) => el.remove());
}
