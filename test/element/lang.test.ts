// The data's own language on its text: a quote in Russian in an English story is read with a
// Russian voice, whatever language the widget's words are in.
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineFile } from '../../src/model/types.js';
import { button, cleanup, marks, mount, openDetail, until } from '../helpers/index.js';

/** Three events; the middle one a quote in Russian, with every kind of text an event holds. */
function story(fields: Partial<TimelineFile> = {}): TimelineFile {
  const sources = [{ name: 'Wire' }];
  return {
    version: 1,
    events: [
      { id: 'before', start: '2016-09-01', title: 'Before', description: 'First.', sources },
      {
        id: 'quote',
        start: '2016-09-08',
        title: 'Мы не вмешивались',
        description: 'Так сказал <em>посол</em>.',
        place: 'Москва',
        note: 'Перевод редакции.',
        media: { url: 'https://example.com/a.jpg', alt: 'Посол', caption: 'Посол в Москве', credit: 'ТАСС' },
        lang: 'ru',
        sources,
      },
      { id: 'after', start: '2016-09-15', title: 'After', description: 'Last.', note: 'A note.', sources },
    ],
    ...fields,
  };
}

const titleOf = (el: EventTimeline, id: string) =>
  el.shadowRoot!.querySelector(`[data-event-id="${id}"] .title`)!.getAttribute('lang');

const open = (el: EventTimeline, id: string): Promise<Element> =>
  openDetail(
    el,
    marks(el).find((m) => m.dataset.eventId === id)!,
  );

/** The language each part of the open detail declares, as the nearest lang above it. */
function detailLangs(detail: Element): Record<string, string | null> {
  const langOf = (selector: string) => detail.querySelector(selector)?.closest('[lang]')?.getAttribute('lang') ?? null;
  return {
    title: langOf('h3'),
    description: langOf('.text'),
    note: langOf('.note'),
    place: langOf('.meta .place'),
    caption: langOf('figcaption'),
    alt: langOf('img'),
  };
}

describe('the language of the data on its text', () => {
  afterEach(cleanup);

  it("puts an event's own lang on its label and its detail, and the page's on the others", async () => {
    // The page is British English, the widget speaks German.
    const { el, outcome } = await mount({ events: story(), lang: 'en-GB', locale: 'de' });
    expect(outcome.type).to.equal('timeline-ready');
    expect(['before', 'quote', 'after'].map((id) => titleOf(el, id))).to.deep.equal(['en-GB', 'ru', 'en-GB']);
    expect(detailLangs(await open(el, 'quote'))).to.deep.equal({
      title: 'ru',
      description: 'ru',
      note: 'ru',
      place: 'ru',
      caption: 'ru',
      alt: 'ru',
    });
    const other = detailLangs(await open(el, 'after'));
    expect([other.title, other.description, other.note]).to.deep.equal(['en-GB', 'en-GB', 'en-GB']);
    // The widget's own words around the text stay German.
    expect(el.shadowRoot!.querySelector('.detail .close')!.closest('[lang]')!.getAttribute('lang')).to.equal('de');
  });

  it('does the same in the list', async () => {
    const { el } = await mount({ events: story(), lang: 'en-GB', locale: 'de', orientation: 'vertical' });
    expect(el.shadowRoot!.querySelector('ol.list') === null, 'the list').to.equal(false);
    expect(['before', 'quote', 'after'].map((id) => titleOf(el, id))).to.deep.equal(['en-GB', 'ru', 'en-GB']);
    expect(detailLangs(await open(el, 'quote')).title).to.equal('ru');
  });

  it('does the same in the table, on the title and the place', async () => {
    const { el } = await mount({ events: story(), lang: 'en-GB', locale: 'de', width: 1000 });
    button(el, 'Tabellenansicht').click();
    await until(() => el.shadowRoot!.querySelector('table'), 'the table');
    expect(['before', 'quote', 'after'].map((id) => titleOf(el, id))).to.deep.equal(['en-GB', 'ru', 'en-GB']);
    const place = [...el.shadowRoot!.querySelectorAll('tbody td')].find((td) => td.textContent!.includes('Москва'))!;
    expect(place.getAttribute('lang')).to.equal('ru');
  });

  it('canonicalises the tag before it reaches the page, and drops one that is no language', async () => {
    const file = story();
    file.events[1].lang = 'RU-ru';
    file.events[2].lang = 'english';
    const { el } = await mount({ events: file, lang: 'en-GB' });
    expect(['before', 'quote', 'after'].map((id) => titleOf(el, id))).to.deep.equal(['en-GB', 'ru-RU', 'en-GB']);
  });

  it("puts the file's lang on the heading, the legend's group names and events without their own, over the page's", async () => {
    const file = story({ lang: 'en', title: 'Interference' });
    file.groups = [
      { id: 'a', label: 'Embassy' },
      { id: 'b', label: 'Senate' },
    ];
    file.events[0].group = 'a';
    file.events[2].group = 'b';
    const { el } = await mount({ events: file, lang: 'de', locale: 'de' });
    expect(el.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    expect(['before', 'quote', 'after'].map((id) => titleOf(el, id))).to.deep.equal(['en', 'ru', 'en']);
    const legend = [...el.shadowRoot!.querySelectorAll('.legend-item')];
    expect(legend.map((item) => item.querySelector('[lang]')?.getAttribute('lang'))).to.deep.equal(['en', 'en']);
  });
});
