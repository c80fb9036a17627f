/**
 * The table's columns and the side panel's fields: which field of an event each edits, how it is
 * named, and the hint under it. The names are the producer's words; the fields are the file's.
 */
export type Kind = 'date' | 'text' | 'long' | 'flag' | 'group' | 'importance';

export interface Field {
  field: string;
  label: string;
  kind: Kind;
  hint?: string;
}

export const DATE_HINT = 'Write only what you know: 2016, 2016-07, 2016-07-18 or 2016-07-18T14:30';

/** One row an event: what a producer fills in for every event. */
export const COLUMNS: readonly Field[] = [
  { field: 'start', label: 'Start', kind: 'date' },
  { field: 'end', label: 'End', kind: 'date' },
  { field: 'circa', label: 'Circa', kind: 'flag' },
  { field: 'title', label: 'Title', kind: 'text' },
  { field: 'group', label: 'Group', kind: 'group' },
  { field: 'place', label: 'Place', kind: 'text' },
  { field: 'importance', label: 'Importance', kind: 'importance' },
];

/** The selected event's longer fields, in the side panel. */
export const DETAILS: readonly Field[] = [
  { field: 'description', label: 'Description', kind: 'long', hint: 'May hold links, emphasis and lists in HTML' },
  { field: 'note', label: 'Editorial note', kind: 'long', hint: 'How the date was established, for example' },
  { field: 'displayDate', label: 'Date as shown', kind: 'text', hint: 'Instead of the date, e.g. "Summer 1969"' },
  { field: 'id', label: 'Id', kind: 'text', hint: 'Names the event in links; follows the title until you change it' },
  { field: 'timeZone', label: 'Time zone', kind: 'text', hint: "For this event's times, e.g. Europe/Moscow" },
  { field: 'lang', label: 'Language of its text', kind: 'text', hint: 'e.g. ru, if not the timeline’s' },
];

export const MEDIA: readonly Field[] = [
  { field: 'media.url', label: 'Address', kind: 'text', hint: 'An image, or a YouTube, Vimeo or audio link' },
  {
    field: 'media.alt',
    label: 'Alternative text',
    kind: 'text',
    hint: 'What the image shows, for those who cannot see it',
  },
  { field: 'media.caption', label: 'Caption', kind: 'text' },
  { field: 'media.credit', label: 'Credit', kind: 'text' },
];

export const SOURCE: readonly Field[] = [
  { field: 'name', label: 'Name', kind: 'text' },
  { field: 'url', label: 'Address', kind: 'text' },
  { field: 'date', label: 'Date', kind: 'date' },
];

export const IMPORTANCE = [
  ['', 'Normal'],
  ['1', 'Key event'],
  ['3', 'Minor'],
] as const;
