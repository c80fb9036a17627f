import { expect } from '@open-wc/testing';
import { readEventsText, readEventsValue } from '../../src/parse/read-events.js';
import { fetchBody } from '../helpers/index.js';
const csv = (...lines: string[]) => readEventsText(lines.join('\n'), { name: 'story.csv' });
const HEADER = 'id,start,end,title,group,source_name,source_url,source_name_2,source_url_2';

describe('CSV from a spreadsheet', () => {
  it('reads the story sheet: one row an event, several sources, media, groups from the group column', async () => {
    const { timeline, errors, warnings, format } = readEventsText(await fetchBody('/test/fixtures/story.csv'), {
      name: '/test/fixtures/story.csv',
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(format).to.equal('csv');
    expect(timeline!.events.map((e) => [e.id, e.start.iso, e.start.precision])).to.deep.equal([
      ['heritage-foundation-encounter', '2016-07', 'month'],
      ['senate-office-meeting', '2016-09-08', 'day'],
      ['confirmation-hearing', '2017-01-10', 'day'],
      ['washington-post-report', '2017-03-01', 'day'],
    ]);
    const [heritage, senate] = timeline!.events;
    expect(heritage.sources.map((s) => s.name)).to.deep.equal(['The Washington Post', 'Mueller report']);
    expect(heritage.place).to.equal('Cleveland, Ohio');
    expect(senate.media).to.deep.equal({
      url: 'https://upload.wikimedia.org/sessions.jpg',
      alt: 'Jeff Sessions in 2017',
      caption: 'Sessions, <strong>then a senator</strong>',
      credit: 'Wikimedia Commons',
    });
    expect(timeline!.groups.map((g) => g.id)).to.deep.equal(['Jeff Sessions', 'Reporting']);
  });

  it('names the row and the column of each problem, counting rows as the spreadsheet does', () => {
    const { timeline, errors, warnings } = csv(
      HEADER,
      'a,2016-09-08,,A,,Wire,https://example.com,,',
      'b,09/08/2016,,B,,Wire,,,',
      'a,2016,2015,,,Wire,,Post,javascript:alert(1)',
      'c,2016,,C,,,https://example.com,,',
    );
    expect(timeline).to.equal(null);
    expect(errors).to.deep.equal([
      {
        path: 'row 3, column start',
        message: "expected a date like 2016-09-08, 2016-09 or 2016, or a time like 2017-02-13T22:00; got '09/08/2016'",
      },
      { path: 'row 4, column id', message: "the id 'a' is already used by row 2" },
      { path: 'row 4, column end', message: "the end '2015' is before the start '2016'" },
    ]);
    // What a reader can do without is a warning: a title (taken from the date), a source's name
    // (its site's), an unsafe address (left out; see addresses.test.ts).
    expect(warnings.map((w) => w.path)).to.include.members([
      'row 4, column title',
      'row 4, column source_url_2',
      'row 5, column source_name',
    ]);
  });

  it('warns about unknown columns and rows without a source; refuses a sheet without start or title', () => {
    const { warnings } = csv('id,start,title,titel', 'a,2016,A,x');
    expect(warnings).to.deep.equal([
      { path: 'row 1, column titel', message: "unknown column 'titel'; did you mean 'title'?" },
      { path: 'row 2, column source_name', message: 'the event names no source' },
    ]);
    expect(csv('id,date,headline', 'a,2016,A').errors).to.deep.equal([
      { path: 'row 1', message: "the column 'start' is missing; the header row needs at least start and title" },
      { path: 'row 1', message: "the column 'title' is missing; the header row needs at least start and title" },
    ]);
    expect(csv('start,title', ',').errors).to.deep.equal([
      { path: '', message: 'the sheet has no events: every row below the header is empty' },
    ]);
  });

  it('makes ids from row numbers when the sheet has no id column, and reads circa', () => {
    const { timeline } = csv('Start,Title,Circa,Source Name', '1850,A,yes,Census', '1851,B,,Census');
    expect(timeline!.events.map((e) => [e.id, e.circa])).to.deep.equal([
      ['row-2', true],
      ['row-3', false],
    ]);
  });
});

describe('TimelineJS JSON', () => {
  it('is recognised and converted: precision from the fields present, numbers written as strings, eras and title', async () => {
    const { timeline, errors, warnings, format } = readEventsText(await fetchBody('/test/fixtures/timelinejs.json'));
    expect(errors).to.deep.equal([]);
    expect(format).to.equal('timelinejs');
    expect(timeline!.title).to.equal('Sessions and Kislyak');
    expect(timeline!.description).to.equal('Two meetings, one answer.');
    expect(timeline!.events.map((e) => [e.id, e.start.iso, e.start.precision, e.title])).to.deep.equal([
      ['heritage', '2016-07', 'month', 'Sessions talks with Kislyak after a Heritage Foundation event'],
      ['event-2', '2016-09-08', 'day', 'Sessions meets Kislyak in his Senate office'],
      ['event-3', '2017-02-13T22:00', 'time', 'Michael Flynn resigns'],
    ]);
    expect(timeline!.events[1].description).to.equal(
      'Less than 30 minutes. <a href="https://www.justice.gov/storage/report.pdf">Mueller report</a>',
    );
    expect(timeline!.events[1].media).to.deep.equal({
      url: 'https://upload.wikimedia.org/sessions.jpg',
      alt: undefined,
      caption: 'Sessions, <em>then a senator</em>',
      credit: 'Wikimedia',
    });
    expect(timeline!.eras.map((e) => [e.label, e.start.iso, e.end.iso])).to.deep.equal([
      ['2016 campaign', '2016-07', '2016-11-08'],
    ]);
    expect(warnings).to.deep.equal([
      { path: '', message: 'TimelineJS files name no sources: the events are shown without them' },
    ]);
  });

  it('says what is wrong in TimelineJS terms', () => {
    const { errors } = readEventsValue({
      events: [
        { start_date: { year: '20x6' }, text: { headline: 'A' } },
        { start_date: { year: 2016, month: 13 }, text: { headline: 'B' } },
        { start_date: { year: 2016, month: 2, day: 30 }, text: {} },
        { start_date: {}, text: { headline: 'D' }, media: { url: 'javascript:alert(1)' } },
        { start_date: { year: 2017 }, end_date: { year: 2016 }, text: { headline: 'E' }, unique_id: 'e' },
      ],
    });
    expect(errors).to.deep.equal([
      { path: 'events[0].start_date.year', message: "expected a year number like 2016 or -500; got '20x6'" },
      { path: 'events[1].start_date.month', message: "expected a month from 1 to 12; got '13'" },
      { path: 'events[3].start_date.year', message: "'year' is required" },
      {
        path: 'events[2].start_date',
        message: "'2016-02-30' is not a date in the calendar: February 2016 has 29 days",
      },
      { path: 'events[4].end_date', message: "the end '2016' is before the start '2017'" },
    ]);
  });

  it('takes negative and deep-time years as TimelineJS writes them', () => {
    const { timeline } = readEventsValue({
      events: [
        { start_date: { year: -13800000000 }, text: { headline: 'Big Bang' } },
        { start_date: { year: '-500' }, text: { headline: 'Five hundred and one BC' } },
      ],
    });
    expect(timeline!.scale).to.equal('years');
    expect(timeline!.events.map((e) => e.from)).to.deep.equal([-13800000000, -500]);
  });
});

describe('CSV from the TimelineJS template', () => {
  it('is recognised by its header row: title, era and events', async () => {
    const { timeline, errors, format } = readEventsText(await fetchBody('/test/fixtures/timelinejs-sheet.csv'), {
      name: 'sheet.csv',
    });
    expect(errors).to.deep.equal([]);
    expect(format).to.equal('timelinejs-csv');
    expect(timeline!.title).to.equal('Sessions and Kislyak');
    expect(timeline!.eras.map((e) => [e.label, e.start.iso, e.end.iso])).to.deep.equal([
      ['2016 campaign', '2016-07', '2016-11-08'],
    ]);
    expect(timeline!.events.map((e) => [e.start.iso, e.title, e.group])).to.deep.equal([
      ['2016-07', 'Sessions talks with Kislyak after a Heritage Foundation event', 'Jeff Sessions'],
      ['2016-09-08', 'Sessions meets Kislyak in his Senate office', 'Jeff Sessions'],
      ['2017-02-13T22:00', 'Michael Flynn resigns', 'Michael Flynn'],
    ]);
    expect(timeline!.events[1].media).to.deep.equal({
      url: 'https://upload.wikimedia.org/sessions.jpg',
      alt: undefined,
      caption: 'Sessions in 2017',
      credit: 'Wikimedia',
    });
  });

  it('names the row and the template column of each problem', () => {
    const { errors } = readEventsText(
      [
        'Year,Month,Day,Time,Headline,Text,Media,Type',
        '2016,13,,,A,,,',
        '2016,2,30,,B,,,',
        ',,,,C,,,',
        '2016,1,1,25:00,D,,,',
        '2016,1,1,,,,"data:text/html;base64,PHNjcmlwdD4=",',
      ].join('\n'),
      { contentType: 'text/csv' },
    );
    expect(errors).to.deep.equal([
      { path: 'row 5, column Time', message: "expected a time like 22:30 or 10:30 PM; got '25:00'" },
      { path: 'row 2, column Month', message: "expected a month from 1 to 12; got '13'" },
      { path: 'row 3, column Year', message: "'2016-02-30' is not a date in the calendar: February 2016 has 29 days" },
      { path: 'row 4, column Year', message: "'Year' is required" },
    ]);
  });
});

describe('readEventsText', () => {
  it("reads this format's JSON, says where JSON breaks, and names an empty file", () => {
    expect(
      readEventsText('{"version":1,"events":[{"id":"a","start":"2016","title":"A","sources":[{"name":"W"}]}]}').format,
    ).to.equal('events');
    expect(readEventsText('{"version": 1,', { name: 'x.json' }).errors[0].message).to.match(
      /^x\.json is not valid JSON at line 1, column 15/,
    );
    expect(readEventsText(' \n', { name: 'x.json' }).errors).to.deep.equal([{ path: '', message: 'x.json is empty' }]);
  });
});
