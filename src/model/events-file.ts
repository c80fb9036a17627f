// Generated from events.schema.json by scripts/schema-types.mjs: do not edit by hand.
// Change the schema, then run `npm run schema:types`; `npm test` fails while the two differ.

/** A date whose form is its precision: "2016", "2016-07", "2016-09-08" or "2017-02-13T22:00". Years before year 1 in ISO expanded form ("-000500" is 501 BC) or as a negative year number (-500, also 501 BC: year 0 is 1 BC). Years beyond the calendar (-13800000000) turn the timeline into a year axis. */
export type DateInput = string | number;

/** An IANA time zone, such as America/New_York. */
export type TimeZoneName = string;

/** A web address: absolute (https:, http:, or mailto: for links), protocol-relative (//host/path), site-relative (/path) or relative to the events file (img/a.jpg). Relative addresses are resolved against the file's own address (the page's, for inline data); javascript:, data: and other schemes are dropped with a warning. */
export type WebAddress = string;

/** The events file as producers write it (format version 1). */
export interface TimelineFile {
  /** Where this schema is, so an editor can check the file: "./events.schema.json". */
  "$schema"?: string;
  /** Format version; 1 is the only one so far. */
  version: 1;
  /** Shown above the timeline. */
  title?: string;
  /** Shown under the title, as plain text. */
  description?: string;
  /** IANA zone for times written without an offset (default UTC). */
  timeZone?: TimeZoneName;
  /** The language of the file's text (titles, descriptions, notes), as a BCP 47 tag such as en, de-CH or pt-BR; by default the page's. A screen reader reads the text in it, whatever language the widget's words are in. */
  lang?: string;
  /** The groups an event's "group" may name. */
  groups?: GroupEntry[];
  /** Named spans of background context, such as "2016 campaign". */
  eras?: EraEntry[];
  /** The events, in any order; the timeline sorts them by date. */
  events: EventEntry[];
}

export interface GroupEntry {
  /** What an event's "group" names. */
  id: string;
  /** The group's name as readers see it. */
  label: string;
}

export interface EraEntry {
  /** Unique among the eras. */
  id: string;
  start: DateInput;
  /** Not before start; the era covers the whole period it names. */
  end: DateInput;
  /** The era's name, e.g. "Transition". */
  label: string;
}

export interface EventEntry {
  /** Unique within the file. */
  id: string;
  /** When it happened; write only the precision you know. */
  start: DateInput;
  /** For a range: not before start. */
  end?: DateInput;
  /** The date is approximate ("c. 1850"). */
  circa?: boolean;
  /** 1: a key event, which keeps its title where space is short; 2: the default; 3: minor. */
  importance?: 1 | 2 | 3;
  /** Text shown as the date ("Summer 1969"); start and end still place the event and name it for machines. */
  displayDate?: string;
  /** The headline of the event, plain text. */
  title: string;
  /** May hold a, em, strong, i, b, br, p, ul, ol and li; other markup is removed. */
  description?: string;
  /** The id of one of "groups". */
  group?: string;
  /** Where it happened, plain text. */
  place?: string;
  /** Editorial note, e.g. how the date was established; plain text. */
  note?: string;
  /** IANA zone of this event's times, instead of the file's. */
  timeZone?: TimeZoneName;
  /** The language of this event's text, instead of the file's: a quote in Russian in an English story. */
  lang?: string;
  /** Where the facts come from; an event without one is warned about. */
  sources?: SourceEntry[];
  media?: MediaEntry;
}

export interface SourceEntry {
  /** The publication or document. */
  name: string;
  url?: WebAddress;
  /** Date of publication. */
  date?: DateInput;
}

export interface MediaEntry {
  url: WebAddress;
  /** Text alternative of an image. */
  alt?: string;
  /** May hold the same markup as an event's description. */
  caption?: string;
  /** Who made it, plain text. */
  credit?: string;
  /** Where the media leads when clicked, e.g. the photo's page. */
  link?: WebAddress;
  /** An image shown for a player until the reader presses play (the provider's own would be a request to it). */
  thumbnail?: WebAddress;
}

/** The fields each object may have, for the validator's "unknown field" warnings. */
export const FIELDS = {
  TimelineFile: ["$schema","version","title","description","timeZone","lang","groups","eras","events"],
  GroupEntry: ["id","label"],
  EraEntry: ["id","start","end","label"],
  EventEntry: ["id","start","end","circa","importance","displayDate","title","description","group","place","note","timeZone","lang","sources","media"],
  SourceEntry: ["name","url","date"],
  MediaEntry: ["url","alt","caption","credit","link","thumbnail"],
} as const;

/** The fields each object must have. */
export const REQUIRED = {
  TimelineFile: ["version","events"],
  GroupEntry: ["id","label"],
  EraEntry: ["id","start","end","label"],
  EventEntry: ["id","start","title"],
  SourceEntry: ["name"],
  MediaEntry: ["url"],
} as const;
