// A height that holds still (issue 14, part 5): the chart is as tall in every view of a zoom, a pan
// or a filter as in the overview, with its axis where the overview has it; deeper views fold more
// rather than grow.
import { expect } from '@open-wc/testing';
import { buildView, type ViewInput } from '../../src/layout/build-view.js';
import { WHOLE, viewAt, zoomAround, type View } from '../../src/interaction/view.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import { CHART_INPUT as input, expectClear, generateTimeline, loadStory } from '../helpers/index.js';

/** The views a reader passes through: wheel steps into three points, then pans at a few depths. */
function gestures(width: number, maxScale: number): View[] {
  const views: View[] = [];
  for (const at of [0.15, 0.5, 0.85]) {
    let view = WHOLE;
    for (let step = 0; step < 40 && view.k < maxScale; step++)
      views.push((view = zoomAround(view, 1.25, at * width, width, maxScale)));
  }
  for (const k of [2, 8, 32].filter((k) => k < maxScale))
    for (let x = 0; x > width - width * k; x -= width / 3) views.push(viewAt(k, x));
  return views;
}

function expectHeld(timeline: Timeline, at: ViewInput, what: string) {
  const overview = buildView(timeline, at).layout!;
  const { maxScale } = buildView(timeline, at);
  const groups = [...new Set(timeline.events.map((e) => e.group).filter(Boolean))] as string[];
  const moved: string[] = [];
  const check = (input: ViewInput, name: string) => {
    const { layout } = buildView(timeline, input);
    expectClear(layout!, `${what}, ${name}`);
    if (layout!.height !== overview.height || layout!.axisY !== overview.axisY)
      moved.push(`${name}: ${layout!.height} px, axis at ${layout!.axisY}`);
  };
  for (const view of gestures(at.width, maxScale))
    check({ ...at, view }, `k=${view.k.toFixed(2)} x=${view.x.toFixed(0)}`);
  for (const group of groups) check({ ...at, hidden: new Set([group]) }, `without ${group}`);
  expect(moved, `${what}: overview ${overview.height} px, axis at ${overview.axisY}`).to.deep.equal([]);
}

describe('a height that holds', () => {
  let story: Timeline;
  before(async () => {
    story = parseTimeline(await loadStory()).timeline!;
  });

  for (const width of [768, 1000, 1280])
    it(`keeps the story's height and axis through zooms, pans and filters at ${width} px`, () => {
      expectHeld(story, { ...input, width }, `story at ${width}`);
    });

  it('keeps it where the overview is one row of short labels, with clusters that say only their size', () => {
    // Bursts in a year of short titles: the overview's room is one row of small labels, lower than
    // a cluster that names its lead event; a deeper view's clusters then say only their size.
    const days = [0, 40, 41, 43, 100, 160, 161, 162, 163, 220, 300, 301, 360];
    const start = Date.UTC(2015, 0, 1);
    const file = {
      version: 1,
      events: days.map((day, i) => ({
        id: `e${i}`,
        start: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
        title: `Ev ${i}`,
        group: i % 2 ? 'a' : 'b',
      })),
    };
    const timeline = parseTimeline(file).timeline!;
    expectHeld(timeline, { ...input, width: 768 }, 'bursts of short titles');
    // Zoomed in a little, the view still shows its bursts apart, not one cluster of the whole view.
    const { maxScale } = buildView(timeline, { ...input, width: 768 });
    const view = zoomAround(WHOLE, 1.25, 384, 768, maxScale);
    const { layout } = buildView(timeline, { ...input, width: 768, view });
    expect(layout!.labels.length, 'labels at 1.25×').to.be.at.least(4);
  });

  it('keeps it right to left, where views are mirrored', () => {
    expectHeld(story, { ...input, width: 1000, direction: 'rtl', locale: 'ar' }, 'story right to left');
    const timeline = parseTimeline(generateTimeline(500)).timeline!;
    expectHeld(timeline, { ...input, width: 1000, direction: 'rtl' }, '500 right to left');
  });

  for (const count of [100, 500, 5000])
    for (const width of [768, 1280])
      it(`keeps the height of ${count} events through zooms, pans and filters at ${width} px`, () => {
        const timeline = parseTimeline(generateTimeline(count)).timeline!;
        expectHeld(timeline, { ...input, width }, `${count} at ${width}`);
      });
});

describe('folding that holds while the reader pans', () => {
  for (const [count, width] of [
    [500, 1280],
    [500, 768],
    [2000, 768],
  ])
    it(`keeps the clusters in the middle of the view as they are through pans of ${count} events at ${width} px`, () => {
      const timeline = parseTimeline(generateTimeline(count)).timeline!;
      // A cluster that reaches the view's edge counts the events in view, more as more come in: only
      // labels whole in the middle third are compared.
      const inMiddle = (x: number) => x > width / 3 && x < (2 * width) / 3;
      // Each event whole in the middle third, by id: 0 where it has its own label, else its cluster's first event.
      const middle = (view: View) => {
        const { layout } = buildView(timeline, { ...input, width, view });
        const held = new Map<string, string>();
        for (const l of layout!.labels)
          if (l.kind === 'event' && inMiddle(l.x)) held.set(l.event.id, '0');
          else if (l.kind === 'cluster' && inMiddle(l.x) && inMiddle(l.x1))
            for (const e of l.events) held.set(e.id, `${l.events[0].id} ${l.events.length}`);
        return held;
      };
      const refolds: string[] = [];
      for (const k of [1.5, 2, 4, 8]) {
        let before = middle(viewAt(k, 0));
        for (let x = -30; x > width - width * k; x -= 30) {
          const now = middle(viewAt(k, x));
          // Within one pair of the fixed pages a view folds by (see buildView).
          if (Math.floor(-x / width) === Math.floor((30 - x) / width))
            for (const [id, where] of now)
              if (before.has(id) && before.get(id) !== where) refolds.push(`${id} at ${k}×, x = ${x}`);
          before = now;
        }
      }
      expect(refolds).to.deep.equal([]);
    });
});
