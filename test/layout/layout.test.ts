// The pure layout steps, as plain functions: no element, no DOM measurement.
import { expect } from '@open-wc/testing';
import { ZoomTransform, zoomIdentity } from 'd3-zoom';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { clusterByInterval as clusterBy } from '../../src/layout/clusters.js';
import { cullToView, linearOf } from '../../src/layout/cull.js';
import { layoutTimeline } from '../../src/layout/layout.js';
import { chooseOrientation, layoutList } from '../../src/layout/list.js';
import { revealEvent } from '../../src/interaction/reveal.js';
import { constrain, fitSpan, WHOLE, zoomAround, zoomSteps } from '../../src/interaction/view.js';
import { buildView } from '../../src/layout/build-view.js';
import { createTicks, createTimeScale, formatTick, maxZoom } from '../../src/scale/time-scale.js';
import type { Timeline } from '../../src/model/types.js';
import { CHART_INPUT as input, generateTimeline, loadStory, monospace as measure } from '../helpers/index.js';

async function story(): Promise<Timeline> {
  return parseTimeline(await loadStory()).timeline!;
}

/** The view at zoom k panned by x px, as d3-zoom writes it. */
const at = (k: number, x: number) => new ZoomTransform(k, x, 0);

const clusterByInterval = (xs: number[], boundaries: number[], capacity: number) =>
  clusterBy(xs.length, (i) => xs[i], boundaries, capacity);

describe('clusterByInterval', () => {
  it('keeps events single while a stretch holds no more than its capacity', () => {
    expect(clusterByInterval([5, 15, 25], [10, 20], 1)).to.deep.equal([
      { kind: 'event', index: 0 },
      { kind: 'event', index: 1 },
      { kind: 'event', index: 2 },
    ]);
  });

  it('folds a crowded stretch into one cluster, and only that stretch', () => {
    expect(clusterByInterval([1, 12, 13, 14, 25], [10, 20], 2)).to.deep.equal([
      { kind: 'event', index: 0 },
      { kind: 'cluster', start: 1, end: 4 },
      { kind: 'event', index: 4 },
    ]);
  });

  it('puts an event on a tick into the stretch that the tick starts', () => {
    expect(clusterByInterval([9, 10, 10.5], [10], 1)).to.deep.equal([
      { kind: 'event', index: 0 },
      { kind: 'cluster', start: 1, end: 3 },
    ]);
  });
});

describe('cullToView', () => {
  const { events } = parseTimeline(generateTimeline(2000)).timeline!;
  const base = createTimeScale(events, [16, 984]);
  const naive = (scale: typeof base) => events.filter((e) => scale(e.to) >= 0 && scale(e.from) <= 1000);

  it('finds exactly the events a filter over all of them finds, in every view', () => {
    for (const view of [WHOLE, at(4, -1500), at(40, -20_000), at(300, -299_000), at(2, -1000)]) {
      const scale = view.rescaleX(base);
      const { visible, x } = cullToView(events, scale, 1000);
      expect(visible.map((e) => e.id)).to.deep.equal(naive(scale).map((e) => e.id));
      expect(visible.map((e) => x(e.from))).to.deep.equal(visible.map((e) => scale(e.from)));
    }
  });

  it('keeps a long range that starts before the view and reaches into it', () => {
    const long = { from: 0, to: 1000 };
    const later = Array.from({ length: 50 }, (_, i) => ({ from: 10 + i, to: 11 + i }));
    const scale = createTimeScale([long, ...later], [0, 1000])
      .copy()
      .domain([500, 600]);
    expect(cullToView([long, ...later], scale, 1000).visible).to.deep.equal([long]);
    const inside = { from: 550, to: 551 };
    expect(cullToView([long, ...later, inside], scale, 1000).visible).to.deep.equal([long, inside]);
  });

  it('folds by bisection exactly as a walk over every event would', () => {
    const rng = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
    const next = rng(7);
    for (let run = 0; run < 50; run++) {
      const xs = Array.from({ length: Math.floor(next() * 200) }, () => Math.floor(next() * 1000)).sort(
        (a, b) => a - b,
      );
      const boundaries = Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * 1000)).sort(
        (a, b) => a - b,
      );
      const capacity = 1 + Math.floor(next() * 5);
      const walked: unknown[] = [];
      let start = 0;
      while (start < xs.length) {
        const limit = boundaries.find((b) => b > xs[start]) ?? Infinity;
        let end = start;
        while (end < xs.length && xs[end] < limit) end++;
        if (end - start > capacity) walked.push({ kind: 'cluster', start, end });
        else for (let index = start; index < end; index++) walked.push({ kind: 'event', index });
        start = end;
      }
      expect(clusterByInterval(xs, boundaries, capacity)).to.deep.equal(walked);
    }
  });

  it('places a value exactly where the scale does', () => {
    const scale = at(7.3, -2345.6).rescaleX(base);
    const x = linearOf(scale);
    for (const e of events.slice(0, 200)) expect(x(e.from)).to.equal(scale(e.from));
  });
});

