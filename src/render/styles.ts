import { css, unsafeCSS } from 'lit';
import { PAD_X, PAD_Y, TYPE } from '../layout/layout.js';

const px = (n: number) => unsafeCSS(`${n}px`);

const dark = css`
  --event-timeline-text: #ececec;
  --event-timeline-muted: #a9b0b8;
  --event-timeline-background: #15171a;
  --event-timeline-panel: #1d2024;
  --event-timeline-rule: #464c53;
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

export const styles = css`
  :host {
    /* Defaults meet WCAG contrast on their background: text 4.5:1, marks and rings 3:1. */
    --event-timeline-text: #1b1b1b;
    --event-timeline-muted: #595959;
    --event-timeline-background: #ffffff;
    --event-timeline-panel: #f6f6f4;
    --event-timeline-rule: #c9c9c9;
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
    display: block;
    color: var(--event-timeline-text);
    background: var(--event-timeline-background);
    font-family: var(--event-timeline-font-family, inherit);
    line-height: 1.4;
    text-align: start;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
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
    margin: 0 0 8px;
    max-width: 65ch;
    color: var(--event-timeline-muted);
    font-size: 0.95rem;
  }
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
  .mark {
    cursor: pointer;
    fill: var(--event-timeline-background);
    stroke: var(--mark, var(--event-timeline-mark));
    stroke-width: 2;
  }
  .mark.band {
    fill: var(--event-timeline-band);
  }
  .g1 { --mark: var(--event-timeline-group-1); }
  .g2 { --mark: var(--event-timeline-group-2); }
  .g3 { --mark: var(--event-timeline-group-3); }
  .g4 { --mark: var(--event-timeline-group-4); }
  .g5 { --mark: var(--event-timeline-group-5); }
  .g6 { --mark: var(--event-timeline-group-6); }
  .mark.band[class*=' g'] {
    fill: color-mix(in srgb, var(--mark) 22%, transparent);
  }
  .mark.circa {
    stroke-dasharray: 3 2;
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
  .mark.cluster {
    fill: var(--event-timeline-panel);
    stroke: var(--event-timeline-muted);
    stroke-dasharray: 3 2;
  }
  .mark.selected {
    fill: var(--event-timeline-accent);
    stroke: var(--event-timeline-accent);
  }
  .empty {
    position: absolute;
    inset: 0 0 40px;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--event-timeline-muted);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
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
  .label.cluster .title {
    font-size: ${px(TYPE.count.size)};
    font-weight: ${TYPE.count.weight};
    line-height: ${px(TYPE.count.line)};
  }
  .label .date,
  .label .title {
    display: block;
    white-space: pre;
  }
  .label .date {
    color: var(--event-timeline-muted);
    font-size: ${px(TYPE.date.size)};
    font-weight: ${TYPE.date.weight};
    line-height: ${px(TYPE.date.line)};
  }
  .label .title {
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
  .label:focus-visible,
  .item:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--event-timeline-focus);
    outline-offset: 2px;
  }
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
  .step.previous::before {
    content: '← ';
  }
  .step.next::after {
    content: ' →';
  }
  :host(:dir(rtl)) .step.previous::before {
    content: '→ ';
  }
  :host(:dir(rtl)) .step.next::after {
    content: ' ←';
  }
  button:disabled {
    cursor: default;
    opacity: 0.45;
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
  .media {
    margin: 0 0 8px;
  }
  .media img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .media figcaption {
    color: var(--event-timeline-muted);
    font-size: 0.85rem;
  }
  /* ---- vertical layout ---- */
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
  .error {
    padding: 12px 16px;
    border-inline-start: 4px solid var(--event-timeline-error);
    background: var(--event-timeline-panel);
  }
  .error ul {
    margin: 4px 0 0;
    padding-inline-start: 1.2em;
  }
  /* data layer: media of an event, and the count under a long error list */
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
  .error .more {
    list-style: none;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .toolbar,
    .close,
    .steps,
    .rail-mark {
      display: none;
    }
    /* Paper cannot be clicked: write the addresses out. */
    .sources a::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .list li {
      break-inside: avoid;
    }
  }
  /* Windows High Contrast and other forced palettes: system colours, and shapes that stay visible. */
  @media (forced-colors: active) {
    .mark,
    .mark.band {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark.selected {
      fill: Highlight;
      stroke: Highlight;
    }
    .leader,
    .axis .domain,
    .axis line {
      stroke: CanvasText;
    }
    .axis text {
      fill: CanvasText;
    }
    .label,
    .label.end {
      border-color: CanvasText;
    }
    .label[aria-expanded='true'] {
      border-color: Highlight;
    }
  }
`;
