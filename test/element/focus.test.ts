// Focus never falls to the page (issue 15): when what has focus folds into a cluster, glides out of
// view or becomes disabled, focus moves to the nearest meaningful place; and the widget says which
// language it speaks.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/index.js';
import {
  button,
  cleanup,
  generateTimeline,
  loadStory,
  marks,
  mount,
  nameOf,
  sleep,
  STORY_URL,
  until,
} from '../helpers/index.js';

const focusedIn = (el: EventTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

async function press(el: EventTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

for (const motion of ['reduce', 'no-preference'] as const) {
  describe(`focus, with ${motion === 'reduce' ? 'reduced' : 'normal'} motion`, () => {
    before(() => emulateMedia({ reducedMotion: motion }));
    after(() => emulateMedia({ reducedMotion: 'reduce' }));
    afterEach(cleanup);

    /** Waits out a glide (normal motion), then the update after it. */
    const settle = async (el: EventTimeline) => {
      if (motion === 'no-preference') await sleep(450);
      await el.updateComplete;
    };

    it('moves to "Zoom in" when "Zoom out" or "Reset zoom" becomes disabled under it', async () => {
      const { el } = await mount({ src: STORY_URL, width: 1000 });
      for (const control of ['− Zoom out', 'Reset zoom']) {
        button(el, '+ Zoom in').click();
        await settle(el);
        button(el, control).focus();
        await press(el, 'Enter');
        await settle(el);
        expect(button(el, control).disabled, control).to.equal(true);
        expect(focusedIn(el), `focus after ${control}`).to.equal(button(el, '+ Zoom in'));
      }
    });

    it('moves to the cluster an event folds into when the reader zooms out with −', async () => {
      const { el } = await mount({ events: generateTimeline(500), width: 1000 });
      marks(el)[0]?.focus();
      el.shadowRoot!.querySelector<HTMLElement>('[data-item]')!.focus();
      await press(el, 'End');
      await settle(el);
      const last = focusedIn(el)?.dataset.eventId;
      expect(last, 'the last event has focus').to.be.a('string');
      await press(el, '-');
      await settle(el);
      const now = focusedIn(el);
      expect(now, 'focus stays in the widget').to.not.equal(null);
      // Its own label, or the cluster it folded into.
      if (now!.dataset.eventId !== last) expect(now!.dataset.cluster, 'a cluster').to.be.a('string');
    });

    it('walks 40 events with the arrows without focus leaving the widget', async function () {
      this.timeout(60_000);
      const { el } = await mount({ events: generateTimeline(500), width: 1000 });
      el.shadowRoot!.querySelector<HTMLElement>('[data-item]')!.focus();
      const seen = new Set<string>();
      for (let i = 0; i < 40; i++) {
        await press(el, 'ArrowRight');
        await settle(el);
        const now = focusedIn(el);
        expect(now, `focus after ${i + 1} presses`).to.not.equal(null);
        if (now?.dataset.eventId) seen.add(now.dataset.eventId);
      }
      expect(seen.size).to.be.above(30);
    });
  });
}

// The done-when of issue 15: every one of 500 events reached with the arrows, zooming in and out
// with the keys on the way, and focus in the widget after every key. Reduced motion, so that the
// walk takes seconds; the glides of normal motion are walked above.
describe('a keyboard walk through 500 events', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(cleanup);

  it('reaches every event, zooming on the way, without focus leaving the widget', async function () {
    this.timeout(120_000);
    const { el } = await mount({ events: generateTimeline(500), width: 1000 });
    el.shadowRoot!.querySelector<HTMLElement>('[data-item]')!.focus();
    const seen = new Set<string>();
    const events = el.timeline!.events;
    const last = events[events.length - 1].id;
    for (let press = 1; press <= 700 && !seen.has(last); press++) {
      // Every 50 presses: out, out and in again, as a reader checks where they are.
      const keys = press % 50 === 0 ? ['-', '-', '+', 'ArrowRight'] : ['ArrowRight'];
      for (const key of keys) {
        await sendKeys({ press: key });
        await el.updateComplete;
        const now = focusedIn(el);
        expect(now, `focus after ${key} at press ${press}`).to.not.equal(null);
        if (now!.dataset.eventId) seen.add(now!.dataset.eventId);
      }
    }
    expect(seen.size).to.equal(500);
  });
});

describe('a cluster in arrow order', () => {
  afterEach(cleanup);

  it('enters a cluster at its first event', async () => {
    const timeline = generateTimeline(500);
    const { el } = await mount({ events: timeline, width: 1000 });
    const cluster = el.shadowRoot!.querySelector<HTMLElement>('[data-cluster]')!;
    const first = el.timeline!.events.find(
      (e) => cluster.dataset.item === undefined || cluster.dataset.item.endsWith(`:${e.id}`),
    )!;
    cluster.focus();
    await press(el, 'ArrowRight');
    expect(focusedIn(el)?.dataset.eventId).to.equal(first.id);
  });
});

describe('the language the widget speaks', () => {
  afterEach(cleanup);

  // dir follows the language the widget speaks: Arabic words read right to left on an English page,
  // and English words left to right on an Arabic one; the element's own dir wins over both.
  const directions: Array<[string, { locale?: string; dir?: string; page?: string }, 'ltr' | 'rtl']> = [
    ['locale ar on an English page', { locale: 'ar' }, 'rtl'],
    ['locale fa-IR on an English page', { locale: 'fa-IR' }, 'rtl'],
    ['locale en on an Arabic page', { locale: 'en', page: 'rtl' }, 'ltr'],
    ['no locale on an Arabic page', { page: 'rtl' }, 'rtl'],
    ['locale de with dir="rtl" on the element', { locale: 'de', dir: 'rtl' }, 'rtl'],
  ];
  it('keeps the same stretch of time in view when a new locale turns time the other way', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await mount({ events: await loadStory(), locale: 'en', width: 1000 });
    // Zoomed around the hearing, as + does around the focused event.
    marks(el)[3].focus();
    await press(el, '+');
    await press(el, '+');
    const shown = () => marks(el).map((m) => m.dataset.eventId);
    const before = shown();
    expect(before.length, 'zoomed in to part of the story').to.be.within(1, 7);
    el.locale = 'ar';
    await until(() => el.shadowRoot!.querySelector('figure[lang="ar"]'), 'the Arabic words');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('dir')).to.equal('rtl');
    expect(shown()).to.deep.equal(before);
  });

  for (const [name, { locale, dir, page }, expected] of directions)
    it(`runs ${expected} with ${name}`, async () => {
      const parent = document.body.appendChild(Object.assign(document.createElement('div'), { dir: page ?? '' }));
      if (page) parent.lang = 'ar';
      try {
        const { el } = await mount({ events: await loadStory(), locale, dir, parent });
        const figure = el.shadowRoot!.querySelector('figure')!;
        expect(figure.getAttribute('dir')).to.equal(expected);
        expect(getComputedStyle(figure).direction).to.equal(expected);
        // Time runs the same way: the first event right of the last when right to left.
        const [first, last] = [marks(el)[0], marks(el)[7]].map((m) => m.getBoundingClientRect().left);
        expect(first < last, 'time runs left to right').to.equal(expected === 'ltr');
      } finally {
        parent.remove();
      }
    });

  for (const locale of ['de', 'ar']) {
    it(`declares ${locale} on its content on an English page`, async () => {
      const { el } = await mount({ events: await loadStory(), locale });
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(figure.lang.split('-')[0]).to.equal(locale);
      // The buttons inherit it: a screen reader speaks them in that language.
      expect(button(el, locale === 'de' ? '+ Vergrößern' : '+ تكبير').closest('[lang]')).to.equal(figure);
      // The story's own text is not German or Arabic: it keeps the page's language (none declared here).
      const title = marks(el)[0].querySelector('.title')!;
      expect(title.getAttribute('lang')).to.equal('');
      expect(el.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('');
    });
  }

  it('declares English where no catalogue is shipped for the locale, and the page language on the data', async () => {
    const wrapper = Object.assign(document.createElement('div'), { lang: 'en-GB' });
    document.body.append(wrapper);
    const { el } = await mount({ events: await loadStory(), locale: 'ja', parent: wrapper });
    expect(el.shadowRoot!.querySelector('figure')!.lang).to.equal('en');
    expect(marks(el)[0].querySelector('.title')!.getAttribute('lang')).to.equal('en-GB');
    wrapper.remove();
  });

  it('declares the language of "Loading" and of the error panel, whose problems stay English', async () => {
    const el = document.createElement('event-timeline');
    el.locale = 'de';
    el.src = '/test/faults/status/500';
    document.body.append(el);
    await el.updateComplete;
    const error = await new Promise<Element>((resolve) => el.addEventListener('timeline-error', () => resolve(el)));
    await (error as EventTimeline).updateComplete;
    // English until the German words have arrived, then German, each declared as what it is.
    const panel = await until(() => {
      const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
      return alert?.textContent?.includes('Zeitleiste') && alert;
    }, 'the German panel');
    expect(panel.lang).to.equal('de');
    expect(panel.querySelector('ul')!.lang).to.equal('en');
  });
});

