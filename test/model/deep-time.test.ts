import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { layoutTimeline } from '../../src/layout/layout.js';
import { createYearScale, createYearTicks } from '../../src/scale/year-scale.js';
import { formatYearNumber } from '../../src/model/deep-time.js';
import { axisTicks, cleanup, loadStory, marks, mount, nameOf, plain } from '../helpers/index.js';

const cosmos = {
  version: 1,
  title: 'From the Big Bang',
  events: [
    { id: 'big-bang', start: -13_800_000_000, title: 'The Big Bang', sources: [{ name: 'NASA' }] },
    { id: 'earth', start: '-4540000000', title: 'Earth forms', sources: [{ name: 'NASA' }] },
    { id: 'dinosaurs', start: -66_000_000, end: -65_999_999, title: 'Dinosaurs die out', sources: [{ name: 'NASA' }] },
    { id: 'moon', start: '1969-07-20', title: 'Apollo 11 lands on the Moon', sources: [{ name: 'NASA' }] },
  ],
};

describe('deep time', () => {
  it('puts a file with a year beyond the calendar on a year-number axis, every date a year', () => {
    const { timeline, errors } = parseTimeline(cosmos);
    expect(errors).to.deep.equal([]);
    expect(timeline!.scale).to.equal('years');
    expect(timeline!.events.map((e) => [e.id, e.from, e.to, e.start.precision])).to.deep.equal([
      ['big-bang', -13_800_000_000, -13_799_999_999, 'year'],
      ['earth', -4_540_000_000, -4_539_999_999, 'year'],
      ['dinosaurs', -66_000_000, -65_999_998, 'year'],
      ['moon', 1969, 1970, 'year'],
    ]);
  });

  it('keeps ordinary files, BC years included, on the calendar', async () => {
    expect(parseTimeline(await loadStory()).timeline!.scale).to.equal('calendar');
    const rome = parseTimeline({
      version: 1,
      events: [{ id: 'caesar', start: '-000043-03-15', title: 'Caesar is killed', sources: [{ name: 'Suetonius' }] }],
    });
    expect(rome.timeline!.scale).to.equal('calendar');
    expect(rome.timeline!.events[0].from).to.equal(Date.UTC(-43, 2, 15));
  });

  it('labels years far back as "years ago", in compact words and in the reader\'s language', () => {
    expect(formatYearNumber(-13_800_000_000, 'en-US', 2026)).to.equal('13.8 billion years ago');
    expect(formatYearNumber(-66_000_000, 'en-US', 2026)).to.equal('66 million years ago');
    expect(formatYearNumber(-13_800_000_000, 'de-DE', 2026)).to.equal('vor 13,8 Milliarden Jahren');
    expect(formatYearNumber(-500, 'en-US', 2026)).to.equal('501 BC');
    expect(formatYearNumber(1969, 'en-US', 2026)).to.equal('1969');
  });

  it('makes a linear year scale with ticks labelled as years', () => {
    const scale = createYearScale([{ from: -13_800_000_000, to: 2027 }], [0, 1000]);
    expect(scale(-13_800_000_000)).to.be.greaterThan(0);
    expect(scale(2027)).to.be.lessThan(1000);
    const ticks = createYearTicks(scale, 1000, 'en-US', 2026);
    expect(ticks.length).to.be.within(3, 10);
    expect(ticks[0]).to.deep.equal({ value: -14_000_000_000, label: '14 billion years ago' });
    expect(ticks.map((t) => t.value)).to.deep.equal([...ticks.map((t) => t.value)].sort((a, b) => a - b));
    expect(ticks.map((t) => t.value / 1e9)).to.deep.equal([-14, -12, -10, -8, -6, -4, -2, 0]);
  });

  it('ticks whole years only, however short the span', () => {
    const scale = createYearScale([{ from: 2016, to: 2017 }], [0, 1000]);
    expect(createYearTicks(scale, 1000, 'en-US', 2026).map((t) => t.label)).to.deep.equal([
      '2015',
      '2016',
      '2017',
      '2018',
    ]);
  });

  it('lays the events out on that axis, in order, with the year labels', () => {
    const { timeline } = parseTimeline(cosmos);
    const scale = createYearScale(timeline!.events, [16, 984]);
    const layout = layoutTimeline(timeline!.events, {
      scale,
      width: 1000,
      locale: 'en-US',
      measure: (text) => text.length * 7,
      axis: timeline!.scale,
    });
    const xs = layout.marks.map((m) => m.x0);
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    expect(xs[0]).to.be.within(16, 984);
    const dates = layout.labels.map((l) => l.date);
    expect(dates[0].startsWith('13.8 billion years ago')).to.equal(true);
    expect(dates[3]).to.equal('1969');
    expect(layout.ticks.some((t) => t.label.endsWith('billion years ago'))).to.equal(true);
  });
});

describe('<event-timeline> with deep time and approximate dates', () => {
  afterEach(cleanup);

  it('renders a cosmological file on a year axis labelled in years ago', async () => {
    const { el, outcome } = await mount({ locale: 'en-US', events: cosmos as never, width: 1000 });
    expect(outcome.type).to.equal('timeline-ready');
    const ticks = axisTicks(el).map((tick) => tick.text);
    expect(ticks).to.include('14 billion years ago');
    expect(marks(el).map((m) => plain(m.querySelector('time')!.textContent))).to.deep.equal([
      '13.8 billion years ago',
      '4.54 billion years ago',
      '66 million years ago',
      '1969',
    ]);
  });

  it('labels an approximate date "c." in the label and its accessible name', async () => {
    const { el } = await mount({
      locale: 'en-US',
      events: {
        version: 1,
        events: [{ id: 'a', start: '1850', circa: true, title: 'Founded', sources: [{ name: 'Archive' }] }],
      },
    });
    expect(plain(marks(el)[0].querySelector('time')!.textContent)).to.equal('c. 1850');
    expect(nameOf(marks(el)[0])).to.equal('c. 1850 Founded');
  });
});
