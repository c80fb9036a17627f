// Issue 13, parts 2 and 4: a TimelineJS file or sheet that a newsroom already published reads
// without an error, with a warning at its own path for each thing that is not shown. The counts and
// warnings are in test/fixtures/timelinejs/expected.json, which the validator CLI is held to too
// (test/node/timelinejs-import.test.mjs).
import { expect } from '@open-wc/testing';
import type { Problem } from '../../src/model/types.js';
import { recognize } from '../../src/parse/formats.js';
import { readEvents } from '../../src/parse/read-events.js';
import { readEventsLazily } from '../../src/parse/read-events-lazily.js';
import { convertTimelineJs } from '../../src/parse/timelinejs.js';
import { fetchBody } from '../helpers/index.js';

const DIR = '/test/fixtures/timelinejs/';

interface Expected {
  file: string;
  format: string;
  events: number;
  warnings: Problem[];
  relative: Array<{ path: string; address: string }>;
}

const { fixtures } = (await (await fetch(`${DIR}expected.json`)).json()) as { fixtures: Expected[] };

/**
 * The input as the widget reads it from `src`: its text, named by its address, with the type a
 * server sends, its relative addresses resolved against its own.
 */
async function fetched(file: string) {
  const url = DIR + file;
  const contentType = file.endsWith('.csv') ? 'text/csv' : 'application/json';
  return { text: await fetchBody(url), name: url, contentType, base: new URL(url, location.href).href };
}

/** The events file a fixture converts to, before validation. */
async function converted(file: string): Promise<Record<string, unknown> & { events: Array<Record<string, unknown>> }> {
  const recognized = recognize(await fetched(file));
  if (!('conversion' in recognized)) throw new Error(`${file} was not converted`);
  return recognized.conversion.file as never;
}

describe('TimelineJS fixtures read as the widget reads them', () => {
  for (const { file, format, events, warnings, relative } of fixtures) {
    it(`${file}: ${events} events, no error, ${warnings.length} warnings`, async () => {
      const input = await fetched(file);
      const result = await readEventsLazily(input);
      expect(result.errors).to.deep.equal([]);
      expect(result.format).to.equal(format);
      expect(result.timeline!.events).to.have.length(events);
      expect(result.warnings).to.deep.equal(warnings);
      // Relative addresses are named in the file's own terms, and resolved against the file.
      expect(result.relative).to.deep.equal(
        relative.map(({ path, address }) => ({ path, address, resolved: new URL(address, input.base).href })),
      );
      // The eager reader (the CLI's and apps') gives the same. (Not compared whole: a deep-time
      // date holds an invalid luxon DateTime, stamped with the time it was made.)
      const eager = readEvents(await fetched(file));
      const summary = ({ format, errors, warnings, timeline }: typeof result) => ({
        format,
        errors,
        warnings,
        events: timeline?.events.map((e) => [e.id, e.start.iso, e.title]),
      });
      expect(summary(eager)).to.deep.equal(summary(result));
    });
  }
});

