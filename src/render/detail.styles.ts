/** The detail panel: its text, links, media, sources, close button and previous/next steps. */
import { css } from 'lit';

export const detailStyles = css`
  .detail {
    position: relative;
    margin-top: 8px;
    padding: 12px 16px 16px;
    border-top: 3px solid var(--event-timeline-accent);
    background: var(--event-timeline-panel);
  }
  .detail h3 {
    margin: 0;
    margin-inline-end: 44px;
    margin-block-end: 4px;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .detail .meta {
    margin: 0;
    margin-inline-end: 44px;
    margin-block-end: 8px;
    color: var(--event-timeline-muted);
    font-size: 0.875rem;
    font-weight: 700;
  }
  .detail p {
    margin: 0 0 8px;
    max-width: 70ch;
  }
  .detail .note {
    padding-inline-start: 10px;
    border-inline-start: 3px solid var(--event-timeline-rule);
    color: var(--event-timeline-muted);
    font-size: 0.9rem;
  }
  .detail h4 {
    margin: 12px 0 4px;
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--event-timeline-muted);
  }
  .detail ul {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.9rem;
  }
  a {
    color: var(--event-timeline-mark);
  }
  .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 1px solid var(--event-timeline-rule);
    border-radius: 50%;
    background: var(--event-timeline-background);
    color: inherit;
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    cursor: pointer;
  }
  /* "← " and " →", escaped (the single file stays ASCII, for pages in legacy charsets), with empty
     alternative text: the arrows are drawn, not read as part of the buttons' names. */
  .step.previous::before {
    content: '\\2190\\20' / '';
  }
  .step.next::after {
    content: '\\20\\2192' / '';
  }
  .step.previous:dir(rtl)::before {
    content: '\\2192\\20' / '';
  }
  .step.next:dir(rtl)::after {
    content: '\\20\\2190' / '';
  }
  .steps {
    display: flex;
    align-items: center;
    gap: 12px;
    margin-top: 12px;
  }
  .steps .count {
    color: var(--event-timeline-muted);
    font-size: 0.875rem;
  }
  /* Media show only in the detail. */
  .detail .media {
    margin: 8px 0;
  }
  .detail .media img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .detail figcaption {
    font-size: 0.875rem;
    color: var(--event-timeline-muted);
  }
`;
