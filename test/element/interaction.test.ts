import { expect } from '@open-wc/testing';
import { ZoomTransform } from 'd3-zoom';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import {
  button,
  axisTicks,
  cleanup,
  generateTimeline,
  loadStory,
  markX,
  marks,
  mount,
  nameOf,
  overlap,
  plain,
  resize,
  sleep,
  STORY_URL,
  until,
} from '../helpers/index.js';

const STORY_ORDER = [
  'heritage-foundation-encounter',
  'senate-office-meeting',
  'leahy-written-answer',
  'confirmation-hearing',
  'senate-confirms-sessions',
  'flynn-resigns',
  'washington-post-report',
  'sessions-recuses',
];

function focused(el: EventTimeline): string | undefined {
  return (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId;
}

async function press(el: EventTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

/** Pixels per day on the axis, from the instants its ticks stand for: it doubles when the view zooms in by two. */
function gap(el: EventTimeline): number {
  const ticks = axisTicks(el);
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  return ((b.x - a.x) / (b.value - a.value)) * 86_400_000;
}

function overlapping(rects: DOMRect[]): string[] {
  const found: string[] = [];
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b, j) => {
      if (overlap(a, b)) found.push(`${i}×${i + 1 + j}`);
    }),
  );
  return found;
}

describe('keyboard', () => {
  afterEach(cleanup);

  it('is one tab stop, and the arrows walk every event in time order and back', async () => {
    const before = Object.assign(document.createElement('button'), { textContent: 'before' });
    document.body.append(before);
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const after = Object.assign(document.createElement('button'), { textContent: 'after' });
    document.body.append(after);
    marks(el)[0].focus();
    const visited = [focused(el)];
    for (let i = 1; i < STORY_ORDER.length; i++) {
      await press(el, 'ArrowRight');
      visited.push(focused(el));
    }
    expect(visited).to.deep.equal(STORY_ORDER);
    await press(el, 'ArrowRight'); // stays on the last
    expect(focused(el)).to.equal('sessions-recuses');
    const back = [focused(el)];
    for (let i = 1; i < STORY_ORDER.length; i++) {
      await press(el, 'ArrowLeft');
      back.push(focused(el));
    }
    expect(back).to.deep.equal([...STORY_ORDER].reverse());
    await press(el, 'End');
    expect(focused(el)).to.equal('sessions-recuses');
    await press(el, 'Home');
    expect(focused(el)).to.equal('heritage-foundation-encounter');
    // Only the focused event is in the tab order.
    expect(
      marks(el)
        .filter((m) => m.tabIndex === 0)
        .map((m) => m.dataset.eventId),
    ).to.deep.equal(['heritage-foundation-encounter']);
    await press(el, 'Tab');
    expect(document.activeElement === after, 'focus on the button after the timeline').to.equal(true);
    before.remove();
    after.remove();
  });

  it('walks the vertical list with the arrows too', async () => {
    const { el } = await mount({ src: STORY_URL, width: 375 });
    expect(el.shadowRoot!.querySelector('figure.vertical') === null, 'figure.vertical').to.equal(false);
    marks(el)[0].focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('leahy-written-answer');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('senate-office-meeting');
    await press(el, 'Enter');
    expect(el.selected).to.equal('senate-office-meeting');
    // In the list, the detail opens under its event.
    const item = marks(el)[1].closest('li')!;
    expect(item.querySelector('#detail h3')?.textContent).to.equal('Sessions meets Kislyak in his Senate office');
  });

  it('zooms with + and −', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const before = gap(el);
    marks(el)[4].focus();
    await press(el, '+');
    expect(gap(el)).to.be.closeTo(before * 2, 0.5);
    await press(el, '-');
    expect(gap(el)).to.be.closeTo(before, 0.5);
  });

  it('reaches events outside the zoomed view by panning to them', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    marks(el)[0].focus();
    for (let i = 0; i < 4; i++) await press(el, '+'); // 16×, around July 2016
    expect(marks(el).map((m) => m.dataset.eventId)).to.not.include('sessions-recuses');
    await press(el, 'End');
    expect(focused(el)).to.equal('sessions-recuses');
    const x = markX(el, 'sessions-recuses');
    expect(x).to.be.within(0, 1000);
  });

  it('ignores arrow keys pressed elsewhere on the page, and two timelines move independently', async () => {
    const { el: first } = await mount({ src: STORY_URL, width: 800 });
    const { el: second } = await mount({ src: STORY_URL, width: 800 });
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await press(first, 'ArrowRight');
    expect(marks(first).find((m) => m.tabIndex === 0)?.dataset.eventId).to.equal(STORY_ORDER[0]);
    marks(first)[0].focus();
    await press(first, 'ArrowRight');
    await press(first, 'Enter');
    expect(first.selected).to.equal(STORY_ORDER[1]);
    expect(second.selected).to.equal(undefined);
    expect(marks(second).find((m) => m.tabIndex === 0)?.dataset.eventId).to.equal(STORY_ORDER[0]);
    button(first, '+ Zoom in').click();
    await first.updateComplete;
    expect(button(second, '− Zoom out').disabled).to.equal(true);
    input.remove();
  });
});

