import type { DateValue } from './date-value.js';

/** The events file as producers write it (format version 1; see README "The events file"). */
export interface TimelineFile {
  $schema?: string;
  version: 1;
  title?: string;
  description?: string;
  /** IANA zone for times written without an offset. */
  timeZone?: string;
  groups?: GroupEntry[];
  events: EventEntry[];
}

export interface GroupEntry {
  id: string;
  label: string;
}

export interface EventEntry {
  id: string;
  /** ISO 8601; its form is its precision: "2016", "2016-07", "2016-09-08", "2017-02-13T22:00". */
  start: string;
  end?: string;
  title: string;
  description?: string;
  group?: string;
  place?: string;
  /** Editorial note, e.g. how a date was established. */
  note?: string;
  timeZone?: string;
  sources?: SourceEntry[];
  media?: MediaEntry;
}

export interface SourceEntry {
  name: string;
  url?: string;
  /** ISO date of publication. */
  date?: string;
}

export interface MediaEntry {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** One problem in a file, where it is and what is wrong, in words a producer understands. */
export interface Problem {
  /** Where in the file, e.g. "events[2].start"; "" for the file as a whole. */
  path: string;
  message: string;
}

/** A source as the reader sees it; its date already parsed. */
export interface Source {
  name: string;
  url?: string;
  date?: DateValue;
}

/** An event after validation: dates parsed with their precision, ready to lay out. */
export interface TimelineEvent {
  id: string;
  title: string;
  start: DateValue;
  end?: DateValue;
  description?: string;
  group?: string;
  place?: string;
  note?: string;
  sources: Source[];
  media?: MediaEntry;
  /** Axis position of the start, in wall-time milliseconds (see toAxisMillis). */
  from: number;
  /** Axis position of the exclusive end of the last period the event covers. */
  to: number;
}

export interface Timeline {
  title?: string;
  description?: string;
  groups: GroupEntry[];
  /** In chronological order; events that start together keep the order of the file. */
  events: TimelineEvent[];
}