describe('a TimelineJS file, converted', () => {
  it('keeps media addresses as written, relative ones too: the validator resolves them against the file', async () => {
    const file = await converted('story.json');
    const urls = file.events.map((e) => (e.media as { url?: string } | undefined)?.url);
    expect(urls.slice(0, 3)).to.deep.equal([
      '/static/img/levee.jpg',
      'img/flood-map.png',
      '//upload.wikimedia.org/wikipedia/commons/a/a1/Red_Cross_camp_1927.jpg',
    ]);
    expect(file.events[1].media).to.deep.equal({
      url: 'img/flood-map.png',
      caption: 'The flooded area',
      link: 'maps/1927.html',
    });
  });

  it('titles a slide without a headline from its text, its caption, its display date or its date', async () => {
    const file = await converted('story.json');
    expect(file.events.slice(3, 8).map((e) => e.title)).to.deep.equal([
      'Sharecroppers are kept in the camps under guard while planters fear losing…',
      'Boats carry food to the roofs',
      'Newsreel: the flood from the air',
      'Early June',
      '1927-06-15',
    ]);
    // The text stays whole in the description.
    expect(file.events[4].description).to.equal('<p>Boats carry <b>food</b> to the roofs. More arrive by rail.</p>');
  });

  it('shows display_date, a slide’s or both ends’ of a range, and places the event by its dates', async () => {
    const file = await converted('story.json');
    expect(file.events.map((e) => e.displayDate ?? null)).to.deep.equal([
      null,
      'Late April 1927',
      null,
      null,
      null,
      null,
      'Early June',
      null,
      null,
      null,
      null,
      null,
      null,
      'May 15 — May 20, 1928',
      null,
      null,
    ]);
    expect([file.events[13].start, file.events[13].end]).to.deep.equal(['1928-05-15', '1928-05-20']);
  });

  it('maps media link, thumbnail, alt and credit, and a background image to a thumbnail or the media', async () => {
    const file = await converted('story.json');
    expect(file.events[0].media).to.deep.equal({
      url: '/static/img/levee.jpg',
      alt: 'A gap in an earthen levee',
      caption: 'The crevasse, a day later',
      credit: 'State Archive',
      link: 'https://example.org/archive/levee',
    });
    expect(file.events[5].media).to.deep.equal({
      url: 'https://www.youtube.com/watch?v=abcDEF12345',
      caption: '<p>Newsreel: <i>the flood</i> from the air</p>',
      thumbnail: '/static/img/newsreel.jpg',
    });
    // A player's background image is its thumbnail; a slide without media shows its background image.
    expect(file.events[8].media).to.deep.equal({
      url: 'https://vimeo.com/123456789',
      caption: 'A home movie',
      thumbnail: '/static/img/fireworks.jpg',
    });
    expect(file.events[9].media).to.deep.equal({ url: 'img/receding.jpg', alt: 'Mud on Main Street' });
    // An image keeps its own media; the background image is named in a warning.
    expect(file.events[10].media).to.deep.equal({ url: '/static/img/cleanup.jpg' });
  });

  it('takes the address out of an iframe embed code, and leaves out other embedded HTML', async () => {
    const file = await converted('story.json');
    expect(file.events[11].media).to.deep.equal({
      url: 'https://www.youtube-nocookie.com/embed/xyzXYZ12345?start=5&rel=0',
    });
    expect(file.events[12].media).to.equal(undefined);
  });

  it('links bare addresses in text and captions as TimelineJS does, unless the slide says autolink: false', async () => {
    const file = await converted('story.json');
    expect(file.events[0].description).to.equal(
      '<p>At 7:30 in the morning the levee gives way. Read the Corps report at <a href="https://example.org/reports/1927.pdf">https://example.org/reports/1927.pdf</a>.</p>',
    );
    expect(file.events[2].description).to.equal(
      'The camp is run by <a href="https://example.org/red-cross">https://example.org/red-cross</a>; see <a href="http://www.example.org/camp">www.example.org/camp</a> (the camp\'s page) or write to <a href="mailto:camp@example.org">camp@example.org</a>.',
    );
    expect((file.events[2].media as { caption: string }).caption).to.equal(
      'Tents on the levee, from <a href="https://en.wikipedia.org/wiki/Flood_(1927)">https://en.wikipedia.org/wiki/Flood_(1927)</a>',
    );
    expect(file.events[13].description).to.equal('The act is at https://example.org/act, written out here on purpose.');
  });

  it('collects the groups, labels eras, and makes the title slide the title and description', async () => {
    const file = await converted('story.json');
    expect(file.title).to.equal('The river rises');
    expect(file.description).to.equal('How Greenville lived through the flood of 1927.');
    expect(file.groups).to.deep.equal([
      { id: 'The levee', label: 'The levee' },
      { id: 'Red Cross', label: 'Red Cross' },
    ]);
    expect(file.events.map((e) => e.group ?? null).slice(0, 5)).to.deep.equal([
      'The levee',
      'The levee',
      'Red Cross',
      'Red Cross',
      null,
    ]);
    expect(file.eras).to.deep.equal([
      { id: 'era-1', start: '1927-04', end: '1927-08', label: 'The flood' },
      { id: 'era-2', start: '1927-05-01', end: '1927-05-31', label: 'Relief camps on the levee' },
      { id: 'era-3', start: '1928', end: '1929', label: '1928 – 1929' },
    ]);
  });

  it('writes a date to the millisecond', async () => {
    const file = await converted('story.json');
    expect(file.events[15].start).to.equal('1927-05-03T14:30:05.250');
  });
});

