/**
 * The single file for a plain <script> tag (dist/event-timeline.min.js): registers
 * <event-timeline> and exposes the class as `EventTimeline.EventTimeline`. Apps that want the
 * pure building blocks import the ESM build (src/index.ts) instead.
 */
export { EventTimeline } from './define.js';