describe('scale and ticks', () => {
  it('formats each tick by what changes at it, naming the year on the first', () => {
    const utc = (iso: string) => Date.parse(iso + 'T00:00:00Z');
    expect(formatTick(utc('2016-07-01'), 'en-US', true)).to.equal('Jul 2016');
    expect(formatTick(utc('2016-08-01'), 'en-US')).to.equal('Aug');
    expect(formatTick(utc('2017-01-01'), 'en-US')).to.equal('2017');
    expect(formatTick(utc('2017-01-08'), 'en-US')).to.equal('Jan 8');
    expect(formatTick(utc('2017-01-01'), 'de-DE')).to.equal('2017');
    expect(formatTick(utc('2016-10-01'), 'de-DE')).to.equal('Okt');
  });

  it('puts monthly ticks on the first of each month for the story at 1000 px', async () => {
    const { events } = await story();
    const scale = createTimeScale(events, [16, 984]);
    const ticks = createTicks(scale, 1000, 'en-US');
    expect(ticks.map((t) => t.label)).to.deep.equal([
      'Jul 2016',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      '2017',
      'Feb',
      'Mar',
    ]);
  });

  it('lets readers zoom to about a week, or to hours when events have times', async () => {
    const { events } = await story();
    const scale = createTimeScale(events, [0, 1000]);
    const days = (+scale.domain()[1] - +scale.domain()[0]) / 86_400_000;
    expect(maxZoom(scale, { events })).to.be.closeTo(days / 7, 0.01);
    const timed = [{ start: { precision: 'time' } }];
    expect(maxZoom(scale, { events: timed })).to.be.closeTo((days * 24) / 3, 0.01);
  });
});

