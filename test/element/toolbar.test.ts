// One tab stop per toolbar (issue 14, part 6): the legend and the view controls are each one stop,
// with the arrows within, so a keyboard reader reaches the first event in three presses of Tab.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import { cleanup, loadStory, mount, nameOf, STORY_URL, violations } from '../helpers/index.js';

const focused = (el: EventTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab from a button before the widget until an event has focus; how many presses it took. */
async function tabsToFirstEvent(el: EventTimeline): Promise<number> {
  const before = document.createElement('button');
  before.textContent = 'Before';
  el.before(before);
  before.focus();
  for (let presses = 1; presses <= 12; presses++) {
    await sendKeys({ press: 'Tab' });
    if (focused(el)?.dataset.eventId) return presses;
  }
  return Infinity;
}

describe('the toolbars', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => {
    cleanup();
    document.querySelectorAll('body > button').forEach((b) => b.remove());
  });

  it('let a keyboard reader reach the first event of the story in three presses of Tab', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    expect(await tabsToFirstEvent(el)).to.be.at.most(3);
  });

  it('take two presses without a legend', async () => {
    const story = await loadStory();
    const { el } = await mount({
      events: { ...story, groups: [], events: story.events.map(({ group: _, ...e }) => e) },
      width: 1280,
    });
    expect(await tabsToFirstEvent(el)).to.be.at.most(2);
  });

  it('move among their enabled buttons with the arrows, Home and End, and keep the last one as the tab stop', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    const views = el.shadowRoot!.querySelector<HTMLElement>('[role="toolbar"][data-toolbar="views"]')!;
    const stops = () => [...views.querySelectorAll('button')].filter((b) => b.tabIndex === 0).map(nameOf);
    expect(stops()).to.deep.equal(['+ Zoom in']);
    views.querySelector<HTMLButtonElement>('button')!.focus();
    // − and Reset zoom are disabled at the whole story: the arrow goes past them.
    await sendKeys({ press: 'ArrowRight' });
    expect(nameOf(focused(el)!)).to.equal('List view');
    await sendKeys({ press: 'End' });
    expect(nameOf(focused(el)!)).to.equal('Table view');
    await sendKeys({ press: 'ArrowRight' });
    expect(nameOf(focused(el)!)).to.equal('+ Zoom in');
    await sendKeys({ press: 'ArrowLeft' });
    expect(nameOf(focused(el)!)).to.equal('Table view');
    await el.updateComplete;
    expect(stops()).to.deep.equal(['Table view']);
    const legend = el.shadowRoot!.querySelector<HTMLElement>('[role="toolbar"][data-toolbar="legend"]')!;
    legend.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(nameOf(focused(el)!)).to.equal('Michael Flynn');
    await sendKeys({ press: 'Home' });
    expect(nameOf(focused(el)!)).to.equal('Jeff Sessions');
  });

  it('run the other way on a right-to-left page', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280, dir: 'rtl', lang: 'ar' });
    const legend = el.shadowRoot!.querySelector<HTMLElement>('[data-toolbar="legend"]')!;
    legend.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(nameOf(focused(el)!)).to.equal('Michael Flynn');
  });

  it('have no accessibility violations', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    expect(await violations(el)).to.deep.equal([]);
  });
});
