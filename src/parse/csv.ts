/**
 * The events of a spreadsheet, downloaded as CSV: one row an event, with the columns
 * id,start,end,title,description,group,place,note,source_name,source_url,media_url,media_alt,
 * media_caption,media_credit (more sources as source_name_2, source_url_2, …; optional circa,
 * display_date, importance, media_link, media_thumbnail, time_zone and lang, the language of the row's text). Column names are matched ignoring case,
 * and spaces count as underscores. Rows are numbered as the spreadsheet numbers them: the header
 * is row 1.
 */
import type { EventEntry, Problem } from '../model/types.js';
import { quote, shorten } from '../util/quote.js';
import { splitIndex, type Conversion } from './conversion.js';
import { MAX_EVENTS, tooManyEvents } from './parse-timeline.js';
import { findClosest } from './suggest.js';

const COLUMNS = [
  'id',
  'start',
  'end',
  'title',
  'description',
  'group',
  'place',
  'note',
  'source_name',
  'source_url',
  'source_date',
  'media_url',
  'media_alt',
  'media_caption',
  'media_credit',
  'media_link',
  'media_thumbnail',
  'circa',
  'display_date',
  'importance',
  'time_zone',
  // A sheet has no place for the file's own fields: a language for all rows is the same on each.
  'lang',
];
const REQUIRED = ['start', 'title'];
const SOURCE = /^source_(name|url|date)(?:_(\d+))?$/;
/** Event fields whose column has another name. */
const FIELD_COLUMNS: Record<string, string> = {
  timeZone: 'time_zone',
  displayDate: 'display_date',
  sources: 'source_name',
  media: 'media_url',
};

export function normalizeColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** A number cell as a number, for the validator to judge; anything else passed on as written. */
function readNumber(cell: string | undefined): number | string | undefined {
  return cell !== undefined && /^\d+$/.test(cell) ? Number(cell) : cell;
}

/** Spreadsheet conventions for a yes/no cell; anything else is passed on for the validator to refuse. */
function readFlag(cell: string): boolean | string {
  if (/^(true|yes|y|x|1)$/i.test(cell)) return true;
  if (/^(false|no|n|0)$/i.test(cell)) return false;
  return cell;
}

/** Unknown columns named one by one, with a "did you mean"; any more are counted in one warning. */
const NAMED_UNKNOWN = 10;

/** The rows with a cell that is not blank: a spreadsheet leaves blank rows, which are no events. */
const filled = (rows: string[][]) => rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));

