// The claim held against the artefact: verified, contradicts, unchecked or unreadable, with
// the figure, the limit and what the proposal claimed for the message.

import { describe, expect, it } from 'vitest';
import {
  judgeEvidence,
  readEvidence,
  type EvidenceClaim,
  type EvidenceSource,
} from '../../src/core/evidence/index.js';
import { example } from './helpers.js';

function source(text: string, path = 'bench/checkout/k6.json'): EvidenceSource {
  return { kind: 'read', path, result: readEvidence(text) };
}

const K6 = example('k6-summary-export.json');
const claim = (c: Partial<EvidenceClaim>): EvidenceClaim => ({ type: 'tail-latency', ...c });

describe('verified', () => {
  it('a k6 p(99.9) that breaks the limit agrees with met: false and an observed within 10%', () => {
    const check = judgeEvidence(
      claim({ limit: 'P99.9 <= 40 ms', met: false, observed: 'P99.9 95 ms at 2k rps' }),
      source(K6),
    );
    expect(check).toMatchObject({
      status: 'verified',
      counts: true,
      format: 'k6-summary-export',
      metric: 'http_req_duration',
      stat: 'p99.9',
      value: 95.2,
      unit: 'ms',
      met: false,
      limit: { stat: 'p99.9', op: '<=', value: 40, unit: 'ms' },
      contradictions: [],
      fewSamples: false,
    });
  });

  it('an absent met takes the figure’s value; a limit met makes the constraint met', () => {
    const check = judgeEvidence(claim({ limit: 'p(95) < 100 ms' }), source(K6));
    expect(check).toMatchObject({ status: 'verified', met: true, value: 78.4 });
  });

  it('converts units: vegeta ns against a limit in ms, hyperfine s against ms', () => {
    const vegeta = judgeEvidence(
      claim({ limit: 'p99 <= 20 ms', met: true, observed: 'p99 15.2 ms' }),
      source(example('vegeta-report.json')),
    );
    expect(vegeta).toMatchObject({ status: 'verified', value: 15234567, unit: 'ns', met: true });
    expect(vegeta.valueInLimitUnit).toBeCloseTo(15.234567, 9);
    const cli = judgeEvidence(
      { type: 'cold-start', limit: 'cold start < 10 ms', met: true },
      source(example('hyperfine.json')),
    );
    expect(cli).toMatchObject({ status: 'verified', stat: 'avg', unit: 's', met: true });
    expect(cli.valueInLimitUnit).toBeCloseTo(4.1234, 9);
  });

  it('an exact boundary is met, whatever the units it was converted through', () => {
    const text = JSON.stringify({
      latencies: { '50th': 1e7, '99th': 40_000_000 },
      requests: 100000,
    });
    expect(judgeEvidence(claim({ limit: 'p99 <= 0.04 s' }), source(text)).met).toBe(true);
    expect(judgeEvidence(claim({ limit: 'p99 < 40 ms' }), source(text)).met).toBe(false);
  });

  it('observed exactly 10% away is within; just over is a contradiction', () => {
    const at = judgeEvidence(
      claim({ limit: 'p(99) <= 80 ms', observed: 'p99 96.91 ms' }),
      source(K6),
    );
    expect(at.status).toBe('verified');
    const over = judgeEvidence(
      claim({ limit: 'p(99) <= 80 ms', observed: 'p99 96.92 ms' }),
      source(K6),
    );
    expect(over.status).toBe('contradicts');
  });

  it('a runtime absent from the claim takes the artefact’s go: line', () => {
    const check = judgeEvidence(
      { type: 'cpu', metric: 'BenchmarkQuote-8', limit: '< 2 us' },
      source(example('go-bench.txt'), 'bench/quote.txt'),
    );
    expect(check).toMatchObject({
      status: 'verified',
      runtime: 'go1.26',
      value: 1049,
      unit: 'ns/op',
      met: true,
    });
  });

  it('gctrace: the largest pause for gc-pauses, the heap for memory, the last share for gc cpu', () => {
    const gc = source(example('gctrace.txt'), 'ops/gctrace.txt');
    expect(judgeEvidence({ type: 'gc-pauses', limit: 'pause < 1 ms' }, gc)).toMatchObject({
      status: 'verified',
      stat: 'max',
      value: 0.43,
      met: true,
    });
    expect(
      judgeEvidence({ type: 'memory', limit: 'heap < 256 MiB', met: false }, gc),
    ).toMatchObject({
      status: 'verified',
      value: 341,
      unit: 'MiB',
      met: false,
    });
    expect(judgeEvidence({ type: 'cpu', limit: 'gc cpu < 5%' }, gc)).toMatchObject({
      status: 'verified',
      value: 1,
    });
    // Percentiles of the pauses rest on 16 samples: too few for p99.
    expect(
      judgeEvidence({ type: 'gc-pauses', metric: 'pause', limit: 'p99 < 1 ms' }, gc),
    ).toMatchObject({
      status: 'verified',
      fewSamples: true,
    });
    // The median needs 20: 16 are too few for it as well.
    expect(
      judgeEvidence({ type: 'gc-pauses', metric: 'pause', limit: 'p50 < 1 ms' }, gc).fewSamples,
    ).toBe(true);
  });

  it('throughput: k6 http_reqs.rate, wrk Requests/sec, vegeta throughput', () => {
    const c = { type: 'throughput', limit: 'throughput >= 20000 rps' };
    expect(judgeEvidence(c, source(K6))).toMatchObject({
      status: 'verified',
      value: 2000,
      met: false,
    });
    expect(judgeEvidence(c, source(example('wrk-latency.txt')))).toMatchObject({
      value: 26354.82,
      met: true,
    });
    expect(
      judgeEvidence({ ...c, limit: '>= 4.9k rps' }, source(example('vegeta-report.json'))),
    ).toMatchObject({
      value: 4999.722614,
      met: true,
    });
  });
});

