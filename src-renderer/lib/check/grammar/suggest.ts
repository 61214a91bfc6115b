/** "Did you mean": the nearest name by edit distance, when it is near enough to be a typo. */

/** Levenshtein distance with adjacent transpositions (`lsit` is one edit from `list`). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint16Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    d[i * cols] = i;
  }
  for (let j = 0; j < cols; j++) {
    d[j] = j;
  }
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] ?? 0;
}

/**
 * The candidate nearest to `typed`, if at most about a third of its letters differ (so `lsit`
 * suggests `list` but `foo` suggests nothing). Ties go to the earlier candidate.
 */
export function nearest(typed: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === typed) {
      continue;
    }
    const distance = editDistance(typed, candidate);
    const limit = Math.max(1, Math.floor(Math.max(typed.length, candidate.length) / 3));
    const prefix =
      Math.min(typed.length, candidate.length) >= 3 &&
      (candidate.startsWith(typed) || typed.startsWith(candidate));
    if ((distance <= limit || prefix) && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
