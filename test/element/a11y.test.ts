import { expect } from '@open-wc/testing';
import {
  button,
  cleanup,
  generateTimeline,
  marks,
  mount,
  nameOf,
  roleOf,
  STORY_URL,
  violations,
} from '../helpers/index.js';

describe('<event-timeline> accessibility', () => {
  afterEach(cleanup);

  it('has no WCAG 2.2 AA violations with the story rendered', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations with the detail open, at phone width', async () => {
    const { el } = await mount({ src: STORY_URL, width: 360 });
    marks(el)[0].click();
    await el.updateComplete;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('has no violations in the list view, or zoomed in with a cluster focused', async () => {
    const { el } = await mount({ events: generateTimeline(500), width: 1280 });
    button(el, '+ Zoom in').click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-cluster]')?.focus();
    expect(await violations(el), 'zoomed').to.deep.equal([]);
    button(el, 'List view').click();
    await el.updateComplete;
    expect(await violations(el), 'list view').to.deep.equal([]);
  });

  it('has no violations showing an error', async () => {
    const { el } = await mount({ src: '/test/fixtures/invalid-date.json' });
    expect(await violations(el)).to.deep.equal([]);
  });

  it('reads as a list of events in time order, each a button named date first, then title', async () => {
    const { el } = await mount({ src: STORY_URL });
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(roleOf(list)).to.equal('list');
    expect(nameOf(list)).to.equal('Events');
    const names = marks(el).map(nameOf);
    expect(names).to.deep.equal([
      'July 2016 Sessions talks with Kislyak after a Heritage Foundation event',
      'September 8, 2016 Sessions meets Kislyak in his Senate office',
      'January 2017 Asked in writing about contacts with Russia, Sessions answers “No”',
      'January 10, 2017 Confirmation hearing: “I did not have communications with the Russians”',
      'February 8, 2017 Senate confirms Sessions as Attorney General, 52–47',
      'February 13, 2017 Michael Flynn resigns as National Security Adviser',
      'March 1, 2017 The Washington Post reports the two undisclosed meetings',
      'March 2, 2017 Sessions recuses himself from investigations related to the 2016 campaign',
    ]);
    expect(marks(el).map(roleOf)).to.deep.equal(Array(8).fill('button'));
  });

  it('hides the drawing, which repeats the list, from assistive technology', async () => {
    const { el } = await mount({ src: STORY_URL });
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });
});
