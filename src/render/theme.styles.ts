/**
 * The widget's colours and font, all in one place: a page restyles the widget by setting these
 * custom properties on the element, and the dark theme (theme="dark", or theme="auto" with a dark
 * system setting) is nothing but other values for them. The other stylesheets name no colour of
 * their own, but for print, forced colours and the light era fallbacks (below), so this list is
 * complete. Light / dark defaults:
 *
 * --event-timeline-font-family     inherited from the page (both themes). The widget's font.
 * --event-timeline-text            #1b1b1b / #ececec. Text; the axis line; the pressed list-view
 *                                  button's edge.
 * --event-timeline-muted           #595959 / #a9b0b8. Secondary text: the description, dates,
 *                                  axis labels, eras, counts, captions, notes, credits, status;
 *                                  cluster outlines; the legend's hidden groups.
 * --event-timeline-background      #ffffff / #15171a. The widget; behind labels and year headings;
 *                                  inside point marks; buttons.
 * --event-timeline-panel           #f6f6f4 / #1d2024. The detail panel, the error message, cluster
 *                                  bands.
 * --event-timeline-rule            #828282 / #737a82. Tick lines, era edges and rule, button edges,
 *                                  the list's rail, note edges, the loading box. 3:1 or more against
 *                                  the background, the panel and both era fills (WCAG 1.4.11).
 * --event-timeline-mark            #1d4e89 / #7cb4f0. Marks, leaders and label edges of events
 *                                  without a group; links.
 * --event-timeline-band            rgb(29 78 137 / 0.22) / rgb(124 180 240 / 0.3). The fill of
 *                                  month, year and range marks of events without a group.
 * --event-timeline-accent          #b42318 / #ff8a7a. The selected event: mark, label edge, title;
 *                                  the detail panel's top edge.
 * --event-timeline-focus           #0b57d0 / #8ab4f8. The keyboard focus ring.
 * --event-timeline-error           #b42318 / #ff8a7a. The error message's edge.
 * --event-timeline-group-1 … -6    #1d4e89 #a34f00 #2e7d32 #7b3fa0 #00697a #7a6a00 /
 *                                  #7cb4f0 #f0a65a #7ccf83 #c79bf0 #5fd0e0 #e0c060. Group N's
 *                                  marks, leaders, label edges and legend swatch; 22 % of it fills
 *                                  the group's range marks.
 * --event-timeline-era             rgb(0 0 0 / 0.035) / rgb(255 255 255 / 0.04). Background of an
 *                                  era's name. A quiet tint, not a boundary: the era's edges, in
 *                                  --event-timeline-rule, show where it begins and ends.
 * --event-timeline-era-alternate   rgb(0 0 0 / 0.07) / rgb(255 255 255 / 0.08). Every other era's.
 *
 * The light era colours are fallbacks in chart.styles.ts, not set on :host, so a value a page sets
 * on an ancestor still reaches them. `--mark` is internal: a group's colour (the .gN rules below),
 * read by its marks, leaders and labels.
 */
import { css } from 'lit';

const dark = css`
  --event-timeline-text: #ececec;
  --event-timeline-muted: #a9b0b8;
  --event-timeline-background: #15171a;
  --event-timeline-panel: #1d2024;
  /* 3.3:1 on the lighter era fill, 3.8:1 on the panel, 4.1:1 on the background. */
  --event-timeline-rule: #737a82;
  --event-timeline-mark: #7cb4f0;
  --event-timeline-band: rgb(124 180 240 / 0.3);
  --event-timeline-accent: #ff8a7a;
  --event-timeline-focus: #8ab4f8;
  --event-timeline-error: #ff8a7a;
  --event-timeline-group-1: #7cb4f0;
  --event-timeline-group-2: #f0a65a;
  --event-timeline-group-3: #7ccf83;
  --event-timeline-group-4: #c79bf0;
  --event-timeline-group-5: #5fd0e0;
  --event-timeline-group-6: #e0c060;
  --event-timeline-era: rgb(255 255 255 / 0.04);
  --event-timeline-era-alternate: rgb(255 255 255 / 0.08);
`;

export const themeStyles = css`
  :host {
    /* Defaults meet WCAG contrast on their background: text 4.5:1; marks, rules and rings 3:1. */
    --event-timeline-text: #1b1b1b;
    --event-timeline-muted: #595959;
    --event-timeline-background: #ffffff;
    --event-timeline-panel: #f6f6f4;
    /* As light a grey as keeps 3:1, with some margin, on all it meets: 3.3:1 on the darker era
       fill, 3.6:1 on the panel, 3.8:1 on white; lighter, rules and button edges fail 1.4.11. */
    --event-timeline-rule: #828282;
    --event-timeline-mark: #1d4e89;
    --event-timeline-band: rgb(29 78 137 / 0.22);
    --event-timeline-accent: #b42318;
    --event-timeline-focus: #0b57d0;
    --event-timeline-error: #b42318;
    /* Group colours: 3:1 or more against the background, and each group also has its own shape. */
    --event-timeline-group-1: #1d4e89;
    --event-timeline-group-2: #a34f00;
    --event-timeline-group-3: #2e7d32;
    --event-timeline-group-4: #7b3fa0;
    --event-timeline-group-5: #00697a;
    --event-timeline-group-6: #7a6a00;
    color: var(--event-timeline-text);
    background: var(--event-timeline-background);
    font-family: var(--event-timeline-font-family, inherit);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  .g1 { --mark: var(--event-timeline-group-1); }
  .g2 { --mark: var(--event-timeline-group-2); }
  .g3 { --mark: var(--event-timeline-group-3); }
  .g4 { --mark: var(--event-timeline-group-4); }
  .g5 { --mark: var(--event-timeline-group-5); }
  .g6 { --mark: var(--event-timeline-group-6); }
`;
