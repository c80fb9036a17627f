/**
 * From the model to positions: everything the render step places, already scaled. Pure: text
 * widths come from the `measure` function the caller passes in.
 */
import type { ScaleTime } from 'd3-scale';
import { formatEventDate } from '../model/date-value.js';
import type { Timeline, TimelineEvent } from '../model/types.js';
import { placeLabels, wrapText, type Measure } from './labels.js';
import { createTicks, createTimeScale, type Tick } from './scale.js';
import { createYearScale, createYearTicks } from './year-scale.js';

/** Type sizes in px; the stylesheet uses the same numbers, so measured text is rendered text. */
export const TYPE = {
  date: { size: 12, weight: 700, line: 16 },
  title: { size: 15, weight: 400, line: 19 },
} as const;

/** Padding inside a label, in px; shared with the stylesheet like TYPE. */
export const PAD_X = 8;
export const PAD_Y = 4;

export type TextKind = keyof typeof TYPE;
export type MeasureText = (text: string, kind: TextKind) => number;

const GAP_X = 6;
const GAP_Y = 8;
/** Room between the lowest labels and the axis line, for the leaders to be seen. */
const LEADER = 18;
const AXIS = 30;
const MARGIN_X = 16;

export interface EventLayout {
  event: TimelineEvent;
  /** The date as the label and the accessible name say it. */
  date: string;
  /** Start and exclusive end of the event on the axis. */
  x0: number;
  x1: number;
  /** Drawn as a point (a day or a moment) or as a band (a month, a year, a range). */
  mark: 'point' | 'band';
  label: {
    left: number;
    top: number;
    width: number;
    height: number;
    dateLines: string[];
    lines: string[];
    anchor: 'start' | 'end';
  };
}

export interface Layout {
  width: number;
  height: number;
  /** y of the axis line, which the marks sit on. */
  axisY: number;
  scale: ScaleTime<number, number>;
  ticks: Tick[];
  events: EventLayout[];
}

export function layoutTimeline(
  events: readonly TimelineEvent[],
  width: number,
  locale: string,
  measure: MeasureText,
  axis: Timeline['scale'] = 'calendar',
): Layout {
  // Deep-time hook (data layer): positions are year numbers, on the scale of year-scale.ts, ticked by createYearTicks.
  const range: [number, number] = [MARGIN_X, width - MARGIN_X];
  const scale = axis === 'years' ? createYearScale(events, range) : createTimeScale(events, range);
  const dates = events.map((event) => formatEventDate(event, locale));
  const maxWidth = Math.min(240, Math.max(120, width * 0.45));
  const measureDate: Measure = (text) => measure(text, 'date');
  const measureTitle: Measure = (text) => measure(text, 'title');
  const dateLines = dates.map((date) => wrapText(date, maxWidth - 2 * PAD_X, measureDate));
  const lines = events.map((event) => wrapText(event.title, maxWidth - 2 * PAD_X, measureTitle));
  const boxes = events.map((event, i) => ({
    x: scale(event.from),
    // +2: a pixel of slack each side, so rounding never wraps a line the layout measured as fitting
    width: Math.min(maxWidth, Math.ceil(Math.max(...dateLines[i].map(measureDate), ...lines[i].map(measureTitle))) + 2 * PAD_X + 2),
    height: dateLines[i].length * TYPE.date.line + lines[i].length * TYPE.title.line + 2 * PAD_Y,
  }));
  const placed = placeLabels(boxes, { bounds: width, gapX: GAP_X, gapY: GAP_Y });
  const labelsHeight = Math.max(0, ...placed.map((p, i) => p.level + boxes[i].height));
  const axisY = labelsHeight + LEADER;
  return {
    width,
    height: axisY + AXIS,
    axisY,
    scale,
    ticks: axis === 'years' ? createYearTicks(scale, width, locale) : createTicks(scale, width, locale),
    events: events.map((event, i) => ({
      event,
      date: dates[i],
      x0: boxes[i].x,
      x1: scale(event.to),
      mark: markKind(event),
      label: {
        left: placed[i].left,
        top: labelsHeight - placed[i].level - boxes[i].height,
        width: boxes[i].width,
        height: boxes[i].height,
        dateLines: dateLines[i],
        lines: lines[i],
        anchor: placed[i].anchor,
      },
    })),
  };
}

/** A day or a moment is a point; a month, a year or a range covers its span. */
function markKind(event: TimelineEvent): 'point' | 'band' {
  const { precision } = event.start;
  return event.end || precision === 'month' || precision === 'year' ? 'band' : 'point';
}
