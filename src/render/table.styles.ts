/**
 * The table view: a quiet data table, its rows ruled, each year a header row. On a phone the table
 * keeps its columns and scrolls sideways inside its region (focusable, so keys scroll it too)
 * rather than stacking its cells, which would take the table's semantics from some screen readers;
 * the dates and titles come first, in view. Its buttons are the list's plain `.item` buttons, and
 * a row's detail stays within the visible width.
 */
// Text, not Lit's css: the table part carries its own rules without Lit (see table.ts), and the
// widget adopts them into its shadow root when the part arrives (see adoptSheet).
export const tableCss = `
  .table-region {
    /* The hidden caption is placed inside the region, and the detail measures its width (cqi). */
    position: relative;
    container-type: inline-size;
    overflow-x: auto;
    margin-top: 8px;
  }
  .table-region:focus-visible {
    outline: 3px solid var(--event-timeline-focus);
    outline-offset: 2px;
  }
  .table {
    width: 100%;
    /* Narrower, the titles would break every few letters: the region scrolls instead. */
    min-width: 44rem;
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  .table th,
  .table td {
    padding: 7px 8px;
    border-bottom: 1px solid color-mix(in srgb, var(--event-timeline-rule) 45%, transparent);
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    border-bottom: 2px solid var(--event-timeline-rule);
    color: var(--event-timeline-muted);
    font-size: 0.8rem;
    white-space: nowrap;
  }
  .table [scope='rowgroup'] {
    padding-top: 16px;
    border-bottom-color: var(--event-timeline-rule);
    font-size: 0.95rem;
  }
  .table [scope='row'] {
    width: 7rem;
    color: var(--event-timeline-muted);
    font-weight: 400;
  }
  .table td:nth-child(2) {
    width: 34%;
  }
  /* Wide enough, the dates stay on one line and the titles take the room; narrower, the phone's
     first view holds both. */
  @container (min-width: 50rem) {
    .table [scope='row'] {
      white-space: nowrap;
    }
    .table td:nth-child(2) {
      width: 40%;
    }
  }
  .table tr:hover > [scope='row'],
  .table tr:hover > td {
    background: var(--event-timeline-panel);
  }
  .table .item {
    padding: 0;
  }
  .table .title {
    font-size: inherit;
    font-weight: 600;
  }
  .sort-arrow {
    display: inline-block;
    margin-inline-start: 6px;
    border-inline: 5px solid transparent;
    border-bottom: 6px solid;
  }
  [aria-sort='descending'] .sort-arrow {
    transform: rotate(180deg);
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 6px;
    border-radius: 50%;
    background: var(--mark);
  }
  .detail-row > td {
    padding: 0 0 12px;
  }
  .detail-row .detail {
    /* Under a table wider than the phone, the detail stays where the reader is looking. */
    position: sticky;
    inset-inline-start: 0;
    max-width: 100cqi;
    margin-top: 0;
  }
`;