describe('contradicts', () => {
  it('met: true against a figure that breaks the limit, with the figure, the limit and the claim', () => {
    const check = judgeEvidence(claim({ limit: 'P99.9 <= 40 ms', met: true }), source(K6));
    expect(check.status).toBe('contradicts');
    expect(check.counts).toBe(false);
    expect(check.contradictions).toEqual([
      {
        field: 'met',
        claimed: 'met: true',
        found: 'p99.9 95.2 ms against p99.9 <= 40 ms, not met',
      },
    ]);
  });

  it('an observed more than 10% from the figure', () => {
    const check = judgeEvidence(
      claim({ limit: 'p99.9 <= 40 ms', observed: 'p99.9 38 ms' }),
      source(K6),
    );
    expect(check.contradictions).toEqual([
      {
        field: 'observed',
        claimed: 'observed p99.9 38 ms',
        found: 'p99.9 95.2 ms, more than 10% away',
      },
    ]);
  });

  it('a runtime that is not the artefact’s Go version, even with no limit to compare', () => {
    const bench = source(example('go-bench.txt'));
    const check = judgeEvidence({ type: 'cpu', runtime: 'go1.24', limit: '< 2 us' }, bench);
    expect(check.status).toBe('contradicts');
    expect(check.contradictions).toEqual([
      { field: 'runtime', claimed: 'runtime "go1.24"', found: 'go: go1.26.0' },
    ]);
    expect(judgeEvidence({ type: 'cpu', runtime: 'go1.26' }, bench).status).toBe('unchecked');
    expect(judgeEvidence({ type: 'cpu', runtime: 'rustc 1.91' }, bench).status).toBe('contradicts');
  });

  it('quotes what the proposal wrote only as a short token', () => {
    const check = judgeEvidence(
      { type: 'cpu', runtime: 'go1.24 @everyone `rm -rf`', limit: '< 2 us' },
      source(example('go-bench.txt')),
    );
    expect(check.contradictions[0]!.claimed).toBe('runtime "go1.24 @ever…"');
  });
});

