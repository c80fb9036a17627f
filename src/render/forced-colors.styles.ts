/** Windows High Contrast and other forced palettes: system colours, and shapes that stay visible. */
import { css } from 'lit';

export const forcedColorsStyles = css`
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
    /* The forced palette paints every era's fill Canvas and drops box shadows, which took the eras'
       edges with them: borders bring them back. Two eras that meet show a double line there. */
    .era {
      border: 1px solid CanvasText;
      border-top-width: 2px;
      color: CanvasText;
    }
    .era.open-left {
      border-left: 0;
    }
    .era.open-right {
      border-right: 0;
    }
  }
`;
