/**
 * Years beyond the calendar. luxon (and the JavaScript Date under it) reaches about 271,800 years
 * either side of 1970; a file with a year outside that range ("deep time", like the Big Bang at
 * -13800000000) is placed on an axis of plain year numbers instead, the way TimelineJS's
 * "cosmological" scale does it. Years are astronomical: 0 is 1 BC, -500 is 501 BC.
 */
import { DateTime } from 'luxon';

/** Whole years that luxon can represent, with a year of margin at each end. */
export const CALENDAR_YEARS = { min: -271_820, max: 275_759 } as const;

/**
 * The farthest an axis position goes either way: the JavaScript Date's range, 8.64e15 ms (100
 * million days) from 1970. A year axis maps years like milliseconds (see year-scale.ts), so no
 * year number beyond it can be placed either.
 */
export const AXIS_LIMIT = 8.64e15;

export function isCalendarYear(year: number): boolean {
  return year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max;
}

/** Below this many years ago, a year reads better as a calendar year ("3001 BC") than as "5,026 years ago". */
const YEARS_AGO_FROM = 10_000;

/**
 * A year for a reader: "2016", "501 BC", or, far back, "13.8 billion years ago" in the reader's
 * language (Intl.RelativeTimeFormat, with the number in compact words).
 */
export function formatYearNumber(year: number, locale: string, nowYear = DateTime.now().year): string {
  const ago = nowYear - year;
  if (ago >= YEARS_AGO_FROM) {
    const compact = new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    }).format(ago);
    const parts = new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).formatToParts(-ago, 'year');
    const first = parts.findIndex((p) => p.type !== 'literal');
    const last = parts.length - 1 - [...parts].reverse().findIndex((p) => p.type !== 'literal');
    return (
      parts
        .slice(0, first)
        .map((p) => p.value)
        .join('') +
      compact +
      parts
        .slice(last + 1)
        .map((p) => p.value)
        .join('')
    );
  }
  if (isCalendarYear(year)) {
    return DateTime.fromObject({ year }, { zone: 'utc' })
      .setLocale(locale)
      .toLocaleString(year < 1 ? { year: 'numeric', era: 'short' } : { year: 'numeric' });
  }
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(year);
}