describe('zoom and pan', () => {
  afterEach(cleanup);

  it('names each zoom button starting with what it shows, for speech control ("click plus", WCAG 2.5.3)', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const zoomButtons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom button')];
    expect(zoomButtons.map((b) => plain(b.textContent))).to.deep.equal(['+', '−', 'Reset zoom']);
    expect(zoomButtons.map(nameOf)).to.deep.equal(['+ Zoom in', '− Zoom out', 'Reset zoom']);
    for (const b of zoomButtons) expect(nameOf(b), 'the name holds the visible text').to.contain(plain(b.textContent));
  });

  it('has buttons of at least 24 × 24 px that zoom in, out and back to the whole story', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const before = gap(el);
    for (const name of ['+ Zoom in', '− Zoom out', 'Reset zoom']) {
      const rect = button(el, name).getBoundingClientRect();
      expect(rect.width, name).to.be.at.least(24);
      expect(rect.height, name).to.be.at.least(24);
    }
    expect(button(el, '− Zoom out').disabled).to.equal(true);
    button(el, '+ Zoom in').click();
    await el.updateComplete;
    expect(gap(el)).to.be.closeTo(before * 2, 0.5);
    button(el, '+ Zoom in').click();
    await el.updateComplete;
    button(el, '− Zoom out').click();
    await el.updateComplete;
    expect(gap(el)).to.be.closeTo(before * 2, 0.5);
    button(el, 'Reset zoom').click();
    await el.updateComplete;
    expect(gap(el)).to.be.closeTo(before, 0.5);
  });

  it('glides to a new zoom, unless the reader prefers reduced motion', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const before = gap(el);
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      button(el, '+ Zoom in').click();
      // The first zoom loads its part; on a busy machine that may take longer than a fixed wait, so
      // wait for the first frame that has visibly moved: mid-glide it is still short of the end.
      await until(() => gap(el) >= before * 1.01, 'the glide to start', { ms: 2000, every: 16 });
      await el.updateComplete;
      expect(gap(el)).to.be.within(before * 1.01, before * 1.99);
      await sleep(400);
      await el.updateComplete;
      expect(gap(el)).to.be.closeTo(before * 2, 0.5);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
    button(el, '− Zoom out').click();
    await el.updateComplete;
    expect(gap(el)).to.be.closeTo(before, 0.5);
  });

  it('draws nothing outside the chart at any zoom, whichever way time runs', async () => {
    for (const locale of ['en', 'ar']) {
      const { el } = await mount({ src: STORY_URL, width: 1000, locale, orientation: 'horizontal' });
      const chart = el.shadowRoot!.querySelector('.chart')!;
      for (let step = 0; step < 5; step++) {
        const box = chart.getBoundingClientRect();
        const drawn = [
          ...chart.querySelectorAll<SVGGraphicsElement>('svg .mark, svg .leader, svg .strip, svg .domain'),
        ];
        expect(drawn.length).to.be.greaterThan(0);
        for (const shape of drawn) {
          const r = shape.getBoundingClientRect();
          // A point on the very edge of the view may stand out by its half-width (7.5 px at most).
          const where = `${shape.getAttribute('class')} at zoom step ${step}, ${locale}`;
          expect(r.left, where).to.be.at.least(box.left - 8);
          expect(r.right, where).to.be.at.most(box.right + 8);
        }
        // The first of the zoom buttons zooms in, in every language.
        el.shadowRoot!.querySelector<HTMLButtonElement>('.zoom button')!.click();
        await el.updateComplete;
      }
      el.remove();
    }
  });

  it('re-labels the axis for the zoomed view', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const ticks = () => axisTicks(el).map((tick) => tick.text);
    const whole = ticks();
    for (let i = 0; i < 4; i++) {
      button(el, '+ Zoom in').click();
      await el.updateComplete;
    }
    expect(ticks()).to.not.deep.equal(whole);
    expect(
      ticks().some((t) => /^[A-Z][a-z]{2} \d+/.test(t)),
      ticks().join(', '),
    ).to.equal(true); // days, e.g. "Jan 8"
  });

  it('leaves a plain wheel to the page until the reader engages the timeline', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const before = gap(el);
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', {
        deltaY: -100,
        bubbles: true,
        cancelable: true,
        clientX: 500,
        clientY: 100,
        ...init,
      });
      chart.dispatchEvent(event);
      return event.defaultPrevented;
    };
    // A pointer comes over the chart before it can wheel there: that is when the zoom behaviour loads.
    chart.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(wheel({}), 'plain wheel taken from the page').to.equal(false);
    await el.updateComplete;
    expect(gap(el)).to.be.closeTo(before, 0.01);
    expect(wheel({ ctrlKey: true }), 'ctrl+wheel').to.equal(true);
    await sleep(50);
    await el.updateComplete;
    expect(gap(el)).to.be.greaterThan(before);
    button(el, 'Reset zoom').focus();
    expect(wheel({}), 'plain wheel once engaged').to.equal(true);
    // Engagement ends when the pointer leaves the widget, or the page scrolls, though focus stays.
    el.dispatchEvent(new PointerEvent('pointerleave'));
    expect(wheel({}), 'plain wheel after the pointer left').to.equal(false);
    button(el, '+ Zoom in').focus();
    expect(wheel({}), 'plain wheel engaged again').to.equal(true);
    dispatchEvent(new Event('scroll'));
    expect(wheel({}), 'plain wheel after the page scrolled').to.equal(false);
  });

  it('folds crowded events into clusters that zoom in when activated', async () => {
    const { el } = await mount({ events: generateTimeline(500), width: 1000 });
    const clusters = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-cluster]')];
    expect(clusters().length).to.be.greaterThan(0);
    const first = clusters()[0];
    const count = Number(first.dataset.cluster);
    expect(nameOf(first)).to.match(new RegExp(` \\+ ${count - 1} more ?\\. ${count} events, .+: .+\\. Zoom in$`));
    first.click();
    await el.updateComplete;
    expect(button(el, 'Reset zoom').disabled).to.equal(false);
  });

  it('keeps focus on the same cluster while the view pans under it', async () => {
    const { el } = await mount({ events: generateTimeline(2000), width: 1000 });
    button(el, '+ Zoom in').click();
    await el.updateComplete;
    const clusters = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-cluster]')];
    const target = clusters()[Math.floor(clusters().length / 2)];
    const id = target.dataset.item;
    target.focus();
    // Pan left by a few stretches, in small steps as a drag does: clusters leave at the left edge.
    const zoom = (el as unknown as { zoom: { view: ZoomTransform; set(view: ZoomTransform): void } }).zoom;
    for (let step = 0; step < 6; step++) {
      zoom.set(new ZoomTransform(zoom.view.k, zoom.view.x - 30, 0));
      await el.updateComplete;
      expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.item, `after ${step + 1} steps`).to.equal(
        id,
      );
    }
  });
});

