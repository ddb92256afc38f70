// Artefacts are files from strangers: whatever their bytes, a reader never throws, gives only
// figures that can be measurements, and does work linear in the text's length. Work is
// counted (characters and values examined), never timed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeEvidence, readEvidence, type Work } from '../../src/core/evidence/index.js';
import { example } from './helpers.js';

const EXAMPLES = [
  'k6-summary-export.json',
  'k6-summary.json',
  'vegeta-report.json',
  'hyperfine.json',
  'wrk-latency.txt',
  'go-bench.txt',
  'gctrace.txt',
].map(example);

const LINES = EXAMPLES.flatMap((text) => text.split('\n'));

// Work per character of input; three text readers pass over a text once each.
const PER_CHAR = 8;

function work(text: string): number {
  const w: Work = { steps: 0 };
  readEvidence(text, w);
  return w.steps;
}

function check(text: string): void {
  const w: Work = { steps: 0 };
  const result = readEvidence(text, w);
  expect(w.steps).toBeLessThanOrEqual(PER_CHAR * (text.length + 1) + 64);
  if (!result.ok) return;
  for (const s of result.reading.series) {
    for (const f of s.figures) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.value).toBeGreaterThanOrEqual(0);
    }
  }
  // Whatever the claim, the judge answers with a status.
  const check = judgeEvidence(
    {
      type: 'tail-latency',
      limit: 'p99 <= 40 ms',
      met: true,
      observed: 'p99 38 ms',
      runtime: 'go1.26',
    },
    { kind: 'read', path: 'bench/x', result },
  );
  expect(['verified', 'contradicts', 'unchecked', 'unreadable']).toContain(check.status);
}

const badNumber = fc.constantFrom(
  'NaN',
  '-1',
  '-0.5',
  '1e308',
  '1.7976931348623157e308',
  'Infinity',
  '0',
  '',
);

/** A line of a real artefact with its numbers replaced by hostile ones. */
const mutatedLine = fc
  .tuple(fc.constantFrom(...LINES), badNumber)
  .map(([line, n]) => line.replace(/[0-9]+(?:\.[0-9]+)?/g, (m) => (m.length % 2 === 0 ? n : m)));

const binary = fc
  .uint8Array({ maxLength: 400 })
  .map((bytes) => Buffer.from(bytes).toString('latin1'));

const text = fc
  .array(
    fc.oneof(
      mutatedLine,
      fc.constantFrom(...LINES),
      fc.string({ unit: 'binary', maxLength: 60 }),
      binary,
    ),
    {
      maxLength: 40,
    },
  )
  .map((lines) => lines.join('\n'));

describe('readers fuzzed', () => {
  it('never throw, keep only finite non-negative figures, and work linearly', () => {
    fc.assert(
      fc.property(text, (t) => check(t)),
      { numRuns: 400 },
    );
  });

  it('survive every example with its numbers made hostile', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), badNumber, (t, n) => {
        check(t.replace(/(?<=[:\s])[0-9]+(?:\.[0-9]+)?(?=[,\s}])/g, n));
      }),
      { numRuns: 200 },
    );
  });

  it('read JSON with NaN as a document that does not parse, and drop negative figures', () => {
    expect(readEvidence('{"latencies": {"mean": NaN}, "requests": 1}').ok).toBe(false);
    const r = readEvidence(
      JSON.stringify({
        latencies: { mean: -5, '50th': 2e6, '99th': 1e308 },
        requests: -3,
        throughput: -1,
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.reading.series.map((s) => s.name)).toEqual(['latencies']);
    expect(r.reading.series[0]!.figures.map((f) => f.stat)).toEqual(['p50', 'p99']);
    expect(r.reading.identity).toEqual([]);
  });

  it('read JSON with millions of strings in a row, or a string of millions of escapes, to the end', () => {
    // Under the 16 MiB cap. The scan passes strings in bounded runs: one unbounded pass
    // overflows the regex engine's stack on these.
    const strings = `[${'"",'.repeat(4_000_000)}"x"]`;
    const escapes = `"${'\\n'.repeat(4_000_000)}"`;
    for (const filler of [strings, escapes]) {
      const text = `{"root_group": {"checks": ${filler}}, "metrics": {"http_reqs": {"count": 3, "rate": 2}}}`;
      check(text);
      const r = readEvidence(text);
      expect(r.ok && r.reading.series.map((s) => s.name)).toEqual(['http_reqs']);
    }
  });

  it('survive JSON nested a hundred thousand deep, in and outside the paths they read', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    check(`{"metrics": {"http_reqs": {"count": ${deep(100_000)}}}, "root_group": {}}`);
    check(`{"results": ${deep(100_000)}}`);
    check(`{"latencies": {"mean": 1, "50th": ${deep(100_000)}}, "requests": 1}`);
    check('{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000));
  });

  it('pass over a line of megabytes without reading a record hidden in it', () => {
    const record = 'gc 1 @0.1s 1%: 9+1+9 ms clock, 1+1/1/1+1 ms cpu, 4->4->1 MB, 4 MB goal, 8 P';
    const huge = `${'x'.repeat(4_000_000)} ${record}`;
    check(huge);
    expect(readEvidence(huge).ok).toBe(false);
    expect(readEvidence(`${huge}\n${record}\n`).ok).toBe(true);
    check('gc '.repeat(1_300_000));
    check(`${'1 ns/op '.repeat(500_000)}\n`);
    check(`BenchmarkX-8 1 ${'1 ns/op '.repeat(400)}\n`.repeat(2000));
  });

  it('do work in proportion to the text: four times the text, four times the work', () => {
    for (const t of EXAMPLES) {
      const once = work(t);
      const four = work(t.repeat(4));
      expect(once).toBeGreaterThan(t.length / 2);
      // A JSON document repeated is no longer JSON, so compare texts only; JSON is counted once.
      if (!t.startsWith('{')) expect(four).toBeLessThanOrEqual(4 * once + 64);
    }
    const line = LINES.find((l) => l.includes('gc 4 @'))!;
    const small = work(`${line}\n`.repeat(1_000));
    const large = work(`${line}\n`.repeat(16_000));
    expect(large / small).toBeLessThanOrEqual(16.5);
  });
});
