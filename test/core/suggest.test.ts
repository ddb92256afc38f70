// "Did you mean" rests on the edit distance; it reuses one buffer across calls, so calls of
// every length in any order must still give the textbook distance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/core/suggest.js';

/** Levenshtein distance, written plainly (a full table). */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('is the Levenshtein distance for strings of any length, called in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 200 })), {
          maxLength: 8,
        }),
        (pairs) => {
          for (const [a, b] of pairs) expect(editDistance(a, b)).toBe(reference(a, b));
        },
      ),
      { seed: 20_261_129, numRuns: 300 },
    );
  });

  it('closest picks what comparing every candidate in full picks', () => {
    // closest skips candidates that cannot win and stops a table early; the answer must be
    // the first candidate at the least distance, when within the limit.
    const full = (word: string, candidates: readonly string[]) => {
      const w = word.toLowerCase().replace(/_/g, '-');
      let best: string | undefined;
      let bestDistance = Infinity;
      for (const c of candidates) {
        const d = reference(w, c.toLowerCase());
        if (d < bestDistance) [best, bestDistance] = [c, d];
      }
      const limit = Math.max(1, Math.floor(Math.max(w.length, 3) / 3));
      return best !== undefined && bestDistance <= limit ? best : undefined;
    };
    const word = fc.stringMatching(/^[a-zA-Z_İ-]{0,14}$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (w, candidates) => {
        expect(closest(w, candidates)).toBe(full(w, candidates));
      }),
      { seed: 20_261_129, numRuns: 2000 },
    );
    const fields = ['service', 'summary', 'language', 'kind', 'workload', 'constraints', 'team'];
    for (const w of ['langauge', 'servce', 'sumary', 'knd', 'team_', 'workloads', 'x', 'İ'])
      expect(closest(w, fields)).toBe(full(w, fields));
  });

  it('known cases, and the suggestion it picks', () => {
    expect(editDistance('langauge', 'language')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('🚀a', '🚀b')).toBe(1);
    expect(closest('langauge', ['service', 'language', 'kind'])).toBe('language');
    expect(closest('zzzzzz', ['service', 'language'])).toBeUndefined();
  });
});
