// Two rows of the table, reused by every call: an unknown key is compared with every known
// one, and two fresh arrays per row were most of the cost.
let rows = new Int32Array(64);

/** Edit distance (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows.length < 2 * width) rows = new Int32Array(4 * width);
  let prev = 0;
  let cur = width;
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      rows[cur + j] = Math.min(
        rows[prev + j]! + 1,
        rows[cur + j - 1]! + 1,
        rows[prev + j - 1]! + cost,
      );
    }
    [prev, cur] = [cur, prev];
  }
  return rows[prev + b.length]!;
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase().replace(/_/g, '-');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(w.length, 3) / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const c = closest(word, candidates);
  return c === undefined ? '' : ` Did you mean \`${c}\`?`;
}
