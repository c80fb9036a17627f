/**
 * The single file for pages without a build step, in two forms: dist/event-timeline.min.js for a
 * plain <script> tag (the class is `EventTimeline.EventTimeline`) and dist/event-timeline.js for
 * <script type="module"> (the class is its export `EventTimeline`). Both register <event-timeline>.
 * Apps that want the pure building blocks import the bundler build (src/index.ts, dist/index.js).
 */
export { EventTimeline } from './define.js';