describe('layoutTimeline', () => {
  it('labels every event of the story at 1000 px, left to right, inside the chart', async () => {
    const { events } = await story();
    const scale = createTimeScale(events, [16, 984]);
    const layout = layoutTimeline(events, { scale, width: 1000, locale: 'en-US', measure });
    expect(layout.labels.map((l) => l.kind)).to.deep.equal(Array(8).fill('event'));
    expect(layout.marks.map((m) => m.shape)).to.deep.equal([
      'band',
      'point',
      'band',
      'point',
      'point',
      'point',
      'point',
      'point',
    ]);
    const xs = layout.marks.map((m) => m.x0);
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    for (const l of layout.labels) {
      expect(l.left).to.be.at.least(0);
      expect(l.left + l.width).to.be.at.most(1000);
      // Above the axis, or below its tick labels and era strip, inside the chart.
      if (l.side === 'above') expect(l.top + l.height).to.be.at.most(layout.axisY);
      else expect(l.top).to.be.at.least(layout.eraY);
      expect(l.top + l.height).to.be.at.most(layout.height);
    }
  });

  it('draws only what is in view when zoomed', async () => {
    const { events } = await story();
    const base = createTimeScale(events, [16, 984]);
    const view = zoomIdentity.translate(-3000, 0).scale(4); // somewhere in the winter of 2016–17
    const layout = layoutTimeline(events, { scale: view.rescaleX(base), width: 1000, locale: 'en-US', measure });
    expect(layout.marks.length).to.be.lessThan(8);
    for (const m of layout.marks) expect(m.x1 >= 0 && m.x0 <= 1000).to.equal(true);
  });

  it('cuts a range at the edges of a zoomed view, so no bar runs out of the chart, either way time runs', async () => {
    const timeline = await story();
    for (const direction of ['ltr', 'rtl'] as const) {
      const whole = buildView(timeline, { ...input, direction });
      for (const band of whole.layout!.marks.filter((m) => m.shape === 'band')) {
        // Zoomed in on the range's start, and on its end: the rest of it lies past an edge.
        for (const edge of [band.event.from, band.event.to]) {
          const view = at(40, 500 - 40 * whole.scale(edge));
          const { marks, width } = buildView(timeline, { ...input, direction, view }).layout!;
          const cut = marks.find((m) => m.event === band.event)!;
          expect(cut, `${band.event.id} ${direction}`).to.not.equal(undefined);
          for (const m of marks) {
            expect(Math.min(m.x0, m.x1), `${m.event.id} ${direction}`).to.be.at.least(0);
            expect(Math.max(m.x0, m.x1), `${m.event.id} ${direction}`).to.be.at.most(width);
          }
          // What is left of it is the part in view, from the edge to where the range starts or ends.
          expect(Math.abs(cut.x1 - cut.x0)).to.be.closeTo(500, 1);
        }
      }
    }
  });

  it('says which eras go on out of view, on either side and in either direction', async () => {
    const timeline = await story();
    const open = (eras: Array<{ openLeft: boolean; openRight: boolean }>) => eras.map((e) => [e.openLeft, e.openRight]);
    // The whole story: only the administration goes on, past its last event in March 2017.
    const whole = buildView(timeline, input);
    expect(open(whole.layout!.eras)).to.deep.equal([
      [false, false],
      [false, false],
      [false, true],
    ]);
    // Zoomed into the transition: it runs past both edges of the view, whichever way time runs.
    const transition = timeline.eras[1];
    const middle = whole.scale((transition.from + transition.to) / 2);
    const view = at(12, 500 - 12 * middle);
    expect(open(buildView(timeline, { ...input, view }).layout!.eras)).to.deep.equal([[true, true]]);
    const rtl = { ...input, direction: 'rtl' as const };
    const mirrored = at(12, 500 - 12 * buildView(timeline, rtl).scale((transition.from + transition.to) / 2));
    expect(open(buildView(timeline, { ...rtl, view: mirrored }).layout!.eras)).to.deep.equal([[true, true]]);
    // Zoomed on the campaign's end: the campaign goes on to the left, the transition to the right.
    const end = whole.scale(transition.from);
    const eras = buildView(timeline, { ...input, view: at(12, 500 - 12 * end) }).layout!.eras;
    expect(eras.map((e) => e.era.label)).to.deep.equal(['2016 campaign', 'Transition']);
    expect(open(eras)).to.deep.equal([
      [true, false],
      [false, true],
    ]);
    // Right to left, the campaign goes on to the right, the transition to the left.
    const rtlEnd = buildView(timeline, rtl).scale(transition.from);
    const rtlEras = buildView(timeline, { ...rtl, view: at(12, 500 - 12 * rtlEnd) }).layout!.eras;
    expect(rtlEras.map((e) => e.era.label)).to.deep.equal(['2016 campaign', 'Transition']);
    expect(open(rtlEras)).to.deep.equal([
      [false, true],
      [true, false],
    ]);
  });

  it('names no time of day on the axis of a file of calendar dates, at its deepest zoom; a file with times may', async () => {
    const timeline = await story();
    const whole = buildView(timeline, input);
    const hearing = timeline.events.find((e) => e.id === 'confirmation-hearing')!;
    const deepest = at(whole.maxScale, 500 - whole.maxScale * whole.scale(hearing.from));
    const ticks = buildView(timeline, { ...input, view: deepest }).layout!.ticks;
    expect(ticks.length).to.be.at.least(2);
    for (const t of ticks) expect(t.label, 'a day, not a time').not.to.match(/\d:\d\d/);
    // The same zoom over events with a time of day names hours.
    const timed = parseTimeline({
      version: 1,
      events: [
        { id: 'a', start: '2017-01-10T09:30', title: 'A', sources: [{ name: 'W' }] },
        { id: 'b', start: '2017-01-10T15:00', title: 'B', sources: [{ name: 'W' }] },
        { id: 'c', start: '2017-01-20', title: 'C', sources: [{ name: 'W' }] },
      ],
    }).timeline!;
    const timedWhole = buildView(timed, input);
    const view = at(timedWhole.maxScale, 500 - timedWhole.maxScale * timedWhole.scale(timed.events[0].from));
    expect(buildView(timed, { ...input, view }).layout!.ticks.some((t) => /\d:\d\d/.test(t.label))).to.equal(true);
  });

  it('stops a file of years at years: no month on its axis at its deepest zoom', () => {
    const years = parseTimeline({
      version: 1,
      events: ['1950', '1961', '1989', '1991', '2001'].map((start, i) => ({
        id: `e${i}`,
        start,
        title: `Event ${i}`,
        sources: [{ name: 'W' }],
      })),
    }).timeline!;
    const whole = buildView(years, input);
    const deepest = at(whole.maxScale, 500 - whole.maxScale * whole.scale(years.events[2].from));
    const { ticks, scale } = buildView(years, { ...input, view: deepest }).layout!;
    const [from, to] = scale.domain().map(Number);
    expect((to - from) / (365.25 * 86_400_000), 'years in view').to.be.at.least(4);
    expect(ticks.length).to.be.at.least(2);
    for (const t of ticks) expect(t.label, 'a year').to.match(/^\d{4}$/);
  });

  it('never lets two tick labels run into each other, at any zoom', () => {
    const { events } = parseTimeline(generateTimeline(2000)).timeline!;
    const base = createTimeScale(events, [16, 984]);
    for (const k of [1, 1.5, 3, 5.3, 9, 22.6, 60]) {
      const { ticks } = layoutTimeline(events, {
        scale: at(k, -(k - 1) * 500).rescaleX(base),
        width: 1000,
        locale: 'en-US',
        measure,
      });
      expect(ticks.length, `ticks at k=${k}`).to.be.greaterThan(1);
      for (let i = 1; i < ticks.length; i++) {
        const room = ticks[i].x - ticks[i - 1].x;
        expect(room, `${ticks[i - 1].label} | ${ticks[i].label} at k=${k}`).to.be.at.least(
          (measure(ticks[i].label, 'date') + measure(ticks[i - 1].label, 'date')) / 2,
        );
      }
    }
  });

  it('names a cluster by its lead title and "+ N more" in words the caller gives, at any width', () => {
    const { events } = parseTimeline(generateTimeline(2000)).timeline!;
    for (const width of [200, 600, 2000]) {
      const scale = createTimeScale(events, [16, width - 16]);
      const moreEvents = (n: number) => `and ${n} others`;
      const layout = layoutTimeline(events, { scale, width, locale: 'en-US', measure, moreEvents });
      const clusters = layout.labels.filter((l) => l.kind === 'cluster');
      expect(clusters.length).to.be.greaterThan(0);
      for (const c of clusters) expect(c.more).to.equal(`and ${c.events.length - 1} others`);
    }
  });

  it('folds 5,000 events into a few labelled clusters at full view', () => {
    const { events } = parseTimeline(generateTimeline(5000)).timeline!;
    const scale = createTimeScale(events, [16, 984]);
    const layout = layoutTimeline(events, { scale, width: 1000, locale: 'en-US', measure });
    expect(layout.labels.length).to.be.lessThan(20);
    const counted = layout.labels.reduce((n, l) => n + (l.kind === 'cluster' ? l.events.length : 1), 0);
    expect(counted).to.equal(5000);
  });
});