describe('a cosmological TimelineJS file', () => {
  it('is placed on a year axis, each date by its year, as TimelineJS places it', async () => {
    const file = await converted('cosmological.json');
    expect(file.events.map((e) => [e.start, e.end ?? null, e.title])).to.deep.equal([
      ['-13800000000', null, 'The Big Bang'],
      ['-4540000000', null, 'Earth forms'],
      ['-66000000', null, 'An asteroid ends the Cretaceous'],
      ['-300000', '-200000', 'Homo sapiens appears'],
      ['1969', null, 'Apollo 11 lands on the Moon'],
    ]);
    expect(file.eras).to.deep.equal([{ id: 'era-1', start: '-4600000000', end: '-4000000000', label: 'Hadean' }]);
    const { timeline } = await readEventsLazily(await fetched('cosmological.json'));
    expect(timeline!.scale).to.equal('years');
    expect(timeline!.events.map((e) => e.from)).to.deep.equal([-13800000000, -4540000000, -66000000, -300000, 1969]);
  });
});

describe('a sheet from the TimelineJS template', () => {
  it('reads every column: display date, media thumbnail, background, type and group', async () => {
    const file = await converted('sheet.csv');
    expect([file.title, file.description]).to.deep.equal([
      'The river rises',
      'How Greenville lived through the flood of 1927.',
    ]);
    expect(file.eras).to.deep.equal([
      { id: 'era-1', start: '1927-04', end: '1927-08', label: 'The flood' },
      { id: 'era-2', start: '1927-05-01', end: '1927-05-31', label: 'Relief camps on the levee' },
    ]);
    expect(file.events.map((e) => [e.start, e.end ?? null, e.title, e.displayDate ?? null])).to.deep.equal([
      ['1927-04-21T07:30', null, 'The levee breaks at Mounds Landing', null],
      ['1927-04', null, 'Water reaches Greenville', 'Late April 1927'],
      ['1927-05-10', null, 'Sharecroppers are kept in the camps under guard', null],
      ['1927-05-20', null, 'Newsreel of the flood', null],
      ['1927-06-01', null, 'Early June', 'Early June'],
      ['1927-07-04', null, 'Independence Day on the levee', null],
      ['1927-08', null, 'The water recedes', null],
      ['1928-05-15', '1928-05-20', 'The Flood Control Act passes', null],
      ['1927-06-15', null, '1927-06-15', null],
    ]);
    expect(file.events.map((e) => e.media ?? null)).to.deep.equal([
      { url: '/static/img/levee.jpg', credit: 'State Archive', caption: 'The crevasse' },
      { url: 'img/flood-map.png', caption: 'The flooded area' },
      null,
      {
        url: 'https://www.youtube.com/watch?v=abcDEF12345',
        caption: 'Newsreel of the flood',
        thumbnail: '/static/img/newsreel.jpg',
      },
      null,
      { url: 'https://vimeo.com/123456789', caption: 'A home movie', thumbnail: '/static/img/fireworks.jpg' },
      { url: 'img/receding.jpg' },
      null,
      null,
    ]);
    expect(file.events[0].description).to.equal(
      '<p>Read the Corps report at <a href="https://example.org/reports/1927.pdf">https://example.org/reports/1927.pdf</a>.</p>',
    );
    expect(file.groups).to.deep.equal([
      { id: 'The levee', label: 'The levee' },
      { id: 'Red Cross', label: 'Red Cross' },
    ]);
  });

  it('takes groups from an older sheet’s Tag column, and a second title row as an event', async () => {
    const file = await converted('sheet-tags.csv');
    expect(file.title).to.equal('Sessions and Kislyak');
    expect(file.events.map((e) => [e.start, e.title, e.group])).to.deep.equal([
      ['2016-07', 'Sessions talks with Kislyak', 'Campaign'],
      ['2016-11-08', 'Election night', 'Campaign'],
      ['2016-09-08', 'Sessions meets Kislyak in his Senate office', 'Senate'],
    ]);
  });

  it('names a sheet’s problems by row and column, the slides without headline too', () => {
    const { errors, warnings } = readEvents({
      text: ['Year,Month,Day,Headline,Text,Media,Background', '2016,2,30,,,,', '2016,1,1,,,<iframe></iframe>,red'].join(
        '\n',
      ),
      contentType: 'text/csv',
    });
    expect(errors).to.deep.equal([
      { path: 'row 2, column Year', message: "'2016-02-30' is not a date in the calendar: February 2016 has 29 days" },
    ]);
    expect(warnings).to.deep.equal([
      {
        path: 'row 2, column Headline',
        message: "no headline, text or media caption; the title is the start date as written, '2016-02-30'",
      },
      {
        path: 'row 3, column Headline',
        message: "no headline, text or media caption; the title is the start date as written, '2016-01-01'",
      },
      {
        path: 'row 3, column Media',
        message: 'embedded HTML media is not shown; give the address of an image or a page instead',
      },
      {
        path: 'row 3, column Background',
        message: 'background colour is not shown: the widget has no colour of its own for an event',
      },
      { path: '', message: 'TimelineJS files name no sources: the events are shown without them' },
    ]);
  });
});

