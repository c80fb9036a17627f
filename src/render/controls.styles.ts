/**
 * The toolbar: legend, zoom buttons and the list and table switches. The detail's previous/next buttons
 * (.step) share the toolbar's pill-shaped button.
 */
import { css } from 'lit';

export const controlsStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px 16px;
    margin: 4px 0 8px;
  }
  .legend,
  .zoom {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-inline-start: auto;
  }
  .legend-item,
  .zoom-button,
  .view-button,
  .step {
    min-width: 32px;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--event-timeline-rule);
    border-radius: 16px;
    background: var(--event-timeline-background);
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    line-height: 1;
    /* A button wraps to the next row whole, never into a two-line pill. */
    white-space: nowrap;
    cursor: pointer;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend-item[aria-pressed='false'] {
    color: var(--event-timeline-muted);
    text-decoration: line-through;
  }
  .legend-item[aria-pressed='false'] svg {
    opacity: 0.35;
  }
  .zoom-button {
    font-size: 1.1rem;
  }
  .zoom-button.reset {
    font-size: 0.875rem;
  }
  .view-button[aria-pressed='true'] {
    border-color: var(--event-timeline-text);
    font-weight: 700;
  }
`;