describe('layout never collides', () => {
  afterEach(cleanup);

  for (const count of [50, 500, 5000]) {
    for (const width of [360, 768, 1280]) {
      it(`keeps ${count} events' labels apart at ${width} px, at several zooms`, async () => {
        const { el } = await mount({ events: generateTimeline(count), width, orientation: 'horizontal' });
        for (let zoom = 0; zoom < 3; zoom++) {
          const host = el.getBoundingClientRect();
          const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.label')];
          expect(labels.length).to.be.greaterThan(0);
          const rects = labels.map((l) => l.getBoundingClientRect());
          expect(overlapping(rects), `zoom step ${zoom}`).to.deep.equal([]);
          // Nor do the axis's tick labels run into each other.
          const ticks = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.axis text')].map((t) =>
            t.getBoundingClientRect(),
          );
          for (let i = 1; i < ticks.length; i++)
            expect(ticks[i].left >= ticks[i - 1].right, `tick labels ${i - 1} and ${i} at zoom step ${zoom}`).to.equal(
              true,
            );
          for (const r of rects)
            expect(
              r.left >= host.left - 0.5 && r.right <= host.right + 0.5,
              `label inside at zoom step ${zoom}`,
            ).to.equal(true);
          button(el, '+ Zoom in').click();
          await el.updateComplete;
        }
      });
    }
  }
});

describe('detail panel', () => {
  afterEach(cleanup);

  it('steps to the previous and next event', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    marks(el)[1].click();
    await el.updateComplete;
    button(el, 'Next').click();
    await el.updateComplete;
    expect(el.selected).to.equal('leahy-written-answer');
    expect(plain(el.shadowRoot!.querySelector('.steps .count')!.textContent)).to.equal('3 / 8');
    button(el, 'Previous').click();
    button(el, 'Previous').click();
    await el.updateComplete;
    expect(el.selected).to.equal('heritage-foundation-encounter');
    expect(button(el, 'Previous').disabled).to.equal(true);
  });
});

