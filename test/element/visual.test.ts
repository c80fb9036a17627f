// The story as readers see it, compared with the checked-in pictures in test/screenshots/.
// A change to the look is reviewed by looking at the new PNGs and refreshing them with
// `npm run test:update-visual`. The font is pinned to one every machine of ours has.
import { visualDiff } from '@web/test-runner-visual-regression';
import { cleanup, mount, STORY_URL } from '../helpers/index.js';

describe('the story, pictured', () => {
  afterEach(cleanup);

  const css = "--event-timeline-font-family: 'DejaVu Sans', sans-serif; padding: 8px; box-sizing: border-box";

  const cases: Array<[number, 'horizontal' | 'vertical', 'light' | 'dark']> = [
    [1280, 'horizontal', 'light'],
    [375, 'vertical', 'light'],
    [375, 'horizontal', 'light'],
    [1280, 'vertical', 'light'],
    [1280, 'horizontal', 'dark'],
    [375, 'vertical', 'dark'],
  ];
  for (const [width, orientation, theme] of cases) {
    it(`at ${width} px, ${orientation}, ${theme}`, async () => {
      const { el } = await mount({ src: STORY_URL, width, orientation, theme, css });
      await visualDiff(el, `story-${width}-${orientation}-${theme}`);
    });
  }

  for (const [width, orientation] of [
    [1280, 'horizontal'],
    [375, 'vertical'],
  ] as const) {
    it(`in Arabic, right to left, at ${width} px, ${orientation}`, async () => {
      const { el } = await mount({ src: STORY_URL, width, orientation, css, dir: 'rtl', lang: 'ar' });
      await visualDiff(el, `story-${width}-${orientation}-arabic`);
    });
  }
});
