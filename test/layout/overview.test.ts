// Overview first (issue 14, part 1): every event has a tick in the density strip at any density, and
// a cluster names its most important event and how many more it holds.
import { expect } from '@open-wc/testing';
import { buildView } from '../../src/layout/build-view.js';
import type { ClusterLabel } from '../../src/layout/layout.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { CHART_INPUT as input, generateTimeline } from '../helpers/index.js';

describe('overview', () => {
  for (const count of [100, 500, 10_000])
    for (const width of [768, 1280])
      it(`gives each of ${count} events a tick in the strip and names some of them, at ${width} px`, () => {
        const timeline = parseTimeline(generateTimeline(count)).timeline!;
        const { layout, scale } = buildView(timeline, { ...input, width });
        const ticks = new Map(layout!.strip.map((g) => [g.event.group, new Set(g.xs)]));
        const missing = timeline.events.filter((e) => !ticks.get(e.group)?.has(Math.round(scale(e.from))));
        expect(missing.map((e) => e.id)).to.deep.equal([]);
        // Titles, not only counts: a cluster's lead, or an event's own.
        const titled = layout!.labels.filter((l) => l.kind === 'event' || l.more);
        expect(titled.length).to.be.at.least(1);
      });

  it('names a cluster by its key event, then how many more it holds', () => {
    const file = generateTimeline(500);
    file.events[240].importance = 1;
    file.events[241].importance = 1;
    const timeline = parseTimeline(file).timeline!;
    const { layout } = buildView(timeline, { ...input, width: 1280 });
    const clusters = layout!.labels.filter((l): l is ClusterLabel => l.kind === 'cluster');
    expect(clusters.length).to.be.above(1);
    for (const c of clusters) {
      const key = c.events.find((e) => e.importance === 1);
      const lead = key ?? c.events[0];
      expect(c.lead).to.equal(lead);
      expect(lead.title.startsWith(c.lines.join(' ').replace(/…$/, ''))).to.equal(true);
      expect(c.more).to.equal(`+ ${c.events.length - 1} more`);
    }
  });
});
