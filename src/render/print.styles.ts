/** Paper: black on white, no controls, each list item kept on one page (the list is the printed layout). */
import { css } from 'lit';

export const printStyles = css`
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .toolbar,
    .close,
    .steps,
    .show-more,
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
`;