/** One slide converted: its event, and the conversion's warnings and errors. */
function slide(fields: Record<string, unknown>, file: Record<string, unknown> = {}) {
  const {
    file: converted,
    warnings,
    errors,
  } = convertTimelineJs({
    ...file,
    events: [{ start_date: { year: 2016, month: 9, day: 8 }, ...fields }],
  });
  const event = (converted as { events: Array<Record<string, unknown>> }).events[0];
  return { event, warnings: warnings.filter((w) => w.path !== ''), errors };
}

const titled = (text: string) => slide({ text: { text } }).event.title as string;

describe('a title from the start of the text', () => {
  it('is the first sentence, without its full stop; a question or exclamation keeps its mark', () => {
    expect(titled('<p>The levee breaks. Water pours in.</p>')).to.equal('The levee breaks');
    expect(titled('Who knew? Nobody did.')).to.equal('Who knew?');
    expect(titled('It holds! For now.')).to.equal('It holds!');
    expect(titled('No full stop at all')).to.equal('No full stop at all');
    expect(titled('<p>洪水が町に達した。翌日、水が引いた。</p>')).to.equal('洪水が町に達した');
  });

  it('does not end at an initial, an abbreviation or a decimal point', () => {
    expect(titled('Sen. Jeff Sessions meets Kislyak. Later he denies it.')).to.equal(
      'Sen. Jeff Sessions meets Kislyak',
    );
    expect(titled('U.S. troops arrive with 2.5 tons of food. More follow.')).to.equal(
      'U.S. troops arrive with 2.5 tons of food',
    );
    expect(titled('A report by J. Smith is published. It is ignored.')).to.equal('A report by J. Smith is published');
  });

  it('is at most 80 characters, cut at a word, or within a word longer than that', () => {
    const long = 'The river rises faster than anyone in the county has seen in a generation of farming on the delta.';
    expect(titled(long)).to.equal('The river rises faster than anyone in the county has seen in a generation of…');
    expect(titled(long).length).to.be.at.most(80);
    const word = 'x'.repeat(200);
    expect(titled(word)).to.equal('x'.repeat(79) + '…');
    expect([...titled('😀'.repeat(100))]).to.have.length(80);
  });

  it('comes from the caption when the text is only markup, and says so', () => {
    const { event, warnings } = slide({
      text: { headline: '<b></b>', text: '<p> </p>' },
      media: { url: 'a.jpg', caption: 'A <i>photo</i>.' },
    });
    expect(event.title).to.equal('A photo');
    expect(warnings).to.deep.equal([
      { path: 'events[0].text.headline', message: 'no headline or text; the title is taken from the media caption' },
    ]);
  });

  it('takes time in proportion to the text, whatever markup it holds', () => {
    const started = performance.now();
    for (const text of ['<!--', '<br', '<script', '<a', 'a. ', 'J. ', '<p>']) titled(text.repeat(100_000));
    expect(performance.now() - started).to.be.below(1000);
  });

  it('is not made up when the date cannot be read either: the date is the one error', () => {
    const read = readEvents({ value: { events: [{ start_date: { year: '20x6' } }, { text: {} }] } });
    expect(read.errors).to.deep.equal([
      { path: 'events[0].start_date.year', message: "expected a year number like 2016 or -500; got '20x6'" },
      { path: 'events[1].start_date', message: "'start_date' is required" },
    ]);
  });
});

