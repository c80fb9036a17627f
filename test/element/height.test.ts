// A height that holds still (issue 14, part 5): zooming, panning and filtering never change the
// widget's height, so the article below never jumps and the pointer stays over the chart.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineFile } from '../../src/model/types.js';
import { centerOn, type View } from '../../src/interaction/view.js';
import { button, cleanup, generateTimeline, mount, nextFrame, STORY_URL } from '../helpers/index.js';

async function settle(el: EventTimeline): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** Watches the widget's height, the article after it, and the page's layout shifts of that article. */
function watch(el: EventTimeline) {
  const article = document.createElement('p');
  article.textContent = 'The article goes on below the timeline.';
  el.after(article);
  const height = () => Math.round(el.getBoundingClientRect().height);
  const start = { height: height(), below: article.offsetTop };
  const heights: number[] = [];
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    // Shifts of the page around the widget, the article below it; labels moving within it are the zoom.
    for (const entry of list.getEntries() as Array<
      PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> }
    >)
      if (entry.sources?.some((s) => s.node === article || article.contains(s.node ?? null))) shifts.push(entry.value);
  });
  observer.observe({ type: 'layout-shift' });
  return {
    record: () => heights.push(height()),
    async expectHeld(what: string) {
      // Layout shifts are reported after the frame that made them.
      await nextFrame();
      await nextFrame();
      observer.disconnect();
      expect(heights, `${what}: heights, from ${start.height}`).to.deep.equal(heights.map(() => start.height));
      expect(article.offsetTop, `${what}: the article below`).to.equal(start.below);
      expect(shifts, `${what}: layout shifts`).to.deep.equal([]);
      article.remove();
    },
  };
}

const setups = [
  ['the story', { src: STORY_URL }],
  ['500 events', { events: generateTimeline(500) }],
] as const;

describe('the widget’s height while the reader zooms, pans and filters', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  for (const width of [1000, 1280])
    for (const [name, setup] of setups)
      it(`holds for ${name} at ${width} px through 20 wheel steps and a 300 px drag`, async () => {
        const { el } = await mount({ ...setup, width });
        const watched = watch(el);
        const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
        const box = chart.getBoundingClientRect();
        // The pointer just above the axis (off the density strip, which zooms at a click), a third of
        // the way in: where a reader zooms into a bunch of events.
        const axis = chart.querySelector('.axis .domain')!.getBoundingClientRect();
        const at = { x: Math.round(box.left + box.width / 3), y: Math.round(axis.top - 14) };
        await sendMouse({ type: 'move', position: [at.x, at.y] });
        await settle(el);
        for (let step = 0; step < 20; step++) {
          chart.dispatchEvent(
            new WheelEvent('wheel', {
              deltaY: -60,
              ctrlKey: true,
              bubbles: true,
              cancelable: true,
              composed: true,
              clientX: at.x,
              clientY: at.y,
            }),
          );
          await settle(el);
          watched.record();
        }
        expect(button(el, 'Reset zoom').disabled, 'zoomed in').to.equal(false);
        await sendMouse({ type: 'down' });
        for (let dx = 30; dx <= 300; dx += 30) {
          await sendMouse({ type: 'move', position: [at.x + dx, at.y] });
          await settle(el);
          watched.record();
        }
        await sendMouse({ type: 'up' });
        await settle(el);
        watched.record();
        // The pointer is still over the chart: the next drag pans, it does not scroll the page.
        const under = el.shadowRoot!.elementFromPoint(at.x + 300, at.y);
        expect(under && chart.contains(under), 'the pointer over the chart').to.equal(true);
        await watched.expectHeld(name);
      });

  for (const [name, setup] of setups)
    it(`holds for ${name} through keyboard zooms and pans, a filter and a reset`, async () => {
      const { el } = await mount({ ...setup, width: 1000 });
      const watched = watch(el);
      el.shadowRoot!.querySelector<HTMLElement>('[data-item]')!.focus();
      for (let step = 0; step < 6; step++) {
        await sendKeys({ press: '+' });
        await settle(el);
        watched.record();
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        watched.record();
      }
      const legend = el.shadowRoot!.querySelector<HTMLButtonElement>('.legend-item');
      if (legend) {
        legend.click();
        await settle(el);
        watched.record();
      }
      button(el, 'Reset zoom').click();
      await settle(el);
      watched.record();
      await watched.expectHeld(name);
    });
});

describe('an empty stretch of time', () => {
  afterEach(cleanup);

  it('says so above the axis, clear of its ticks, in the height of the whole story', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    const height = el.getBoundingClientRect().height;
    // October 2016: no event between the September meeting and the election.
    const { picture, zoom } = el as unknown as {
      picture: { scale: (date: Date) => number };
      zoom: { set(view: View): void };
    };
    zoom.set(centerOn(picture.scale(new Date(Date.UTC(2016, 9, 15))), 16, 1280));
    await el.updateComplete;
    const empty = el.shadowRoot!.querySelector('.empty');
    expect(empty?.textContent).to.equal('No events in this stretch of time.');
    const ticks = el.shadowRoot!.querySelector('.axis')!.getBoundingClientRect();
    expect(empty!.getBoundingClientRect().bottom, 'above the axis').to.be.at.most(ticks.top);
    expect(el.getBoundingClientRect().height).to.equal(height);
  });
});

describe('a label taller than the overview has room for', () => {
  afterEach(cleanup);

  it('scrolls inside the chart, which keeps its height', async () => {
    // Sixty updates of one month fold into one cluster in the overview, its title one line; the
    // last of the month has a title of eight lines once the reader zooms to it.
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const events = Array.from({ length: 60 }, (_, i) => ({
      id: `u${i}`,
      start: `2016-03-${String(1 + Math.floor(i / 3)).padStart(2, '0')}`,
      title: i === 59 ? long : `Update ${i}`,
    }));
    events.push({ id: 'late', start: '2016-03-31', title: long });
    // Years either side: in the overview, March 2016 is one short cluster named by its first update.
    events.push(
      { id: 'before', start: '2010-01-01', title: 'Before' },
      { id: 'after', start: '2022-01-01', title: 'After' },
    );
    const { el } = await mount({
      events: { version: 1, events } as unknown as TimelineFile,
      width: 1000,
      orientation: 'horizontal',
    });
    const height = el.getBoundingClientRect().height;
    const { picture, zoom } = el as unknown as {
      picture: { scale: (date: Date) => number; maxScale: number };
      zoom: { set(view: View): void };
    };
    zoom.set(centerOn(picture.scale(new Date(Date.UTC(2016, 2, 31))), picture.maxScale, 1000));
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const label = el.shadowRoot!.querySelector<HTMLElement>('[data-event-id="late"]');
    expect(label, 'the long title has its own label').to.not.equal(null);
    expect(el.getBoundingClientRect().height, 'the widget keeps its height').to.equal(height);
    expect(chart.scrollHeight, 'taller inside').to.be.above(chart.clientHeight);
    expect(getComputedStyle(chart).overflowY).to.equal('auto');
  });
});
