// A compact horizontal layout (issue 14, part 3): labels above and below the axis, on either side of
// their leaders, in the least height that keeps each clear of the others and inside the chart.
import { expect } from '@open-wc/testing';
import { buildView } from '../../src/layout/build-view.js';
import type { Layout, LabelLayout } from '../../src/layout/layout.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import { CHART_INPUT as input, generateTimeline, loadStory } from '../helpers/index.js';

/** Every pair of labels apart, every label inside the chart, every leader clear of other labels. */
function expectClear(layout: Layout, what: string) {
  const { labels, width, height, axisY } = layout;
  labels.forEach((a, i) => {
    expect(a.left, `${what}: label ${i} left`).to.be.at.least(0);
    expect(a.left + a.width, `${what}: label ${i} right`).to.be.at.most(width + 0.5);
    expect(a.top, `${what}: label ${i} top`).to.be.at.least(0);
    expect(a.top + a.height, `${what}: label ${i} bottom`).to.be.at.most(height);
    // Its leader meets it at one of its edges, on the side it grows from.
    const edge = a.anchor === 'start' ? a.left : a.left + a.width;
    if (a.width < width) expect(Math.abs(edge - a.x), `${what}: label ${i} leader at its edge`).to.be.below(1);
    labels.slice(i + 1).forEach((b, j) => {
      const apart =
        a.left + a.width <= b.left ||
        b.left + b.width <= a.left ||
        a.top + a.height <= b.top ||
        b.top + b.height <= a.top;
      expect(apart, `${what}: labels ${i} and ${i + j + 1} overlap`).to.equal(true);
    });
  });
  // A leader runs from the axis to its label: through no other label on the way.
  for (const a of labels) {
    const [from, to] = a.side === 'above' ? [a.top + a.height, axisY] : [axisY, a.top];
    for (const b of labels) {
      if (b === a) continue;
      const through = a.x > b.left + 1 && a.x < b.left + b.width - 1 && b.top < to && b.top + b.height > from;
      if (through) expect.fail(`${what}: the leader at ${a.x} runs through a label at ${b.left}–${b.left + b.width}`);
    }
  }
}

const titleOf = (l: LabelLayout) => (l.kind === 'event' ? l.event.title : l.item);

describe('compact layout', () => {
  let story: Timeline;
  let file: unknown;
  before(async () => {
    file = await loadStory();
    story = parseTimeline(structuredClone(file)).timeline!;
  });

  for (const [width, most] of [
    [1280, 380],
    [1000, 440],
  ])
    it(`lays out the story at ${width} px in at most ${most} px, every title whole and clear`, () => {
      const { layout } = buildView(story, { ...input, width });
      expect(layout!.labels.filter((l) => l.kind === 'event')).to.have.length(8);
      expect(layout!.height).to.be.at.most(most);
      expectClear(layout!, `story at ${width}`);
      for (const l of layout!.labels) expect(l.lines.join(' ').replace(/…$/, ''), 'whole title').to.equal(titleOf(l));
    });

  it('uses both sides of the axis where the story is crowded, and gives the same picture every time', () => {
    const first = buildView(story, { ...input, width: 1280 }).layout!;
    expect(new Set(first.labels.map((l) => l.side))).to.deep.equal(new Set(['above', 'below']));
    // A timeline parsed anew, with a new measure: nothing kept from the first.
    const again = buildView(parseTimeline(file).timeline!, {
      ...input,
      width: 1280,
      measure: (text, kind) => input.measure(text, kind),
    }).layout!;
    expect(again.labels.map((l) => [l.left, l.top, l.side])).to.deep.equal(
      first.labels.map((l) => [l.left, l.top, l.side]),
    );
  });

  it('keeps reading order chronological whatever the placement', () => {
    const { labels } = buildView(story, { ...input, width: 1280 }).layout!;
    const starts = labels.map((l) => (l.kind === 'event' ? l.event.from : l.events[0].from));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  for (const count of [50, 500, 5000, 10_000])
    for (const width of [360, 768, 1280])
      it(`overlaps no labels of ${count} generated events at ${width} px`, () => {
        const timeline = parseTimeline(generateTimeline(count)).timeline!;
        expectClear(buildView(timeline, { ...input, width }).layout!, `${count} at ${width}`);
      });
});
