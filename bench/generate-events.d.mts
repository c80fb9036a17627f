// Types of bench/generate-events.mjs, for `tsc --noEmit -p .` (tsconfig leaves JavaScript out).
import type { TimelineFile } from '../src/model/types.js';

/** Deterministic pseudo-random numbers (LCG) in [0, 1), so a failing data set can be rebuilt. */
export function random(seed: number): () => number;

/**
 * `count` events over two years: about 10 % ranges, a few months, three groups, and some days
 * with several events. The same `count` and `seed` give the same file.
 */
export function generateTimeline(count: number, seed?: number): TimelineFile;
