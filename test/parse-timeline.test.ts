import { expect } from '@open-wc/testing';
import { parseTimeline } from '../src/data/parse-timeline.js';
import { loadStory } from './helpers.js';

const event = (fields: Record<string, unknown>) => ({ id: 'a', start: '2016-09-08', title: 'A', sources: [{ name: 'Wire' }], ...fields });
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
      file(event({ id: 'late', start: '2017-03-02' }), event({ id: 'day', start: '2017-01-10' }), event({ id: 'month', start: '2017-01' }), event({ id: 'same', start: '2017-03-02' })),
    );
    expect(timeline!.events.map((e) => e.id)).to.deep.equal(['month', 'day', 'late', 'same']);
  });

  it('names the path of an invalid date and what it expected', () => {
    const { timeline, errors } = parseTimeline(file(event({ id: 'a' }), event({ id: 'b' }), event({ id: 'c', start: '09/08/2016' })));
    expect(timeline).to.equal(null);
    expect(errors).to.deep.equal([
      { path: 'events[2].start', message: "expected a date like 2016-09-08, 2016-09 or 2016, or a time like 2017-02-13T22:00; got '09/08/2016'" },
    ]);
  });

  it('reports every problem of a file at once', () => {
    const { errors } = parseTimeline({
      version: 2,
      timeZone: 'Mars/Olympus',
      events: [
        { start: '2016-09-08' },
        event({ id: 'x', end: '2016-09-01' }),
        event({ id: 'x', group: 'nobody' }),
        event({ id: 'y', sources: [{ name: 'Bad', url: 'javascript:alert(1)' }] }),
      ],
    });
    expect(errors.map((e) => e.path)).to.deep.equal([
      'version',
      'timeZone',
      'events[0].id',
      'events[0].title',
      'events[1].end',
      'events[2].id',
      'events[2].group',
      'events[3].sources[0].url',
    ]);
    expect(errors[5].message).to.equal("the id 'x' is already used by events[1]");
    expect(errors[4].message).to.equal("the end '2016-09-01' is before the start '2016-09-08'");
  });

  it('refuses what is not an events file', () => {
    expect(parseTimeline([]).errors[0].message).to.match(/^expected an object/);
    expect(parseTimeline({ version: 1 }).errors).to.deep.equal([{ path: 'events', message: "expected a list of events [ … ]; got 'undefined'" }]);
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
      events: [event({ id: 'ny', start: '2017-02-13T22:00' }), event({ id: 'tokyo', start: '2017-02-13T22:00', timeZone: 'Asia/Tokyo' })],
    });
    const [ny, tokyo] = timeline!.events.map((e) => e.start.start);
    expect(ny.zoneName).to.equal('America/New_York');
    expect(tokyo.zoneName).to.equal('Asia/Tokyo');
  });
});