describe('autolink', () => {
  const linked = (text: string, autolink?: unknown) =>
    slide({ text: { headline: 'A', text }, ...(autolink === undefined ? {} : { autolink }) }).event.description;

  it('links addresses in text only: never inside a tag, an attribute or a link', () => {
    expect(linked('<img alt="see https://a.example/x" src="https://a.example/y.jpg"> and https://b.example/')).to.equal(
      '<img alt="see https://a.example/x" src="https://a.example/y.jpg"> and <a href="https://b.example/">https://b.example/</a>',
    );
    expect(linked('<a href="https://a.example/">https://a.example/ <b>www.a.example</b></a> after')).to.equal(
      '<a href="https://a.example/">https://a.example/ <b>www.a.example</b></a> after',
    );
    expect(linked("<p title='x > https://a.example/'>y</p>")).to.equal("<p title='x > https://a.example/'>y</p>");
    expect(linked('<!-- https://a.example/ -->')).to.equal('<!-- https://a.example/ -->');
  });

  it('leaves closing punctuation, quotes and entities outside the address, and keeps balanced brackets', () => {
    expect(linked('(see https://a.example/x).')).to.equal(
      '(see <a href="https://a.example/x">https://a.example/x</a>).',
    );
    expect(linked('"https://a.example/q?a=1&amp;b=2", then')).to.equal(
      '"<a href="https://a.example/q?a=1&amp;b=2">https://a.example/q?a=1&amp;b=2</a>", then',
    );
    expect(linked('https://a.example/x&nbsp;next')).to.equal(
      '<a href="https://a.example/x">https://a.example/x</a>&nbsp;next',
    );
    expect(linked('https://en.wikipedia.org/wiki/Mercury_(planet)?')).to.equal(
      '<a href="https://en.wikipedia.org/wiki/Mercury_(planet)">https://en.wikipedia.org/wiki/Mercury_(planet)</a>?',
    );
  });

  it('is off with autolink: false, and a < that opens no tag is text', () => {
    expect(linked('https://a.example/', false)).to.equal('https://a.example/');
    expect(linked('1 < 2 https://a.example/')).to.equal('1 < 2 <a href="https://a.example/">https://a.example/</a>');
  });

  it('takes time in proportion to the text, whatever it holds', () => {
    const started = performance.now();
    linked('<'.repeat(200_000));
    linked('<a'.repeat(100_000));
    linked('a'.repeat(200_000));
    linked('a.'.repeat(100_000) + '@');
    linked('https://' + 'a'.repeat(200_000));
    expect(performance.now() - started).to.be.below(1000);
  });
});

