// Which lines of a changed file a review comment may be put on: GitHub accepts a comment on
// the head's side only on a line inside one of the file's diff hunks (an added line or the
// context around it).

/** The head-side lines of each hunk, first to last, in the order of the patch. */
export type Hunks = readonly (readonly [number, number])[];

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm;

/** The hunks of a unified diff as the pull request files API gives it (`patch`). */
export function hunksOf(patch: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of patch.matchAll(HUNK_HEADER)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0 && Number.isSafeInteger(start) && Number.isSafeInteger(count)) {
      out.push([start, start + count - 1]);
    }
  }
  return out;
}

/** Whether lines first..last all lie in one hunk: only then can one comment cover them. */
export function inOneHunk(hunks: Hunks | undefined, first: number, last: number): boolean {
  return (hunks ?? []).some(([a, b]) => a <= first && last <= b);
}
