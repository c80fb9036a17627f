import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { loadStory } from '../helpers/index.js';

const event = (fields: Record<string, unknown>) => ({
  id: 'a',
  start: '2016-09-08',
  title: 'A',
  sources: [{ name: 'Wire' }],
  ...fields,
});
const file = (...events: unknown[]) => ({ version: 1, events });

describe('parseTimeline', () => {
  it('accepts the story file with no error and no warning', async () => {
    const result = parseTimeline(await loadStory());
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.timeline!.events).to.have.length(8);
  });

  it('holds the facts of the story: dates, precision and sources as checked', async () => {
    const { events } = parseTimeline(await loadStory()).timeline!;
    const facts = events.map((e) => [e.id, e.start.iso, e.start.precision]);
    expect(facts).to.deep.equal([
      ['heritage-foundation-encounter', '2016-07', 'month'],
      ['senate-office-meeting', '2016-09-08', 'day'],
      ['leahy-written-answer', '2017-01', 'month'],
      ['confirmation-hearing', '2017-01-10', 'day'],
      ['senate-confirms-sessions', '2017-02-08', 'day'],
      ['flynn-resigns', '2017-02-13', 'day'],
      ['washington-post-report', '2017-03-01', 'day'],
      ['sessions-recuses', '2017-03-02', 'day'],
    ]);
    for (const e of events) expect(e.sources.length, e.id).to.be.greaterThan(0);
  });

  it('orders events in time; a month starts before the days in it, and ties keep the file order', () => {
    const { timeline } = parseTimeline(
      file(
        event({ id: 'late', start: '2017-03-02' }),
        event({ id: 'day', start: '2017-01-10' }),
        event({ id: 'month', start: '2017-01' }),
        event({ id: 'same', start: '2017-03-02' }),
      ),
    );
    expect(timeline!.events.map((e) => e.id)).to.deep.equal(['month', 'day', 'late', 'same']);
  });

  it('names the path of an invalid date and what it expected', () => {
    const { timeline, errors } = parseTimeline(
      file(event({ id: 'a' }), event({ id: 'b' }), event({ id: 'c', start: '09/08/2016' })),
    );
    expect(timeline).to.equal(null);
    expect(errors).to.deep.equal([
      {
        path: 'events[2].start',
        message: "expected a date like 2016-09-08, 2016-09 or 2016, or a time like 2017-02-13T22:00; got '09/08/2016'",
      },
    ]);
  });

  it('reports every problem of a file at once', () => {
    const { errors, warnings } = parseTimeline({
      version: 2,
      timeZone: 'Mars/Olympus',
      events: [
        { start: '2016-09-08' },
        event({ id: 'x', end: '2016-09-01' }),
        event({ id: 'x', group: 'nobody' }),
        event({ id: 'y', sources: [{ name: 'Bad', url: 'javascript:alert(1)' }] }),
      ],
    });
    expect(errors.map((e) => e.path)).to.deep.equal(['version', 'timeZone', 'events[1].end', 'events[2].id']);
    // What a reader can do without (an id, a title, a group, an unsafe address) is a warning, said
    // with the errors, not in place of them.
    expect(warnings.map((w) => w.path)).to.include.members([
      'events[0].id',
      'events[0].title',
      'events[2].group',
      'events[3].sources[0].url',
    ]);
    expect(errors[3].message).to.equal("the id 'x' is already used by events[1]");
    expect(errors[2].message).to.equal("the end '2016-09-01' is before the start '2016-09-08'");
  });

  it('refuses what is not an events file', () => {
    expect(parseTimeline([]).errors[0].message).to.match(/^expected an object/);
    expect(parseTimeline({ version: 1 }).errors).to.deep.equal([
      { path: 'events', message: "expected a list of events [ … ]; got 'undefined'" },
    ]);
    expect(parseTimeline(file()).errors).to.deep.equal([{ path: 'events', message: 'the file has no events' }]);
  });

  it('warns, without failing, about an event that names no source', () => {
    const { timeline, warnings } = parseTimeline(file({ id: 'a', start: '2016', title: 'A' }));
    expect(timeline!.events).to.have.length(1);
    expect(warnings).to.deep.equal([{ path: 'events[0].sources', message: 'the event names no source' }]);
  });

  it('reads a time in the event zone, else the file zone', () => {
    const { timeline } = parseTimeline({
      version: 1,
      timeZone: 'America/New_York',
      events: [
        event({ id: 'ny', start: '2017-02-13T22:00' }),
        event({ id: 'tokyo', start: '2017-02-13T22:00', timeZone: 'Asia/Tokyo' }),
      ],
    });
    const [ny, tokyo] = timeline!.events.map((e) => e.start.start);
    expect(ny.zoneName).to.equal('America/New_York');
    expect(tokyo.zoneName).to.equal('Asia/Tokyo');
  });
});