describe('groups', () => {
  afterEach(cleanup);

  it('shows a legend whose buttons hide and show a group, marked by shape as well as colour', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const flynn = button(el, 'Michael Flynn');
    expect(flynn.getAttribute('aria-pressed')).to.equal('true');
    const shapes = [...el.shadowRoot!.querySelectorAll('.legend svg > *')].map(
      (s) => s.tagName + (s.getAttribute('d')?.slice(0, 8) ?? ''),
    );
    expect(new Set(shapes).size).to.equal(3);
    flynn.click();
    await el.updateComplete;
    expect(flynn.getAttribute('aria-pressed')).to.equal('false');
    expect(marks(el).map((m) => m.dataset.eventId)).to.not.include('flynn-resigns');
    expect(marks(el)).to.have.length(7);
    flynn.click();
    await el.updateComplete;
    expect(marks(el)).to.have.length(8);
  });
});

describe('orientation', () => {
  afterEach(cleanup);

  it('turns vertical below 600 px and back when the container grows', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    expect(el.shadowRoot!.querySelector('figure.horizontal') === null, 'figure.horizontal').to.equal(false);
    await resize(el, 375);
    expect(el.shadowRoot!.querySelector('figure.vertical') === null, 'figure.vertical').to.equal(false);
    expect(el.shadowRoot!.querySelector('.chart') === null, '.chart').to.equal(true);
    await resize(el, 800);
    expect(el.shadowRoot!.querySelector('figure.horizontal') === null, 'figure.horizontal').to.equal(false);
  });

  // A page zoomed to 200% on a 1280 px screen leaves the widget about 608 CSS px: above the
  // breakpoint, but a chart there would fold 6 of the story's 8 events into clusters.
  it('shows the list where the whole chart would fold most of a short story, unless the page forces the chart', async () => {
    const { el } = await mount({ src: STORY_URL, width: 608 });
    expect(el.shadowRoot!.querySelector('figure.vertical') === null, 'figure.vertical at 608 px').to.equal(false);
    expect(marks(el)).to.have.length(8);
    await resize(el, 800);
    expect(el.shadowRoot!.querySelector('figure.horizontal') === null, 'figure.horizontal at 800 px').to.equal(false);
    el.orientation = 'horizontal';
    await resize(el, 608);
    expect(el.shadowRoot!.querySelector('figure.horizontal') === null, 'forced horizontal').to.equal(false);
  });

  it('can be forced either way', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000, orientation: 'vertical' });
    expect(el.shadowRoot!.querySelector('figure.vertical') === null, 'figure.vertical').to.equal(false);
  });
});

describe('deep links', () => {
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('selects the event named in the page URL, and writes the selection back', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#story=flynn-resigns`);
    const { el } = await mount({ id: 'story', linkSelection: true, width: 1000, events: await loadStory() });
    await el.updateComplete;
    expect(el.selected).to.equal('flynn-resigns');
    marks(el)[1].click();
    await el.updateComplete;
    expect(location.hash).to.equal('#story=senate-office-meeting');
  });

  // Anyone can send a reader such a link: the widget must still show the story, with nothing selected.
  for (const hash of ['#story=%', '#story=%E0%A4%A', '#story=', '#story=no-such-event']) {
    it(`selects nothing and still becomes ready at ${hash}`, async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
      const { el, outcome } = await mount({ id: 'story', linkSelection: true, width: 1000, events: await loadStory() });
      expect(outcome.detail.count).to.equal(8);
      expect(el.selected).to.equal(undefined);
      expect(marks(el)).to.have.length(8);
    });
  }

  it('leaves the URL alone without link-selection', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#story=flynn-resigns`);
    const { el } = await mount({ src: STORY_URL });
    expect(el.selected).to.equal(undefined);
  });
});

describe('zooming back and forth', () => {
  afterEach(cleanup);

  it('leaves no nodes behind in the labels list', async () => {
    const { el } = await mount({ events: generateTimeline(500), width: 1000 });
    const list = el.shadowRoot!.querySelector('ol.labels')!;
    const count = () =>
      list.querySelectorAll('*').length + [...list.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE).length;
    const zoom = async (name: string) => {
      button(el, name).click();
      await el.updateComplete;
    };
    const before = count();
    for (let cycle = 0; cycle < 10; cycle++) {
      await zoom('+ Zoom in');
      await zoom('+ Zoom in');
      await zoom('Reset zoom');
    }
    expect(count()).to.equal(before);
  });
});
