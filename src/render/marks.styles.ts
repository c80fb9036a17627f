/** The group shapes of marks.ts wherever they are drawn (chart, list rail, legend), and the chart's cluster bands. */
import { css } from 'lit';

export const marksStyles = css`
  .mark {
    cursor: pointer;
    fill: var(--event-timeline-background);
    stroke: var(--mark, var(--event-timeline-mark));
    stroke-width: 2;
  }
  .mark.band {
    fill: var(--event-timeline-band);
  }
  /* A group's band is its colour at 22 %; an event without a group (g0) keeps --event-timeline-band. */
  .mark.band[class*=' g']:not(.g0) {
    fill: color-mix(in srgb, var(--mark) 22%, transparent);
  }
  .mark.circa {
    stroke-dasharray: 3 2;
  }
  .mark.cluster {
    fill: var(--event-timeline-panel);
    stroke: var(--event-timeline-muted);
    stroke-dasharray: 3 2;
  }
  /* The density strip: a tick per event in its group's colour and shape, drawn for the eye only; a click on
     it (or on the target under it) zooms in there. */
  .strip {
    fill: none;
    stroke: var(--mark, var(--event-timeline-mark));
    stroke-width: 1.2;
    stroke-opacity: 0.7;
    pointer-events: none;
  }
  .strip-target {
    fill: transparent;
    cursor: zoom-in;
  }
  .mark.selected {
    fill: var(--event-timeline-accent);
    stroke: var(--event-timeline-accent);
  }
`;
