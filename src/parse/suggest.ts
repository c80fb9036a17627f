/**
 * "Did you mean 'title'?": the known name closest to a misspelt one, by edit distance (a swap of
 * two neighbouring letters counts as one edit), ignoring case. Null when nothing is close enough
 * to be a likely typo. Bounded, whatever the file holds: a name longer than LONGEST is no typo of
 * a name and is not compared, only the first CANDIDATES known names are, and a known name whose
 * length alone puts it too far is skipped (the distance is at least the difference in length).
 */
export function findClosest(word: string, candidates: Iterable<string>): string | null {
  if (word.length > LONGEST) return null;
  const lower = word.toLowerCase();
  let best: string | null = null;
  // One more than the farthest a likely typo is.
  let bestDistance = Math.max(1, Math.floor(lower.length / 3)) + 1;
  let left = CANDIDATES;
  for (const candidate of candidates) {
    if (left-- === 0) break;
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The longest name a "did you mean" is looked for. */
export const LONGEST = 64;
/** How many known names it is compared with, at most. */
const CANDIDATES = 100;

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
