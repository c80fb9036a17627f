// The Time and End Time cells of a TimelineJS sheet: the clocks producers write, and the ones that are no time of day.
import { expect } from '@open-wc/testing';
import { readEventsText } from '../../src/parse/read-events.js';

const withTime = (time: string) =>
  readEventsText(['Year,Month,Day,Time,Headline,Text', `2016,1,1,${time},A,`].join('\n'), { contentType: 'text/csv' });

describe('TimelineJS sheet: the Time column', () => {
  const accepted: Array<[string, string]> = [
    ['22:30', '2016-01-01T22:30'],
    ['7:05', '2016-01-01T07:05'],
    ['07:05', '2016-01-01T07:05'],
    ['0:30', '2016-01-01T00:30'],
    ['00:00', '2016-01-01T00:00'],
    ['22:30:15', '2016-01-01T22:30:15'],
    ['23:59:59', '2016-01-01T23:59:59'],
    ['10:30 PM', '2016-01-01T22:30'],
    ['10:30 pm', '2016-01-01T22:30'],
    ['10:30pm', '2016-01-01T22:30'],
    ['10:30  PM', '2016-01-01T22:30'],
    ['10:30 p.m.', '2016-01-01T22:30'],
    ['10:30 P.M', '2016-01-01T22:30'],
    ['10:30 am', '2016-01-01T10:30'],
    ['10:30 a.m.', '2016-01-01T10:30'],
    ['01:30 PM', '2016-01-01T13:30'],
    ['12:00 AM', '2016-01-01T00:00'],
    ['12:00 PM', '2016-01-01T12:00'],
    ['12:15:30 a.m.', '2016-01-01T00:15:30'],
    ['11:59:59 PM', '2016-01-01T23:59:59'],
  ];
  for (const [time, iso] of accepted) {
    it(`reads ${JSON.stringify(time)} as ${iso}`, () => {
      const { timeline, errors } = withTime(time);
      expect(errors).to.deep.equal([]);
      expect(timeline!.events[0].start.iso).to.equal(iso);
    });
  }

  const refused = [
    '24:00',
    '24:00:00',
    '12:60',
    '23:59:60',
    '13:00 PM',
    '0:30 AM',
    '00:30 am',
    '1:5',
    '123:45',
    '10:30:1',
    '10.30',
    '22h30',
    '10',
    'noon',
    '10:30 xm',
    '10:30 PM PM',
    'PM 10:30',
    '١٠:٣٠',
  ];
  for (const time of refused) {
    it(`refuses ${JSON.stringify(time)}, naming the cell`, () => {
      expect(withTime(time).errors).to.deep.equal([
        { path: 'row 2, column Time', message: `expected a time like 22:30 or 10:30 PM; got '${time}'` },
      ]);
    });
  }
});
