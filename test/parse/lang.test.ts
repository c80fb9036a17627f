// The language of the data: a file (or one event of a multilingual file) says what language its
// text is in, so a reader whose widget speaks German hears an English story with an English voice.
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { readEvents } from '../../src/parse/read-events.js';

const event = (fields: Record<string, unknown>) => ({
  id: 'a',
  start: '2016-09-08',
  title: 'A',
  sources: [{ name: 'Wire' }],
  ...fields,
});

const expected = (value: string) => `expected a language tag such as en, de-CH or pt-BR; got ${value}`;

describe('lang in the events file', () => {
  it('takes a language for the file and for one event, in canonical form', () => {
    const { timeline, errors, warnings } = parseTimeline({
      version: 1,
      lang: 'EN-gb',
      events: [event({ id: 'a' }), event({ id: 'b', start: '2016-09-09', lang: 'RU' })],
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(timeline!.lang).to.equal('en-GB');
    expect(timeline!.events.map((e) => [e.id, e.lang])).to.deep.equal([
      ['a', undefined],
      ['b', 'ru'],
    ]);
  });

  it('leaves the language unknown where the file does not say it', () => {
    const { timeline } = parseTimeline({ version: 1, events: [event({})] });
    expect(timeline!.lang).to.equal(undefined);
    expect(timeline!.events[0].lang).to.equal(undefined);
  });

  it('canonicalises the tags Intl canonicalises: old codes, script and region case', () => {
    const langs = ['iw', 'zh-hant-tw', 'de-ch', 'sr-latn', 'es-419'];
    const { timeline, warnings } = parseTimeline({
      version: 1,
      events: langs.map((lang, i) => event({ id: `e${i}`, lang })),
    });
    expect(warnings).to.deep.equal([]);
    expect(timeline!.events.map((e) => e.lang)).to.deep.equal(['he', 'zh-Hant-TW', 'de-CH', 'sr-Latn', 'es-419']);
  });

  it('warns about a tag that is no language, with its exact path, and still shows the timeline', () => {
    const { timeline, errors, warnings } = parseTimeline({
      version: 1,
      lang: 'english',
      events: [
        event({ id: 'a', lang: 42 }),
        event({ id: 'b', lang: '' }),
        event({ id: 'c', lang: 'en_US' }),
        event({ id: 'd', lang: 'ru' }),
      ],
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      { path: 'lang', message: expected("'english'") },
      { path: 'events[0].lang', message: expected("'42'") },
      { path: 'events[1].lang', message: expected("''") },
      { path: 'events[2].lang', message: expected("'en_US'") },
    ]);
    // The field is dropped: the text is then in the page's language, as before the file said anything.
    expect(timeline!.lang).to.equal(undefined);
    expect(timeline!.events.map((e) => e.lang)).to.deep.equal([undefined, undefined, undefined, 'ru']);
  });

  it('warns about a list, an object and a lone language-like word alike', () => {
    const { warnings } = parseTimeline({
      version: 1,
      events: [
        event({ id: 'a', lang: ['en'] }),
        event({ id: 'b', lang: { code: 'en' } }),
        event({ id: 'c', lang: 'deutsch' }),
      ],
    });
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].lang', 'events[1].lang', 'events[2].lang']);
    expect(warnings[2].message).to.equal(expected("'deutsch'"));
  });

  it('knows lang as a field, and suggests it for a typo', () => {
    const { warnings } = parseTimeline({ version: 1, lnag: 'en', events: [event({ lang: 'en' })] });
    expect(warnings).to.deep.equal([{ path: 'lnag', message: "unknown field 'lnag'; did you mean 'lang'?" }]);
  });
});

describe('lang in a CSV sheet', () => {
  it("reads a lang column as each row's language, its name in any case", () => {
    const { timeline, errors, warnings } = readEvents({
      text: 'id,start,title,source_name,Lang\na,2016-09-08,A,Wire,en-gb\nb,2016-09-09,Б,Wire,ru\nc,2016-09-10,C,Wire,\n',
      name: 'sheet.csv',
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(timeline!.lang).to.equal(undefined);
    expect(timeline!.events.map((e) => [e.id, e.lang])).to.deep.equal([
      ['a', 'en-GB'],
      ['b', 'ru'],
      ['c', undefined],
    ]);
  });

  it('names the row and the column of a tag that is no language', () => {
    const { timeline, warnings } = readEvents({
      text: 'id,start,title,source_name,lang\na,2016-09-08,A,Wire,en\nb,2016-09-09,B,Wire,English\n',
      name: 'sheet.csv',
    });
    expect(warnings).to.deep.equal([{ path: 'row 3, column lang', message: expected("'English'") }]);
    expect(timeline!.events.map((e) => e.lang)).to.deep.equal(['en', undefined]);
  });

  it('suggests the lang column for a misspelt one', () => {
    const { warnings } = readEvents({ text: 'start,title,source_name,lnag\n2016,A,Wire,en\n', name: 'sheet.csv' });
    expect(warnings).to.deep.equal([
      { path: 'row 1, column lnag', message: "unknown column 'lnag'; did you mean 'lang'?" },
    ]);
  });
});
