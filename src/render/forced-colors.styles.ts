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
  }
`;
