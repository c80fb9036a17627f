/**
 * An input in another form (a CSV sheet, a TimelineJS file) turned into an events file. The file
 * is then validated by parseTimeline like any other, and each problem found there is put back in
 * the producer's own terms: "row 7, column start", not "events[5].start".
 */
import type { Problem } from '../model/types.js';

export interface Conversion {
  /** The events file (format version 1) to validate. */
  file: unknown;
  /** Problems the conversion itself found, already in the producer's terms. */
  errors: Problem[];
  warnings: Problem[];
  /** A problem found in the converted file, said in the terms of the input; null when the conversion already said it. */
  translate(problem: Problem): Problem | null;
}

/** "events[3].sources[0].url" → ["events", 3, "sources[0].url"]. */
export function splitIndex(path: string): [string, number, string] | null {
  const match = /^(\w+)\[(\d+)\]\.?(.*)$/.exec(path);
  return match ? [match[1], Number(match[2]), match[3]] : null;
}

/**
 * The places the problems are at, each with the places it is part of: "events[2].start_date" and
 * "events[2]" for "events[2].start_date.year", "row 5" for "row 5, column Year". A problem at any
 * of them has been said. A set, so that checking each of many problems against many stays cheap.
 */
export function placesOf(problems: readonly Problem[]): Set<string> {
  const places = new Set<string>();
  for (const { path } of problems) {
    places.add(path);
    for (const { index } of path.matchAll(/[.,]/g)) places.add(path.slice(0, index));
  }
  return places;
}
