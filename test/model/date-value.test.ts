import { expect } from '@open-wc/testing';
import {
  formatDateValue,
  formatEventDate,
  parseDateValue,
  toAxisMillis,
  toDatetimeAttribute,
  formatAxisRange,
} from '../../src/model/date-value.js';

function parse(text: string, zone?: string) {
  const result = parseDateValue(text, zone);
  if (!result.value) throw new Error(result.error);
  return result.value;
}

describe('parseDateValue', () => {
  it('reads the precision from the form of the value', () => {
    expect(parse('2016').precision).to.equal('year');
    expect(parse('2016-07').precision).to.equal('month');
    expect(parse('2016-09-08').precision).to.equal('day');
    expect(parse('2017-02-13T22:00').precision).to.equal('time');
  });

  it('covers the whole period it names', () => {
    const july = parse('2016-07');
    expect(july.start.toISODate()).to.equal('2016-07-01');
    expect(july.end.toISODate()).to.equal('2016-08-01');
    expect(parse('2016').end.toISODate()).to.equal('2017-01-01');
    expect(parse('2016-09-08').end.toISODate()).to.equal('2016-09-09');
  });

  it('rejects dates that are not in the calendar instead of rolling them over', () => {
    expect(parseDateValue('2016-02-30').error).to.match(/not a date in the calendar/);
    expect(parseDateValue('2016-13').error).to.match(/not a date in the calendar/);
    expect(parseDateValue('2017-02-29').error).to.match(/'2017-02-29'/);
    expect(parse('2016-02-29').start.toISODate()).to.equal('2016-02-29');
  });

  it('explains the expected form when the value is written another way', () => {
    expect(parseDateValue('09/08/2016').error).to.equal(
      "expected a date like 2016-09-08, 2016-09 or 2016, or a time like 2017-02-13T22:00; got '09/08/2016'",
    );
    expect(parseDateValue(2016).error).to.match(/got '2016'$/);
    expect(parseDateValue(undefined).error).to.match(/^expected a date/);
  });

  it('reads a time in the zone it is given, or in the offset it carries', () => {
    const resignation = parse('2017-02-13T22:00', 'America/New_York');
    expect(resignation.start.toUTC().toISO()).to.equal('2017-02-14T03:00:00.000Z');
    expect(parse('2017-02-13T22:00-05:00').start.toUTC().toISO()).to.equal('2017-02-14T03:00:00.000Z');
  });
});

describe('a clock time its zone skipped', () => {
  it('is moved forward as the clocks were, with a warning that says so; other times have none', () => {
    const gap = parseDateValue('2016-03-13T02:30', 'America/New_York');
    expect(gap.value!.start.toISO()).to.equal('2016-03-13T03:30:00.000-04:00');
    expect(gap.warning).to.equal(
      '2016-03-13T02:30 does not exist in America/New_York (clocks went forward); it is shown as 3:30 AM',
    );
    // Samoa skipped December 30, 2011 whole.
    expect(parseDateValue('2011-12-30T10:00', 'Pacific/Apia').warning).to.equal(
      '2011-12-30T10:00 does not exist in Pacific/Apia (clocks went forward); it is shown as December 31, 10:00 AM',
    );
    const fine = [
      parseDateValue('2016-03-13T03:30', 'America/New_York'),
      parseDateValue('2016-11-06T01:30', 'America/New_York'),
      parseDateValue('2016-03-13T02:30', 'UTC'),
      parseDateValue('2016-03-13T02:30-05:00', 'America/New_York'),
      parseDateValue('2016-03-12T24:00', 'America/New_York'),
      parseDateValue('2016-03-13', 'America/New_York'),
    ];
    expect(fine.map((parse) => [Boolean(parse.value), parse.warning])).to.deep.equal(fine.map(() => [true, undefined]));
  });
});

describe('toAxisMillis', () => {
  it('places a calendar date at midnight UTC of that date, whatever zone the reader is in', () => {
    expect(toAxisMillis(parse('2016-09-08').start)).to.equal(Date.UTC(2016, 8, 8));
  });

  it('places a time at its wall-clock time where it happened', () => {
    expect(toAxisMillis(parse('2017-02-13T22:00', 'America/New_York').start)).to.equal(Date.UTC(2017, 1, 13, 22));
    expect(toAxisMillis(parse('2017-02-13T22:00', 'Asia/Tokyo').start)).to.equal(Date.UTC(2017, 1, 13, 22));
  });
});

describe('formatDateValue', () => {
  it('says the date in full words, as precisely as the data and no more', () => {
    expect(formatDateValue(parse('2016'), 'en-US')).to.equal('2016');
    expect(formatDateValue(parse('2016-07'), 'en-US')).to.equal('July 2016');
    expect(formatDateValue(parse('2016-09-08'), 'en-US')).to.equal('September 8, 2016');
    expect(formatDateValue(parse('2016-09-08'), 'de-DE')).to.equal('8. September 2016');
    expect(formatDateValue(parse('2016-09-08'), 'fr-FR')).to.equal('8 septembre 2016');
  });

  it('shows a time in its own zone, with the zone named', () => {
    const text = formatDateValue(parse('2017-02-13T22:00', 'America/New_York'), 'en-US').replace(/\s/g, ' ');
    expect(text).to.equal('February 13, 2017 at 10:00 PM EST');
  });
});

