// Crowds the layout must bound (issue 18): many events at one instant, a title of megabytes, and
// event ids that look like a cluster's. Pure: buildView with a monospace stand-in for text metrics.
import { expect } from '@open-wc/testing';
import { ZoomTransform } from 'd3-zoom';
import { buildView } from '../../src/layout/build-view.js';
import { CHART_INPUT as input } from '../helpers/index.js';
import { STACK_CAP, TITLE_LINES } from '../../src/layout/layout.js';
import { wrapText } from '../../src/layout/labels.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import { fitListRange, LIST_PAGE, widenListRange } from '../../src/layout/list.js';
import { longTitle, manyEvents, sameDay } from '../fixtures/stress.mjs';

const read = (text: string): Timeline => {
  const { timeline, errors } = parseTimeline(JSON.parse(text));
  expect(errors).to.deep.equal([]);
  return timeline!;
};

describe('crowds at one instant', () => {
  it('stacks at most STACK_CAP labels of one day at the deepest zoom, and folds the rest into one cluster', () => {
    const timeline = read(sameDay(40));
    const picture = buildView(timeline, input);
    // All on one day: the whole view is already the deepest zoom.
    expect(picture.maxScale).to.equal(1);
    const labels = picture.layout!.labels;
    expect(labels.filter((l) => l.kind === 'event')).to.have.length(STACK_CAP - 1);
    const clusters = labels.filter((l) => l.kind === 'cluster');
    expect(clusters).to.have.length(1);
    expect(clusters[0].kind === 'cluster' && clusters[0].events.length).to.equal(40 - (STACK_CAP - 1));
    // The first updates of the day keep their labels, in order.
    expect(labels.slice(0, 3).map((l) => (l.kind === 'event' ? l.event.title : ''))).to.deep.equal([
      'Update 1',
      'Update 2',
      'Update 3',
    ]);
    expect(picture.layout!.height).to.be.below(1000);
  });

  it('lays out 5,000 events on one day as a chart of ordinary height', function () {
    this.timeout(10_000);
    const picture = buildView(read(sameDay(5000)), input);
    expect(picture.layout!.labels.length).to.be.at.most(STACK_CAP);
    expect(picture.layout!.height).to.be.below(1000);
  });

  it('keeps the labels bounded at every zoom into 1,000 events at one time', function () {
    this.timeout(10_000);
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      start: '2016-11-08T21:00',
      title: `Result ${i + 1}`,
    }));
    const timeline = parseTimeline({ version: 1, timeZone: 'America/New_York', events }).timeline!;
    const { maxScale } = buildView(timeline, input);
    expect(maxScale).to.be.above(1);
    for (let k = 1; k <= maxScale; k = Math.min(maxScale, k * 2)) {
      // The view centred on the instant, as a "Zoom in" around it would.
      const x = timeline.events[0].from;
      const whole = buildView(timeline, input);
      const view = new ZoomTransform(k, input.width / 2 - k * whole.scale(x), 0);
      const layout = buildView(timeline, { ...input, view }).layout!;
      expect(layout.labels.length, `labels at zoom ${k}`).to.be.at.most(STACK_CAP + 20);
      expect(layout.height, `height at zoom ${k}`).to.be.below(1000);
      if (k === maxScale) break;
    }
  });
});

describe('long titles', () => {
  it('wraps a title of megabytes to TITLE_LINES lines ending in "…"', function () {
    this.timeout(10_000);
    const timeline = read(longTitle());
    const label = buildView(timeline, input).layout!.labels.find((l) => l.kind === 'event' && l.event.id === 'a')!;
    expect(label.lines).to.have.length(TITLE_LINES);
    expect(label.lines[label.lines.length - 1]).to.match(/…$/);
    expect(label.height).to.be.below(300);
  });

  it('cuts the last line so that it fits with its "…"', () => {
    const lines = wrapText('one two three four five six seven', 80, (t) => t.length * 8, 2);
    expect(lines).to.deep.equal(['one two', 'three…']);
    lines.forEach((line) => expect(line.length * 8).to.be.at.most(80));
  });
});

describe('cluster items', () => {
  it('gives a cluster an item id that no event has, even one named like a cluster', () => {
    const events = [
      ...Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, start: '2016-07-01', title: `Update ${i}` })),
      { id: 'cluster:e9', start: '2016-07-01', title: 'Named like a cluster' },
      { id: 'cluster::e9', start: '2016-07-01', title: 'Named like a cluster, twice' },
    ];
    const timeline = parseTimeline({ version: 1, events }).timeline!;
    const labels = buildView(timeline, input).layout!.labels;
    const ids = new Set(timeline.events.map((e) => e.id));
    const items = labels.flatMap((l) => (l.kind === 'cluster' ? [l.item] : []));
    expect(items.length).to.be.above(0);
    for (const item of items) expect(ids.has(item), item).to.equal(false);
  });
});

describe('long lists', () => {
  it('makes list items as they are asked for, each knowing its year', () => {
    const timeline = read(manyEvents(100_000));
    const list = buildView(timeline, { ...input, width: 400, orientation: 'vertical' }).list!;
    expect(list.length).to.equal(100_000);
    expect(list.at(99_999).event).to.equal(timeline.events[99_999]);
    // The first item of a range names its year even inside it; only a new year is marked as one.
    expect([list.at(99_998).newYear, list.at(99_998).year]).to.deep.equal([false, list.at(99_999).year]);
  });

  it('shows a page around the reader, keeps it while the reader is in it, and widens it on request', () => {
    expect(fitListRange(10_000, -1, undefined)).to.deep.equal({ start: 0, end: LIST_PAGE });
    expect(fitListRange(8, 3, undefined)).to.deep.equal({ start: 0, end: 8 });
    const around = fitListRange(10_000, 9_999, { start: 0, end: LIST_PAGE });
    expect(around).to.deep.equal({ start: 10_000 - LIST_PAGE, end: 10_000 });
    expect(fitListRange(10_000, 9_950, around)).to.deep.equal(around);
    expect(fitListRange(10_000, 5_000, around)).to.deep.equal({ start: 4_900, end: 5_100 });
    const wider = widenListRange({ start: 4_900, end: 5_100 }, 'earlier', 10_000);
    expect(wider).to.deep.equal({ start: 4_700, end: 5_100 });
    expect(widenListRange(wider, 'later', 5_200)).to.deep.equal({ start: 4_700, end: 5_200 });
    // A shorter list (new data, a group hidden) clamps the range.
    expect(fitListRange(50, -1, { start: 4_700, end: 5_200 })).to.deep.equal({ start: 0, end: 50 });
    // A list that grows (live updates, a group shown again) shows a whole page again.
    expect(fitListRange(1000, 0, { start: 0, end: 5 })).to.deep.equal({ start: 0, end: LIST_PAGE });
    // A step just past either end adds a page there instead of jumping.
    expect(fitListRange(10_000, 5_100, { start: 4_900, end: 5_100 })).to.deep.equal({ start: 4_900, end: 5_300 });
    expect(fitListRange(10_000, 4_899, { start: 4_900, end: 5_100 })).to.deep.equal({ start: 4_700, end: 5_100 });
  });
});
