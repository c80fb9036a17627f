import type { DateValue } from './date-value.js';
import type { GroupEntry, MediaEntry } from './events-file.js';

// The file format's types are generated from events.schema.json, the one source of truth.
export type {
  DateInput,
  EraEntry,
  EventEntry,
  GroupEntry,
  MediaEntry,
  SourceEntry,
  TimelineFile,
} from './events-file.js';

/** One problem in a file, where it is and what is wrong, in words a producer understands. */
export interface Problem {
  /** Where in the file, e.g. "events[2].start" or "row 7, column start"; "" for the file as a whole. */
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
  /** The date is approximate: labelled "c. 1850". */
  circa: boolean;
  /** Text shown as the date ("Summer 1969") in place of the formatted one; start and end still place it. */
  displayDate?: string;
  /** 1: a key event, which keeps its own label where others fold; 3: minor. Undefined: 2, the default. */
  importance?: 1 | 3;
  /** May hold the inline HTML subset; rendered only through the sanitiser (src/render/sanitize.ts). */
  description?: string;
  group?: string;
  place?: string;
  note?: string;
  /**
   * The language of this event's text (a canonical BCP 47 tag), as the file gives it for the event;
   * undefined: the file's, or the page's.
   */
  lang?: string;
  sources: Source[];
  /**
   * `caption` may hold the inline HTML subset, like `description`. `url`, `link` and `thumbnail`
   * are absolute http(s) addresses, resolved against the file's address.
   */
  media?: MediaEntry;
  /** Axis position of the start (see Timeline.scale). */
  from: number;
  /** Axis position of the exclusive end of the last period the event covers. */
  to: number;
}

/** A named span of background context, such as "2016 campaign". */
export interface Era {
  id: string;
  label: string;
  start: DateValue;
  end: DateValue;
  /** Axis positions, like an event's. */
  from: number;
  to: number;
}

export interface Timeline {
  title?: string;
  description?: string;
  /**
   * The language of the file's text (a canonical BCP 47 tag); undefined when the file does not say,
   * and the page's language is the best guess.
   */
  lang?: string;
  groups: GroupEntry[];
  /** In chronological order; events that start together keep the order of the file. */
  events: TimelineEvent[];
  /** In chronological order. */
  eras: Era[];
  /**
   * What the axis positions (`from`, `to`) are. 'calendar': wall-time milliseconds (see
   * toAxisMillis). 'years': astronomical year numbers (0 is 1 BC), used when the file holds a year
   * beyond the calendar ("deep time"); every date then has year precision.
   */
  scale: 'calendar' | 'years';
  /**
   * What the links in descriptions and captions resolve against: the file's own address (see
   * ParseOptions.base). The sanitiser resolves them, once it has parsed the markup.
   */
  base?: string;
}

/** The widget's colours: light, dark, or as the reader's system is set. */
export type Theme = 'light' | 'dark' | 'auto';

/** Events along a horizontal axis, or as a vertical list. */
export type Orientation = 'horizontal' | 'vertical';
