// Two rows of the table, reused by every call: an unknown key is compared with every known
// one, and two fresh arrays per row were most of the cost.
let rows = new Int32Array(64);

/** Edit distance (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  return distanceWithin(a, b, Infinity);
}

/**
 * The edit distance when it is at most `bound`; otherwise some number above `bound` (the
 * table stops once a whole row is past it, as every later row is at least as far).
 */
function distanceWithin(a: string, b: string, bound: number): number {
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows.length < 2 * width) rows = new Int32Array(4 * width);
  let prev = 0;
  let cur = width;
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let least = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      rows[cur + j] = d;
      if (d < least) least = d;
    }
    if (least > bound) return least;
    [prev, cur] = [cur, prev];
  }
  return rows[prev + b.length]!;
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase().replace(/_/g, '-');
  const limit = Math.max(1, Math.floor(Math.max(w.length, 3) / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // Only a candidate within the limit and nearer than the best so far can change the
    // answer; the length difference alone is a lower bound on the distance.
    const bound = Math.min(limit, bestDistance - 1);
    const lower = c.toLowerCase();
    if (Math.abs(w.length - lower.length) > bound) continue;
    const d = distanceWithin(w, lower, bound);
    if (d <= bound) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const c = closest(word, candidates);
  return c === undefined ? '' : ` Did you mean \`${c}\`?`;
}

/**
 * The one candidate nearest to `word` within the limit `closest` uses; undefined when there
 * is none or two are equally near (no single replacement makes sense then).
 */
export function closestUnique(word: string, candidates: readonly string[]): string | undefined {
  const best = closest(word, candidates);
  if (best === undefined) return undefined;
  const w = word.toLowerCase().replace(/_/g, '-');
  const d = editDistance(w, best.toLowerCase());
  const ties = candidates.filter((c) => editDistance(w, c.toLowerCase()) === d);
  return ties.length === 1 ? best : undefined;
}
