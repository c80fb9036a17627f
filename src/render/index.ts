/**
 * The render phase as the element uses it: the templates and the stylesheet. The modules behind
 * it are cut by part of the widget, each template beside its styles.
 */
export { renderChart } from './chart.js';
export type { RenderContext } from './context.js';
export { renderToolbar } from './controls.js';
export { renderDetail } from './detail.js';
export { renderError } from './error.js';
export { renderList } from './list.js';
export { styles } from './styles.js';