describe('the rest of TimelineJS’s format', () => {
  it('names each field it does not know once, with a likely intended one, and how often it is there', () => {
    const { warnings } = convertTimelineJs({
      events: [1, 2, 3].map((day) => ({
        start_date: { year: 2016, month: 9, day, format: 'mmmm' },
        text: { headine: 'A' },
      })),
    });
    expect(warnings.slice(0, 2)).to.deep.equal([
      {
        path: 'events[0].start_date.format',
        message: "unknown field 'format'; it is left out (the same in 2 more places)",
      },
      {
        path: 'events[0].text.headine',
        message: "unknown field 'headine'; did you mean 'headline'? It is left out (the same in 2 more places)",
      },
    ]);
  });

  it('places a year beyond the calendar by the year alone on any scale, and says what it leaves out', () => {
    const { event, warnings } = slide({ start_date: { year: -13800000000, month: 1 }, text: { headline: 'A' } });
    expect(event.start).to.equal('-13800000000');
    expect(warnings).to.deep.equal([
      {
        path: 'events[0].start_date',
        message: 'a year this far from the present is placed by its year alone: its month, day and time are left out',
      },
    ]);
  });

  it('refuses a year after 999999 in words the producer can act on', () => {
    const { errors } = slide({ start_date: { year: 5000000000 }, text: { headline: 'The Sun swells' } });
    expect(errors).to.deep.equal([
      {
        path: 'events[0].start_date.year',
        message: "expected a year up to 999999: later years cannot be placed yet; got '5000000000'",
      },
    ]);
  });

  it('reads an unknown scale as the human one, with a warning', () => {
    const { warnings } = slide({ text: { headline: 'A' } }, { scale: 'geological' });
    expect(warnings).to.deep.equal([
      { path: 'scale', message: "expected 'human' or 'cosmological'; got 'geological': the dates are read as written" },
    ]);
  });

  it('takes an iframe’s address, quoted either way, and warns about one without', () => {
    const src = (url: string) => slide({ text: { headline: 'A' }, media: { url } });
    expect(src(`<iframe src='//player.vimeo.com/video/1'></iframe>`).event.media).to.deep.equal({
      url: '//player.vimeo.com/video/1',
    });
    expect(src('<IFRAME SRC=https://example.org/e>').event.media).to.deep.equal({ url: 'https://example.org/e' });
    expect(src('<iframe></iframe>').warnings).to.deep.equal([
      {
        path: 'events[0].media.url',
        message: 'embedded HTML media is not shown; give the address of an image or a page instead',
      },
    ]);
  });

  it('says what it leaves out of media without an address, and of text that is not an object', () => {
    const { event, warnings } = slide({ text: 'A', media: { caption: 'B' } });
    expect(warnings).to.deep.equal([
      { path: 'events[0].text', message: `expected { "headline", "text" }; got 'A': it is left out` },
      { path: 'events[0].text.headline', message: 'no headline or text; the title is taken from the media caption' },
      { path: 'events[0].media.url', message: 'media without a url is left out' },
    ]);
    // The caption's words are all that is left of the media, so they still title the slide.
    expect([event.title, event.media]).to.deep.equal(['B', undefined]);
  });

  it('shows the display_date of a start without an end, and strips its markup', () => {
    const { event, warnings } = slide({
      start_date: { year: 1850, display_date: '<i>c.</i> 1850' },
      text: { headline: 'A' },
    });
    expect(event.displayDate).to.equal('c. 1850');
    expect(warnings).to.deep.equal([]);
  });
});
