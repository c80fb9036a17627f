/**
 * The axis of a deep-time timeline (Timeline.scale === 'years'): positions are astronomical year
 * numbers, so the scale is linear, and ticks are labelled "13.8 billion years ago", "501 BC" or
 * "2016" (see formatYearNumber). Pure, like scale.ts, whose Span and Tick it shares.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatYearNumber } from '../model/deep-time.js';
import type { Span, Tick } from './scale.js';

/** A linear scale over the spans' years with a little air at both ends, so no mark sits on the edge. */
export function createYearScale(spans: readonly Span[], range: [number, number]): ScaleLinear<number, number> {
  const min = Math.min(...spans.map((s) => s.from));
  const max = Math.max(...spans.map((s) => s.to));
  const pad = Math.max((max - min) * 0.03, 1);
  return scaleLinear().domain([min - pad, max + pad]).range(range);
}

/** Roughly one tick per 120 px (year labels are longer than month names), in the reader's language. */
export function createYearTicks(scale: ScaleLinear<number, number>, width: number, locale: string, nowYear?: number): Tick[] {
  const values = scale.ticks(Math.max(2, Math.floor(width / 120))).filter(Number.isInteger);
  return values.map((value) => ({ value, label: formatYearNumber(value, locale, nowYear) }));
}
