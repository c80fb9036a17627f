// What the pure layout tests give buildView in place of the element: a monospace stand-in for the
// browser's text metrics, and a chart 1000 px wide in English at the whole view.
import type { ViewInput } from '../../src/layout/build-view.js';
import type { MeasureText } from '../../src/layout/layout.js';
import { WHOLE } from '../../src/interaction/view.js';
import { ENGLISH } from '../../src/i18n/strings.js';

export const monospace: MeasureText = (text, kind) => text.length * (kind === 'date' ? 7 : 8);

export const CHART_INPUT: ViewInput = {
  width: 1000,
  locale: 'en-US',
  direction: 'ltr',
  orientation: 'horizontal',
  view: WHOLE,
  measure: monospace,
  strings: ENGLISH,
  hidden: new Set(),
};