export function convertCsv(rows: string[][]): Conversion {
  const [header = [], ...body] = rows;
  const columns = header.map(normalizeColumn);
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const unknown = header.filter(
    (_, c) => !COLUMNS.includes(columns[c]) && !SOURCE.test(columns[c]) && columns[c] !== '',
  );
  for (const name of unknown.slice(0, NAMED_UNKNOWN)) {
    const closest = findClosest(normalizeColumn(name), COLUMNS);
    warnings.push({
      path: `row 1, column ${shorten(name.trim())}`,
      message: `unknown column ${quote(name.trim())}${closest ? `; did you mean ${quote(closest)}?` : ''}`,
    });
  }
  if (unknown.length > NAMED_UNKNOWN)
    warnings.push({
      path: 'row 1',
      message: `${(unknown.length - NAMED_UNKNOWN).toLocaleString('en')} more unknown columns, from ${quote(unknown[NAMED_UNKNOWN].trim())} to ${quote(unknown[unknown.length - 1].trim())}`,
    });
  for (const column of REQUIRED) {
    if (!columns.includes(column))
      errors.push({
        path: 'row 1',
        message: `the column ${quote(column)} is missing; the header row needs at least start and title`,
      });
  }
  const count = body.length > MAX_EVENTS ? filled(body).length : 0;
  if (count > MAX_EVENTS) errors.push({ path: '', message: tooManyEvents(count, 'the sheet') });
  // Without the columns every row needs, each row would only repeat the header's problem.
  if (errors.length) return { file: { version: 1, events: [] }, errors, warnings, translate: () => null };
  const generatedIds = !columns.includes('id');
  /** Per event: its spreadsheet row, and for each of its sources the column suffix ("", "_2", …). */
  const origins: Array<{ row: number; sources: string[] }> = [];
  const events: EventEntry[] = [];
  const groups = new Set<string>();
  /** The source columns, once for all rows: where each is, its part (name, url, date) and its number. */
  const sourceColumns = columns.flatMap((column, c) => {
    const match = SOURCE.exec(column);
    return match ? [{ c, part: match[1], n: Number(match[2] ?? 1) }] : [];
  });
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return; // the blank rows a spreadsheet leaves
    const get = (column: string) => {
      const c = columns.indexOf(column);
      const value = c < 0 ? '' : (cells[c] ?? '').trim();
      return value === '' ? undefined : value;
    };
    const byNumber = new Map<number, Record<string, string>>();
    for (const { c, part, n } of sourceColumns) {
      const value = (cells[c] ?? '').trim();
      if (value !== '') byNumber.set(n, { ...byNumber.get(n), [part]: value });
    }
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    const media = {
      url: get('media_url'),
      alt: get('media_alt'),
      caption: get('media_caption'),
      credit: get('media_credit'),
      link: get('media_link'),
      thumbnail: get('media_thumbnail'),
    };
    const group = get('group');
    if (group) groups.add(group);
    const circa = get('circa');
    const event = {
      id: generatedIds ? `row-${row}` : get('id'),
      start: get('start'),
      end: get('end'),
      circa: circa === undefined ? undefined : readFlag(circa),
      displayDate: get('display_date'),
      importance: readNumber(get('importance')),
      title: get('title'),
      description: get('description'),
      group,
      place: get('place'),
      note: get('note'),
      timeZone: get('time_zone'),
      lang: get('lang'),
      sources: numbers.map((n) => byNumber.get(n)),
      media: Object.values(media).some((v) => v !== undefined) ? media : undefined,
    };
    events.push(JSON.parse(JSON.stringify(event))); // drops the absent cells, as a producer would leave them out
    origins.push({ row, sources: numbers.map((n) => (n === 1 ? '' : `_${n}`)) });
  });
  const file = { version: 1, groups: [...groups].map((id) => ({ id, label: id })), events };

  const translate = (problem: Problem): Problem => {
    const at = splitIndex(problem.path);
    if (!at || at[0] !== 'events') {
      return problem.path === 'events'
        ? { path: '', message: 'the sheet has no events: every row below the header is empty' }
        : problem;
    }
    const [, index, rest] = at;
    const origin = origins[index];
    const source = /^sources\[(\d+)\]\.?(\w*)$/.exec(rest);
    const column = source
      ? `source_${source[2] || 'name'}${origin.sources[Number(source[1])]}`
      : rest.startsWith('media.')
        ? `media_${rest.slice(6)}`
        : (FIELD_COLUMNS[rest] ?? rest);
    const message = problem.message.replace(/events\[(\d+)\]/g, (_, k: string) => `row ${origins[Number(k)].row}`);
    return { path: column ? `row ${origin.row}, column ${column}` : `row ${origin.row}`, message };
  };
  return { file, errors, warnings, translate };
}

/**
 * A quote that opens a field and never closes, which csvParseRows (d3-dsv) would read silently as
 * a field holding the rest of the file. Fields are found as d3-dsv reads them: a field that starts
 * with a quote ends at a quote that is not doubled, and the character after that quote ends the
 * field; any other field ends at a comma or a line break.
 */
export function findUnclosedQuote(text: string): Problem | null {
  const ends = /[,\n\r]/g;
  for (let i = 0; i < text.length;) {
    if (text[i] === '"') {
      let close = text.indexOf('"', i + 1);
      while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
      if (close < 0)
        return {
          path: `line ${text.slice(0, i).split(/\r\n?|\n/).length}`,
          message: 'a quote opens here and is never closed, so the rest of the file would be read as one field',
        };
      i = close + 2;
    } else {
      ends.lastIndex = i;
      if (!ends.exec(text)) break;
      i = ends.lastIndex;
    }
  }
  return null;
}
