/**
 * The editor's document: an events file whose events are rows with keys that outlive any edit, so
 * the table keeps a row's cells (and the producer's focus) while the row changes or moves. Every
 * change makes a new draft, which is what undo and autosave keep. Pure: no DOM.
 */
import { parseDateValue, toAxisMillis } from '../model/date-value.js';
import type { EventEntry, Problem, SourceEntry, TimelineFile } from '../model/types.js';

export interface Row {
  key: string;
  entry: EventEntry;
  /** The id follows the title until the producer writes one. */
  autoId: boolean;
}

export interface Draft {
  /** Everything of the file but its events. */
  meta: Omit<TimelineFile, 'events'>;
  /** In the order the file will have: by date, once a date is committed. */
  rows: readonly Row[];
}

let lastKey = 0;
const newKey = () => `r${++lastKey}`;

export const EMPTY: Draft = { meta: { version: 1 }, rows: [] };

/** A draft of a file read from anywhere (an import, the autosave): its events keep their order. */
export function draftOf(file: TimelineFile): Draft {
  const { events, ...meta } = file;
  // The editor's own fields must be what it can show: a file (or a tampered draft) with a group
  // list that is not a list would otherwise break the page on every reload. The validator still
  // sees anything else the file holds.
  for (const list of ['groups', 'eras'] as const)
    if (list in meta) meta[list] = (Array.isArray(meta[list]) ? meta[list] : []).filter(isObject) as never;
  const entries = (Array.isArray(events) ? events : []).filter(isObject) as EventEntry[];
  return {
    meta: { ...meta, version: 1 },
    rows: entries.map((entry) => ({
      key: newKey(),
      entry: 'sources' in entry && !Array.isArray(entry.sources) ? { ...entry, sources: [] } : entry,
      autoId: false,
    })),
  };
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The events file the draft stands for, as the validator, the preview and the exports read it. */
export function fileOf({ meta, rows }: Draft): TimelineFile {
  return { ...meta, events: rows.map((r) => r.entry) };
}

/** Where in the file, by its events' order. */
export const eventPath = (draft: Draft, key: string) => `events[${draft.rows.findIndex((r) => r.key === key)}]`;

/** A date's place on the axis, for sorting; NaN for a date not (yet) readable. */
function timeOf(entry: EventEntry, zone: string | undefined): number {
  const parsed = parseDateValue(entry.start, entry.timeZone ?? zone ?? 'UTC');
  return 'value' in parsed && parsed.value ? toAxisMillis(parsed.value.start) : NaN;
}

/**
 * The rows by date, as the timeline will show them (stable: events of one date keep their order).
 * A row whose date does not read (yet) stays where it is: a mistyped date does not send its row
 * away from the producer, and a new row stays at the end until it has a date.
 */
export function sortByDate(draft: Draft): Draft {
  const timed = draft.rows.map((row) => ({ row, time: timeOf(row.entry, draft.meta.timeZone) }));
  const sorted = timed.filter((t) => !Number.isNaN(t.time)).sort((a, b) => a.time - b.time);
  let next = 0;
  const rows = timed.map((t) => (Number.isNaN(t.time) ? t.row : sorted[next++].row));
  return rows.every((r, i) => r === draft.rows[i]) ? draft : { ...draft, rows };
}

/** A field's value: "" for a field the entry leaves out. */
export function readField(entry: EventEntry, field: string): string | boolean | number {
  const [head, index, rest] = splitField(field);
  if (head === 'sources')
    return (entry.sources?.[index ?? -1]?.[rest as keyof SourceEntry] as string | undefined) ?? '';
  if (head === 'media') return (entry.media?.[rest as keyof NonNullable<EventEntry['media']>] as string) ?? '';
  return (entry[head as keyof EventEntry] as string | boolean | number | undefined) ?? '';
}

/** "sources[1].url" → ["sources", 1, "url"]; "media.alt" → ["media", undefined, "alt"]; "title" → ["title"]. */
function splitField(field: string): [string, number?, string?] {
  const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(field);
  if (!match) return [field];
  return [match[1], match[2] === undefined ? undefined : Number(match[2]), match[3]];
}

/** The entry with one field set: an empty value leaves the field out, as a producer clearing it means. */
export function writeField(entry: EventEntry, field: string, value: unknown): EventEntry {
  const [head, index, rest] = splitField(field);
  const empty = value === '' || value === false;
  if (head === 'sources' && index !== undefined && rest) {
    const sources = [...(entry.sources ?? [])];
    sources[index] = withField(sources[index] ?? { name: '' }, rest, value, empty) as SourceEntry;
    return { ...entry, sources };
  }
  if (head === 'media' && rest) {
    const media = withField(entry.media ?? { url: '' }, rest, value, empty);
    return withField(
      entry,
      'media',
      media,
      Object.values(media).every((v) => v === ''),
    ) as EventEntry;
  }
  return withField(entry, head, value, empty) as EventEntry;
}

function withField<T extends object>(object: T, field: string, value: unknown, empty: boolean): T {
  const others = Object.entries(object).filter(([name]) => name !== field);
  return Object.fromEntries(empty ? others : [...others, [field, value]]) as T;
}

/** A lower-case id made of the title's first words, unlike any other row's. */
export function idFrom(title: string, taken: ReadonlySet<string>): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  const base = words?.slice(0, 5).join('-') || 'event';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The draft with one row's field set; the id follows the title until the producer writes one. */
export function editRow(draft: Draft, key: string, field: string, value: unknown): Draft {
  const rows = draft.rows.map((row) => {
    if (row.key !== key) return row;
    let entry = writeField(row.entry, field, value);
    const autoId = field === 'id' ? false : row.autoId;
    if (autoId && field === 'title') entry = { ...entry, id: idFrom(String(value), idsBut(draft, key)) };
    return { ...row, entry, autoId };
  });
  return { ...draft, rows };
}

const idsBut = (draft: Draft, key: string) => new Set(draft.rows.filter((r) => r.key !== key).map((r) => r.entry.id));

/** A new, empty event at the end; its key, to focus it. */
export function addRow(draft: Draft): [Draft, string] {
  const key = newKey();
  const entry = { id: idFrom('', idsBut(draft, key)), start: '', title: '' };
  return [{ ...draft, rows: [...draft.rows, { key, entry, autoId: true }] }, key];
}

/** A copy of a row just after it, with an id of its own. */
export function duplicateRow(draft: Draft, key: string): [Draft, string] {
  const at = draft.rows.findIndex((r) => r.key === key);
  if (at < 0) return [draft, key];
  const copy: Row = {
    key: newKey(),
    entry: { ...draft.rows[at].entry, id: idFrom(draft.rows[at].entry.id, idsBut(draft, '')) },
    autoId: false,
  };
  return [{ ...draft, rows: [...draft.rows.slice(0, at + 1), copy, ...draft.rows.slice(at + 1)] }, copy.key];
}

export function deleteRow(draft: Draft, key: string): Draft {
  return { ...draft, rows: draft.rows.filter((r) => r.key !== key) };
}

/** The file's own fields (title, description, time zone, groups, eras) set by path: "groups[1].label". */
export function editMeta(draft: Draft, path: string, value: unknown): Draft {
  const [head, index, rest] = splitField(path);
  if (index !== undefined && rest) {
    const list = [...((draft.meta[head as keyof Draft['meta']] as object[] | undefined) ?? [])];
    list[index] = { ...list[index], [rest]: value };
    return editMeta(draft, head, list);
  }
  const empty = value === '' || value === undefined || (Array.isArray(value) && value.length === 0);
  return { ...draft, meta: withField(draft.meta, head, value, empty) };
}

/** Where a problem shows: a row's field ("r3:start"), a row as a whole ("r3:"), or the file's own ("file:title"). */
export function placeOf(draft: Draft, problem: Problem): string {
  const match = /^events\[(\d+)\]\.?(.*)$/.exec(problem.path);
  if (!match) return `file:${problem.path}`;
  const row = draft.rows[Number(match[1])];
  return row ? `${row.key}:${match[2]}` : 'file:';
}
