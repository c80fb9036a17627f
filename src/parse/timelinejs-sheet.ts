/**
 * A sheet made from TimelineJS's spreadsheet template, downloaded as CSV, recognised by its header
 * row: Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline,
 * Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background (older
 * sheets: Tag for Group). A Type of "title" is the timeline's title, "era" an era. The sheet
 * becomes a TimelineJS file as TimelineJS reads it, converted as one, and problems are said back
 * as "row 7, column Year".
 */
import type { Problem } from '../model/types.js';
import { quote } from '../util/quote.js';
import { splitIndex, type Conversion } from './conversion.js';
import { MAX_EVENTS, tooManyEvents } from './parse-timeline.js';
import { convertTimelineJs, refused } from './timelinejs.js';

const key = (name: string) => name.trim().toLowerCase();

/** The template's header has at least these columns. */
export function isTimelineJsSheet(header: readonly string[]): boolean {
  const names = header.map(key);
  return ['year', 'headline'].every((name) => names.includes(name));
}

/** The template's columns; Tag is Group in sheets made before TimelineJS 3. */
const TEMPLATE = new Set(
  [
    'Year',
    'Month',
    'Day',
    'Time',
    'End Year',
    'End Month',
    'End Day',
    'End Time',
    'Display Date',
    'Headline',
    'Text',
    'Media',
    'Media Credit',
    'Media Caption',
    'Media Thumbnail',
    'Type',
    'Group',
    'Background',
    'Tag',
  ].map(key),
);

/** Unknown columns named in the one warning about them; any more are counted. */
const NAMED_UNKNOWN = 10;

