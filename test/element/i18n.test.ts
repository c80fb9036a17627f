// Every shipped language, right-to-left pages, numerals, the page's own words, print and the
// accessibility states of issue 5.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ENGLISH, SHIPPED, type Strings } from '../../src/i18n/strings.js';
import type { EventTimeline } from '../../src/index.js';
import {
  cleanup,
  loadStory,
  markX,
  marks,
  mount,
  nameOf,
  plain,
  sleep,
  STORY_URL,
  violations,
} from '../helpers/index.js';

async function catalogue(language: string): Promise<Strings> {
  return (await fetch(`/src/i18n/locales/${language}.json`)).json();
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function texts(el: EventTimeline): string[] {
  const root = el.shadowRoot!;
  return [...root.querySelectorAll('button, [role="status"], .credits, .era, #summary')].map((n) =>
    plain(n.getAttribute('aria-label') ?? n.textContent),
  );
}

describe('string catalogues', () => {
  for (const language of SHIPPED) {
    it(`${language} has every string of English, with the same placeholders`, async () => {
      const strings = await catalogue(language);
      for (const [key, english] of Object.entries(ENGLISH) as Array<[keyof Strings, Strings[keyof Strings]]>) {
        const own = strings[key];
        expect(own, `${language}.${key}`).to.not.equal(undefined);
        if (typeof english === 'string')
          expect(placeholders(own as string), `${language}.${key}`).to.deep.equal(placeholders(english));
        else expect((own as Record<string, string>).other, `${language}.${key}.other`).to.be.a('string');
      }
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(ENGLISH).sort());
    });
  }
});

describe('the story in every shipped language', () => {
  afterEach(cleanup);

  for (const language of ['en', ...SHIPPED]) {
    it(`renders in ${language} with its own words, and nothing leaves the widget`, async () => {
      const { el, outcome } = await mount({ src: STORY_URL, width: 1000, locale: language });
      expect(outcome.type).to.equal('timeline-ready');
      const strings = language === 'en' ? ENGLISH : await catalogue(language);
      const root = el.shadowRoot!;
      expect(plain(root.querySelector('[aria-label="+ ' + strings.zoomIn + '"]')?.getAttribute('aria-label'))).to.equal(
        `+ ${strings.zoomIn}`,
      );
      expect(plain(root.querySelector('.view-button')!.textContent)).to.equal(strings.listView);
      expect(
        plain(root.querySelector('.credits')!.textContent).startsWith(strings.credits.split('{')[0].trim()),
      ).to.equal(true);
      expect(root.querySelector('ol')!.getAttribute('aria-label')).to.equal(strings.events);
      if (language !== 'en')
        for (const text of texts(el)) expect(text, `English left in ${language}`).to.not.equal(ENGLISH.listView);
      const host = el.getBoundingClientRect();
      for (const m of marks(el)) {
        const r = m.getBoundingClientRect();
        expect(r.left >= host.left - 0.5 && r.right <= host.right + 0.5, `${m.dataset.eventId} inside`).to.equal(true);
        expect(m.scrollWidth, m.dataset.eventId).to.be.at.most(m.clientWidth + 1);
      }
      expect(root.querySelector('figure')!.scrollWidth).to.be.at.most(1000);
    });
  }

  it('says the dates in the language: German, French, Arabic, Persian', async () => {
    const cases: Array<[string, string]> = [
      ['de', '8. September 2016'],
      ['fr', '8 septembre 2016'],
      ['ar-EG', '٨ سبتمبر ٢٠١٦'],
      ['fa', '۱۸ شهریور ۱۳۹۵'],
    ];
    for (const [locale, date] of cases) {
      const { el } = await mount({ src: STORY_URL, width: 1000, locale });
      expect(plain(marks(el)[1].querySelector('time')!.textContent), locale).to.equal(date);
      el.remove();
    }
  });

  it('writes Latin digits when asked', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000, locale: 'ar-EG', numerals: 'latn' });
    expect(plain(marks(el)[1].querySelector('time')!.textContent)).to.equal('8 سبتمبر 2016');
  });

  it("takes the page's own words over the catalogue", async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000, locale: 'de', strings: { listView: 'Als Liste' } });
    expect(plain(el.shadowRoot!.querySelector('.view-button')!.textContent)).to.equal('Als Liste');
    const zoomIn = el.shadowRoot!.querySelector('[aria-label="+ Vergrößern"]');
    expect(zoomIn, 'the rest still German').to.not.equal(null);
  });
});

