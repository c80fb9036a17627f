// Crowds a reader meets with the keyboard (issue 18): a day of many updates without times, which
// no zoom can pull apart, and event ids that look like a cluster's.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineFile } from '../../src/model/types.js';
import { cleanup, generateTimeline, marks, mount, nameOf, plain, until } from '../helpers/index.js';
import { manyEvents, sameDay } from '../fixtures/stress.mjs';

/** The focused item: an event's id, or a cluster's item. */
const focusedItem = (el: EventTimeline) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.item;

async function press(el: EventTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('a day of many updates', () => {
  afterEach(cleanup);

  it('shows the first updates, folds the rest into a cluster that opens its first event, and gives the one the arrows reach its own label', async () => {
    // A chart, as the page chose: unforced, a short story that folds this much reads as the list.
    const { el } = await mount({
      events: JSON.parse(sameDay(30)) as TimelineFile,
      width: 1000,
      orientation: 'horizontal',
    });
    const labels = marks(el);
    expect(labels.map((m) => m.dataset.eventId).slice(0, 3)).to.deep.equal(['e0', 'e1', 'e2']);
    const cluster = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-cluster]')!;
    expect(cluster.dataset.cluster).to.equal(String(30 - labels.length));
    // The arrows walk the labelled updates, then on through the folded ones: no zoom can pull them
    // out of the cluster, so the one the reader is on takes a label of its own. Focus never falls
    // to the page.
    labels[0].focus();
    for (let i = 1; i < labels.length; i++) await press(el, 'ArrowRight');
    expect(focusedItem(el)).to.equal(labels[labels.length - 1].dataset.eventId);
    for (const next of [labels.length, labels.length + 1]) {
      await press(el, 'ArrowRight');
      expect(focusedItem(el)).to.equal(`e${next}`);
      expect(el.shadowRoot!.querySelector('[data-cluster]'), 'the rest still folded').to.not.equal(null);
    }
    // Back out of it, to the last labelled update; the cluster is whole again.
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(focusedItem(el)).to.equal(labels[labels.length - 1].dataset.eventId);
    const whole = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-cluster]')!;
    expect(whole.dataset.cluster).to.equal(String(30 - labels.length));
    // The cluster says no zoom can pull one day apart, and activating it opens its first update.
    // Named by what it shows, then its size, dates and first titles.
    expect(nameOf(whole)).to.match(/ \+ \d+ more ?\. \d+ events, .+: .+\. Show details$/);
    whole.click();
    await el.updateComplete;
    expect(el.selected).to.equal(`e${labels.length}`);
  });
});

describe('1,000 results at one time', () => {
  afterEach(cleanup);

  it('zooms in step by step to the deepest zoom, each step a chart of bounded labels', async function () {
    this.timeout(20_000);
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `r${i}`,
      start: '2016-11-08T21:00',
      title: `Result ${i + 1}`,
    }));
    const { el } = await mount({ events: { version: 1, timeZone: 'America/New_York', events } as TimelineFile });
    const zoomIn = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === '+ Zoom in',
      )!;
    let steps = 0;
    while (!zoomIn().disabled && steps < 20) {
      zoomIn().click();
      await el.updateComplete;
      steps++;
      const labels = el.shadowRoot!.querySelectorAll('[data-item]').length;
      expect(labels, `labels after ${steps} steps`).to.be.at.most(40);
    }
    expect(zoomIn().disabled, 'the deepest zoom is reached').to.equal(true);
    expect(el.getBoundingClientRect().height).to.be.below(1000);
  });
});

describe('event ids named like clusters', () => {
  afterEach(cleanup);

  it('walks every event with the arrows, whatever the ids', async () => {
    const events = {
      version: 1,
      events: [
        { id: 'cluster:b', start: '2016-01-10', title: 'First' },
        { id: 'b', start: '2016-03-10', title: 'Second' },
        { id: 'c', start: '2016-05-10', title: 'Third' },
      ],
    } as TimelineFile;
    const { el } = await mount({ events, width: 1000 });
    marks(el)[0].focus();
    const visited = [focusedItem(el)];
    await press(el, 'ArrowRight');
    visited.push(focusedItem(el));
    await press(el, 'ArrowRight');
    visited.push(focusedItem(el));
    expect(visited).to.deep.equal(['cluster:b', 'b', 'c']);
  });
});

describe('a long list', () => {
  afterEach(cleanup);

  const items = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.list > li')];
  const moreButton = (el: EventTimeline, side: 'earlier' | 'later') =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.show-more')].find((b) =>
      b.textContent!.includes(side === 'earlier' ? 'earlier' : 'later'),
    );

  it('shows a page of 10,000 events at a time, follows the keyboard, and shows more on request', async () => {
    const { el } = await mount({ events: generateTimeline(10_000), width: 400 });
    expect(items(el)).to.have.length(200);
    expect(items(el)[0].getAttribute('aria-setsize')).to.equal('10000');
    expect(plain(moreButton(el, 'later')!.textContent)).to.equal('Show later events (9,800)');
    expect(moreButton(el, 'earlier')).to.equal(undefined);
    // End reaches the last event: the page moves to it, and focus goes with it.
    marks(el)[0].focus();
    await press(el, 'End');
    const focusedLi = (el.shadowRoot!.activeElement as HTMLElement).closest('li')!;
    expect(focusedLi.getAttribute('aria-posinset')).to.equal('10000');
    expect(items(el).length).to.be.at.most(200);
    // The first item shown names its year, though the page starts inside it.
    expect(items(el)[0].querySelector('.year')).to.not.equal(null);
    moreButton(el, 'earlier')!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(400);
    // Focus goes to the nearest event the button brought, not to the page.
    const at = (el.shadowRoot!.activeElement as HTMLElement).closest('li')!;
    expect(at.getAttribute('aria-posinset')).to.equal('9800');
    await press(el, 'Home');
    expect((el.shadowRoot!.activeElement as HTMLElement).closest('li')!.getAttribute('aria-posinset')).to.equal('1');
  });

  it('prints the first 1,000 events with their details, and no buttons', async () => {
    const { el } = await mount({ events: generateTimeline(1500), width: 1000 });
    await emulateMedia({ media: 'print' });
    try {
      await until(() => items(el).length === 1000, 'the printed list');
      expect(el.shadowRoot!.querySelectorAll('.list .detail').length).to.equal(1000);
      expect(getComputedStyle(moreButton(el, 'later')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is ready with 100,000 events in the list', async function () {
    this.timeout(20_000);
    const { el, outcome } = await mount({ events: JSON.parse(manyEvents(100_000)) as TimelineFile, width: 400 });
    expect(outcome.type).to.equal('timeline-ready');
    expect(items(el)).to.have.length(200);
  });
});

describe('a short day of many updates, unforced', () => {
  afterEach(cleanup);

  it('reads as the list, where a chart would fold most of it', async () => {
    const { el } = await mount({ events: JSON.parse(sameDay(30)) as TimelineFile, width: 1000 });
    expect(el.shadowRoot!.querySelector('figure.vertical')).to.not.equal(null);
    expect(marks(el)).to.have.length(30);
  });
});
