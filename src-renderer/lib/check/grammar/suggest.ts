/** "Did you mean": the nearest name by edit distance, when it is near enough to be a typo. */

let table = new Uint16Array(1024);

/**
 * Levenshtein distance with adjacent transpositions (`lsit` is one edit from `list`); once every
 * cell of a row exceeds `max`, the answer is only known to be more than `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (table.length < rows * cols) {
    table = new Uint16Array(rows * cols * 2);
  }
  const d = table;
  for (let i = 0; i < rows; i++) {
    d[i * cols] = i;
  }
  for (let j = 0; j < cols; j++) {
    d[j] = j;
  }
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
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
      rowMin = Math.min(rowMin, best, d[i * cols] ?? 0);
    }
    if (rowMin > max) {
      return max + 1;
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
    const limit = Math.max(1, Math.floor(Math.max(typed.length, candidate.length) / 3));
    const prefix =
      Math.min(typed.length, candidate.length) >= 3 &&
      (candidate.startsWith(typed) || typed.startsWith(candidate));
    // The distance is at least the difference in length: most candidates stop here.
    const floor = Math.abs(typed.length - candidate.length);
    if ((!prefix && floor > limit) || floor >= bestDistance) {
      continue;
    }
    const distance = editDistance(typed, candidate, prefix ? Infinity : limit);
    if ((distance <= limit || prefix) && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
