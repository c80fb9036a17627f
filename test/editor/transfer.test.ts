// The editor's way in and out (src/editor/transfer.ts): every form a producer brings, read into an
// events file the widget's validator accepts; events.json, CSV and the inline embed written out,
// and read back to the same events.
import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import {
  importPasted,
  importText,
  importUrl,
  inlineEmbed,
  toCsv,
  toJson,
  type Imported,
} from '../../src/editor/transfer.js';
import type { EventTimeline } from '../../src/index.js';
import { FIELDS } from '../../src/model/events-file.js';
import type { EventEntry, TimelineFile } from '../../src/model/types.js';
import { readEvents } from '../../src/parse/read-events.js';
import { fetchBody, loadFrame, loadStory, plain, STORY_URL, until, widgetIn } from '../helpers/index.js';

/** The import's file as the widget reads it: it must be accepted with no error. */
function validated(imported: Imported) {
  expect(imported.file, 'a file').to.not.equal(null);
  const result = readEvents({ value: imported.file });
  expect(result.errors).to.deep.equal([]);
  return result.timeline!;
}

/** An event of a validated timeline by its title. */
const titled = (timeline: ReturnType<typeof validated>, title: string) =>
  timeline.events.find((e) => e.title === title)!;

/** Cells as Google Sheets puts them on the clipboard: tabs between cells, a cell with a line break or tab in quotes. */
const clipboard = (rows: string[][]) =>
  rows.map((cells) => cells.map((c) => (/[\t\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\n');

describe('importText: the files a producer opens or drops', () => {
  it("passes this format's JSON (the story) through as it is, events in their order", async () => {
    const text = await fetchBody(STORY_URL);
    const imported = importText(text, 'events.json', 'application/json');
    expect(imported.format).to.equal('events');
    expect(imported.errors).to.deep.equal([]);
    expect(imported.warnings).to.deep.equal([]);
    expect(imported.file).to.deep.equal(JSON.parse(text));
    const timeline = validated(imported);
    expect(imported.file!.events.map((e) => e.id)).to.deep.equal((await loadStory()).events.map((e) => e.id));
    expect(timeline.events).to.have.length(8);
    const meeting = titled(timeline, 'Sessions meets Kislyak in his Senate office');
    expect([meeting.start.iso, meeting.start.precision]).to.deep.equal(['2016-09-08', 'day']);
    expect([meeting.sources[1].name, meeting.sources[1].url]).to.deep.equal([
      'Mueller report',
      'https://www.justice.gov/storage/report.pdf',
    ]);
  });

  it('reads our CSV (test/fixtures/story.csv): rows as events, groups from the group column', async () => {
    const imported = importText(await fetchBody('/test/fixtures/story.csv'), 'story.csv', 'text/csv');
    expect(imported.format).to.equal('csv');
    expect([imported.errors, imported.warnings]).to.deep.equal([[], []]);
    const timeline = validated(imported);
    expect(timeline.events).to.have.length(4); // the blank row between them is no event
    const heritage = titled(timeline, 'Sessions talks with Kislyak after a Heritage Foundation event');
    expect([heritage.start.iso, heritage.start.precision]).to.deep.equal(['2016-07', 'month']);
    expect(heritage.sources.map((s) => s.name)).to.deep.equal(['The Washington Post', 'Mueller report']);
    expect(imported.file!.groups).to.deep.equal([
      { id: 'Jeff Sessions', label: 'Jeff Sessions' },
      { id: 'Reporting', label: 'Reporting' },
    ]);
  });

  it('converts TimelineJS JSON, keeping its title slide, eras and groups, and says that it names no sources', async () => {
    const imported = importText(await fetchBody('/test/fixtures/timelinejs.json'), 'timeline.json');
    expect(imported.format).to.equal('timelinejs');
    expect(imported.errors).to.deep.equal([]);
    expect(imported.warnings).to.deep.equal([
      { path: '', message: 'TimelineJS files name no sources: the events are shown without them' },
    ]);
    const file = imported.file!;
    expect([file.version, file.title, file.description]).to.deep.equal([
      1,
      'Sessions and Kislyak',
      'Two meetings, one answer.',
    ]);
    expect(file.eras).to.deep.equal([{ id: 'era-1', start: '2016-07', end: '2016-11-08', label: '2016 campaign' }]);
    expect(file.groups).to.deep.equal([{ id: 'Jeff Sessions', label: 'Jeff Sessions' }]);
    const timeline = validated(imported);
    expect(timeline.events).to.have.length(3);
    const flynn = titled(timeline, 'Michael Flynn resigns');
    expect([flynn.start.iso, flynn.start.precision]).to.deep.equal(['2017-02-13T22:00', 'time']);
    expect(flynn.sources).to.deep.equal([]);
    // The headline's markup becomes text, the slide's display date is kept.
    const meeting = titled(timeline, 'Sessions meets Kislyak in his Senate office');
    expect([meeting.start.iso, meeting.displayDate]).to.deep.equal(['2016-09-08', 'September 8']);
  });

  it('converts a TimelineJS sheet downloaded as CSV: the title row, the era row, a 10:00 PM time', async () => {
    const imported = importText(await fetchBody('/test/fixtures/timelinejs-sheet.csv'), 'Timeline - Sheet1.csv');
    expect(imported.format).to.equal('timelinejs-csv');
    expect(imported.errors).to.deep.equal([]);
    const file = imported.file!;
    expect([file.title, file.eras?.map((e) => e.label)]).to.deep.equal(['Sessions and Kislyak', ['2016 campaign']]);
    expect(file.groups!.map((g) => g.id)).to.deep.equal(['Jeff Sessions', 'Michael Flynn']);
    const timeline = validated(imported);
    expect(timeline.events).to.have.length(3);
    const flynn = titled(timeline, 'Michael Flynn resigns');
    expect([flynn.start.iso, flynn.start.precision, flynn.group]).to.deep.equal([
      '2017-02-13T22:00',
      'time',
      'Michael Flynn',
    ]);
    const meeting = titled(timeline, 'Sessions meets Kislyak in his Senate office');
    expect(imported.file!.events[1].media).to.deep.equal({
      url: 'https://upload.wikimedia.org/sessions.jpg',
      caption: 'Sessions in 2017',
      credit: 'Wikimedia',
    });
    expect(meeting.media?.url).to.equal('https://upload.wikimedia.org/sessions.jpg');
  });

  it('reads a file of tab-separated cells (a sheet saved as text) by its tabs', () => {
    const text = 'start\ttitle\tsource_name\n2016-07\tHeritage\tThe Washington Post\n';
    const imported = importText(text, 'export.txt', 'text/plain');
    expect(imported.format).to.equal('tsv');
    expect(validated(imported).events.map((e) => [e.title, e.sources[0].name])).to.deep.equal([
      ['Heritage', 'The Washington Post'],
    ]);
  });

  it("says what a conversion cannot carry over, in the input's terms", () => {
    const csv = importText('id,start,title,titel,source_name\na,2016,A,x,Wire', 'sheet.csv');
    expect(csv.warnings).to.deep.equal([
      { path: 'row 1, column titel', message: "unknown column 'titel'; did you mean 'title'?" },
    ]);
    const sheet = importText('Year,Headline,Notes\n2016,A,ask the desk', 'sheet.csv');
    expect(sheet.format).to.equal('timelinejs-csv');
    expect(sheet.warnings[0]).to.deep.equal({
      path: 'row 1',
      message: "columns not in TimelineJS's template are left out: 'Notes'",
    });
    const slides = {
      events: [{ start_date: { year: 2016 }, text: { headline: 'A' }, background: { color: '#336699' } }],
    };
    expect(importText(JSON.stringify(slides), 'timeline.json').warnings.map((w) => w.path)).to.include(
      'events[0].background.color',
    );
  });

  it("keeps a conversion's partial file with its errors, for the producer to fix in the editor", () => {
    const imported = importText('id,start,title\na,09/08/2016,A\nb,2016,B', 'sheet.csv');
    // A date the validator refuses is not the conversion's: the editor's validator shows it.
    expect([imported.errors, imported.file!.events.map((e) => e.start)]).to.deep.equal([[], ['09/08/2016', '2016']]);
    const broken = importText('Year,Month,Time,Headline\n2016,1,25:00,A\n2017,,,B', 'sheet.csv');
    expect(broken.errors).to.deep.equal([
      { path: 'row 2, column Time', message: "expected a time like 22:30 or 10:30 PM; got '25:00'" },
    ]);
    expect(broken.file!.events.map((e) => e.title)).to.deep.equal(['A', 'B']);
  });

  it('gives an error, not a throw, for what cannot be read: the message is the validator’s', () => {
    const cases: Array<[string, string]> = [
      ['{ "version": 1, "events": [ }', 'broken.json'],
      ['', 'empty.json'],
      ['  \n', 'blank.csv'],
      ['[1, 2]', 'list.json'],
      ['{ "version": 2, "events": [] }', 'future.json'],
      ['{ "version": 1, "title": "No events" }', 'no-events.json'],
      ['id,date,headline\na,2016,A', 'wrong.csv'],
    ];
    for (const [text, name] of cases) {
      const imported = importText(text, name);
      expect(imported.file, name).to.equal(null);
      expect(imported.errors, name).to.have.length.greaterThan(0);
      // The reader the widget and the command line use says the same first.
      expect(imported.errors[0], name).to.deep.equal(readEvents({ text, name }).errors[0]);
    }
    expect(importText('', 'empty.json').errors).to.deep.equal([{ path: '', message: 'empty.json is empty' }]);
    expect(importText('{ "version": 1, "events": [ }', 'broken.json').errors[0].message).to.match(
      /^broken\.json is not valid JSON at line 1, column 29/,
    );
  });

  it('reads a file without a version as version 1, and says so', () => {
    const imported = importText('{ "events": [{ "id": "a", "start": "2016", "title": "A" }] }', 'old.json');
    expect(imported.errors).to.deep.equal([]);
    expect(imported.warnings.map((w) => w.path)).to.deep.equal(['version']);
    expect(imported.file).to.deep.equal({ version: 1, events: [{ id: 'a', start: '2016', title: 'A' }] });
  });
});

describe('importPasted: cells copied from a spreadsheet', () => {
  it("reads TimelineJS's template columns as Google Sheets copies them, a cell with a line break in quotes", async () => {
    const rows = csvParseRows(await fetchBody('/test/fixtures/timelinejs-sheet.csv'));
    const text = rows[3].indexOf('<p>In the week of the <b>Republican National Convention</b>.</p>');
    expect(text).to.be.greaterThan(0);
    rows[3][text] = '<p>In the week of the "RNC".</p>\n<p>In Cleveland.</p>';
    const pasted = clipboard(rows);
    expect(pasted).to.include('\t"<p>In the week of the ""RNC"".</p>\n<p>In Cleveland.</p>"\t');
    const imported = importPasted(pasted);
    expect(imported.format).to.equal('timelinejs-tsv');
    expect(imported.errors).to.deep.equal([]);
    expect(imported.file!.title).to.equal('Sessions and Kislyak');
    const timeline = validated(imported);
    expect(timeline.events).to.have.length(3);
    const heritage = titled(timeline, 'Sessions talks with Kislyak after a Heritage Foundation event');
    expect([heritage.start.iso, heritage.start.precision, heritage.description]).to.deep.equal([
      '2016-07',
      'month',
      '<p>In the week of the "RNC".</p>\n<p>In Cleveland.</p>',
    ]);
    // The same block as Excel copies it, each row ending in CR LF, the last one too, and blank rows below.
    const excel = importPasted(rows.map((cells) => clipboard([cells])).join('\r\n') + '\r\n\t\t\r\n');
    expect(excel.file).to.deep.equal(imported.file);
  });

  it('reads our columns, with an unknown one said as a warning', () => {
    const pasted = clipboard([
      ['id', 'start', 'end', 'title', 'Source Name', 'source_url', 'checked'],
      ['hearing', '2017-01-10', '', 'Confirmation hearing', 'congress.gov', 'https://www.congress.gov/', 'yes'],
      ['recusal', '2017-03-02', '2017-03-03', 'Sessions recuses himself', 'RFE/RL', '', ''],
    ]);
    const imported = importPasted(pasted);
    expect(imported.format).to.equal('tsv');
    expect(imported.warnings).to.deep.equal([{ path: 'row 1, column checked', message: "unknown column 'checked'" }]);
    const timeline = validated(imported);
    expect(timeline.events.map((e) => [e.id, e.start.iso, e.end?.iso, e.sources[0].name])).to.deep.equal([
      ['hearing', '2017-01-10', undefined, 'congress.gov'],
      ['recusal', '2017-03-02', '2017-03-03', 'RFE/RL'],
    ]);
  });

  it('keeps a cell that starts with a quote as written: a spreadsheet quotes only cells with a line break or tab', () => {
    const pasted = [
      'start\ttitle\tsource_name',
      '2017-01-10\t"I did not have communications" with the Russians\tTIME',
    ].join('\n');
    const imported = importPasted(pasted);
    expect(imported.warnings).to.deep.equal([]);
    expect(imported.file!.events.map((e) => [e.title, e.sources?.[0].name])).to.deep.equal([
      ['"I did not have communications" with the Russians', 'TIME'],
    ]);
  });

  it('reads pasted text without a tab on its first line as a file: JSON or CSV', async () => {
    const json = importPasted(await fetchBody(STORY_URL));
    expect([json.format, json.file!.events.length]).to.deep.equal(['events', 8]);
    const csv = importPasted(await fetchBody('/test/fixtures/story.csv'));
    expect([csv.format, csv.file!.events.length]).to.deep.equal(['csv', 4]);
    expect(importPasted('just some words').errors[0].message).to.match(/^the pasted text is not valid JSON/);
  });
});

describe('importUrl', () => {
  /** A fetcher that answers every request with this response, and records what it was asked. */
  const answering = (response: Response | Error, asked: string[] = []) =>
    (async (input: RequestInfo | URL) => {
      asked.push(String(input));
      if (response instanceof Error) throw response;
      return response;
    }) as typeof fetch;

  it('imports the file at the address, by the type it comes with; relative addresses stay as written', async () => {
    const url = 'https://example.org/data/published?output=sheet';
    const asked: string[] = [];
    const csv = 'id,start,title,source_name,media_url\na,2016-07,A,Wire,img/a.jpg';
    const imported = await importUrl(
      url,
      answering(new Response(csv, { headers: { 'content-type': 'text/csv' } }), asked),
    );
    expect(asked).to.deep.equal([url]);
    expect([imported.format, imported.errors]).to.deep.equal(['csv', []]);
    expect(imported.file!.events[0].media).to.deep.equal({ url: 'img/a.jpg' });
    // Its messages name it by its address.
    const broken = await importUrl(
      url,
      answering(new Response('{ "version": 1,', { headers: { 'content-type': 'application/json' } })),
    );
    expect(broken.errors[0].message).to.match(
      /^https:\/\/example\.org\/data\/published\?output=sheet is not valid JSON/,
    );
  });

  it('says an HTTP error, a failed request and a web page as errors, and throws none', async () => {
    const url = 'https://example.org/events.json';
    const missing = await importUrl(url, answering(new Response('Not here', { status: 404, statusText: 'Not Found' })));
    expect(missing).to.deep.equal({
      file: null,
      warnings: [],
      errors: [{ path: '', message: 'could not load https://example.org/events.json: HTTP 404 Not Found' }],
    });
    const offline = await importUrl(url, answering(new TypeError('Failed to fetch')));
    expect([offline.file, offline.errors]).to.deep.equal([
      null,
      [
        {
          path: '',
          message:
            'could not load https://example.org/events.json: the network request failed (TypeError: Failed to fetch)',
        },
      ],
    ]);
    const page = await importUrl(
      url,
      answering(new Response('<!doctype html><p>Sign in', { headers: { 'content-type': 'text/html' } })),
    );
    expect(page.errors[0].message).to.equal(
      'could not load https://example.org/events.json: expected a JSON or CSV file, but the server sent text/html (a web page: is the address right?)',
    );
  });

  it('says a request that timed out, and takes the charset the server declares', async () => {
    const url = 'https://example.org/events.json';
    const slow = await importUrl(url, answering(new DOMException('signal timed out', 'TimeoutError')));
    expect(slow.errors).to.deep.equal([{ path: '', message: `could not load ${url}: no answer within 10 seconds` }]);
    // "Café in München – 5 €" in windows-1252, declared so, then declared as UTF-8, which it is not.
    const declared = await importUrl('/test/faults/charset/windows-1252');
    expect([declared.warnings, declared.file!.events[0].title]).to.deep.equal([[], 'Café in München – 5 €']);
    const wrong = await importUrl('/test/faults/charset/windows-1252-as-utf-8');
    expect(wrong.warnings.map((w) => w.path)).to.deep.equal(['line 2']);
  });

  it("fetches with the browser's own fetch when given none (the test server's sheet, as text/csv)", async () => {
    const imported = await importUrl('/test/faults/csv');
    expect([imported.format, imported.errors, imported.file!.events.length]).to.deep.equal(['csv', [], 4]);
    const failed = await importUrl('/test/faults/status/500');
    expect(failed.errors[0].message).to.match(/^could not load \/test\/faults\/status\/500: HTTP 500/);
  });
});

describe('toJson', () => {
  it('writes the story so that it reads back as the same file', async () => {
    const story = await loadStory();
    const text = toJson(story);
    expect(JSON.parse(text)).to.deep.equal(story);
    expect(text.endsWith('}\n')).to.equal(true);
    // Not the same text as the repository's events.json: that file is laid out by Prettier (short
    // objects such as a group on one line, at a width of 120) and its events put importance before
    // start; toJson writes one field a line, in the schema's order. So only the value is compared.
    const parsed = JSON.parse(text) as TimelineFile;
    expect(Object.keys(parsed)).to.deep.equal([
      '$schema',
      'version',
      'title',
      'description',
      'timeZone',
      'groups',
      'eras',
      'events',
    ]);
    const order = FIELDS.EventEntry as readonly string[];
    for (const event of parsed.events) {
      const keys = Object.keys(event);
      expect(keys, event.id).to.deep.equal([...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
  });

  it('puts $schema and version first, orders every object as the schema does, and leaves out what is empty', () => {
    const draft = {
      events: [
        {
          title: 'A',
          place: '',
          start: '2016',
          id: 'a',
          circa: false,
          sources: [{ url: 'https://example.com/', name: 'Wire', date: '' }],
          media: { caption: '', url: 'img/a.jpg' },
          note: undefined,
        },
        { id: 'b', start: '2017', title: 'B', sources: [], media: { url: '' } },
      ],
      title: 'T',
      description: '',
      groups: [],
      version: 1,
      checked: 'yes',
    } as unknown as TimelineFile;
    expect(toJson(draft)).to.equal(`{
  "$schema": "./events.schema.json",
  "version": 1,
  "title": "T",
  "events": [
    {
      "id": "a",
      "start": "2016",
      "circa": false,
      "title": "A",
      "sources": [
        {
          "name": "Wire",
          "url": "https://example.com/"
        }
      ],
      "media": {
        "url": "img/a.jpg"
      }
    },
    {
      "id": "b",
      "start": "2017",
      "title": "B"
    }
  ],
  "checked": "yes"
}
`);
    // A file without events still says so; one that names its schema elsewhere keeps that address.
    const bare = {
      $schema: 'https://unpkg.com/event-timeline/events.schema.json',
      version: 1,
      events: [],
    } as TimelineFile;
    expect(JSON.parse(toJson(bare))).to.deep.equal(bare);
  });
});

describe('toCsv', () => {
  it('writes the story as a sheet that reads back as the same events', async () => {
    const story = await loadStory();
    const csv = toCsv(story);
    expect(csv.split('\n')[0]).to.equal(
      'id,start,title,description,group,place,note,source_name,source_url,source_date,source_name_2,source_url_2,' +
        'source_date_2,source_name_3,source_date_3,importance,time_zone',
    );
    const imported = importText(csv, 'x.csv');
    expect([imported.format, imported.errors, imported.warnings]).to.deep.equal(['csv', [], []]);
    // A sheet has no place for the file's time zone: each row carries it, so the same events come
    // back each with the zone the file gave them all.
    expect(imported.file!.events).to.deep.equal(story.events.map((e) => ({ ...e, timeZone: 'America/New_York' })));
    // What a sheet cannot hold: the file's title, description and eras, and the groups' labels
    // (the group column holds the id, which is all convertCsv reads, as both id and label).
    expect(Object.keys(imported.file!).sort()).to.deep.equal(['events', 'groups', 'version']);
    expect(imported.file!.groups).to.deep.equal([
      { id: 'sessions', label: 'sessions' },
      { id: 'flynn', label: 'flynn' },
      { id: 'press', label: 'press' },
    ]);
    expect(readEvents({ text: csv, name: 'x.csv' }).errors).to.deep.equal([]);
  });

  it('writes every column convertCsv reads, in its order, and reads back every field a sheet holds', () => {
    const everything: EventEntry = {
      id: 'a',
      start: '2016-09-08T22:00',
      end: '2016-09-09',
      circa: true,
      importance: 3,
      displayDate: 'Late on September 8',
      title: 'A, "quoted", title',
      description: '<p>One</p>\n<p>Two, with a comma</p>',
      group: 'g',
      place: 'Here',
      note: 'A note',
      timeZone: 'Europe/Moscow',
      lang: 'ru',
      sources: [{ name: 'One', url: 'https://one.example/', date: '2016-09-09' }, { name: 'Two' }],
      media: {
        url: 'https://example.com/a.jpg',
        alt: 'Alt',
        caption: 'Caption',
        credit: 'Credit',
        link: 'https://example.com/',
        thumbnail: 'https://example.com/t.jpg',
      },
    };
    const other: EventEntry = {
      id: 'b',
      start: -500,
      title: 'B',
      circa: false,
      sources: [{ name: 'Three', date: '2016' }],
    };
    const file: TimelineFile = {
      version: 1,
      lang: 'de',
      groups: [{ id: 'g', label: 'G' }],
      events: [everything, other],
    };
    const csv = toCsv(file);
    expect(csv.split('\n')[0]).to.equal(
      'id,start,end,title,description,group,place,note,source_name,source_url,source_date,source_name_2,' +
        'media_url,media_alt,media_caption,media_credit,media_link,media_thumbnail,circa,display_date,importance,time_zone,lang',
    );
    const imported = importText(csv, 'x.csv');
    // No column is unknown to convertCsv: the order above is its COLUMNS order, kept by hand.
    expect([imported.errors, imported.warnings]).to.deep.equal([[], []]);
    // A number in a cell is text to a sheet: the year -500 comes back as "-500", which the
    // validator reads as the same year; the file's language comes back on the row that had none.
    expect(imported.file!.events).to.deep.equal([everything, { ...other, start: '-500', lang: 'de' }]);
    expect(readEvents({ value: imported.file }).timeline!.events.map((e) => e.start.iso)).to.deep.equal(
      readEvents({ value: file }).timeline!.events.map((e) => e.start.iso),
    );
  });

  it('writes the columns a sheet needs even for a file without events', () => {
    expect(toCsv({ version: 1, events: [] })).to.equal('start,title\n');
  });
});

describe('inlineEmbed', () => {
  const hostile = '</script><script>parent.injected = true; alert(1)</script>';
  const file: TimelineFile = {
    version: 1,
    title: `Sessions ${hostile}`,
    events: [
      { id: 'one', start: '2016-07', title: `Talks ${hostile}`, sources: [{ name: 'Wire' }] },
      { id: 'two', start: '2017-03-02', title: 'Recusal\u2028<!-- and after', sources: [{ name: 'Wire' }] },
    ],
  };

  it('writes the script, then the element with its attributes escaped and the data as its JSON child', () => {
    const snippet = inlineEmbed(file, {
      scriptUrl: 'https://cdn.example/event-timeline.min.js?v="1"',
      id: 'a"b',
      locale: 'de-CH',
      theme: 'dark',
    });
    const [script, element] = snippet.split('\n');
    expect(script).to.equal('<script src="https://cdn.example/event-timeline.min.js?v=&quot;1&quot;" defer></script>');
    expect(element).to.equal('<event-timeline id="a&quot;b" locale="de-CH" theme="dark" link-selection>');
    expect(snippet.endsWith('</script>\n</event-timeline>')).to.equal(true);
    const open = '<script type="application/json">\n';
    const json = snippet.slice(snippet.indexOf(open) + open.length, snippet.lastIndexOf('\n</script>'));
    expect(json).to.not.match(/[<\u2028\u2029]/);
    expect(json).to.include('\\u003c/script>').and.include('\\u2028');
    expect(json.split('\n')[1]).to.equal('  "version": 1,'); // indented, for a producer to read
    expect(JSON.parse(json)).to.deep.equal(file);
    expect(inlineEmbed(file, { scriptUrl: '/s.js', id: 'x' }).split('\n')[1]).to.equal(
      '<event-timeline id="x" link-selection>',
    );
  });

  it('shows its events in a page of its own with the built single file, and no script in the data runs', async () => {
    const parent = window as unknown as { injected?: boolean };
    delete parent.injected;
    const snippet = inlineEmbed(file, {
      scriptUrl: new URL('/dist/event-timeline.min.js', location.href).href,
      id: 'story',
    });
    const frame = await loadFrame((f) => (f.src = 'about:blank'));
    const doc = frame.contentDocument!;
    doc.open();
    // After open(): opening a document removes the listeners on it.
    const outcome = new Promise<Event>((resolve) => {
      for (const type of ['timeline-ready', 'timeline-error'])
        doc.addEventListener(type, resolve, { capture: true, once: true });
    });
    doc.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet}</body></html>`);
    doc.close();
    const { type, detail } = (await outcome) as CustomEvent;
    expect(parent.injected).to.equal(undefined);
    expect(type, JSON.stringify(detail)).to.equal('timeline-ready');
    const el = widgetIn(frame) as EventTimeline;
    await until(() => el.shadowRoot!.querySelectorAll('[part="label"][data-event-id]').length === 2, 'both labels');
    const titles = [...el.shadowRoot!.querySelectorAll('[part="label"][data-event-id] .title')].map((t) =>
      plain(t.textContent),
    );
    expect(titles).to.deep.equal(file.events.map((e) => plain(e.title)));
    // Character for character, the line separator too.
    expect([el.timeline!.title, ...el.timeline!.events.map((e) => e.title)]).to.deep.equal([
      file.title,
      ...file.events.map((e) => e.title),
    ]);
    expect(doc.querySelectorAll('script')).to.have.length(2); // the single file and the data: no third
    frame.remove();
  });
});
