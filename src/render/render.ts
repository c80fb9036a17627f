// Until src/element/event-timeline.ts imports '../render/index.js'; then this file goes.
export { renderChart, renderDetail, renderError, renderList, renderToolbar, type RenderContext } from './index.js';
