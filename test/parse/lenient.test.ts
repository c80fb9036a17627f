// Nothing a reader can live without fails a whole file (issue 13, for every format): errors only for
// what makes the timeline wrong or empty; everything else is a warning with its path, and the event stays.
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { readEvents } from '../../src/parse/read-events.js';

const sources = [{ name: 'Wire' }];

describe('what a file can do without', () => {
  it('titles an event without one from its description, its caption, its display date or its date', () => {
    const { timeline, errors, warnings } = parseTimeline({
      version: 1,
      events: [
        {
          id: 'a',
          start: '2016-09-08',
          description: '<p>Sessions meets <em>Kislyak</em> in his Senate office. Two staff attend.</p>',
          sources,
        },
        {
          id: 'b',
          start: '2016-09-09',
          title: '  ',
          media: { url: 'https://example.org/a.jpg', caption: 'The Russell building' },
          sources,
        },
        { id: 'c', start: '2016-09-10', displayDate: 'Early autumn', sources },
        { id: 'd', start: '2016-09-11', sources },
      ],
    });
    expect(errors).to.deep.equal([]);
    expect(timeline!.events.map((e) => e.title)).to.deep.equal([
      'Sessions meets Kislyak in his Senate office',
      'The Russell building',
      'Early autumn',
      '2016-09-11',
    ]);
    expect(warnings).to.deep.equal([
      {
        path: 'events[0].title',
        message: "no title: it is taken from the description, 'Sessions meets Kislyak in his Senate of…'",
      },
      { path: 'events[1].title', message: "no title: it is taken from the media's caption, 'The Russell building'" },
      { path: 'events[2].title', message: "no title: it is taken from the display date, 'Early autumn'" },
      { path: 'events[3].title', message: "no title: it is taken from the date, '2016-09-11'" },
    ]);
  });

  it('gives an event without an id one of its own, never one another event has', () => {
    const { timeline, errors, warnings } = parseTimeline({
      version: 1,
      events: [
        { start: '2016-09-08', title: 'A', sources },
        { id: 'event-1', start: '2016-09-09', title: 'B', sources },
      ],
    });
    expect(errors).to.deep.equal([]);
    expect(timeline!.events.map((e) => e.id)).to.deep.equal(['event-1-2', 'event-1']);
    expect(warnings).to.deep.equal([
      {
        path: 'events[0].id',
        message: "no id: the event is given 'event-1-2' (a link to it changes if the events are reordered)",
      },
    ]);
  });

  it('shows an event whose group is unknown without a group', () => {
    const { timeline, errors, warnings } = parseTimeline({
      version: 1,
      groups: [{ id: 'sessions', label: 'Jeff Sessions' }],
      events: [{ id: 'a', start: '2016-09-08', title: 'A', group: 'sesions', sources }],
    });
    expect(errors).to.deep.equal([]);
    expect(timeline!.events[0].group).to.equal(undefined);
    expect(warnings).to.deep.equal([
      {
        path: 'events[0].group',
        message: "no group has the id 'sesions'; did you mean 'sessions'? The event is shown without a group",
      },
    ]);
  });

  it('names a source without a name by its site, and leaves out one with neither', () => {
    const { timeline, errors, warnings } = parseTimeline({
      version: 1,
      events: [
        {
          id: 'a',
          start: '2016-09-08',
          title: 'A',
          sources: [{ url: 'https://www.reuters.com/a' }, { date: '2017-03-01' }],
        },
      ],
    });
    expect(errors).to.deep.equal([]);
    expect(timeline!.events[0].sources.map((s) => s.name)).to.deep.equal(['reuters.com']);
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].sources[0].name', 'events[0].sources[1].name']);
  });

  it('reads a file without a version as version 1, with a warning; another version stays an error', () => {
    const unversioned = parseTimeline({ events: [{ id: 'a', start: '2016', title: 'A', sources }] });
    expect(unversioned.errors).to.deep.equal([]);
    expect(unversioned.warnings).to.deep.equal([
      { path: 'version', message: 'no version: read as version 1; write "version": 1' },
    ]);
    expect(
      parseTimeline({ version: 2, events: [{ id: 'a', start: '2016', title: 'A', sources }] }).errors,
    ).to.have.length(1);
  });

  it('still refuses what makes the timeline wrong or empty: no events, an unreadable date, a duplicate id', () => {
    expect(parseTimeline({ version: 1, events: [] }).timeline).to.equal(null);
    expect(parseTimeline({ version: 1, events: [{ id: 'a', start: '2016-13', title: 'A' }] }).timeline).to.equal(null);
    const twice = { id: 'a', start: '2016', title: 'A', sources };
    expect(parseTimeline({ version: 1, events: [twice, twice] }).timeline).to.equal(null);
  });

  it('does the same for a CSV sheet, naming rows and columns', () => {
    const { timeline, errors, warnings } = readEvents({
      text: 'start,title,description,source_name\n2016-09-08,,Sessions meets Kislyak. Then more.,Wire\n',
      name: 'events.csv',
    });
    expect(errors).to.deep.equal([]);
    expect(timeline!.events[0].title).to.equal('Sessions meets Kislyak');
    expect(warnings).to.deep.equal([
      { path: 'row 2, column title', message: "no title: it is taken from the description, 'Sessions meets Kislyak'" },
    ]);
  });
});
