// Runs in every time-zone group of web-test-runner.config.mjs (and in the default group): the same
// calendar dates must appear for a reader in Los Angeles, Berlin, Tokyo or Kiritimati (UTC+14).
import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { axisTicks, cleanup, marks, mount, plain, STORY_URL } from '../helpers/index.js';

const env = (window as unknown as { __TEST_ENV__: { timeZone?: string; locale?: string } }).__TEST_ENV__;

const DATES: Record<string, string[]> = {
  en: [
    'July 2016',
    'September 8, 2016',
    'January 2017',
    'January 10, 2017',
    'February 8, 2017',
    'February 13, 2017',
    'March 1, 2017',
    'March 2, 2017',
  ],
  de: [
    'Juli 2016',
    '8. September 2016',
    'Januar 2017',
    '10. Januar 2017',
    '8. Februar 2017',
    '13. Februar 2017',
    '1. März 2017',
    '2. März 2017',
  ],
};

describe(`dates in the reader's zone ${env.timeZone ?? '(machine default)'}`, () => {
  afterEach(cleanup);

  it('runs in the emulated zone and locale', () => {
    const resolved = new Intl.DateTimeFormat().resolvedOptions();
    if (env.timeZone) expect(resolved.timeZone).to.equal(env.timeZone);
    if (env.timeZone) expect(DateTime.local().zoneName).to.equal(env.timeZone);
    if (env.locale) expect(resolved.locale).to.equal(env.locale);
  });

  it('shows every event of the story on its calendar date, as labelled in the data', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1280 });
    const language = (env.locale ?? 'en').slice(0, 2);
    expect(marks(el).map((m) => plain(m.querySelector('time')!.textContent))).to.deep.equal(DATES[language]);
    expect(marks(el).map((m) => m.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '2016-07',
      '2016-09-08',
      '2017-01',
      '2017-01-10',
      '2017-02-08',
      '2017-02-13',
      '2017-03-01',
      '2017-03-02',
    ]);
  });

  it('keeps an event with a time in its own zone', async () => {
    const { el } = await mount({
      locale: 'en-US',
      events: {
        version: 1,
        timeZone: 'America/New_York',
        events: [
          { id: 'resignation', start: '2017-02-13T22:00', title: 'Flynn resigns', sources: [{ name: 'AP' }] },
          { id: 'report', start: '2017-03-01', title: 'Report', sources: [{ name: 'Post' }] },
        ],
      },
    });
    const [resignation] = marks(el);
    expect(plain(resignation.querySelector('time')!.textContent)).to.equal('February 13, 2017 at 10:00 PM EST');
    expect(resignation.querySelector('time')!.getAttribute('datetime')).to.equal('2017-02-13T22:00:00-05:00');
  });

  it('draws each mark at its calendar date on the axis', async () => {
    const { el } = await mount({ src: STORY_URL, width: 1000 });
    // The axis ticks carry the instant they stand for (D3 binds it as the tick's datum).
    const tickX = new Map(axisTicks(el).map((tick) => [tick.value, tick.x]));
    // A time scale is linear: pixels per millisecond from the first and last tick.
    const [[t0, x0], [t1, x1]] = [[...tickX][0], [...tickX][tickX.size - 1]];
    const perMs = (x1 - x0) / (t1 - t0);
    for (const mark of el.shadowRoot!.querySelectorAll('[data-mark]')) {
      const iso = marks(el)
        .find((m) => m.dataset.eventId === mark.getAttribute('data-mark'))!
        .querySelector('time')!
        .getAttribute('datetime')!;
      const date = DateTime.fromISO(iso, { zone: 'utc' });
      const month = date.startOf('month');
      const expected = tickX.get(month.toMillis())! + date.diff(month).toMillis() * perMs;
      expect(Number(mark.getAttribute('data-x')), iso).to.be.closeTo(expected, 0.5);
    }
  });
});
