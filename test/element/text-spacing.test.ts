// WCAG 1.4.12 and 1.4.4: a reader's own text settings (a text-spacing bookmarklet, a user style
// sheet, a larger type) never make the chart's labels spill out of their boxes or over each other.
import { expect } from '@open-wc/testing';
import { cleanup, loadStory, marks, mount, nextFrame, STORY_URL, until } from '../helpers/index.js';
import type { EventTimeline } from '../../src/index.js';

/** The overrides of WCAG's text-spacing bookmarklet, as a reader's tool injects them: into the shadow root too. */
const WCAG_SPACING = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

/** Puts a reader's style sheet into the shadow root, ahead of the content Lit owns (which it may replace). */
function inject(el: EventTimeline, css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  el.shadowRoot!.prepend(style);
  return style;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Every label clear of the others and of the chart's edges, its text inside its box. */
function expectLabelsClear(el: EventTimeline): void {
  const labels = marks(el);
  expect(labels.length, 'labels drawn').to.be.greaterThan(0);
  const chart = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
  const rects = labels.map((m) => m.getBoundingClientRect());
  labels.forEach((label, i) => {
    const name = label.dataset.eventId ?? label.textContent;
    expect(label.scrollWidth, `${name} spills sideways`).to.be.at.most(label.clientWidth + 1);
    expect(label.scrollHeight, `${name} spills downwards`).to.be.at.most(label.clientHeight + 1);
    for (const line of label.querySelectorAll<HTMLElement>('.date, .title'))
      expect(line.getBoundingClientRect().right, `${name}: a line runs out of its box`).to.be.at.most(
        rects[i].right + 1,
      );
    expect(rects[i].left, name!).to.be.at.least(chart.left - 1);
    expect(rects[i].right, name!).to.be.at.most(chart.right + 1);
    rects.slice(i + 1).forEach((b, j) => {
      expect(overlap(rects[i], b), `${name} overlaps ${labels[i + 1 + j].dataset.eventId}`).to.equal(false);
    });
  });
}

/** The overrides reach the labels: a test of spacing proves nothing otherwise. */
function expectSpaced(el: EventTimeline): void {
  const title = el.shadowRoot!.querySelector<HTMLElement>('.label .title')!;
  expect(parseFloat(getComputedStyle(title).letterSpacing)).to.be.closeTo(0.12 * 15, 0.01);
}

/** Waits until the chart has been laid out again in the type it now has (a few frames at most). */
async function settle(el: EventTimeline): Promise<void> {
  for (let frame = 0; frame < 5; frame++) {
    await nextFrame();
    await el.updateComplete;
  }
}

describe('<event-timeline> under the reader’s text settings', () => {
  afterEach(cleanup);

  it('keeps every story label in its box and clear of the others with WCAG text spacing at 1280 px', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    inject(el, WCAG_SPACING);
    await settle(el);
    expectSpaced(el);
    expectLabelsClear(el);
  });

  it('lays the labels out again when the overrides arrive before the data', async () => {
    const el = document.createElement('event-timeline');
    el.style.width = '1280px';
    el.src = STORY_URL;
    document.body.append(el);
    await el.updateComplete;
    inject(el, WCAG_SPACING);
    await until(() => marks(el).length > 0, 'labels drawn');
    await settle(el);
    expectSpaced(el);
    expectLabelsClear(el);
  });

  it('follows a reader’s style sheet that sets larger type', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    const before = marks(el)[0].getBoundingClientRect().height;
    inject(el, '* { font-size: 20px !important; line-height: 1.6 !important; }');
    await settle(el);
    expect(marks(el)[0].getBoundingClientRect().height).to.be.greaterThan(before);
    expectLabelsClear(el);
  });

  it('follows the page’s own spacing of the labels (::part(label))', async () => {
    const page = document.createElement('style');
    page.textContent = 'event-timeline::part(label) { letter-spacing: 0.1em; word-spacing: 0.3em; }';
    document.head.append(page);
    try {
      const { el } = await mount({ src: STORY_URL, width: 1280 });
      await settle(el);
      expect(parseFloat(getComputedStyle(marks(el)[0].querySelector('.title')!).letterSpacing)).to.be.greaterThan(1);
      expectLabelsClear(el);
    } finally {
      page.remove();
    }
  });

  it('measures labels as drawn when the page spaces its own text (buttons do not inherit it)', async () => {
    const widths = (el: EventTimeline) => marks(el).map((m) => Math.round(m.getBoundingClientRect().width));
    const { el: plainPage } = await mount({ src: STORY_URL, width: 1280 });
    const spaced = document.body.appendChild(document.createElement('div'));
    spaced.style.cssText = 'letter-spacing: 1px; word-spacing: 2px';
    try {
      const { el } = await mount({ src: STORY_URL, width: 1280, parent: spaced });
      await settle(el);
      expect(widths(el)).to.deep.equal(widths(plainPage));
      expectLabelsClear(el);
    } finally {
      spaced.remove();
    }
  });

  it('still follows the reader’s spacing after the page moves the widget', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle(el);
    inject(el, WCAG_SPACING);
    await settle(el);
    expectSpaced(el);
    expectLabelsClear(el);
  });

  it('follows capitals and small capitals the page sets on ::part(label)', async () => {
    const page = document.createElement('style');
    page.textContent = 'event-timeline::part(label) { text-transform: uppercase; font-variant: small-caps; }';
    document.head.append(page);
    try {
      const { el } = await mount({ src: STORY_URL, width: 1280 });
      await settle(el);
      expect(getComputedStyle(marks(el)[0]).textTransform).to.equal('uppercase');
      expectLabelsClear(el);
    } finally {
      page.remove();
    }
  });

  it('takes the spacing away again when the overrides are removed', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    const width = () => marks(el).reduce((sum, m) => sum + m.getBoundingClientRect().width, 0);
    const plain = width();
    const style = inject(el, WCAG_SPACING);
    await settle(el);
    expect(width()).to.be.greaterThan(plain);
    style.remove();
    await settle(el);
    expect(width()).to.be.closeTo(plain, 1);
    expectLabelsClear(el);
  });
});

// At 200% and 400% browser zoom a 1280 px screen leaves the widget about 608 and 320 CSS px; a
// reader who sets a larger default font gets twice the rem. Every title of the story stays whole.
describe('<event-timeline> zoomed by the reader', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.style.fontSize = '';
  });

  for (const width of [608, 320])
    for (const base of ['', '200%'])
      it(`shows every title of the story whole at ${width} px${base ? ` with a ${base} base font` : ''}`, async () => {
        document.documentElement.style.fontSize = base;
        const { el } = await mount({ src: STORY_URL, width });
        const labels = marks(el);
        expect(labels, 'one button per event, none folded').to.have.length(8);
        const titles = labels.map((m) => m.querySelector('.title')!.textContent!.replace(/\s+/g, ' ').trim());
        expect(titles).to.have.members((await loadStory()).events.map((e) => e.title));
        for (const [i, label] of labels.entries()) {
          expect(titles[i], 'no title cut short').not.to.match(/…$/);
          expect(label.scrollWidth, titles[i]).to.be.at.most(label.clientWidth + 1);
        }
        expect(el.shadowRoot!.querySelector('figure')!.scrollWidth, 'nothing scrolls sideways').to.be.at.most(width);
      });
});
