// Each reader against output in the shape its tool writes (examples/evidence/ holds one
// file per format), with the units the tool writes: k6 ms, vegeta ns, hyperfine s, wrk as
// printed, Go benchmarks as printed, gctrace ms and MB (2^20 bytes).

import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../src/core/evidence/index.js';
import { example, figures, identity, read } from './helpers.js';

describe('k6 summary export (k6 run --summary-export)', () => {
  const reading = read(example('k6-summary-export.json'));

  it('is recognised as the export and reads trend statistics in ms', () => {
    expect(reading.format).toBe('k6-summary-export');
    expect(figures(reading, 'http_req_duration')).toEqual({
      'avg ms': 31.42,
      'min ms': 2.118,
      'p50 ms': 24.9,
      'max ms': 412.6,
      'p90 ms': 61.3,
      'p95 ms': 78.4,
      'p99 ms': 88.1,
      'p99.9 ms': 95.2,
    });
  });

  it('keeps tagged sub-metrics under their full name, and http_reqs.rate as throughput', () => {
    expect(figures(reading, 'http_req_duration{scenario:checkout}')['p99.9 ms']).toBe(97.5);
    expect(figures(reading, 'http_reqs')).toEqual({ 'count ': 1_200_000, 'throughput rps': 2000 });
    expect(figures(reading, 'data_received')['count B']).toBe(1874520331);
  });

  it('identifies the run: scenarios, requests, and a duration from count over rate', () => {
    expect(identity(reading)).toEqual({
      scenarios: 'checkout',
      requests: 1_200_000,
      duration: 600,
    });
  });
});

describe('k6 summary data (handleSummary)', () => {
  const reading = read(example('k6-summary.json'));

  it('reads metrics.<m>.values with the same keys, in ms', () => {
    expect(reading.format).toBe('k6-summary-data');
    expect(figures(reading, 'http_req_duration')['p99.9 ms']).toBe(95.2);
    expect(figures(reading, 'http_req_duration')['p50 ms']).toBe(24.9);
    expect(figures(reading, 'http_reqs')['throughput rps']).toBe(1999.9586);
    expect(figures(reading, 'http_req_failed')['rate %']).toBe(0.049);
  });

  it('takes the duration from state.testRunDurationMs', () => {
    const id = identity(reading);
    expect(id).toMatchObject({ scenarios: 'checkout', requests: 1_200_000 });
    expect(id.duration).toBeCloseTo(600.012418, 6);
  });

  it('reads a data-sized trend in bytes and a unitless one without a unit', () => {
    const text = JSON.stringify({
      state: { testRunDurationMs: 1000 },
      metrics: {
        payload: { type: 'trend', contains: 'data', values: { avg: 512, 'p(95)': 900 } },
        score: { type: 'trend', contains: 'default', values: { avg: 3 } },
      },
    });
    const r = read(text);
    expect(figures(r, 'payload')).toEqual({ 'avg B': 512, 'p95 B': 900 });
    expect(figures(r, 'score')).toEqual({ 'avg ': 3 });
  });
});

describe('vegeta report -type=json', () => {
  const reading = read(example('vegeta-report.json'));

  it('reads latencies in ns, throughput and rate per second, success as a share', () => {
    expect(reading.format).toBe('vegeta');
    expect(figures(reading, 'latencies')).toEqual({
      'avg ns': 4123292,
      'p50 ns': 3456789,
      'p90 ns': 6789012,
      'p95 ns': 8123456,
      'p99 ns': 15234567,
      'max ns': 81234567,
      'min ns': 1234567,
    });
    expect(figures(reading, 'throughput')).toEqual({ 'throughput rps': 4999.722614 });
    expect(figures(reading, 'rate')).toEqual({ 'rate rps': 5000.010288 });
    expect(figures(reading, 'success')).toEqual({ 'success %': 99.987 });
  });

  it('identifies the run by its requests and duration (ns in the file, seconds here)', () => {
    expect(identity(reading)).toEqual({ requests: 300000, duration: 59.999876543 });
  });
});