describe('observed of another kind is not compared', () => {
  it('a different statistic, or no figure of the limit’s class', () => {
    expect(
      judgeEvidence(claim({ limit: 'p99.9 <= 40 ms', observed: 'p50 10 ms' }), source(K6)).status,
    ).toBe('verified');
    expect(
      judgeEvidence(claim({ limit: 'p99.9 <= 40 ms', observed: 'at 20k rps' }), source(K6)).status,
    ).toBe('verified');
  });
});

describe('unchecked and unreadable', () => {
  it('no limit, or a limit of another form: read but not compared', () => {
    expect(judgeEvidence(claim({}), source(K6))).toMatchObject({
      status: 'unchecked',
      counts: true,
    });
    expect(judgeEvidence(claim({ limit: 'fast enough' }), source(K6))).toMatchObject({
      status: 'unchecked',
      reason: 'the limit is not of the form [STAT] OP FIGURE',
    });
  });

  it('a figure the file does not have: lists what it has', () => {
    const check = judgeEvidence(
      claim({ limit: 'p99.9 <= 40 ms' }),
      source(example('wrk-latency.txt')),
    );
    expect(check).toMatchObject({
      status: 'unreadable',
      unreadable: 'unusable',
      counts: true,
      reason: 'latency has avg, max, p50, p75, p90, p99; the limit asks p99.9',
    });
  });

  it('a metric the file does not have, and hyperfine with several commands and no metric', () => {
    const k6 = judgeEvidence(
      claim({ metric: 'grpc_req_duration', limit: 'p99 < 1 ms' }),
      source(K6),
    );
    expect(k6.status).toBe('unreadable');
    expect(k6.reason).toMatch(/^no metric "grpc_req_dur…"; has checks, data_received/);
    const two = JSON.stringify({
      results: [
        { command: 'a', mean: 1 },
        { command: 'b', mean: 2 },
      ],
    });
    expect(judgeEvidence({ type: 'cold-start', limit: '< 10 ms' }, source(two)).reason).toMatch(
      /2 commands; name one in `metric`/,
    );
    // Every command answers to `cold start`: the word names none of them.
    expect(
      judgeEvidence({ type: 'cold-start', limit: 'cold start < 10 ms' }, source(two)).reason,
    ).toMatch(/name one in `metric`/);
    expect(
      judgeEvidence({ type: 'cold-start', metric: 'b', limit: '< 10 ms' }, source(two)),
    ).toMatchObject({
      status: 'verified',
      value: 2,
      met: false,
    });
  });

  it('a limit naming no statistic where the file has several', () => {
    expect(judgeEvidence(claim({ limit: '< 40 ms' }), source(K6)).reason).toMatch(
      /the limit names no statistic/,
    );
  });

  it('missing or refused: cites nothing and does not count; over the cap or of no format: counts as a URL', () => {
    expect(
      judgeEvidence(claim({}), {
        kind: 'missing',
        path: 'bench/x.json',
        reason: 'not at this commit',
      }),
    ).toMatchObject({ status: 'unreadable', unreadable: 'nothing', counts: false });
    expect(
      judgeEvidence(claim({}), { kind: 'refused', path: '.git/config', reason: 'inside .git' }),
    ).toMatchObject({
      status: 'unreadable',
      unreadable: 'nothing',
      counts: false,
    });
    expect(
      judgeEvidence(claim({}), {
        kind: 'too-large',
        path: 'big.json',
        bytes: 20_000_000,
        cap: 16_777_216,
      }),
    ).toMatchObject({ status: 'unreadable', unreadable: 'unusable', counts: true });
    expect(judgeEvidence(claim({}), source('%PDF-1.7 report'))).toMatchObject({
      status: 'unreadable',
      unreadable: 'unusable',
      counts: true,
    });
    expect(judgeEvidence(claim({}), { kind: 'url' })).toMatchObject({
      status: 'url',
      counts: true,
    });
  });

  it('a figure too large to convert is unreadable, not compared', () => {
    const text = JSON.stringify({ results: [{ command: 'x', mean: 1e308 }] });
    expect(
      judgeEvidence({ type: 'cold-start', limit: '< 10 ms', met: true }, source(text)),
    ).toMatchObject({
      status: 'unreadable',
      met: null,
    });
  });
});
