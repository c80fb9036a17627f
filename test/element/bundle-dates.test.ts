// The single file leaves out the luxon methods the widget never calls (rollup.config.mjs,
// withoutUnusedLuxon), while every other test runs the source with all of luxon. Here the built
// file and the source read the same files, in several languages, zones and precisions, through
// a zoom to hours and each event's detail, and must say the same: the labels' names, the ticks,
// the details, the warnings and the errors. A removed method that a path still called would
// throw, or show a different date, in the built file alone.
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineFile } from '../../src/model/types.js';
import { cleanup, mount, nameOf, openPage, outcomeOf, until, widgetIn } from '../helpers/index.js';

/** Every precision, a zone of the file's, an offset, a time its zone skipped, the far past. */
const DATES: TimelineFile = {
  version: 1,
  title: 'Dates',
  timeZone: 'America/New_York',
  events: [
    { id: 'year', start: '2016', title: 'A year', sources: [{ name: 'Wire' }] },
    { id: 'month', start: '2016-07', title: 'A month', sources: [{ name: 'Wire' }] },
    { id: 'days', start: '2016-09-08', end: '2016-09-10', title: 'Some days', sources: [{ name: 'Wire' }] },
    { id: 'time', start: '2017-01-10T10:00', title: 'A time in the file’s zone', sources: [{ name: 'Wire' }] },
    { id: 'offset', start: '2017-01-10T22:30+05:30', title: 'An offset', sources: [{ name: 'Wire' }] },
    { id: 'skipped', start: '2016-03-13T02:30', title: 'A time the clocks skipped', sources: [{ name: 'Wire' }] },
    { id: 'near', start: '2017-01-10T11:15', end: '2017-01-10T12:45', title: 'A span of hours', sources: [] },
  ],
};
const DEEP: TimelineFile = {
  version: 1,
  events: [
    { id: 'rome', start: '-0043-03-15', title: 'The Ides of March', sources: [{ name: 'Plutarch' }] },
    { id: 'ice', start: '-12000', title: 'Ice retreats', sources: [{ name: 'Survey' }] },
    { id: 'moon', start: '1969-07-20T20:17Z', title: 'Moon landing', sources: [{ name: 'NASA' }] },
  ],
};
const INVALID: TimelineFile = {
  version: 1,
  timeZone: 'Europe/Atlantis',
  events: [
    { id: 'feb', start: '2015-02-30', title: 'No such day', sources: [{ name: 'Wire' }] },
    { id: 'month', start: '2015-13', title: 'No such month', sources: [{ name: 'Wire' }] },
    { id: 'hour', start: '2015-03-01T25:00', title: 'No such hour', sources: [{ name: 'Wire' }] },
  ],
};

/** What a reader and a producer are told: names of labels and marks, ticks, summary, warnings or errors. */
function said(el: EventTimeline, outcome: CustomEvent): unknown {
  const root = el.shadowRoot!;
  return {
    outcome: outcome.type,
    detail: outcome.detail as unknown,
    labels: [...root.querySelectorAll('[data-event-id]')].map(nameOf),
    ticks: [...root.querySelectorAll('g.axis .tick text')].map((t) => t.textContent),
    chart: Boolean(root.querySelector('.chart')),
    // What machines read: the dates' datetime attributes, and the events of the timeline property as an app serialises them.
    datetimes: [...root.querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
    events: JSON.stringify(el.timeline?.events ?? null),
    text: root.textContent?.replace(/\s+/g, ' ').trim(),
  };
}

/** Each event's detail, opened in turn through `selected`. */
async function details(el: EventTimeline, ids: string[]): Promise<string[]> {
  const texts = [];
  for (const id of ids) {
    el.selected = id;
    await el.updateComplete;
    const text = el.shadowRoot!.querySelector('#detail')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(text, `the detail of ${id}`).to.not.equal('');
    texts.push(text);
  }
  return texts;
}

/** The ticks after each of four zooms in, down to days and hours; each step must change them. */
async function zoomed(el: EventTimeline): Promise<unknown[]> {
  const ticksNow = () => [...el.shadowRoot!.querySelectorAll('g.axis .tick text')].map((t) => t.textContent).join('|');
  const steps = [];
  for (let i = 0; i < 4; i++) {
    const before = ticksNow();
    // The first zoom button is "Zoom in", in every language. The first click loads the zoom part.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom-button"]')!.click();
    await until(() => ticksNow() !== before, `zoom step ${i + 1} to change the ticks`, { every: 10 });
    await el.updateComplete;
    steps.push(ticksNow());
  }
  return steps;
}

describe('dist/event-timeline.min.js says every date as the source does', () => {
  afterEach(cleanup);

  for (const [name, file] of [
    ['dates', DATES],
    ['the far past', DEEP],
    ['invalid dates', INVALID],
  ] as const)
    for (const locale of ['en', 'de', 'ar', 'ja', 'hi']) {
      it(`${name}, in ${locale}`, async () => {
        const frame = await openPage('/test/fixtures/bundle.html');
        await (widgetIn(frame) as EventTimeline).updateComplete;
        const doc = frame.contentDocument!;
        const built = doc.createElement('event-timeline') as EventTimeline;
        // A chart even where most events would fold into clusters, which the list would show instead.
        Object.assign(built, { locale, orientation: 'horizontal', events: structuredClone(file) });
        built.style.width = '1000px';
        const builtOutcome = outcomeOf(built);
        doc.body.append(built);
        const { el, outcome } = await mount({
          width: 1000,
          locale,
          orientation: 'horizontal',
          events: structuredClone(file),
        });

        const a = said(built, await builtOutcome);
        const b = said(el, outcome);
        expect(a).to.deep.equal(b);
        if (outcome.type === 'timeline-error') return;
        // Drawn as a chart, with an axis to compare: not a list, whose dates would say less.
        expect(el.shadowRoot!.querySelectorAll('g.axis .tick text').length).to.be.above(2);
        const ids = file.events.map((event) => event.id);
        expect(await details(built, ids)).to.deep.equal(await details(el, ids));
        built.selected = el.selected = undefined;
        await Promise.all([built.updateComplete, el.updateComplete]);
        expect(await zoomed(built)).to.deep.equal(await zoomed(el));
      });
    }
});
