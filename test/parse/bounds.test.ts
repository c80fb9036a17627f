// Issue 18: no file makes reading slow or throw, and each problem is said exactly. Every step is
// bounded: "did you mean" only for short names against a short list, a cap on events in every
// format, no recursion over the depth of the input, and no field that silently swallows the file.
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { readEvents } from '../../src/parse/read-events.js';
import { findClosest } from '../../src/parse/suggest.js';

const FIELDS_OF_AN_EVENT =
  'id, start, end, circa, importance, displayDate, title, description, group, place, note, timeZone, lang, sources, media';
const CAP = 'the widget shows at most 100,000: split the story into several timelines';

/** Milliseconds `work` takes, and what it gives. */
function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

const event = (i: number, fields: Record<string, unknown> = {}) => ({
  id: `e${i}`,
  start: '2016-09-08',
  title: `Event ${i}`,
  sources: [{ name: 'Wire' }],
  ...fields,
});

describe('"did you mean": bounded, whatever the file holds', () => {
  it('still names the likely name for a typo', () => {
    expect(findClosest('titel', ['id', 'start', 'title'])).to.equal('title');
    expect(findClosest('Sesions', new Set(['sessions', 'flynn']))).to.equal('sessions');
    expect(findClosest('colour', ['id', 'start', 'title'])).to.equal(null);
  });

  it('looks for no name longer than 64 characters, nor among more than the first 100 candidates', () => {
    expect(findClosest('x'.repeat(64), ['x'.repeat(63)])).to.equal('x'.repeat(63));
    expect(findClosest('x'.repeat(65), ['x'.repeat(64)])).to.equal(null);
    const others = (n: number) => Array.from({ length: n }, (_, i) => `group ${i}`);
    expect(findClosest('sesions', [...others(99), 'sessions'])).to.equal('sessions');
    expect(findClosest('sesions', [...others(100), 'sessions'])).to.equal(null);
  });

  it('answers for five unknown group ids of 3,000 characters among five such groups in well under a second', function () {
    this.timeout(30000);
    const long = (letter: string) => letter.repeat(3000);
    const file = {
      version: 1,
      groups: ['a', 'b', 'c', 'd', 'e'].map((letter) => ({ id: long(letter), label: letter })),
      events: ['f', 'g', 'h', 'i', 'j'].map((letter, i) => event(i, { group: long(letter) })),
    };
    const [{ warnings }, ms] = timed(() => parseTimeline(file));
    const unknown = warnings.filter((w) => w.path.endsWith('.group'));
    expect(unknown).to.have.length(5);
    expect(unknown[0]).to.deep.equal({
      path: 'events[0].group',
      message: `no group has the id '${'f'.repeat(39)}…'; add it to "groups". The event is shown without a group`,
    });
    expect(ms).to.be.below(500);
  });

  it('answers for a 1 MB unknown field name at once, quoting it short in the message and in the path', function () {
    this.timeout(30000);
    const name = 'x'.repeat(1024 * 1024);
    const [{ timeline, warnings }, ms] = timed(() => parseTimeline({ version: 1, events: [event(0, { [name]: 1 })] }));
    expect(timeline).not.to.equal(null);
    expect(warnings).to.deep.equal([
      {
        path: `events[0].${'x'.repeat(60)}…`,
        message: `unknown field '${'x'.repeat(39)}…'; the fields of an event are ${FIELDS_OF_AN_EVENT}`,
      },
    ]);
    expect(ms).to.be.below(500);
  });

  it('says the same of the same unknown field in every event, and stays fast for 100,000 different ones', function () {
    this.timeout(30000);
    const typos = parseTimeline({ version: 1, events: [0, 1, 2].map((i) => event(i, { titel: 'x' })) }).warnings;
    expect(new Set(typos.map((w) => w.message))).to.deep.equal(
      new Set(["unknown field 'titel'; did you mean 'title'?"]),
    );
    const events = Array.from({ length: 100_000 }, (_, i) => event(i, { [`stat${i}`]: 1 }));
    const [{ warnings }, ms] = timed(() => parseTimeline({ version: 1, events }));
    expect(warnings).to.have.length(100_000);
    expect(warnings[99_999]).to.deep.equal({
      path: 'events[99999].stat99999',
      message: `unknown field 'stat99999'; the fields of an event are ${FIELDS_OF_AN_EVENT}`,
    });
    expect(ms).to.be.below(5000);
  });
});

