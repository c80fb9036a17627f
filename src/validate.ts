/**
 * The core of the command-line check (`npx event-timeline validate`, bin/event-timeline.mjs),
 * built for Node as dist/validate.js. It is the same reading and validation the widget does, so a
 * producer gets the same messages from a pipeline as from the page.
 */
export { readEvents, readEventsText, type EventsInput, type Format, type ReadResult } from './parse/read-events.js';
export { DEFAULT_MAX_BYTES } from './source/fetch-text.js';
export { parseDateValue } from './model/date-value.js';
