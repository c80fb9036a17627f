/**
 * event-timeline: registers <event-timeline> and exports its pure building blocks for apps.
 */
export { EventTimeline } from './define.js';
export type { TimelineErrorDetail, TimelineReadyDetail, TimelineSelectDetail } from './element/event-timeline.js';
export { parseTimeline, type ParseResult } from './parse/parse-timeline.js';
export {
  readEvents,
  readEventsText,
  readEventsValue,
  type EventsInput,
  type Format,
  type ReadResult,
} from './parse/read-events.js';
export { parseDateValue, formatDateValue, type DateValue, type Precision } from './model/date-value.js';
export type * from './model/types.js';
