import type { TimelineEvent } from './types.js';

/** The publications a timeline draws on, each named once, in order of first use: the credit line. */
export function listSourceNames(events: readonly TimelineEvent[]): string[] {
  return [...new Set(events.flatMap((event) => event.sources.map((source) => source.name)))];
}
