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
  }
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
    background: var(--event-timeline-era, rgb(0 0 0 / 0.035));
    color: var(--event-timeline-muted);
    font-size: 12px;
    line-height: 16px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .era:nth-child(even) {
    background: var(--event-timeline-era-alternate, rgb(0 0 0 / 0.07));
  }
  .empty {
    position: absolute;
    inset: 0 0 40px;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--event-timeline-muted);
  }
`;