describe('hyperfine --export-json', () => {
  const reading = read(example('hyperfine.json'));

  it('reads each command in seconds, percentiles of `times` by nearest rank', () => {
    expect(reading.format).toBe('hyperfine');
    const f = figures(reading, './bin/quote-cli --version');
    expect(f).toMatchObject({
      'avg s': 0.0041234,
      'p50 s': 0.00405,
      'min s': 0.00371,
      'max s': 0.00562,
    });
    // 20 runs: p90 is the 18th, p95 the 19th, p99 the 20th value.
    expect(f['p90 s']).toBe(0.00433);
    expect(f['p95 s']).toBe(0.00449);
    expect(f['p99 s']).toBe(0.00562);
    expect(identity(reading)).toEqual({ command: './bin/quote-cli --version', runs: 20 });
  });

  it('keeps every command of a comparison as its own series', () => {
    const text = JSON.stringify({
      results: [
        { command: 'go-cli', mean: 0.012, median: 0.011, times: [0.011, 0.012, 0.013] },
        { command: 'rust-cli', mean: 0.004, median: 0.004, times: [0.004] },
      ],
    });
    const r = read(text);
    expect(r.series.map((s) => s.name)).toEqual(['go-cli', 'rust-cli']);
    expect(figures(r, 'go-cli')['p99 s']).toBe(0.013);
  });
});

describe('wrk --latency', () => {
  const reading = read(example('wrk-latency.txt'));

  it('reads the Latency Distribution and thread stats in the units printed, Requests/sec as throughput', () => {
    expect(reading.format).toBe('wrk');
    expect(figures(reading, 'latency')).toEqual({
      'avg ms': 9.87,
      'max ms': 187.34,
      'p50 ms': 8.41,
      'p75 ms': 11.93,
      'p90 ms': 16.02,
      'p99 ms': 32.75,
    });
    expect(figures(reading, 'Requests/sec')).toEqual({ 'throughput rps': 26354.82 });
  });

  it('identifies the target and the duration (a printed 1.00m is 60 s)', () => {
    expect(identity(reading)).toEqual({
      target: 'http://checkout.internal:8080/api/quote',
      requests: 1582344,
      duration: 60,
    });
  });

  it('reads us, ms and s as printed, and minutes as seconds', () => {
    const text = [
      'Running 10s test @ http://127.0.0.1:8080/',
      '  2 threads and 10 connections',
      '  Thread Stats   Avg      Stdev     Max   +/- Stdev',
      '    Latency   635.91us  120.11us   1.20s    93.69%',
      '    Req/Sec     7.61k   512.20     8.39k    70.00%',
      '  Latency Distribution',
      '     50%  612.00us',
      '     75%  701.00us',
      '     90%    1.02ms',
      '     99%    1.50s',
      '  151402 requests in 10.01s, 12.26MB read',
      'Requests/sec:  15125.12',
      'Transfer/sec:      1.22MB',
    ].join('\n');
    const r = read(text);
    expect(figures(r, 'latency')).toEqual({
      'avg us': 635.91,
      'max s': 1.2,
      'p50 us': 612,
      'p75 us': 701,
      'p90 ms': 1.02,
      'p99 s': 1.5,
    });
    expect(identity(r).duration).toBe(10.01);
    const long = read(text.replace('1.50s', '2.00m'));
    expect(figures(long, 'latency')['p99 s']).toBe(120);
  });
});

describe('Go benchmark output (benchfmt)', () => {
  const reading = read(example('go-bench.txt'));

  it('takes the median of -count repeats for each unit, names without the -N suffix', () => {
    expect(reading.format).toBe('go-bench');
    expect(reading.series.map((s) => s.name)).toEqual([
      'BenchmarkQuote',
      'BenchmarkQuoteParallel',
      'BenchmarkEncode/small',
    ]);
    expect(figures(reading, 'BenchmarkQuote')).toEqual({
      '- ns/op': 1049,
      '- B/op': 240,
      '- allocs/op': 4,
    });
  });

  it('keeps custom units and MB/s as printed', () => {
    expect(figures(reading, 'BenchmarkQuoteParallel')['- p99-ns']).toBe(820);
    expect(figures(reading, 'BenchmarkEncode/small')['- MB/s']).toBe(321.57);
  });

  it('reads the configuration lines and the go: line', () => {
    expect(reading.go).toBe('go1.26.0');
    expect(identity(reading)).toEqual({
      pkg: 'example.com/checkout/quote',
      'goos/goarch': 'linux/amd64',
      cpu: 'AMD EPYC 7B13',
      go: 'go1.26.0',
    });
  });

  it('accepts goversion: and an even number of repeats (the mean of the middle two)', () => {
    const text = [
      'goversion: go1.25.4',
      'BenchmarkParse-16    	  100000	     1000 ns/op',
      'BenchmarkParse-16    	  100000	     1100 ns/op',
      'BenchmarkParse-16    	  100000	     1300 ns/op',
      'BenchmarkParse-16    	  100000	     9000 ns/op',
    ].join('\n');
    const r = read(text);
    expect(r.go).toBe('go1.25.4');
    expect(figures(r, 'BenchmarkParse')['- ns/op']).toBe(1200);
  });

  it('has no Go version when the output has no go: line', () => {
    expect(read('BenchmarkX-8 10 5 ns/op\n').go).toBeUndefined();
  });
});

