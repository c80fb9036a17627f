/** The editor's look: the Embed page's (sans-serif controls, muted hints), light and dark. */
import { css } from 'lit';

export const editorStyles = css`
  :host {
    --page: #ffffff;
    --ink: #1b1b1b;
    --muted: #595959;
    --panel: #f6f6f4;
    --rule: #c9c9c9;
    --field: #767676;
    --accent: #1d4e89;
    --on-accent: #ffffff;
    --focus: #0b57d0;
    --error: #b42318;
    --warning: #7a4d00;
    --selected: #e8f0fb;
    --sans: system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif;
    display: block;
    color: var(--ink);
    font: 15px/1.5 var(--sans);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --page: #15171a;
      --ink: #ececec;
      --muted: #a9b0b8;
      --panel: #1d2024;
      --rule: #464c53;
      --field: #8b939c;
      --accent: #7cb4f0;
      --on-accent: #15171a;
      --focus: #8ab4f8;
      --error: #ff8a7a;
      --warning: #f2c46d;
      --selected: #23324a;
    }
  }
  h2 {
    margin: 0 0 8px;
    font:
      700 22px/1.25 Georgia,
      'Noto Serif',
      'DejaVu Serif',
      serif;
  }
  h3 {
    margin: 0 0 8px;
    font-size: 17px;
  }
  section {
    margin: 0 0 32px;
  }
  .toolbar,
  .meta,
  .panel,
  .export {
    padding: 16px;
    background: var(--panel);
    border: 1px solid var(--rule);
    border-radius: 6px;
  }
  .actions,
  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin: 0 0 12px;
  }
  button,
  .file-button {
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--field);
    border-radius: 4px;
    background: var(--page);
    color: var(--ink);
    font: inherit;
    cursor: pointer;
  }
  .file-button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
  }
  .file-button input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .file-button:focus-within {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
  button:disabled {
    color: var(--muted);
    cursor: not-allowed;
    border-style: dashed;
  }
  button.danger {
    color: var(--error);
    border-color: var(--error);
  }
  :focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 1px;
  }
  input[type='text'],
  input[type='url'],
  textarea,
  select {
    box-sizing: border-box;
    width: 100%;
    min-height: 32px;
    padding: 4px 6px;
    border: 1px solid var(--field);
    border-radius: 3px;
    background: var(--page);
    color: var(--ink);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--error);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .choice label {
    display: inline-flex;
    gap: 4px;
    align-items: center;
    margin-inline-end: 12px;
    font-weight: 400;
  }
  .field {
    margin: 0 0 12px;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
    gap: 0 16px;
  }
  fieldset {
    margin: 0 0 12px;
    padding: 8px 12px;
    border: 1px solid var(--rule);
    border-radius: 4px;
  }
  legend {
    padding: 0 4px;
    font-weight: 700;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: end;
  }
  .line .field {
    flex: 1 1 160px;
  }
  .swatch {
    flex: none;
    margin-bottom: 22px;
  }
  .swatch * {
    fill: var(--mark, var(--event-timeline-mark));
  }
  .hint,
  .precision {
    margin: 2px 0 0;
    color: var(--muted);
    font-size: 13px;
  }
  .precision {
    display: block;
  }
  .hint.warning {
    color: var(--warning);
    font-weight: 600;
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 8px 0 0;
    font-weight: 600;
  }
  .ask {
    margin: 0 0 12px;
    padding: 12px;
    border: 2px solid var(--error);
    border-radius: 4px;
    background: var(--page);
  }
  .ask p {
    margin: 0 0 8px;
  }
  .paste {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 4px 8px;
    align-items: end;
  }
  .paste label,
  .paste .hint {
    grid-column: 1 / -1;
  }
  .paste .hint {
    grid-row: 3;
  }
  .problems {
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
    font-size: 13px;
  }
  .problems .error {
    color: var(--error);
  }
  .problems .error::before {
    content: '\\2716  ';
  }
  .problems .warning {
    color: var(--warning);
  }
  .problems .warning::before {
    content: '\\26a0  ';
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: center;
    margin: 0 0 8px;
  }
  .summary p {
    margin: 0;
    font-weight: 600;
  }
  .summary.has-errors p {
    color: var(--error);
  }
  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(260px, 300px);
    gap: 16px;
    align-items: start;
  }
  @media (max-width: 900px) {
    .workspace {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* Fixed columns: a cell's width never jumps while its text is typed; the title takes the rest. */
  table {
    width: 100%;
    min-width: 880px;
    table-layout: fixed;
    border-collapse: collapse;
  }
  /* An empty table is only its headings: nothing to scroll to (and no cell to focus while scrolling). */
  table:not(:has(tbody tr)) {
    min-width: 0;
  }
  th,
  td {
    padding: 4px;
    border-bottom: 1px solid var(--rule);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: 13px;
    color: var(--muted);
  }
  th.n {
    width: 2em;
    color: var(--muted);
    font-weight: 400;
  }
  th.date {
    width: 8.5em;
  }
  th.flag {
    width: 3.5em;
  }
  th.group,
  th.place {
    width: 7.5em;
  }
  th.importance {
    width: 7em;
  }
  td.flag {
    text-align: center;
  }
  td.flag input {
    width: 20px;
    height: 20px;
    margin: 6px 0 0;
  }
  tr.has-errors th.n {
    color: var(--error);
    font-weight: 700;
  }
  tr.has-errors th.n::after {
    content: ' \\2716';
  }
  tr.has-warnings th.n {
    color: var(--warning);
  }
  tr.has-warnings th.n::after {
    content: ' \\26a0';
  }
  tr.selected {
    background: var(--selected);
  }
  .add {
    margin: 8px 0 0;
  }
  .panel {
    position: sticky;
    top: 8px;
  }
  .panel .title {
    font-weight: 400;
  }
  .source {
    margin: 0 0 12px;
    padding: 0 0 8px;
    border-bottom: 1px dashed var(--rule);
  }
  .source-title {
    margin: 0 0 4px;
    font-weight: 700;
  }
  .preview-options {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: end;
  }
  .preview-options fieldset {
    margin: 0;
  }
  .stage {
    overflow-x: auto;
    padding: 16px;
    border: 1px solid var(--rule);
    border-radius: 6px;
    background: #ffffff;
  }
  .stage.dark {
    background: #15171a;
  }
  .stage event-timeline {
    display: block;
    max-width: none;
  }
  .code textarea {
    font: 13px/1.4 ui-monospace, 'DejaVu Sans Mono', monospace;
  }
  .code button {
    margin-top: 4px;
  }
  .copied {
    margin-inline-start: 8px;
    color: var(--muted);
  }
  /* The widget's rule (render/base.styles.ts), written again: sharing it would cost the single file bytes. */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
