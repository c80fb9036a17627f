/**
 * The element's own frame (heading, description, credits, loading and empty status), which the element
 * renders itself, and the rules every part relies on: box sizing, the focus ring, disabled
 * buttons, text for screen readers only.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    line-height: 1.4;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  figure {
    margin: 0;
    padding: 12px 0;
  }
  .heading {
    margin: 0 0 4px;
    font-size: 1.25rem;
    line-height: 1.25;
    font-weight: 700;
  }
  .description {
    /* Its own direction's margins: an English description in an Arabic widget lines up with its
       heading on the left, not with the widget's start on the right. */
    margin: 0 0 8px;
    margin-inline-end: auto;
    max-width: 65ch;
    color: var(--event-timeline-muted);
    font-size: 0.95rem;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .label:focus-visible,
  .item:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--event-timeline-focus);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: default;
    opacity: 0.45;
  }
  .credits {
    margin: 8px 0 0;
    color: var(--event-timeline-muted);
    font-size: 0.8rem;
  }
  .status {
    display: grid;
    place-items: center;
    min-height: 160px;
    border: 1px dashed var(--event-timeline-rule);
    color: var(--event-timeline-muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
