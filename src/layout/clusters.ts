/**
 * When more events fall in a stretch of the axis than can be labelled, fold nearby ones into a
 * cluster, so the labels that remain always fit. Pure and linear in the number of events.
 */

export type Item = { kind: 'event'; index: number } | { kind: 'cluster'; start: number; end: number };

/**
 * Groups events (by their x, ascending) into single events and clusters, so that no stretch of
 * `window` px holds more than `capacity` items. A crowded event joins the item before it.
 * @returns items in x order; a cluster covers the events `start` to `end - 1`.
 */
export function clusterByDensity(xs: readonly number[], window: number, capacity: number): Item[] {
  const items: Item[] = [];
  const anchors: number[] = []; // x of each item's first event
  let first = 0; // first item inside the window
  xs.forEach((x, index) => {
    while (first < anchors.length && anchors[first] < x - window) first++;
    if (anchors.length - first < capacity || items.length === 0) {
      items.push({ kind: 'event', index });
      anchors.push(x);
      return;
    }
    const last = items[items.length - 1];
    items[items.length - 1] = last.kind === 'cluster' ? { ...last, end: index + 1 } : { kind: 'cluster', start: last.index, end: index + 1 };
  });
  return items;
}
