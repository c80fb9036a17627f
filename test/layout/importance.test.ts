// Editorial priority (issue 14, part 2): where space is short, the events a newsroom marks as key
// (importance 1) keep their own labels, and the rest fold around them.
import { expect } from '@open-wc/testing';
import { buildView } from '../../src/layout/build-view.js';
import { clusterByInterval } from '../../src/layout/clusters.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { CHART_INPUT as input, generateTimeline } from '../helpers/index.js';

describe('importance', () => {
  it('is read as 1, 2 or 3; anything else is a warning and the event keeps the default', () => {
    const sources = [{ name: 'W' }];
    const { timeline, warnings } = parseTimeline({
      version: 1,
      events: [
        { id: 'a', start: '2016', title: 'A', importance: 1, sources },
        { id: 'b', start: '2016', title: 'B', importance: 3, sources },
        { id: 'c', start: '2016', title: 'C', importance: 'high', sources },
        { id: 'd', start: '2016', title: 'D', sources },
      ],
    });
    expect(timeline!.events.map((e) => e.importance)).to.deep.equal([1, 3, undefined, undefined]);
    expect(warnings).to.deep.equal([
      {
        path: 'events[2].importance',
        message: "expected 1 (key), 2 (the default) or 3 (minor); got 'high': the default is used",
      },
    ]);
  });

  it('keeps a key event of a crowded stretch on its own, folding the others before and after it', () => {
    const xs = [1, 2, 3, 4, 5, 6];
    const items = clusterByInterval(xs.length, (i) => xs[i], [10], 2, 0, [3]);
    expect(items).to.deep.equal([
      { kind: 'cluster', start: 0, end: 3 },
      { kind: 'event', index: 3 },
      { kind: 'cluster', start: 4, end: 6 },
    ]);
  });

  for (const width of [768, 1280])
    it(`shows the title of the one key event among 500 in the first view at ${width} px`, () => {
      const file = generateTimeline(500);
      const key = file.events[237];
      key.importance = 1;
      const timeline = parseTimeline(file).timeline!;
      const { layout } = buildView(timeline, { ...input, width });
      const titled = layout!.labels.filter((l) => l.kind === 'event').map((l) => l.kind === 'event' && l.event.id);
      expect(titled).to.include(key.id);
    });
});
