// A compact horizontal layout (issue 14, part 3): labels above and below the axis, on either side of
// their leaders, in the least height that keeps each clear of the others and inside the chart.
import { expect } from '@open-wc/testing';
import { buildView } from '../../src/layout/build-view.js';
import type { LabelLayout } from '../../src/layout/layout.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import { CHART_INPUT as input, expectClear, generateTimeline, loadStory } from '../helpers/index.js';

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