describe('right to left', () => {
  afterEach(() => {
    cleanup();
    document.querySelectorAll('[data-test-wrapper]').forEach((w) => w.remove());
  });

  async function arabic(): Promise<EventTimeline> {
    const wrapper = Object.assign(document.createElement('div'), { dir: 'rtl', lang: 'ar' });
    wrapper.dataset.testWrapper = '';
    document.body.append(wrapper);
    const { el } = await mount({ src: STORY_URL, width: 1000, parent: wrapper });
    return el;
  }

  it('runs time from right to left, with Arabic dates and no axe violation', async () => {
    const el = await arabic();
    const first = markX(el, 'heritage-foundation-encounter');
    const last = markX(el, 'sessions-recuses');
    expect(first).to.be.greaterThan(last);
    expect(plain(marks(el)[0].querySelector('time')!.textContent)).to.equal('يوليو 2016');
    expect(await violations(el)).to.deep.equal([]);
  });

  it('moves to the next event with the left arrow, as time runs that way', async () => {
    const el = await arabic();
    marks(el)[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.eventId).to.equal('senate-office-meeting');
  });
});

describe('screen readers', () => {
  afterEach(cleanup);

  it('hear a summary, then the list with how to use it, then a polite note of what was selected', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    const list = el.shadowRoot!.querySelector('ol.labels')!;
    const summary = el.shadowRoot!.getElementById('summary')!;
    expect(plain(summary.textContent)).to.equal('Timeline of 8 events from July 2016 to March 2017.');
    // The list says how to use it, once: the summary is read where it stands, not again with the list.
    const instructions = el.shadowRoot!.getElementById(list.getAttribute('aria-describedby')!)!;
    expect(plain(instructions.textContent)).to.equal(
      'Arrow keys move between events, Home and End go to the first and last, Enter opens one. + and − zoom in and out.',
    );
    expect(summary.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    marks(el)[5].click();
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(plain(live.textContent)).to.equal('February 13, 2017: Michael Flynn resigns as National Security Adviser');
  });

  it('have no axe violation in the vertical layout, with the detail open, or in list view', async () => {
    const { el } = await mount({ src: STORY_URL, width: 375 });
    marks(el)[2].click();
    await el.updateComplete;
    expect(await violations(el)).to.deep.equal([]);
    el.style.width = '1000px';
    await sleep(100);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.view-button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure.vertical') === null, 'list view is the list').to.equal(false);
    expect(nameOf(marks(el)[0])).to.equal('July 2016 Sessions talks with Kislyak after a Heritage Foundation event');
    expect(await violations(el)).to.deep.equal([]);
  });
});

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    cleanup();
  });

  it('prints every event with its sources, as a list', async () => {
    const story = await loadStory();
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    await emulateMedia({ media: 'print' });
    await sleep(50);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.chart') === null, 'no chart on paper').to.equal(true);
    const text = plain(root.textContent);
    for (const event of story.events) {
      expect(text, event.id).to.contain(event.title);
      for (const source of event.sources ?? []) expect(text, `${event.id}: ${source.name}`).to.contain(source.name);
    }
    expect(root.querySelectorAll('.detail').length).to.equal(story.events.length);
    const link = root.querySelector('.sources a')!;
    expect(getComputedStyle(link, '::after').content).to.contain('https://');
  });
});

describe('forced colours', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
    cleanup();
  });

  it('draws marks and leaders in system colours', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    await emulateMedia({ forcedColors: 'active' });
    await el.updateComplete;
    const mark = el.shadowRoot!.querySelector('[data-mark="senate-office-meeting"]')!;
    const text = getComputedStyle(el).color;
    expect(getComputedStyle(mark).stroke).to.equal(text);
  });
});
