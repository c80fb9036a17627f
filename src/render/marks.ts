/**
 * A group's shape, drawn in three places that must agree: the chart's marks, the list's rail and
 * the legend's swatches.
 */
import { nothing, svg } from 'lit';

const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** Events without a group are circles, like the first group's. */
export function shapeOfGroup(group: number) {
  return SHAPES[Math.max(group - 1, 0) % SHAPES.length];
}

/**
 * Groups differ in shape as well as colour, so colour is never the only cue. A mark of the chart
 * names its event and its x; a legend swatch names neither.
 */
export function renderShape(
  shape: (typeof SHAPES)[number],
  x: number,
  y: number,
  classes: string,
  mark?: { id: string; x: number; onClick(): void },
) {
  const id = mark?.id ?? nothing;
  const at = mark?.x ?? nothing;
  switch (shape) {
    case 'square':
      return svg`<rect class=${classes} data-mark=${id} data-x=${at} x=${x - 5.5} y=${y - 5.5} width="11" height="11" @click=${mark?.onClick}></rect>`;
    case 'diamond':
      return svg`<path class=${classes} data-mark=${id} data-x=${at} d="M${x} ${y - 7.5}l7.5 7.5l-7.5 7.5l-7.5 -7.5z" @click=${mark?.onClick}></path>`;
    case 'triangle':
      return svg`<path class=${classes} data-mark=${id} data-x=${at} d="M${x} ${y - 7.5}l7 12h-14z" @click=${mark?.onClick}></path>`;
    default:
      return svg`<circle class=${classes} data-mark=${id} data-x=${at} cx=${x} cy=${y} r="6" @click=${mark?.onClick}></circle>`;
  }
}

/**
 * A group's tick in the density strip, as a path segment at (x, y): a small outline of its shape,
 * so that the strip tells groups apart as the legend does, not by colour alone.
 */
export function stripTick(shape: (typeof SHAPES)[number], x: number, y: number): string {
  switch (shape) {
    case 'square':
      return `M${x - 2.5} ${y - 2.5}h5v5h-5z`;
    case 'diamond':
      return `M${x} ${y - 3.5}l3.5 3.5l-3.5 3.5l-3.5 -3.5z`;
    case 'triangle':
      return `M${x} ${y - 3.5}l3 5.5h-6z`;
    default:
      return `M${x - 2.5} ${y}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0`;
  }
}
