// The axes' scales at the edges of what they can hold: the ends of the JavaScript date range,
// and more events than a spread into Math.min's arguments allows.
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { createTimeScale } from '../../src/scale/time-scale.js';
import { createYearScale } from '../../src/scale/year-scale.js';

/** The farthest a Date reaches from 1970, in ms either way. */
const LIMIT = 8.64e15;
const RANGE: [number, number] = [16, 984];

const timeline = (...starts: Array<string | number>) =>
  parseTimeline({
    version: 1,
    events: starts.map((start, i) => ({ id: `e${i}`, start, title: `Event ${i}`, sources: [{ name: 'W' }] })),
  }).timeline!;

describe('createTimeScale', () => {
  it('keeps its domain within the date range for events at both ends of it, and places both on the axis', () => {
    const { events, scale } = timeline('-271820', '+275759');
    expect(scale).to.equal('calendar');
    const axis = createTimeScale(events, RANGE);
    const [from, to] = axis.domain().map(Number);
    expect(from).to.be.within(-LIMIT, events[0].from);
    expect(to).to.be.within(events[1].to, LIMIT);
    for (const x of events.flatMap((e) => [axis(e.from), axis(e.to)])) expect(x).to.be.within(...RANGE);
  });

  it('still pads an ordinary span by 3%, and a short one by a day', () => {
    const year = timeline('2016', '2017');
    const [from, to] = createTimeScale(year.events, RANGE).domain().map(Number);
    const pad = (Date.UTC(2018, 0) - Date.UTC(2016, 0)) * 0.03;
    expect([from, to]).to.deep.equal([Date.UTC(2016, 0) - pad, Date.UTC(2018, 0) + pad]);
    const day = createTimeScale(timeline('2016-09-08').events, RANGE).domain().map(Number);
    expect(day).to.deep.equal([Date.UTC(2016, 8, 7), Date.UTC(2016, 8, 10)]);
  });

  it('takes 125,000 spans', () => {
    const spans = Array.from({ length: 125_000 }, (_, i) => ({ from: i * 1000, to: i * 1000 + 500 }));
    const [from, to] = createTimeScale(spans, RANGE).domain().map(Number);
    expect(from).to.equal(-86_400_000);
    expect(to).to.equal(124_999_500 + 86_400_000);
  });
});

describe('createYearScale', () => {
  it('keeps its domain within what its dates hold, for the farthest year a file may have', () => {
    const { events, scale } = timeline(-(LIMIT - 1), '2016');
    expect(scale).to.equal('years');
    const axis = createYearScale(events, RANGE);
    const [from, to] = axis.domain().map(Number);
    expect(from).to.equal(-LIMIT);
    expect(to).to.be.closeTo(2017 + (2017 + LIMIT - 1) * 0.03, 1);
    for (const x of events.map((e) => axis(e.from))) expect(x).to.be.within(...RANGE);
  });

  it('takes 125,000 spans', () => {
    const spans = Array.from({ length: 125_000 }, (_, i) => ({ from: -i, to: -i + 1 }));
    expect(createYearScale(spans, RANGE).domain().map(Number)).to.have.length(2);
  });
});

describe('years too far to place', () => {
  it('are refused when the file is read', () => {
    expect(parseTimeline({ version: 1, events: [{ id: 'a', start: -LIMIT, title: 'A' }] }).errors).to.deep.equal([
      { path: 'events[0].start', message: "'-8640000000000000' is too far from the present to place on a timeline" },
    ]);
  });
});
