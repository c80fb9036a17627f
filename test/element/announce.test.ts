// The live region (issue 15): once a change of view comes to rest, a screen reader hears which
// events are shown; after a selection that focus does not already name, the event; never a repeat.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import { button, cleanup, generateTimeline, marks, mount, plain, STORY_URL, until } from '../helpers/index.js';

const live = (el: EventTimeline) => plain(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent);

describe('the live region', () => {
  afterEach(cleanup);

  it('says nothing when the story arrives: the summary says what it holds', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(live(el)).to.equal('');
  });

  it('says which events are shown once a zoom, a filter or the list view has come to rest', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    button(el, '+ Zoom in').click();
    const zoomed = await until(() => live(el), 'an announcement after the zoom', { ms: 3000 });
    expect(zoomed).to.match(/^Showing \d events, .+\.$/);
    button(el, 'Reset zoom').click();
    await until(() => live(el) === 'Showing 8 events, Jul 1, 2016 – Mar 2, 2017.', 'the whole story again', {
      ms: 3000,
    });
    button(el, 'Michael Flynn').click();
    await until(() => live(el).startsWith('Showing 7 events'), 'the filter', { ms: 3000 });
    button(el, 'Michael Flynn').click();
    button(el, 'List view').click();
    await until(() => live(el).startsWith('Showing 8 events'), 'the list view', { ms: 3000 });
  });

  it('says nothing when the arrows pan to show the next event: focus says the event', async () => {
    const { el } = await mount({ events: generateTimeline(500), width: 1000 });
    el.shadowRoot!.querySelector<HTMLElement>('[data-item]')!.focus();
    // Walk until a step has moved the view (the first ones enter the first cluster).
    const start = el.shadowRoot!.querySelector('g.axis .tick text')!.textContent;
    for (let i = 0; i < 40 && el.shadowRoot!.querySelector('g.axis .tick text')!.textContent === start; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    expect(el.shadowRoot!.querySelector('g.axis .tick text')!.textContent, 'the view moved').to.not.equal(start);
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(live(el)).to.equal('');
    // A zoom the reader asks for is still said.
    await sendKeys({ press: '-' });
    await until(() => live(el), 'an announcement after the zoom', { ms: 3000 });
  });

  it("does not repeat the name of the label that has focus, and says the event the detail's Next opens", async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    marks(el)[1].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.selected).to.equal('senate-office-meeting');
    expect(live(el)).to.equal('');
    button(el, 'Next').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(live(el)).to.equal('January 2017: Asked in writing about contacts with Russia, Sessions answers “No”');
  });
});
