/**
 * The chart's labels. Their padding and type come from the layout's constants, because the layout
 * measures label text in that type to place the labels without overlap.
 */
import { css, unsafeCSS } from 'lit';
import { PAD_X, PAD_Y, TYPE } from '../layout/layout.js';

export const px = (n: number) => unsafeCSS(`${n}px`);

export const labelsStyles = css`
  .label {
    position: absolute;
    contain: layout style;
    margin: 0;
    padding: ${px(PAD_Y)} ${px(PAD_X)};
    border: 0;
    border-left: 2px solid var(--mark, var(--event-timeline-mark));
    border-radius: 0;
    background: var(--event-timeline-background);
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .label.end {
    border-left: 0;
    border-right: 2px solid var(--mark, var(--event-timeline-mark));
    text-align: right;
  }
  .label.cluster {
    border-left-style: dashed;
    border-right-style: dashed;
    border-color: var(--event-timeline-muted);
  }
  /* A label's type, out of sight, for the text measurement to read (see TextMeasureController): a
     button like the labels, so that it takes the browser's button styles (which reset a page's
     letter spacing) and a reader's style sheet for buttons as they do. */
  .probe {
    position: absolute;
    top: 0;
    left: 0;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: left;
    visibility: hidden;
    pointer-events: none;
  }
  .probe > * {
    display: block;
    white-space: pre;
  }
  .label.cluster .title:not(.lead),
  .label.cluster .more,
  .probe .count {
    font-size: ${px(TYPE.count.size)};
    font-weight: ${TYPE.count.weight};
    line-height: ${px(TYPE.count.line)};
  }
  .label .date,
  .label .title,
  .label .more {
    display: block;
    white-space: pre;
  }
  .label .date,
  .probe .date {
    color: var(--event-timeline-muted);
    font-size: ${px(TYPE.date.size)};
    font-weight: ${TYPE.date.weight};
    line-height: ${px(TYPE.date.line)};
  }
  .label .title,
  .label.cluster .lead,
  .probe .title {
    font-size: ${px(TYPE.title.size)};
    font-weight: ${TYPE.title.weight};
    line-height: ${px(TYPE.title.line)};
  }
  .label:hover .title {
    text-decoration: underline;
  }
  .label[aria-expanded='true'] {
    border-color: var(--event-timeline-accent);
  }
  .label[aria-expanded='true'] .title {
    color: var(--event-timeline-accent);
  }
`;