describe('"did you mean" for many unknown group ids', () => {
  it('is said for the first 100 different ones, each always alike, and answers fast for 100,000', function () {
    this.timeout(60000);
    const groups = Array.from({ length: 100 }, (_, i) => ({ id: `desk-${i}-of-the-newsroom`, label: `Desk ${i}` }));
    const ids = (i: number) => `desk-${i % 150}-of-the-newsrom`;
    const events = Array.from({ length: 100_000 }, (_, i) =>
      event(i, { group: i < 300 ? ids(i) : `desk ${i} of the room` }),
    );
    const [{ warnings }, ms] = timed(() => parseTimeline({ version: 1, groups, events }));
    const unknown = warnings.filter((w) => w.path.endsWith('.group'));
    expect(unknown).to.have.length(100_000);
    expect([unknown[0], unknown[150], unknown[99], unknown[100]].map((e) => e.message)).to.deep.equal([
      "no group has the id 'desk-0-of-the-newsrom'; did you mean 'desk-0-of-the-newsroom'? The event is shown without a group",
      "no group has the id 'desk-0-of-the-newsrom'; did you mean 'desk-0-of-the-newsroom'? The event is shown without a group",
      "no group has the id 'desk-99-of-the-newsrom'; did you mean 'desk-99-of-the-newsroom'? The event is shown without a group",
      'no group has the id \'desk-100-of-the-newsrom\'; add it to "groups". The event is shown without a group',
    ]);
    expect(ms).to.be.below(5000);
  });
});

describe('a sheet with many unknown columns', () => {
  it('names the first ten, each with its likely column, and counts the rest in one warning', function () {
    this.timeout(30000);
    const names = Array.from({ length: 200_000 }, (_, i) => (i === 0 ? 'Titel' : `extra${i}`));
    const text = `id,start,title,source_name,${names.join(',')}\na,2016-07,A,Wire\n`;
    const [{ timeline, warnings }, ms] = timed(() => readEvents({ text, contentType: 'text/csv' }));
    expect(timeline).not.to.equal(null);
    expect(warnings[0]).to.deep.equal({
      path: 'row 1, column Titel',
      message: "unknown column 'Titel'; did you mean 'title'?",
    });
    expect(warnings.slice(9)).to.deep.equal([
      { path: 'row 1, column extra9', message: "unknown column 'extra9'" },
      { path: 'row 1', message: "199,990 more unknown columns, from 'extra10' to 'extra199999'" },
    ]);
    expect(ms).to.be.below(2000);
  });
});

describe('at most 100,000 events, in every format', () => {
  const dates = (n: number) =>
    Array.from({ length: n }, (_, i) => new Date(Date.UTC(1800, 0, 1 + i)).toISOString().slice(0, 10));

  it('refuses 100,001 events of JSON before reading any of them, and reads 100,000', function () {
    this.timeout(30000);
    const events = dates(100_001).map((start, i) => ({ id: `e${i}`, start, title: `Event ${i}` }));
    const [refused, ms] = timed(() => readEvents({ value: { version: 1, events } }));
    expect(refused.errors).to.deep.equal([{ path: 'events', message: `the file has 100,001 events; ${CAP}` }]);
    expect(refused.warnings).to.deep.equal([]);
    expect(ms).to.be.below(100);
    const read = readEvents({ text: JSON.stringify({ version: 1, events: events.slice(1) }) });
    expect(read.errors).to.deep.equal([]);
    expect(read.timeline!.events).to.have.length(100_000);
  });

  it('refuses a sheet of 100,001 events, not counting blank rows, and reads 100,000', function () {
    this.timeout(30000);
    const rows = dates(100_001).map((start, i) => `e${i},${start},Event ${i},Wire`);
    const sheet = (lines: string[]) =>
      readEvents({ text: ['id,start,title,source_name', ...lines].join('\n'), contentType: 'text/csv' });
    expect(sheet(rows).errors).to.deep.equal([{ path: '', message: `the sheet has 100,001 events; ${CAP}` }]);
    const read = sheet([...rows.slice(1), ',,,', '']);
    expect(read.errors).to.deep.equal([]);
    expect(read.timeline!.events).to.have.length(100_000);
  });

  it('refuses a TimelineJS file or sheet of 100,001 events', function () {
    this.timeout(30000);
    const slides = Array.from({ length: 100_001 }, (_, i) => ({
      start_date: { year: 1900 + (i % 100) },
      text: { headline: `E${i}` },
    }));
    expect(readEvents({ value: { events: slides } }).errors).to.deep.equal([
      { path: 'events', message: `the file has 100,001 events; ${CAP}` },
    ]);
    const rows = Array.from({ length: 100_001 }, (_, i) => `${1900 + (i % 100)},E${i}`);
    expect(
      readEvents({ text: ['Year,Headline,Type', '2016,The title,title', ...rows].join('\n') }).errors,
    ).to.deep.equal([{ path: '', message: `the sheet has 100,001 events; ${CAP}` }]);
  });
});

