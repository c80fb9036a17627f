/**
 * When more events fall in a stretch of the axis than can be labelled, fold them into a cluster,
 * so the labels that remain always fit. The stretches are the intervals between the axis ticks
 * (months, weeks, days, as the zoom has it), so a cluster means something a reader can name:
 * "July 2015: 23 events". Pure and linear in the number of events.
 */

export type Item = { kind: 'event'; index: number } | { kind: 'cluster'; start: number; end: number };

/**
 * @param xs x of each event, ascending
 * @param boundaries x of each tick, ascending: the edges of the stretches
 * @param capacity how many events a stretch may hold before they fold into one cluster
 * @returns items in x order; a cluster covers the events `start` to `end - 1`
 */
export function clusterByInterval(xs: readonly number[], boundaries: readonly number[], capacity: number): Item[] {
  const items: Item[] = [];
  let start = 0;
  let edge = 0;
  while (start < xs.length) {
    while (edge < boundaries.length && boundaries[edge] <= xs[start]) edge++;
    const limit = edge < boundaries.length ? boundaries[edge] : Infinity;
    let end = start;
    while (end < xs.length && xs[end] < limit) end++;
    if (end - start > capacity) items.push({ kind: 'cluster', start, end });
    else for (let index = start; index < end; index++) items.push({ kind: 'event', index });
    start = end;
  }
  return items;
}