/** A Background that is a colour (TimelineJS's test is "not an address"): a hex value, a keyword, rgb() or hsl(). */
const COLOUR = /^(#[\da-f]{3,8}|[a-z]+|(rgb|hsl)a?\([^)]*\))$/i;

/** Where each part of a TimelineJS event lives in the sheet. */
const COLUMN_OF: Record<string, string> = {
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'start_date.hour': 'Time',
  'start_date.minute': 'Time',
  'start_date.second': 'Time',
  start_date: 'Year',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'end_date.hour': 'End Time',
  'end_date.minute': 'End Time',
  'end_date.second': 'End Time',
  end_date: 'End Year',
  'text.headline': 'Headline',
  'text.text': 'Text',
  display_date: 'Display Date',
  group: 'Group',
  'media.url': 'Media',
  'media.credit': 'Media Credit',
  'media.caption': 'Media Caption',
  'media.thumbnail': 'Media Thumbnail',
  media: 'Media',
  background: 'Background',
  'background.url': 'Background',
  'background.color': 'Background',
};

/**
 * "22:30", "22:30:15" or "10:30 PM" → hour, minute, second. Not luxon's fromFormat: the formats
 * part is built on its own, so fromFormat would put all of luxon into it, about 22 KB gzip more
 * for every reader of a sheet, for three clock forms; test/parse/timelinejs-sheet.test.ts holds
 * this to the answers fromFormat gives.
 */
function readTime(cell: string): { hour: number; minute: number; second?: number } | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(cell);
  if (!match) return null;
  let hour = Number(match[1]);
  const [minute, second] = [Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
  const meridiem = match[4]?.[0].toLowerCase();
  if (meridiem ? hour < 1 || hour > 12 : hour > 23) return null;
  if (minute > 59 || (second ?? 0) > 59) return null;
  if (meridiem) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  return { hour, minute, ...(second === undefined ? {} : { second }) };
}

export function convertTimelineJsSheet(rows: string[][]): Conversion {
  const [header = [], ...body] = rows;
  const names = header.map(key);
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const unknown = header.filter((name) => name.trim() !== '' && !TEMPLATE.has(key(name))).map((name) => name.trim());
  if (unknown.length > 0) {
    const more = unknown.length - NAMED_UNKNOWN;
    warnings.push({
      path: 'row 1',
      message: `columns not in TimelineJS's template are left out: ${unknown
        .slice(0, NAMED_UNKNOWN)
        .map((name) => quote(name))
        .join(', ')}${more > 0 ? ` and ${more.toLocaleString('en')} more` : ''}`,
    });
  }
  const groupColumn = !names.includes('group') && names.includes('tag') ? 'Tag' : 'Group';
  const events: unknown[] = [];
  const eras: unknown[] = [];
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  let title: unknown;
  let titleRow = 0;
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const get = (column: string) => {
      const c = names.indexOf(key(column));
      const value = c < 0 ? '' : (cells[c] ?? '').trim();
      return value === '' ? undefined : value;
    };
    // TimelineJS takes "1,000" and "- 500" in a date cell as numbers (a sheet may format them so);
    // anything else stays as written, for the error to quote it.
    const number = (column: string) => {
      const cell = get(column);
      const digits = cell?.replace(/[\s,]+/g, '');
      return digits && /^-?\d+$/.test(digits) ? digits : cell;
    };
    const date = (prefix: '' | 'End ') => {
      const time = get(`${prefix}Time`);
      const clock = time === undefined ? {} : readTime(time);
      if (clock === null)
        errors.push({
          path: `row ${row}, column ${prefix}Time`,
          message: `expected a time like 22:30 or 10:30 PM; got ${quote(time)}`,
        });
      const value = {
        year: number(`${prefix}Year`),
        month: number(`${prefix}Month`),
        day: number(`${prefix}Day`),
        ...clock,
      };
      return Object.values(value).some((v) => v !== undefined) ? value : undefined;
    };
    const media = {
      url: get('Media'),
      credit: get('Media Credit'),
      caption: get('Media Caption'),
      thumbnail: get('Media Thumbnail'),
    };
    const background = get('Background');
    const slide = {
      start_date: date(''),
      end_date: date('End '),
      display_date: get('Display Date'),
      text: { headline: get('Headline'), text: get('Text') },
      media: Object.values(media).some((v) => v !== undefined) ? media : undefined,
      group: get(groupColumn),
      background:
        background === undefined ? undefined : COLOUR.test(background) ? { color: background } : { url: background },
    };
    const type = get('Type');
    const kind = type?.toLowerCase();
    if (kind === 'title' && title === undefined) [title, titleRow] = [slide, row];
    else if (kind === 'era') {
      eras.push(slide);
      eraRows.push(row);
    } else {
      // As TimelineJS reads them: a second title and a row of any other type are events.
      if (kind === 'title')
        warnings.push({
          path: `row ${row}, column Type`,
          message: 'a second title row is read as an event, as TimelineJS reads it',
        });
      else if (type !== undefined)
        warnings.push({
          path: `row ${row}, column Type`,
          message: `expected title, era or nothing; got ${quote(type)}: the row is read as an event`,
        });
      events.push(slide);
      eventRows.push(row);
    }
  });
  if (events.length > MAX_EVENTS) return refused({ path: '', message: tooManyEvents(events.length, 'the sheet') });
  const converted = convertTimelineJs(JSON.parse(JSON.stringify({ title, eras, events })));

  const columnOf = (field: string) => (field === 'group' ? groupColumn : COLUMN_OF[field]);
  /** "events[2].start_date.year" → "row 5, column Year". */
  const toSheet = (problem: Problem): Problem => {
    if (problem.path.startsWith('title.')) {
      const column = columnOf(problem.path.slice('title.'.length)) ?? 'Headline';
      return { ...problem, path: `row ${titleRow}, column ${column}` };
    }
    const at = splitIndex(problem.path);
    if (!at)
      return problem.path === 'events'
        ? { path: '', message: 'the sheet has no events: every row below the header is empty' }
        : problem;
    const [list, index, rest] = at;
    const row = (list === 'eras' ? eraRows : eventRows)[index];
    const column = columnOf(rest);
    return {
      path: column ? `row ${row}, column ${column}` : `row ${row}`,
      message: problem.message.replace(
        /'(start|end)_date' is required/,
        (_, k) => `'${k === 'start' ? 'Year' : 'End Year'}' is required`,
      ),
    };
  };
  return {
    file: converted.file,
    errors: [...errors, ...converted.errors.map(toSheet)],
    warnings: [...warnings, ...converted.warnings.map(toSheet)],
    translate: (problem) => {
      const said = converted.translate(problem);
      return said && toSheet(said);
    },
  };
}