describe('revealEvent', () => {
  // events[250] shares its day with three others: only the deepest zoom, where nothing folds, shows it alone.
  it('pans to an event out of view and zooms until it has its own label', () => {
    const timeline = parseTimeline(generateTimeline(500)).timeline!;
    const target = timeline.events[250];
    // As the element builds them: the reader's place is the event moved to.
    const build = (view: ZoomTransform) => buildView(timeline, { ...input, view, place: target.id });
    const view = revealEvent(target, WHOLE, build(WHOLE), build);
    expect(build(view).layout!.labels.some((l) => l.kind === 'event' && l.event === target)).to.equal(true);
  });

  it('answers from the picture on screen when the event already has its label there', async () => {
    const timeline = await story();
    let built = 0;
    const picture = buildView(timeline, input);
    const view = revealEvent(
      timeline.events[3],
      WHOLE,
      picture,
      (v) => (built++, buildView(timeline, { ...input, view: v })),
    );
    expect([view, built]).to.deep.equal([WHOLE, 0]);
  });

  it('zooms around a point: what shows there stays there, within the limits', () => {
    const view = zoomAround(at(2, -500), 1.5, 300, 1000, 100);
    expect(view.k).to.equal(3);
    // The unzoomed position under x = 300 before (400) is still under x = 300 after.
    expect(view.applyX(400)).to.equal(300);
    expect(zoomAround(WHOLE, 0.5, 300, 1000, 100)).to.deep.equal(WHOLE);
    expect(zoomAround(at(80, -4000), 2, 500, 1000, 100).k).to.equal(100);
  });

  it('lists the views a zoom passes through, each once, stopping short of the deepest', () => {
    expect(zoomSteps(WHOLE, 500, 1000, 100, 7, 1.5).map((v) => +v.k.toFixed(2))).to.deep.equal([
      1.5, 2.25, 3.38, 5.06, 7.59, 11.39, 17.09,
    ]);
    expect(zoomSteps(WHOLE, 500, 1000, 4, 7, 1.5).map((v) => v.k)).to.deep.equal([1.5, 2.25, 3.375]);
    expect(zoomSteps(at(4, -1500), 500, 1000, 4)).to.deep.equal([]);
  });

  it('keeps the view inside the data', () => {
    expect(constrain(at(2, 50), 1000).x).to.equal(0);
    expect(constrain(at(2, -5000), 1000).x).to.equal(-1000);
    const fit = fitSpan(400, 500, 1000, 100);
    expect(fit.k).to.equal(8);
    expect(fit.applyX(450)).to.equal(500);
  });
});

