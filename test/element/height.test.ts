// A height that holds still (issue 14, part 5, in part): zooming, panning and filtering never shrink
// the story's chart, so the article below never jumps up and the pointer stays over the chart.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import { button, cleanup, mount, nextFrame, STORY_URL } from '../helpers/index.js';

async function settle(el: EventTimeline): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

describe('the widget’s height while the reader zooms, pans and filters', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(cleanup);

  for (const [name, setup] of [['the story', { src: STORY_URL }]] as const)
    it(`holds for ${name}`, async () => {
      const { el } = await mount({ ...setup, width: 1000 });
      const article = document.createElement('p');
      article.textContent = 'The article goes on below the timeline.';
      el.after(article);
      const below = () => article.offsetTop;
      const top = below();
      const height = () => Math.round(el.getBoundingClientRect().height);
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        // Shifts of the page around the widget, the article below it; labels moving within it are the zoom.
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> }
        >)
          if (entry.sources?.some((s) => s.node === article || article.contains(s.node ?? null)))
            shifts.push(entry.value);
      });
      observer.observe({ type: 'layout-shift' });
      const start = height();
      const heights: number[] = [];
      el.shadowRoot!.querySelector<HTMLElement>('[data-item]')!.focus();
      for (let step = 0; step < 6; step++) {
        await sendKeys({ press: '+' });
        await settle(el);
        heights.push(height());
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        heights.push(height());
      }
      const legend = el.shadowRoot!.querySelector<HTMLButtonElement>('.legend-item');
      if (legend) {
        legend.click();
        await settle(el);
        heights.push(height());
      }
      button(el, 'Reset zoom').click();
      await settle(el);
      heights.push(height());
      observer.disconnect();
      expect(heights, `from ${start}`).to.deep.equal(heights.map(() => start));
      expect(below(), 'the article below').to.equal(top);
      article.remove();
      expect(
        shifts.reduce((a, b) => a + b, 0),
        'layout shift',
      ).to.equal(0);
    });
});
