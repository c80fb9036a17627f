/**
 * The render phase as the element uses it: the whole figure for a picture, the error message, and
 * one stylesheet per part in a single list for `static styles`. The modules behind it are cut by
 * part of the widget, each template beside its styles (<part>.ts, <part>.styles.ts).
 */
export type { RenderContext } from './context.js';
export { renderError } from './error.js';
export { renderFigure, type FigureState } from './figure.js';

import { themeStyles } from './theme.styles.js';
import { baseStyles } from './base.styles.js';
import { marksStyles } from './marks.styles.js';
import { chartStyles } from './chart.styles.js';
import { labelsStyles } from './labels.styles.js';
import { detailStyles } from './detail.styles.js';
import { controlsStyles } from './controls.styles.js';
import { listStyles } from './list.styles.js';
import { errorStyles } from './error.styles.js';
import { printStyles } from './print.styles.js';
import { forcedColorsStyles } from './forced-colors.styles.js';

/**
 * In cascade order: a later sheet wins over an earlier one at the same specificity. The media
 * sheets (print, forced colours) come last, to override everything before them; the media and
 * table parts' rules go in before them when they arrive (see adoptSheet). Imported in the
 * same order, after the templates, so that the minifier can write each sheet straight into this
 * list instead of naming it first.
 */
export const styles = [
  themeStyles,
  baseStyles,
  marksStyles,
  chartStyles,
  labelsStyles,
  detailStyles,
  controlsStyles,
  listStyles,
  errorStyles,
  printStyles,
  forcedColorsStyles,
];
