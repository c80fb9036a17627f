import { EventTimeline } from './element/event-timeline.js';

// Two CMS blocks on one page may both include the script: define the element only once.
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

export { EventTimeline };
