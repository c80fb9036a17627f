/**
 * Validates an events file and turns it into the timeline model in one pass, so a date is parsed
 * once and every problem in the file is reported together, each with its path.
 */
import { isValidZone, parseDateValue, quote, toAxisMillis, type DateValue } from '../model/date-value.js';
import type { GroupEntry, MediaEntry, Problem, Source, Timeline, TimelineEvent } from '../model/types.js';

export interface ParseResult {
  /** Null when there is any error: the widget never renders half a story. */
  timeline: Timeline | null;
  errors: Problem[];
  warnings: Problem[];
}

type Dict = Record<string, unknown>;

const SAFE_URL = /^(https?:|mailto:)/i;

class Checker {
  errors: Problem[] = [];
  warnings: Problem[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** A required, non-empty string. */
  text(obj: Dict, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null || value === '') {
      this.error(`${path}${key}`, `'${key}' is required`);
      return undefined;
    }
    return this.optionalText(obj, key, path);
  }

  optionalText(obj: Dict, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.error(`${path}${key}`, `expected text; got ${quote(value)}`);
      return undefined;
    }
    return value.trim() || undefined;
  }

  date(obj: Dict, key: string, path: string, zone: string): DateValue | undefined {
    const parsed = parseDateValue(obj[key], zone);
    if (parsed.error !== undefined) this.error(`${path}${key}`, parsed.error);
    return parsed.value;
  }

  zone(obj: Dict, path: string, fallback: string): string {
    const zone = this.optionalText(obj, 'timeZone', path);
    if (zone === undefined) return fallback;
    if (isValidZone(zone)) return zone;
    this.error(`${path}timeZone`, `expected an IANA time zone such as America/New_York; got ${quote(zone)}`);
    return fallback;
  }

  url(obj: Dict, key: string, path: string, required: boolean): string | undefined {
    const url = required ? this.text(obj, key, path) : this.optionalText(obj, key, path);
    if (url === undefined || SAFE_URL.test(url)) return url;
    this.error(`${path}${key}`, `expected a web address starting with https:// (or http://, mailto:); got ${quote(url)}`);
    return undefined;
  }

  list(obj: Dict, key: string, path: string): unknown[] {
    const value = obj[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.error(`${path}${key}`, `expected a list [ … ]; got ${quote(value)}`);
    return [];
  }
}

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseTimeline(input: unknown): ParseResult {
  const check = new Checker();
  if (!isDict(input)) {
    check.error('', `expected an object { "version": 1, "events": [ … ] }; got ${quote(input)}`);
    return { timeline: null, errors: check.errors, warnings: check.warnings };
  }
  if (input.version !== 1) check.error('version', `expected 1 (the only format version so far); got ${quote(input.version)}`);
  const fileZone = check.zone(input, '', 'UTC');
  const groups = parseGroups(check, input);
  const groupIds = new Set(groups.map((g) => g.id));

  if (!Array.isArray(input.events)) {
    check.error('events', `expected a list of events [ … ]; got ${quote(input.events)}`);
  } else if (input.events.length === 0) {
    check.error('events', 'the file has no events');
  }
  const seen = new Map<string, number>();
  const events: TimelineEvent[] = [];
  (Array.isArray(input.events) ? input.events : []).forEach((raw, i) => {
    const path = `events[${i}].`;
    if (!isDict(raw)) return check.error(`events[${i}]`, `expected an event { "id", "start", "title" }; got ${quote(raw)}`);
    const id = check.text(raw, 'id', path);
    if (id !== undefined) {
      if (seen.has(id)) check.error(`${path}id`, `the id ${quote(id)} is already used by events[${seen.get(id)}]`);
      else seen.set(id, i);
    }
    const zone = check.zone(raw, path, fileZone);
    const start = check.date(raw, 'start', path, zone);
    const end = raw.end === undefined ? undefined : check.date(raw, 'end', path, zone);
    if (start && end && end.end < start.start) check.error(`${path}end`, `the end ${quote(end.iso)} is before the start ${quote(start.iso)}`);
    const title = check.text(raw, 'title', path);
    const group = check.optionalText(raw, 'group', path);
    if (group !== undefined && !groupIds.has(group)) check.error(`${path}group`, `no group has the id ${quote(group)}; add it to "groups"`);
    const sources = parseSources(check, raw, path, zone);
    if (sources.length === 0) check.warnings.push({ path: `${path}sources`, message: 'the event names no source' });
    const media = parseMedia(check, raw, path);
    if (id === undefined || start === undefined || title === undefined) return;
    events.push({
      id,
      title,
      start,
      end,
      description: check.optionalText(raw, 'description', path),
      group,
      place: check.optionalText(raw, 'place', path),
      note: check.optionalText(raw, 'note', path),
      sources,
      media,
      from: toAxisMillis(start.start),
      to: toAxisMillis((end ?? start).end),
    });
  });

  if (check.errors.length > 0) return { timeline: null, errors: check.errors, warnings: check.warnings };
  const timeline: Timeline = {
    title: check.optionalText(input, 'title', ''),
    description: check.optionalText(input, 'description', ''),
    groups,
    events: sortChronologically(events),
  };
  return { timeline, errors: check.errors, warnings: check.warnings };
}

function parseGroups(check: Checker, input: Dict): GroupEntry[] {
  return check.list(input, 'groups', '').flatMap((raw, i) => {
    const path = `groups[${i}].`;
    if (!isDict(raw)) return check.error(`groups[${i}]`, `expected a group { "id", "label" }; got ${quote(raw)}`), [];
    const id = check.text(raw, 'id', path);
    const label = check.text(raw, 'label', path);
    return id !== undefined && label !== undefined ? [{ id, label }] : [];
  });
}

function parseSources(check: Checker, raw: Dict, path: string, zone: string): Source[] {
  return check.list(raw, 'sources', path).flatMap((source, j) => {
    const at = `${path}sources[${j}]`;
    if (!isDict(source)) return check.error(at, `expected a source { "name", "url" }; got ${quote(source)}`), [];
    const name = check.text(source, 'name', `${at}.`);
    const url = check.url(source, 'url', `${at}.`, false);
    const date = source.date === undefined ? undefined : check.date(source, 'date', `${at}.`, zone);
    return name !== undefined ? [{ name, url, date }] : [];
  });
}

function parseMedia(check: Checker, raw: Dict, path: string): MediaEntry | undefined {
  if (raw.media === undefined) return undefined;
  if (!isDict(raw.media)) return check.error(`${path}media`, `expected { "url", "alt" }; got ${quote(raw.media)}`), undefined;
  const at = `${path}media.`;
  const url = check.url(raw.media, 'url', at, true);
  const alt = check.optionalText(raw.media, 'alt', at);
  const caption = check.optionalText(raw.media, 'caption', at);
  const credit = check.optionalText(raw.media, 'credit', at);
  return url === undefined ? undefined : { url, alt, caption, credit };
}

/** Time order; a longer event first when two start together. The sort is stable: ties keep the file's order. */
function sortChronologically(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.from - b.from || b.to - a.to);
}
