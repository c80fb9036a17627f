/**
 * The axis of a deep-time timeline (Timeline.scale === 'years'): positions are astronomical year
 * numbers, so the scale is linear, and ticks are labelled "13.8 billion years ago", "501 BC" or
 * "2016" (see formatYearNumber). Pure, like scale.ts, whose Span and Tick it shares.
 */
import { tickStep } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { formatYearNumber } from '../model/deep-time.js';
import { paddedDomain, type Span, type Tick } from './time-scale.js';

/**
 * A linear scale over the spans' years with a little air at both ends. It is d3's UTC scale used
 * only as the linear map it is (year n maps like the instant n ms): that fits the layout's and the
 * axis' type as it is, and d3's scaleLinear would bring in d3-format, 2.4 KB gzip, for nothing.
 * Never call its ticks(): year ticks come from createYearTicks.
 */
export function createYearScale(spans: readonly Span[], range: [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(paddedDomain(spans, 1)).range(range);
}

/**
 * Round years, d3's nice steps for about one tick per 120 px (year labels are longer than month
 * names), in the reader's language. Asking for no more ticks than there are years keeps every step
 * a whole number of years: d3 would otherwise name fractions of a year on a short span. The
 * multiples are listed here, not by d3's ticks(): the same numbers for a whole step, and d3-scale
 * already brings tickStep into the single file, where ticks() would add 50 B gzip.
 */
export function createYearTicks(
  scale: ScaleTime<number, number>,
  width: number,
  locale: string,
  nowYear?: number,
): Tick[] {
  const [min, max] = scale.domain().map(Number);
  const step = tickStep(min, max, Math.min(Math.max(2, Math.floor(width / 120)), max - min));
  const values: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max; value += step) values.push(value);
  return values.map((value) => ({ value, label: formatYearNumber(value, locale, nowYear) }));
}