describe('toDatetimeAttribute', () => {
  it('keeps the precision of the data for <time datetime>', () => {
    expect(toDatetimeAttribute(parse('2016-07'))).to.equal('2016-07');
    expect(toDatetimeAttribute(parse('2016-09-08'))).to.equal('2016-09-08');
    expect(toDatetimeAttribute(parse('2017-02-13T22:00', 'America/New_York'))).to.equal('2017-02-13T22:00:00-05:00');
  });
});

describe('years before year 1 and beyond the calendar', () => {
  it('reads ISO expanded years and plain negative year numbers as astronomical years (-500 is 501 BC)', () => {
    for (const written of ['-000500', -500, '-500']) {
      const value = parseDateValue(written).value!;
      expect(value.precision, String(written)).to.equal('year');
      expect(value.start.year, String(written)).to.equal(-500);
      expect(formatDateValue(value, 'en-US'), String(written)).to.equal('501 BC');
    }
    expect(formatDateValue(parse('-000043-03-15'), 'en-US')).to.equal('March 15, 44 BC');
    expect(parse('+002016-09-08').start.toISODate()).to.equal('2016-09-08');
  });

  it('keeps a year beyond what luxon can hold as a deep-time year, never as a wrong date', () => {
    const bigBang = parseDateValue(-13_800_000_000).value!;
    expect(bigBang.deepYear).to.equal(-13_800_000_000);
    expect(bigBang.precision).to.equal('year');
    expect(bigBang.start.isValid).to.equal(false);
    expect(formatDateValue(bigBang, 'en-US')).to.equal('13.8 billion years ago');
    expect(parseDateValue('2016').value!.deepYear).to.equal(undefined);
  });

  it('refuses months and days of deep-time years, and numbers that are not past years', () => {
    expect(parseDateValue('-300000-05').error).to.equal(
      "'-300000-05': a date this far from the present can only be a year, like '-300000'",
    );
    expect(parseDateValue(-1.5).error).to.match(/^expected a date like .*; got '-1.5'$/);
    expect(parseDateValue('-' + '9'.repeat(30)).error).to.match(/too far from the present/);
  });
});

describe('calendar mistakes, in plain words', () => {
  it('says why a date is not in the calendar', () => {
    expect(parseDateValue('2016-02-30').error).to.equal(
      "'2016-02-30' is not a date in the calendar: February 2016 has 29 days",
    );
    expect(parseDateValue('2017-02-29').error).to.equal(
      "'2017-02-29' is not a date in the calendar: February 2017 has 28 days",
    );
    expect(parseDateValue('2016-13').error).to.equal("'2016-13' is not a date in the calendar: there is no month 13");
    expect(parseDateValue('2016-00-10').error).to.equal(
      "'2016-00-10' is not a date in the calendar: there is no month 0",
    );
    expect(parseDateValue('2016-09-08T25:00').error).to.equal(
      "'2016-09-08T25:00' is not a date in the calendar: there is no hour 25 (hours go from 00 to 23)",
    );
  });
});

describe('formatEventDate', () => {
  it('marks an approximate date with "c." in the reader\'s language', () => {
    const event = { start: parse('1850'), circa: true };
    expect(formatEventDate(event, 'en-US')).to.equal('c. 1850');
    expect(formatEventDate(event, 'de-DE')).to.equal('ca. 1850');
    expect(formatEventDate({ start: parse('1850') }, 'en-US')).to.equal('1850');
  });

  it('gives a range from start to end', () => {
    expect(formatEventDate({ start: parse('2016-07'), end: parse('2016-11-08'), circa: false }, 'en-US')).to.equal(
      'July 2016 – November 8, 2016',
    );
  });
});

describe('formatDateValue in a locale whose calendar is not Gregorian', () => {
  // Persian defaults to the Solar Hijri calendar. A month or year of the data is a Gregorian one,
  // which no Persian month or year matches: July 2016 is not Tir 1395. Only whole days convert.
  it('names a month or a year in the Gregorian calendar, in Persian words and digits', () => {
    expect(formatDateValue(parse('2016-07'), 'fa')).to.equal('ژوئیهٔ ۲۰۱۶');
    expect(formatDateValue(parse('2016'), 'fa')).to.equal('۲۰۱۶');
  });

  it("gives a day in the reader's own calendar, which converts it exactly", () => {
    expect(formatDateValue(parse('2016-09-08'), 'fa')).to.equal('۱۸ شهریور ۱۳۹۵');
  });
});

describe('formatAxisRange', () => {
  const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

  it("names a cluster's span by its first and last dates, once when they are the same day", () => {
    // The year once where both ends share it.
    expect(formatAxisRange(utc('2016-01-03'), utc('2016-02-09'), 'en-US')).to.equal('Jan 3 – Feb 9, 2016');
    expect(formatAxisRange(utc('2016-01-03'), utc('2016-02-09'), 'de-DE')).to.equal('3. Jan. – 9. Feb. 2016');
    // Where the year leads, it is said at the start.
    expect(formatAxisRange(utc('2015-08-23'), utc('2015-10-27'), 'ja')).to.equal('2015年8月23日 – 10月27日');
    expect(formatAxisRange(utc('2016-01-03'), utc('2016-01-03') + 3_600_000, 'en-US')).to.equal('Jan 3, 2016');
    expect(formatAxisRange(utc('2016-10-01'), utc('2017-03-02'), 'de-DE')).to.equal('1. Okt. 2016 – 2. März 2017');
  });
});
