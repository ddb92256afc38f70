// One table of units and one conversion: the figures authors write (`observed`, `limit`,
// read by the policy's grammar) and the limits the evidence judge holds against an artefact
// read every unit alike. Where the two grammars once disagreed, the policy's reading is kept.
import { describe, expect, it } from 'vitest';
import { judgeEvidence, parseLimit, readEvidence } from '../../src/core/evidence/index.js';
import { compareObserved, parseFigure } from '../../src/core/figures.js';
import { toBase, UNITS, unitClass } from '../../src/core/units.js';
import { example } from '../evidence/helpers.js';

/** `3 UNIT`, glued where the grammar wants it (`/s`). */
const written = (n: number, unit: string) => `${n}${unit === '/s' ? '' : ' '}${unit}`;

describe('one table of units', () => {
  it.each(UNITS.map((u) => u.text))(
    '%s: same class and value in a limit and in a figure',
    (unit) => {
      const figure = parseFigure(written(3, unit));
      const limit = parseLimit(`<= ${written(3, unit)}`);
      expect(figure).toBeDefined();
      expect(limit).not.toBeNull();
      expect(unitClass(limit!.unit)).toBe(figure!.unitClass);
      expect(toBase(limit!.value, limit!.unit)).toBe(figure!.value);
    },
  );

  // Before, the evidence judge read units in their case only and knew no Greek-mu `μs`: each
  // of these limits was "not of the form [STAT] OP FIGURE" there, while the policy's grammar
  // compared the same constraint's `observed` with it. (`512 kB` it read as 512k B: the same
  // value, now in the unit written.)
  it.each([
    ['p99 <= 40 MS', 'time', 40e6],
    ['throughput >= 20000 RPS', 'rate', 20000],
    ['heap < 512 kB', 'size', 512e3],
    ['p50 <= 250 \u03bcs', 'time', 250e3],
  ])('the evidence judge reads %s as the policy does', (text, unitClassOf, base) => {
    const limit = parseLimit(text);
    expect(limit).not.toBeNull();
    expect(unitClass(limit!.unit)).toBe(unitClassOf);
    expect(toBase(limit!.value, limit!.unit)).toBe(base);
    expect(compareObserved(`${written(1, limit!.unit)}`, text)?.limit.figure.value).toBe(base);
  });

  it('a limit in capitals is checked against the artefact, and agrees with observed', () => {
    const claim = {
      type: 'tail-latency',
      limit: 'P99.9 <= 40 MS',
      met: false,
      observed: 'P99.9 95 ms at 2k rps',
    };
    const check = judgeEvidence(claim, {
      kind: 'read',
      path: 'bench/checkout/k6.json',
      result: readEvidence(example('k6-summary-export.json')),
    });
    expect(check).toMatchObject({
      status: 'verified',
      met: false,
      value: 95.2,
      limit: { stat: 'p99.9', op: '<=', value: 40, unit: 'ms' },
    });
    expect(compareObserved(claim.observed, claim.limit)?.met).toBe(false);
  });

  // Where the evidence grammar read otherwise before, the policy's reading is followed.
  it('1 Ms is a millisecond, not a million seconds', () => {
    expect(parseLimit('< 1 Ms')).toMatchObject({ value: 1, unit: 'ms' });
    expect(parseFigure('1 Ms')?.value).toBe(1e6);
  });

  it('/s only glued to its number, and no unit runs into a letter', () => {
    expect(parseLimit('>= 20000 /s')).toBeNull();
    expect(parseFigure('20000 /s')).toBeUndefined();
    expect(parseLimit('>= 20000/s')).toMatchObject({ value: 20000, unit: '/s' });
    expect(parseLimit('< 25%x')).toBeNull();
    expect(parseFigure('25%x')).toBeUndefined();
  });

  it('units outside the grammar convert to nothing: compound and custom benchmark units', () => {
    for (const unit of ['MB/s', 'allocs/op', 'b', 'kb', 'min']) {
      expect(unitClass(unit)).toBeNull();
      expect(toBase(1, unit)).toBeNull();
    }
  });
});