describe('broken JSON, however deep', () => {
  it('names line 1 and the column for 100,000 arrays that never close', () => {
    const { errors } = readEvents({ text: '['.repeat(100_000), name: 'deep.json' });
    expect(errors).to.deep.equal([
      {
        path: '',
        message:
          'deep.json is not valid JSON at line 1, column 100001: expected a value: text in "double quotes", a number, true, false, null, { … } or [ … ], found the end of the file (the file stops before its end: was it cut off?)',
      },
    ]);
  });

  it('names the place a deep file breaks, past valid nesting', () => {
    const depth = 100_000;
    const text = '[{"a":'.repeat(depth) + '1}, {"b": [true,\n  false x]}' + ']}'.repeat(depth - 1) + ']';
    expect(readEvents({ text }).errors[0].message).to.equal(
      "the file is not valid JSON at line 2, column 9: expected ',' or ']', found 'x'",
    );
  });
});

describe('values no JSON can write', () => {
  it('are named in a problem, in this format and in TimelineJS, instead of failing to read the file', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    const got = (path: string, expected: string) => ({ path, message: `expected ${expected}; got '[…]'` });
    expect(readEvents({ value: { version: 1, events: [cyclic] } }).errors).to.deep.equal([
      got('events[0]', 'an event { "id", "start", "title" }'),
    ]);
    const slide = { start_date: { year: 2016 }, text: { headline: 'A' } };
    expect(readEvents({ value: { events: [{ ...slide, media: cyclic }, cyclic] } }).errors).to.deep.equal([
      got('events[0].media', '{ "url", "alt" }'),
      got('events[1]', 'an event { "id", "start", "title" }'),
    ]);
  });
});

describe('a CSV quote that never closes', () => {
  const lines = (count: number) =>
    Array.from({ length: count }, (_, i) => `e${i},2016-01-${String(i + 1).padStart(2, '0')},Event ${i},Wire`);

  it('is refused, naming the line where it opens, instead of swallowing the rest of the file', () => {
    const text = [
      'id,start,title,source_name',
      ...lines(10),
      'e10,2016-02-01,"Sessions says, ""no contact,Wire',
      ...lines(5),
    ].join('\n');
    expect(readEvents({ text, name: 'story.csv' })).to.deep.equal({
      timeline: null,
      errors: [
        {
          path: 'line 12',
          message: 'a quote opens here and is never closed, so the rest of the file would be read as one field',
        },
      ],
      warnings: [],
    });
  });

  it('is found in a TimelineJS sheet too, after quoted line breaks, and only when a field starts with it', () => {
    const sheet = 'Year,Headline,Text\r\n2016,"A\r\nheadline",5" screen\r\n2017,B,"never closed\r\n2018,C,';
    expect(readEvents({ text: sheet, contentType: 'text/csv' }).errors).to.deep.equal([
      {
        path: 'line 4',
        message: 'a quote opens here and is never closed, so the rest of the file would be read as one field',
      },
    ]);
    const closed = 'Year,Headline,Text\n2016,"A ""quoted"" headline",5" screen\n2017,B,"closed at the end"';
    expect(readEvents({ text: closed, contentType: 'text/csv' }).errors).to.deep.equal([]);
  });
});

describe('TimelineJS entities', () => {
  it("decodes the entities it knows and leaves others as written, Object's own names too", () => {
    const { timeline } = readEvents({
      value: {
        events: ['&constructor;', '&toString; &amp; &hasOwnProperty;', 'Caf&eacute; &ndash; &__proto__;'].map(
          (headline) => ({ start_date: { year: 2016 }, text: { headline } }),
        ),
      },
    });
    expect(timeline!.events.map((e) => e.title)).to.deep.equal([
      '&constructor;',
      '&toString; & &hasOwnProperty;',
      'Caf&eacute; – &__proto__;',
    ]);
  });
});

describe('a clock time that does not exist', () => {
  it('is shown as luxon moves it, with a warning at the path of the event', () => {
    const { timeline, warnings } = parseTimeline({
      version: 1,
      timeZone: 'America/New_York',
      events: [
        event(0, { start: '2016-03-13T02:30' }),
        event(1, { start: '2016-03-13T03:30' }),
        event(2, { start: '2016-11-06T01:30' }), // twice that night, but it exists
        event(3, { start: '2016-03-13T02:30', timeZone: 'UTC' }),
        event(4, { start: '2016-03-13T02:30-05:00' }),
        event(5, {
          start: '2016-03-13T02:30',
          end: '2016-03-13T03:45',
          sources: [{ name: 'W', date: '2016-03-13T02:00' }],
        }),
      ],
    });
    expect(warnings).to.deep.equal([
      {
        path: 'events[0].start',
        message: '2016-03-13T02:30 does not exist in America/New_York (clocks went forward); it is shown as 3:30 AM',
      },
      {
        path: 'events[5].start',
        message: '2016-03-13T02:30 does not exist in America/New_York (clocks went forward); it is shown as 3:30 AM',
      },
      {
        path: 'events[5].sources[0].date',
        message: '2016-03-13T02:00 does not exist in America/New_York (clocks went forward); it is shown as 3:00 AM',
      },
    ]);
    expect(timeline!.events.find((e) => e.id === 'e0')!.start.start.toISO()).to.equal('2016-03-13T03:30:00.000-04:00');
  });
});
