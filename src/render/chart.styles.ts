/** The horizontal chart's frame, axis, leaders and eras' strip; its marks are in marks.styles.ts. */
import { css } from 'lit';

export const chartStyles = css`
  .chart {
    position: relative;
    contain: size layout style;
    /* Vertical swipes scroll the page; two-finger pinches are the widget's. */
    touch-action: pan-y;
    outline: none;
  }
  /* A view whose labels cannot fit in the overview's height scrolls within it, so the page never moves. */
  .chart.scrolls {
    overflow-y: auto;
  }
  .chart > svg {
    position: absolute;
    inset: 0;
    display: block;
    overflow: visible;
  }
  .axis text {
    text-anchor: middle;
    fill: var(--event-timeline-muted);
    font-family: inherit;
    font-size: 12px;
    /* A halo in the background's colour: the leaders of labels below the axis pass behind the
       tick names, not through them. */
    paint-order: stroke;
    stroke: var(--event-timeline-background);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  /* The chart draws no gridlines: each tick's short mark is all that places its date on the axis,
     so it is meaningful and takes the rule at 3:1, not a lighter decorative grey. */
  .axis line {
    stroke: var(--event-timeline-rule);
  }
  .axis .domain {
    stroke: var(--event-timeline-text);
  }
  .leader {
    stroke: var(--mark, var(--event-timeline-mark));
    stroke-width: 1;
  }
  .eras {
    position: absolute;
    inset-inline: 0;
    height: 24px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .era {
    position: absolute;
    top: 0;
    box-sizing: border-box;
    padding: 3px 4px 0;
    border-top: 2px solid var(--event-timeline-rule);
    /* The fills stay a quiet tint (1.1:1, not a boundary anyone could see); a hairline in the rule
       colour at each end marks where an era begins and ends at 3:1. Shadows, not borders: the
       start line is inside the era and the end line just past it, where a following era's start
       line falls, so two eras that meet share one line. Forced colours drop shadows and draw
       borders instead (forced-colors.styles.ts). */
    box-shadow:
      inset 1px 0 var(--event-timeline-rule),
      1px 0 var(--event-timeline-rule);
    --tint: var(--event-timeline-era, rgb(0 0 0 / 0.035));
    background: var(--tint);
    color: var(--event-timeline-muted);
    font-size: 12px;
    line-height: 16px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* An era that goes on out of view has no edge at the view's edge. */
  .era.open-left {
    box-shadow: 1px 0 var(--event-timeline-rule);
  }
  .era.open-right {
    box-shadow: inset 1px 0 var(--event-timeline-rule);
  }
  .era.open-left.open-right {
    box-shadow: none;
  }
  .era:nth-child(even) {
    --tint: var(--event-timeline-era-alternate, rgb(0 0 0 / 0.07));
  }
  /* The name is opaque, in the strip's own tint: a leader of a label below passes behind it. */
  .era .name {
    background:
      linear-gradient(var(--tint), var(--tint)),
      var(--event-timeline-background);
  }
  /* Where the labels would be, above the axis: the chart keeps its height in an empty stretch. */
  .empty {
    position: absolute;
    inset: 0 0 auto;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--event-timeline-muted);
  }
`;
