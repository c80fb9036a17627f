// Crowds a reader meets with the keyboard (issue 18): a day of many updates without times, which
// no zoom can pull apart, and event ids that look like a cluster's.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineFile } from '../../src/model/types.js';
import { cleanup, marks, mount } from '../helpers/index.js';
import { sameDay } from '../fixtures/stress.mjs';

/** The focused item: an event's id, or a cluster's item. */
const focusedItem = (el: EventTimeline) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.item;

async function press(el: EventTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('a day of many updates', () => {
  afterEach(cleanup);

  it('shows the first updates and folds the rest into a cluster that opens its first event', async () => {
    const { el } = await mount({ events: JSON.parse(sameDay(30)) as TimelineFile, width: 1000 });
    const labels = marks(el);
    expect(labels.map((m) => m.dataset.eventId).slice(0, 3)).to.deep.equal(['e0', 'e1', 'e2']);
    const cluster = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-cluster]')!;
    expect(cluster.dataset.cluster).to.equal(String(30 - labels.length));
    // The arrows walk the labelled updates, then into the cluster: focus never falls to the page.
    labels[0].focus();
    for (let i = 1; i < labels.length; i++) await press(el, 'ArrowRight');
    expect(focusedItem(el)).to.equal(labels[labels.length - 1].dataset.eventId);
    await press(el, 'ArrowRight');
    expect(focusedItem(el)).to.equal(cluster.dataset.item);
    await press(el, 'ArrowRight');
    expect(focusedItem(el)).to.equal(cluster.dataset.item);
    // Back out of it, to the last labelled update.
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(focusedItem(el)).to.equal(labels[labels.length - 1].dataset.eventId);
    // No zoom can pull one day apart: activating the cluster opens its first update.
    cluster.click();
    await el.updateComplete;
    expect(el.selected).to.equal(`e${labels.length}`);
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
