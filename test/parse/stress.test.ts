// The review's stress files (test/fixtures/stress.mjs), read as the command-line check reads them
// (readEvents) and as the widget does (readEventsLazily): each ends in a timeline or in errors
// within 10 s, with the outcome a producer should see.
import { expect } from '@open-wc/testing';
import { readEvents, type ReadResult } from '../../src/parse/read-events.js';
import { readEventsLazily } from '../../src/parse/read-events-lazily.js';

interface Stress {
  stressFiles: Record<string, () => { text: string; type: string }>;
}
const stress = () => import('../fixtures/stress.mjs' as string) as Promise<Stress>;

const CAP = 'the widget shows at most 100,000: split the story into several timelines';
const FIELDS_OF_AN_EVENT =
  'id, start, end, circa, importance, displayDate, title, description, group, place, note, timeZone, lang, sources, media';
const noSource = (row: number) => ({ path: `row ${row}, column source_name`, message: 'the event names no source' });

/** What each file must end in. */
const outcomes: Record<string, (result: ReadResult) => void> = {
  'same-day 5,000': ({ timeline }) => expect(timeline!.events).to.have.length(5000),
  '125,000 events': (result) =>
    expect(result).to.deep.include({
      timeline: null,
      errors: [{ path: 'events', message: `the file has 125,000 events; ${CAP}` }],
    }),
  '140,000 CSV rows': (result) =>
    expect(result).to.deep.include({
      timeline: null,
      errors: [{ path: '', message: `the sheet has 140,000 events; ${CAP}` }],
    }),
  'long unknown ids': ({ timeline, warnings }) => {
    expect(timeline).not.to.equal(null);
    expect(warnings.filter((w) => w.path.endsWith('.group')).map((e) => e.message)).to.deep.equal(
      ['a', 'b', 'c', 'd', 'e'].map(
        (letter) =>
          `no group has the id '${letter.repeat(39)}…'; add it to "groups". The event is shown without a group`,
      ),
    );
  },
  '1 MB unknown field name': ({ timeline, warnings }) => {
    expect(timeline).not.to.equal(null);
    expect(warnings[0]).to.deep.equal({
      path: `events[0].${'x'.repeat(60)}…`,
      message: `unknown field '${'x'.repeat(39)}…'; the fields of an event are ${FIELDS_OF_AN_EVENT}`,
    });
  },
  '360 KB description': ({ timeline }) => expect(timeline!.events[0].description).to.have.length.above(360 * 1024),
  '2 MB title': ({ timeline }) => expect(timeline!.events[0].title).to.have.length.above(2 * 1024 * 1024 - 5),
  '100,000 warnings': ({ timeline, warnings }) => {
    expect(timeline!.events).to.have.length(100_000);
    expect(warnings).to.have.length(100_001);
    expect([warnings[0], warnings[1], warnings[100_000]]).to.deep.equal([
      { path: 'row 1, column colour', message: "unknown column 'colour'" },
      noSource(2),
      noSource(100_001),
    ]);
  },
  '200,000 unknown columns': ({ timeline, warnings }) => {
    expect(timeline!.events).to.have.length(1);
    expect(warnings.slice(9)).to.deep.equal([
      { path: 'row 1, column extra9', message: "unknown column 'extra9'" },
      { path: 'row 1', message: "199,990 more unknown columns, from 'extra10' to 'extra199999'" },
      noSource(2),
    ]);
  },
  '100,000 unclosed [': ({ errors }) => {
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.match(
      /^the file is not valid JSON at line 1, column 100001: expected a value: .*, found the end of the file/,
    );
  },
  'extreme years': ({ timeline }) =>
    expect(timeline!.events.map((e) => [e.id, e.start.start.year, e.end])).to.deep.equal([
      ['first', -271820, undefined],
      ['last', 275759, undefined],
    ]),
};

for (const [reader, read] of [
  ['readEvents', (text: string, contentType: string) => readEvents({ text, contentType })],
  ['readEventsLazily', (text: string, contentType: string) => readEventsLazily({ text, contentType })],
] as const) {
  describe(`stress files through ${reader}`, () => {
    for (const [name, outcome] of Object.entries(outcomes)) {
      it(`${name}: ends in a timeline or in errors within 10 s`, async function () {
        this.timeout(30000);
        const { text, type } = (await stress()).stressFiles[name]();
        const start = performance.now();
        const result = await read(text, type);
        expect(performance.now() - start).to.be.below(10000);
        outcome(result);
      });
    }

    it('covers every stress file', async () => {
      expect(Object.keys((await stress()).stressFiles)).to.have.members(Object.keys(outcomes));
    });
  });
}
