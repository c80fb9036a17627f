/** The message shown instead of the timeline when the events file cannot be used. */
import { css } from 'lit';

export const errorStyles = css`
  .error {
    padding: 12px 16px;
    border-inline-start: 4px solid var(--event-timeline-error);
    background: var(--event-timeline-panel);
  }
  .error ul {
    margin: 4px 0 0;
    padding-inline-start: 1.2em;
  }
  .error .more {
    list-style: none;
  }
`;
