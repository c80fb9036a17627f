/**
 * When more events fall in a stretch of the axis than can be labelled, fold them into a cluster,
 * so the labels that remain always fit. The stretches are the intervals between the axis ticks
 * (months, weeks, days, as the zoom has it), so a cluster means something a reader can name:
 * "July 2015: 23 events". Pure, and in proportion to the stretches and labels, not the events.
 */
import { bisect } from './cull.js';

export type Item = { kind: 'event'; index: number } | { kind: 'cluster'; start: number; end: number };

/**
 * @param count how many events there are
 * @param xAt x of the event at an index, ascending with the index
 * @param boundaries x of each tick, ascending: the edges of the stretches
 * @param capacity how many events a stretch may hold before they fold into one cluster
 * @param keep how many of a crowded stretch's first events keep their own labels before the rest
 *   fold: at the deepest zoom, where a cluster cannot be zoomed apart, a reader still sees some
 * @param keys indices of key events, ascending: in a crowded stretch they keep their own labels
 *   (up to the stretch's capacity), and the events between them fold into clusters
 * @param place the index of the event the reader is on, which keeps its own label before any key
 * @returns items in x order; a cluster covers the events `start` to `end - 1`
 */
export function clusterByInterval(
  count: number,
  xAt: (index: number) => number,
  boundaries: readonly number[],
  capacity: number,
  keep = 0,
  keys: readonly number[] = [],
  place = -1,
): Item[] {
  const items: Item[] = [];
  let start = 0;
  let edge = 0;
  while (start < count) {
    const x = xAt(start);
    while (edge < boundaries.length && boundaries[edge] <= x) edge++;
    const limit = edge < boundaries.length ? boundaries[edge] : Infinity;
    // The stretch's end by bisection: a stretch of thousands of events costs a few steps.
    const end = limit === Infinity ? count : bisect(count, (i) => xAt(i) >= limit, start);
    const single = end - start > capacity ? Math.min(keep, capacity - 1) : end - start;
    for (let index = start; index < start + single; index++) items.push({ kind: 'event', index });
    if (start + single < end)
      foldAround(items, start + single, end, keysIn(keys, start + single, end, capacity, place));
    start = end;
  }
  return items;
}

/**
 * The key events among `start` to `end - 1`, at most `capacity` of them, found by bisection, in
 * order; the reader's place among them first of all.
 */
function keysIn(keys: readonly number[], start: number, end: number, capacity: number, place: number): number[] {
  const placed = place >= start && place < end;
  const first = bisect(keys.length, (i) => keys[i] >= start);
  const found = placed ? [place] : [];
  for (let i = first; i < keys.length && keys[i] < end && found.length < capacity; i++)
    if (keys[i] !== place) found.push(keys[i]);
  return placed ? found.sort((a, b) => a - b) : found;
}

/**
 * Events `start` to `end - 1` as clusters, each key event among them a label of its own. A lone
 * event between two key events is no cluster: it keeps its own label ("1 event" names nothing).
 */
function foldAround(items: Item[], start: number, end: number, keyed: readonly number[]): void {
  const fold = (from: number, to: number) => {
    if (to - from === 1) items.push({ kind: 'event', index: from });
    else if (to > from) items.push({ kind: 'cluster', start: from, end: to });
  };
  let from = start;
  for (const index of keyed) {
    fold(from, index);
    items.push({ kind: 'event', index });
    from = index + 1;
  }
  fold(from, end);
}
