/** The vertical list: the rail, year headings and items; item dates in the chart labels' date type. */
import { css } from 'lit';
import { px } from './labels.styles.js';
import { TYPE } from '../layout/layout.js';

export const listStyles = css`
  .list {
    position: relative;
    margin: 8px 0 0;
    padding: 0;
    padding-inline-start: 28px;
  }
  .list::before {
    content: '';
    position: absolute;
    top: 4px;
    bottom: 4px;
    inset-inline-start: 9px;
    border-inline-start: 2px solid var(--event-timeline-rule);
  }
  .list li {
    position: relative;
    padding: 0 0 14px;
  }
  .list .year {
    display: block;
    margin: 8px 0 6px;
    margin-inline-start: -28px;
    padding: 2px 0;
    background: var(--event-timeline-background);
    font-size: 0.875rem;
    font-weight: 700;
    position: relative;
  }
  .list li:first-child .year {
    margin-top: 0;
  }
  .rail-mark {
    position: absolute;
    inset-inline-start: -28px;
    margin-top: 2px;
    overflow: visible;
  }
  .list .new-year .rail-mark {
    margin-top: 2px;
  }
  .item {
    display: block;
    width: 100%;
    margin: 0;
    padding: 0 4px 2px;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item .date {
    display: block;
    color: var(--event-timeline-muted);
    font-size: ${px(TYPE.date.size)};
    font-weight: ${TYPE.date.weight};
    line-height: ${px(TYPE.date.line)};
  }
  .item .title {
    display: block;
    font-size: 1rem;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .item:hover .title {
    text-decoration: underline;
  }
  .item[aria-expanded='true'] .title {
    color: var(--event-timeline-accent);
  }
  .list .detail {
    margin: 8px 0 4px;
  }
  .show-more {
    display: block;
    margin: 8px 0;
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--event-timeline-rule);
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }
  .show-more:hover {
    border-color: var(--event-timeline-muted);
  }
`;
