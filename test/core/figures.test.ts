// The figure grammar: NUMBER UNIT with separators and k/M, units longest first as whole
// tokens, limits `[STAT] OP FIGURE`, and "same kind" between figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareObserved,
  findFigures,
  meetsLimit,
  normaliseStat,
  parseFigure,
  parseLimit,
  sameKind,
} from '../../src/core/figures.js';

describe('figures', () => {
  it.each([
    ['40 ms', 40e6, 'time'],
    ['40ms', 40e6, 'time'],
    ['2.1 ms', 2.1e6, 'time'],
    ['250 us', 250e3, 'time'],
    ['250 µs', 250e3, 'time'],
    ['900 ns', 900, 'time'],
    ['1200 ns/op', 1200, 'time'],
    ['1.5 s', 1.5e9, 'time'],
    ['512 B', 512, 'size'],
    ['64 B/op', 64, 'size'],
    ['2 KB', 2e3, 'size'],
    ['14 GB', 14e9, 'size'],
    ['2 GiB', 2 * 1024 ** 3, 'size'],
    ['300 MiB', 300 * 1024 ** 2, 'size'],
    ['20000 rps', 20000, 'rate'],
    ['20,000 rps', 20000, 'rate'],
    ['20_000 req/s', 20000, 'rate'],
    ['43.6k rps', 43600, 'rate'],
    ['1.2M requests/s', 1.2e6, 'rate'],
    ['500/s', 500, 'rate'],
    ['25%', 25, 'share'],
  ])('%s is %d in its base unit (%s)', (text, value, unitClass) => {
    const f = parseFigure(text);
    expect(f?.unitClass).toBe(unitClass);
    expect(f!.value).toBeCloseTo(value, 6);
  });

  it.each([
    '12 MB/s',
    '40',
    'ms',
    '12 Mb',
    '3 seconds',
    '20 k rps',
    '40 ms and 50 ms',
    'p99 40 ms',
  ])('%s is not one figure', (text) => {
    expect(parseFigure(text)).toBeUndefined();
  });

  it('finds every figure with the statistic written just before it', () => {
    const found = findFigures('P99.9 95 ms at 20k rps, RSS 14 GB, cold start: 2.1 ms');
    expect(found.map((f) => [f.number, f.unit, f.stat])).toEqual([
      [95, 'ms', 'p99.9'],
      [20000, 'rps', undefined],
      [14, 'GB', 'rss'],
      [2.1, 'ms', 'start'],
    ]);
  });

  it('does not read the digits of p99 or go1.26 as figures', () => {
    expect(findFigures('p99 on go1.26 s')).toEqual([]);
  });

  it.each([
    ['p50', 'p50'],
    ['median', 'p50'],
    ['MED', 'p50'],
    ['50th', 'p50'],
    ['50%', 'p50'],
    ['p(99)', 'p99'],
    ['99th', 'p99'],
    ['P99.9', 'p99.9'],
    ['p999', 'p99.9'],
    ['p(99.9)', 'p99.9'],
    ['avg', 'avg'],
    ['mean', 'avg'],
    ['cold start', 'start'],
    ['GC CPU', 'gc cpu'],
    ['rss', 'rss'],
    ['heap', 'heap'],
  ])('%s names the statistic %s', (text, stat) => {
    expect(normaliseStat(text)).toBe(stat);
  });

  it.each([
    ['P99.9 <= 40 ms', 'p99.9', '<=', 40e6],
    ['≤ 40ms', undefined, '<=', 40e6],
    ['throughput >= 20000 rps', 'throughput', '>=', 20000],
    ['heap < 2 GiB', 'heap', '<', 2 * 1024 ** 3],
    ['cold start ≥ 1 s', 'start', '>=', 1e9],
  ])('the limit %s', (text, stat, op, value) => {
    const l = parseLimit(text);
    expect(l?.stat).toBe(stat);
    expect(l?.op).toBe(op);
    expect(l?.figure.value).toBeCloseTo(value, 6);
  });

  it.each(['fast enough', 'under 40 ms', 'p99 40 ms', 'soon <= 40 ms', '<= 12 MB/s'])(
    '%s is not a limit',
    (text) => {
      expect(parseLimit(text)).toBeUndefined();
    },
  );

  it('compares figures of the same kind only', () => {
    expect(sameKind({ unitClass: 'time', stat: 'p99' }, { unitClass: 'time' })).toBe(true);
    expect(sameKind({ unitClass: 'time', stat: 'p99' }, { unitClass: 'time', stat: 'p50' })).toBe(
      false,
    );
    expect(sameKind({ unitClass: 'size', stat: 'rss' }, { unitClass: 'size', stat: 'heap' })).toBe(
      false,
    );
    expect(sameKind({ unitClass: 'time' }, { unitClass: 'size' })).toBe(false);
  });

  it('says whether observed meets the limit, across units', () => {
    expect(compareObserved('12 ms', '<= 40 ms')?.met).toBe(true);
    expect(compareObserved('P99.9 95 ms at 20k rps', 'P99.9 <= 80 ms')?.met).toBe(false);
    expect(compareObserved('P99.9 74 ms at 20k rps', 'P99.9 <= 80 ms')?.met).toBe(true);
    expect(compareObserved('start 2.1 ms', '<= 0.008 s')?.met).toBe(true);
    expect(compareObserved('p50 3 ms, p99 95 ms', 'p99 < 90 ms')?.met).toBe(false);
    expect(compareObserved('30k rps', 'throughput >= 20000 rps')?.met).toBe(true);
    expect(compareObserved('RSS 14 GB', '< 2 GiB')?.met).toBe(false);
    // A boundary figure meets an inclusive limit and breaks a strict one.
    expect(compareObserved('40 ms', '<= 40 ms')?.met).toBe(true);
    expect(compareObserved('40 ms', '< 40 ms')?.met).toBe(false);
  });

  it('does not compare figures of another kind', () => {
    expect(compareObserved('RSS 14 GB', 'heap < 2 GiB')).toBeUndefined();
    expect(compareObserved('p50 3 ms', 'p99 < 90 ms')).toBeUndefined();
    expect(compareObserved('12 ms', '>= 20000 rps')).toBeUndefined();
    expect(compareObserved('slow', '<= 40 ms')).toBeUndefined();
    expect(compareObserved('12 ms', 'fast')).toBeUndefined();
  });

  it('never throws, and a parsed limit agrees with meetsLimit', () => {
    const piece = fc.constantFrom(
      ' ',
      'p99',
      'P99.9',
      '<=',
      '≥',
      '<',
      '40',
      '1,000',
      '2_5',
      '.5',
      'k',
      'M',
      'ms',
      'µs',
      'GiB',
      'MB/s',
      '/s',
      '%',
      'rps',
      'heap',
      'cold start',
      ':',
      '(',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(piece, { maxLength: 12 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, text, (observed, limit) => {
        findFigures(observed);
        parseFigure(observed);
        const l = parseLimit(limit);
        const c = compareObserved(observed, limit);
        if (c) {
          expect(l).toBeDefined();
          expect(c.met).toBe(meetsLimit(c.figure.value, l!));
          expect(sameKind(c.figure, { unitClass: l!.figure.unitClass, stat: l!.stat })).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
