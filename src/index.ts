/**
 * event-timeline: registers <event-timeline> and exports its pure building blocks for apps.
 */
import { EventTimeline } from './element/event-timeline.js';

export { EventTimeline };
export type { TimelineErrorDetail, TimelineReadyDetail, TimelineSelectDetail } from './element/event-timeline.js';
export { parseTimeline, type ParseResult } from './data/parse-timeline.js';
export { readEventsText, readEventsValue, type Format, type ReadResult } from './data/read-events.js';
export { parseDateValue, formatDateValue, type DateValue, type Precision } from './model/date-value.js';
export type * from './model/types.js';

// Two CMS blocks on one page may both include the script: define the element only once.
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);