describe('Go GC trace (GODEBUG=gctrace=1)', () => {
  const reading = read(example('gctrace.txt'));

  it('reads each cycle behind any prefix, its two stop-the-world pauses, and (forced) cycles', () => {
    expect(reading.format).toBe('gctrace');
    const pause = figures(reading, 'pause');
    // The largest of the first and third clock terms over 8 cycles (16 pauses).
    expect(pause['max ms']).toBe(0.43);
    expect(pause['p50 ms']).toBe(0.066);
    expect(identity(reading)).toEqual({
      cycles: 8,
      span: 130.122,
      P: 8,
      'peak heap': 341,
      forced: 1,
    });
  });

  it('reads the heap at GC start in MiB and GC CPU as the last (cumulative) share', () => {
    expect(figures(reading, 'heap')).toEqual({ 'max MiB': 341 });
    expect(figures(reading, 'gc cpu')).toEqual({ 'gc cpu %': 1 });
  });

  it('reads lines without the stacks and globals fields (Go before 1.19)', () => {
    const text = [
      'gc 1 @0.012s 1%: 0.020+1.1+0.005 ms clock, 0.16+0.1/0.9/1.2+0.040 ms cpu, 4->4->0 MB, 5 MB goal, 8 P',
      'I1130 10:00:01.000 gc 2 @1.500s 4%: 2.5+3.0+0.9 ms clock, 20+1/2/3+7 ms cpu, 900->950->400 MB, 960 MB goal, 8 P (forced)',
    ].join('\n');
    const r = read(text);
    expect(figures(r, 'pause')['max ms']).toBe(2.5);
    expect(figures(r, 'heap')['max MiB']).toBe(900);
    expect(figures(r, 'gc cpu')['gc cpu %']).toBe(4);
    expect(identity(r)).toMatchObject({ cycles: 2, forced: 1, span: 1.488 });
  });

  it('finds the record after a prefix that itself says "gc "', () => {
    const r = read(
      'worker gc sweeper: gc 3 @2.0s 1%: 7.5+1+0.5 ms clock, 1+1/1/1+1 ms cpu, 10->11->5 MB, 12 MB goal, 4 P\n',
    );
    expect(figures(r, 'pause')['max ms']).toBe(7.5);
  });
});

describe('recognition by content', () => {
  it('reads a format whatever the file would be called: only the text is given', () => {
    expect(read(example('gctrace.txt')).format).toBe('gctrace');
    expect(read(`\ufeff${example('hyperfine.json')}`).format).toBe('hyperfine');
    expect(read(example('wrk-latency.txt').replace(/\n/g, '\r\n')).format).toBe('wrk');
  });

  it('says why a file of no known format is not read', () => {
    const pdf = readEvidence(
      '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <</Type /Catalog>> endobj\n',
    );
    expect(pdf).toEqual({
      ok: false,
      error: { reason: expect.stringMatching(/no recognised format/) },
    });
    const json = readEvidence('{"name": "not a report"}');
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.error.reason).toMatch(/JSON document of no recognised format/);
    const broken = readEvidence('{"metrics": {"http_reqs": ');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.reason).toMatch(/does not parse/);
  });

  it('shows a name from the file as it is only when it is a plain identifier', () => {
    const r = read(JSON.stringify({ results: [{ command: 'curl `x` @team\n', mean: 1 }] }));
    expect(r.series[0]!.label).toBe('"curl \\u0060x\\u0060 @te…"');
    expect(r.series[0]!.name).toBe('curl `x` @team\n');
  });
});

describe('a k6 file with thousands of tagged sub-metrics', () => {
  const metrics: Record<string, unknown> = {
    http_req_duration: { avg: 10, med: 9, 'p(95)': 20 },
    http_reqs: { count: 1000, rate: 100 },
  };
  for (let k = 0; k < 1000; k++) {
    metrics[`http_req_duration{name:/quote/${k},scenario:s${k % 3}}`] = {
      avg: k,
      med: k,
      'p(95)': k,
    };
  }
  const text = JSON.stringify({ root_group: { checks: {} }, metrics });

  it('keeps every untagged metric and the first 200 tagged ones, and names every scenario', () => {
    const r = read(text);
    expect(r.series.filter((s) => s.name.includes('{'))).toHaveLength(200);
    expect(identity(r).scenarios).toBe('s0, s1, s2');
  });

  it('keeps a tagged metric a constraint names, however far down the file', () => {
    const wanted = 'http_req_duration{name:/quote/999,scenario:s0}';
    const r = readEvidence(text, { steps: 0 }, [wanted]);
    expect(r.ok && figures(r.reading, wanted)['p95 ms']).toBe(999);
  });
});