describe('parseTimeline: the issue-3 rules', () => {
  it('reads the eras of the story, in order, on the same axis as the events', async () => {
    const { eras } = parseTimeline(await loadStory()).timeline!;
    expect(eras.map((e) => [e.id, e.label, e.start.iso, e.end.iso])).to.deep.equal([
      ['campaign-2016', '2016 campaign', '2016-07', '2016-11-08'],
      ['transition', 'Transition', '2016-11-09', '2017-01-19'],
      ['trump-administration', 'Trump administration', '2017-01-20', '2017-03'],
    ]);
    expect(eras[0].from).to.equal(Date.UTC(2016, 6, 1));
    expect(eras[0].to).to.equal(Date.UTC(2016, 10, 9));
    expect(eras[2].to).to.equal(Date.UTC(2017, 3, 1));
  });

  it('checks eras like events: ids, labels, dates and order', () => {
    const { errors } = parseTimeline({
      ...file(event({})),
      eras: [
        { id: 'a', start: '2016', end: '2015', label: 'A' },
        { id: 'a', start: '2016-02-30', end: '2017' },
      ],
    });
    expect(errors).to.deep.equal([
      { path: 'eras[0].end', message: "the end '2015' is before the start '2016'" },
      { path: 'eras[1].id', message: "the id 'a' is already used by eras[0]" },
      { path: 'eras[1].start', message: "'2016-02-30' is not a date in the calendar: February 2016 has 29 days" },
      { path: 'eras[1].label', message: "'label' is required" },
    ]);
  });

  it('keeps circa, false when absent, and refuses what is not true or false', () => {
    const { timeline } = parseTimeline(file(event({ id: 'a', circa: true }), event({ id: 'b' })));
    expect(timeline!.events.map((e) => e.circa)).to.deep.equal([true, false]);
    expect(parseTimeline(file(event({ circa: 'yes' }))).errors).to.deep.equal([
      { path: 'events[0].circa', message: "expected true or false; got 'yes'" },
    ]);
  });

  it('warns about unknown fields, naming the closest known one', () => {
    const { timeline, warnings } = parseTimeline({
      ...file(
        event({
          titel: 'x',
          sources: [{ name: 'Wire', link: 'https://example.com' }],
          media: { url: 'https://example.com/a.jpg', captoin: 'c' },
        }),
      ),
      tilte: 'T',
      colour: 'red',
    });
    expect(timeline).not.to.equal(null);
    expect(warnings).to.deep.equal([
      { path: 'tilte', message: "unknown field 'tilte'; did you mean 'title'?" },
      {
        path: 'colour',
        message:
          "unknown field 'colour'; the fields of the file are $schema, version, title, description, timeZone, lang, groups, eras, events",
      },
      { path: 'events[0].titel', message: "unknown field 'titel'; did you mean 'title'?" },
      {
        path: 'events[0].sources[0].link',
        message: "unknown field 'link'; the fields of a source are name, url, date",
      },
      { path: 'events[0].media.captoin', message: "unknown field 'captoin'; did you mean 'caption'?" },
    ]);
  });

  it('accepts $schema, reads a missing version as 1 with a warning, and refuses an unsupported one', () => {
    expect(parseTimeline({ $schema: './events.schema.json', ...file(event({})) }).warnings).to.deep.equal([]);
    expect(parseTimeline({ events: [event({})] }).warnings).to.deep.equal([
      { path: 'version', message: 'no version: read as version 1; write "version": 1' },
    ]);
    expect(parseTimeline({ ...file(event({})), version: '1' }).errors).to.deep.equal([
      { path: 'version', message: "expected 1 (the only format version so far); got '1'" },
    ]);
  });

  it('names the group meant when an event names an unknown one, and shows the event without a group', () => {
    const { errors, warnings } = parseTimeline({
      ...file(event({ group: 'sesions' }), event({ id: 'b', group: 'nobody' })),
      groups: [{ id: 'sessions', label: 'Sessions' }],
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      {
        path: 'events[0].group',
        message: "no group has the id 'sesions'; did you mean 'sessions'? The event is shown without a group",
      },
      {
        path: 'events[1].group',
        message: 'no group has the id \'nobody\'; add it to "groups". The event is shown without a group',
      },
    ]);
  });

  it('refuses an unknown IANA zone on an event; leaves out unsafe or malformed addresses with a warning and their paths', () => {
    const { errors, warnings } = parseTimeline(
      file(
        event({ timeZone: 'Europe/Bonn' }),
        event({
          id: 'b',
          media: { url: 'data:image/svg+xml,<svg onload=alert(1)>' },
          sources: [
            { name: 'x', url: ' javascript:alert(1)' },
            { name: 'y', url: 'https://' },
          ],
        }),
      ),
    );
    expect(errors).to.deep.equal([
      { path: 'events[0].timeZone', message: "expected an IANA time zone such as America/New_York; got 'Europe/Bonn'" },
    ]);
    expect(warnings).to.deep.equal([
      {
        path: 'events[1].sources[0].url',
        message:
          "expected a web address (https:, http: or mailto:); got 'javascript:alert(1)': the source is kept without it",
      },
      {
        path: 'events[1].sources[1].url',
        message: "expected a web address (https:, http: or mailto:); got 'https://': the source is kept without it",
      },
      {
        path: 'events[1].media.url',
        message:
          "expected a web address (https:); got 'data:image/svg+xml,<svg onload=alert(1)>': the media is left out",
      },
    ]);
  });

  it('shortens a long value it quotes', () => {
    const { errors } = parseTimeline(file(event({ start: 'x'.repeat(500) })));
    expect(errors[0].message).to.equal(
      `expected a date like 2016-09-08, 2016-09 or 2016, or a time like 2017-02-13T22:00; got '${'x'.repeat(39)}…'`,
    );
  });
});