describe('the detail panel', () => {
  afterEach(cleanup);

  it('names Previous and Next without their arrows, and keeps focus on them as the reader steps', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    marks(el)[5].click();
    await el.updateComplete;
    expect([nameOf(button(el, 'Previous')), nameOf(button(el, 'Next'))]).to.deep.equal(['Previous', 'Next']);
    button(el, 'Next').focus();
    await press(el, 'Enter');
    expect(el.selected).to.equal('washington-post-report');
    expect(focusedIn(el)).to.equal(button(el, 'Next'));
    await press(el, 'Enter');
    expect(el.selected).to.equal('sessions-recuses');
    // The last event: Next turns disabled, and focus goes to Previous beside it.
    expect(button(el, 'Next').disabled).to.equal(true);
    expect(focusedIn(el)).to.equal(button(el, 'Previous'));
  });
});

// A glide redraws the labels in every frame, and the keyed list of labels moves the nodes of those
// whose order changes: a node moved loses focus. Focus must be in the widget in every frame.
describe('focus through a glide', () => {
  before(() => emulateMedia({ reducedMotion: 'no-preference' }));
  after(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(cleanup);

  for (let run = 1; run <= 4; run++)
    it(`stays in the widget in every frame of a glide to the last of 500 events (run ${run})`, async () => {
      const { el } = await mount({ events: generateTimeline(500), width: 1000 });
      el.shadowRoot!.querySelector<HTMLElement>('[data-item]')!.focus();
      const lost: number[] = [];
      let frames = 0;
      const watch = () => {
        frames++;
        if (!focusedIn(el)) lost.push(frames);
        if (frames < 40) requestAnimationFrame(watch);
      };
      await sendKeys({ press: 'End' });
      requestAnimationFrame(watch);
      await until(() => frames >= 40, 'forty frames');
      expect(lost, 'frames without focus').to.deep.equal([]);
      expect(focusedIn(el)?.dataset.eventId, 'the last event').to.equal(
        el.timeline!.events[el.timeline!.events.length - 1].id,
      );
    });
});