describe('buildView', () => {
  it('computes the chart of the story from the timeline and a size, as layoutTimeline does over its scale', async () => {
    const timeline = await story();
    const picture = buildView(timeline, input);
    const scale = createTimeScale(timeline.events, [16, 984]);
    expect(picture.scale.domain()).to.deep.equal(scale.domain());
    expect(picture.layout!.labels.map((l) => l.kind)).to.deep.equal(Array(8).fill('event'));
    expect(picture.layout!.marks.map((m) => m.x0)).to.deep.equal(
      layoutTimeline(timeline.events, { scale, width: 1000, locale: 'en-US', measure }).marks.map((m) => m.x0),
    );
    expect(picture.summary).to.equal('Timeline of 8 events from July 2016 to March 2017.');
    expect(picture.list).to.equal(undefined);
  });

  it('gives the list instead of a chart for a vertical picture', async () => {
    const timeline = await story();
    const picture = buildView(timeline, { ...input, width: 400, orientation: 'vertical' });
    expect(picture.layout).to.equal(undefined);
    const list = picture.list!;
    expect(Array.from({ length: list.length }, (_, i) => list.at(i).event)).to.deep.equal(timeline.events);
  });

  it('runs time from right to left on a right-to-left page', async () => {
    const timeline = await story();
    const { layout } = buildView(timeline, { ...input, direction: 'rtl' });
    const xs = layout!.marks.map((m) => m.x0);
    expect([...xs].sort((a, b) => b - a)).to.deep.equal(xs);
  });

  it('leaves out the events of hidden groups, on the same scale', () => {
    const timeline = parseTimeline(generateTimeline(100)).timeline!;
    const group = timeline.groups[0].id;
    const all = buildView(timeline, input);
    const some = buildView(timeline, { ...input, hidden: new Set([group]) });
    expect(some.events.length).to.equal(all.events.filter((e) => e.group !== group).length);
    expect(some.events.length).to.be.lessThan(all.events.length);
    expect(some.scale.domain()).to.deep.equal(all.scale.domain());
  });

  it('keeps what a zoom does not change, and lays out each view anew', async () => {
    const timeline = await story();
    const whole = buildView(timeline, input);
    const zoomed = buildView(timeline, { ...input, view: at(4, -3000) });
    expect(zoomed.scale).to.equal(whole.scale);
    expect(zoomed.events).to.equal(whole.events);
    expect(zoomed.layout!.marks.length).to.be.lessThan(8);
    expect(buildView(timeline, { ...input, width: 800 }).scale).not.to.equal(whole.scale);
  });
});

describe('layoutList and orientation', () => {
  it('heads each year once, in the list', async () => {
    const list = layoutList((await story()).events, 'en-US');
    const items = Array.from({ length: list.length }, (_, i) => list.at(i));
    expect(items.map((i) => (i.newYear ? i.year : ''))).to.deep.equal(['2016', '', '2017', '', '', '', '', '']);
    expect(items[0].date).to.equal('July 2016');
  });

  it('turns vertical below the breakpoint unless forced', () => {
    expect(chooseOrientation(599, undefined, 600)).to.equal('vertical');
    expect(chooseOrientation(600, undefined, 600)).to.equal('horizontal');
    expect(chooseOrientation(320, 'horizontal', 600)).to.equal('horizontal');
    expect(chooseOrientation(1280, 'vertical', 600)).to.equal('vertical');
  });
});
