// Until src/element/event-timeline.ts imports '../render/index.js'; then this file goes.
export { styles } from './index.js';
