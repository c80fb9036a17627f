import type { TimelineEvent } from '../model/types.js';

/** The publications a timeline draws on, each named once, in order of first use: the credit line. */
export function listSourceNames(events: readonly TimelineEvent[]): string[] {
  // A loop, not flatMap: 10,000 events would otherwise build 10,000 arrays on the way to ready.
  const names = new Set<string>();
  for (const event of events) for (const source of event.sources) names.add(source.name);
  return [...names];
}
