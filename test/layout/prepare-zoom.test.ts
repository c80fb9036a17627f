// The views the zoom part lays out ahead of a zoom (src/interaction/prepare-zoom.ts), as a plain
// function: which views, in which order, one per idle callback, and when it gives up.
import { expect } from '@open-wc/testing';
import { prepareZoom } from '../../src/interaction/prepare-zoom.js';
import { zoomSteps, type View } from '../../src/interaction/view.js';
import { buildView, type ViewInput } from '../../src/layout/build-view.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import type { Timeline } from '../../src/model/types.js';
import { CHART_INPUT, generateTimeline, idle, sleep } from '../helpers/index.js';

const timeline = parseTimeline(generateTimeline(1000)).timeline!;

/** Prepares a zoom around x = 250 and records the views built, with what the widget looks like meanwhile. */
function prepare(input: () => ViewInput, current = () => true, shown: Timeline = timeline) {
  const built: View[] = [];
  const picture = buildView(shown, input());
  const build = (t: Timeline, i: ViewInput) => {
    expect(t).to.equal(shown);
    built.push(i.view);
    return buildView(t, i);
  };
  prepareZoom(250, { timeline: shown, picture, input, build, current });
  return { built, picture };
}

/** Enough idle callbacks for every step, and then some. */
async function idleTimes(n: number) {
  for (let i = 0; i < n; i++) await idle();
  await sleep(20);
}

describe('prepareZoom', () => {
  it('lays out the zoom steps around the pointer, in order, one per idle callback, and nothing at once', async () => {
    const { built, picture } = prepare(() => CHART_INPUT);
    expect(built).to.deep.equal([]);
    await idle();
    expect(built).to.have.length(1);
    await idleTimes(10);
    const expected = zoomSteps(CHART_INPUT.view, 250, CHART_INPUT.width, picture.maxScale);
    expect(expected.length).to.be.greaterThan(2);
    expect(built.map((v) => [v.k, v.x])).to.deep.equal(expected.map((v) => [v.k, v.x]));
  });

  it('stops once the widget shows something else, or no longer shows the inputs it began with', async () => {
    let current = true;
    const gone = prepare(
      () => CHART_INPUT,
      () => current,
    );
    await idle();
    current = false;
    await idleTimes(10);
    expect(gone.built).to.have.length(1);

    let input = CHART_INPUT;
    const resized = prepare(() => input);
    await idle();
    input = { ...CHART_INPUT, width: 800 };
    await idleTimes(10);
    expect(resized.built).to.have.length(1);
  });

  it('lays out nothing for a list, which does not zoom', async () => {
    const { built } = prepare(() => ({ ...CHART_INPUT, orientation: 'vertical' }));
    await idleTimes(5);
    expect(built).to.deep.equal([]);
  });
});
