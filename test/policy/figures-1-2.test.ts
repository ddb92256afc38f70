// Policy 1.2's figures (docs/policy.md, "Figures"): a figure in a message is computed from the
// value shown beside it, nothing positive shows as 0, attrition counts the planned hires, and
// the CI minutes shown (message and `costs`) are cut to one decimal and sit at or above the
// threshold exactly when rust-ci-build-cost fires. Checked through the whole engine, at the
// boundaries and as properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEngineOptions } from '../../src/core/engine.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import type { ProposalReport } from '../../src/core/types.js';
import { formatNumber, range } from '../../src/core/format.js';
import { costLine } from '../../src/core/render/cost-line.js';
import { findingsOf, judge } from '../helpers.js';

function run(text: string, settings: Settings = DEFAULT_SETTINGS): ProposalReport {
  return judge(text, 'proposals/p.yaml', { ...defaultEngineOptions(), settings });
}

const rustTeam = (team: string, more = '') => `service: ledger
language: rust
kind: database
workload:
  bound: cpu
team:
${team}${more}`;

const onboarding = (r: ProposalReport) =>
  findingsOf(r, 'rust-onboarding-cost')
    .map((f) => f.message)
    .join('\n');

/** "≈ N engineers a year … : lo–hi engineer-months a year" → the three figures. */
function rampFigures(message: string): { engineers: number; months: [number, number] } | null {
  const m =
    /≈ ([\d.]+) engineers? a year start the [\d.–]+-month ramp: ([\d.]+)(?:–([\d.]+))? engineer-months a year/.exec(
      message,
    );
  if (!m) return null;
  return { engineers: Number(m[1]), months: [Number(m[2]), Number(m[3] ?? m[2])] };
}

/** Half up at one decimal, on the figure as written on paper (12 × 0.0875 = 1.05 → 1.1). */
const tenth = (n: number) => Math.round(Number((n * 10).toPrecision(12))) / 10;

describe('a positive figure too small for one decimal', () => {
  it('is written "under 0.1", never 0; zero stays 0', () => {
    expect(formatNumber(0.04)).toBe('under 0.1');
    expect(formatNumber(0.0001)).toBe('under 0.1');
    expect(formatNumber(0.05)).toBe('0.1');
    expect(formatNumber(0)).toBe('0');
    expect(range([0.01, 0.03])).toBe('under 0.1');
    expect(range([0.03, 0.3])).toBe('under 0.1–0.3');
  });
});

describe('rust-onboarding-cost: attrition figures', () => {
  it('attrition 0: no attrition clause, no ramp in costs, and no finding when nobody has to learn Rust', () => {
    const all = run(rustTeam('  size: 4\n  rust-experience: 4\n  annual-attrition: 0\n'));
    expect(findingsOf(all, 'rust-onboarding-cost')).toEqual([]);
    expect(all.costs?.rampEngineerMonthsPerYear).toBeNull();
    const some = run(rustTeam('  size: 4\n  rust-experience: 1\n  annual-attrition: 0\n'));
    expect(onboarding(some)).not.toContain('annual attrition');
  });

  it('attrition 0.0001: under 0.1 engineers a year is left out, never "0–0 engineer-months"', () => {
    const all = run(rustTeam('  size: 10\n  rust-experience: 10\n  annual-attrition: 0.0001\n'));
    // Nothing left to warn about: everyone knows Rust, nobody joins, nobody measurable leaves.
    expect(findingsOf(all, 'rust-onboarding-cost')).toEqual([]);
    expect(all.costs?.rampEngineerMonthsPerYear).toBeNull();
    const some = run(rustTeam('  size: 10\n  rust-experience: 2\n  annual-attrition: 0.0001\n'));
    const m = onboarding(some);
    expect(m).toContain('8 engineers');
    expect(m).not.toContain('annual attrition');
    expect(m).not.toMatch(/\b0–0\b|(?<![\d.])0 engineer-months/);
    expect(costLine(some.costs)).not.toContain('ramp from attrition');
  });

  it('just under and at 0.1 engineers a year: left out, then shown as 0.1 with months from 0.1', () => {
    const under = run(rustTeam('  size: 1\n  rust-experience: 0\n  annual-attrition: 0.0999\n'));
    expect(onboarding(under)).not.toContain('annual attrition');
    const at = run(rustTeam('  size: 1\n  rust-experience: 0\n  annual-attrition: 0.1\n'));
    expect(onboarding(at)).toContain(
      '1 × 10% annual attrition ≈ 0.1 engineers a year start the 3–6-month ramp: 0.3–0.6 engineer-months a year',
    );
    expect(at.costs?.rampEngineerMonthsPerYear).toEqual([0.3, 0.6]);
  });

  it('attrition 1: the whole team a year', () => {
    const r = run(rustTeam('  size: 10\n  rust-experience: 10\n  annual-attrition: 1\n'));
    expect(onboarding(r)).toContain(
      '10 × 100% annual attrition ≈ 10 engineers a year start the 3–6-month ramp: 30–60 engineer-months a year',
    );
    expect(r.costs?.rampEngineerMonthsPerYear).toEqual([30, 60]);
  });

  it('1.05 engineers a year is shown as 1.1, and the months are computed from 1.1', () => {
    const r = run(rustTeam('  size: 21\n  rust-experience: 21\n  annual-attrition: 0.05\n'));
    const m = onboarding(r);
    expect(m).toContain('21 × 5% annual attrition ≈ 1.1 engineers a year');
    expect(m).toContain('3.3–6.6 engineer-months a year');
    expect(r.costs?.rampEngineerMonthsPerYear).toEqual([3.3, 6.6]);
  });

  it('hires leave too: attrition counts size + planned-hires, in the message and in costs', () => {
    const r = run(
      rustTeam('  size: 5\n  rust-experience: 5\n  annual-attrition: 0.2\n  planned-hires: 5\n'),
    );
    const m = onboarding(r);
    expect(m).toContain(
      '(5 engineers + 5 planned hires) × 20% annual attrition ≈ 2 engineers a year start the 3–6-month ramp: 6–12 engineer-months a year',
    );
    expect(r.costs?.rampEngineerMonthsPerYear).toEqual([6, 12]);
    // One hire, and attrition that only the hire makes reach 0.1.
    const one = run(
      rustTeam('  size: 9\n  rust-experience: 9\n  annual-attrition: 0.01\n  planned-hires: 1\n'),
    );
    expect(onboarding(one)).toContain(
      '(9 engineers + 1 planned hire) × 1% annual attrition ≈ 0.1 engineers a year',
    );
  });

  it('the shown attrition is the one written, even with more than one decimal', () => {
    const r = run(rustTeam('  size: 12\n  rust-experience: 12\n  annual-attrition: 0.0875\n'));
    expect(onboarding(r)).toContain('12 × 8.75% annual attrition ≈ 1.1 engineers a year');
  });

  it('property: the months are the shown engineers × the onboarding months, and costs agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 10_000 }),
        (size, hires, basis) => {
          const attrition = basis / 10_000;
          const r = run(
            rustTeam(
              `  size: ${size}\n  rust-experience: ${size}\n  annual-attrition: ${attrition}\n  planned-hires: ${hires}\n`,
            ),
          );
          const leavers = (size + hires) * attrition;
          const shown = rampFigures(onboarding(r));
          if (Number((leavers * 10).toPrecision(12)) < 1) {
            expect(shown).toBeNull();
            expect(r.costs?.rampEngineerMonthsPerYear ?? null).toBeNull();
            return;
          }
          expect(shown).not.toBeNull();
          expect(shown!.engineers).toBe(tenth(leavers));
          expect(shown!.months).toEqual([tenth(shown!.engineers * 3), tenth(shown!.engineers * 6)]);
          expect(r.costs?.rampEngineerMonthsPerYear).toEqual(shown!.months);
          expect(shown!.months[0]).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('rust-ci-build-cost: the minutes shown and the threshold', () => {
  // 60 s more per build, so the minutes a day equal the merges a day.
  const ONE_MINUTE: Settings = { ...DEFAULT_SETTINGS, rustBuildSeconds: 65, goBuildSeconds: 5 };
  const rustMerges = (merges: number) => `service: indexer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [search-indexing]
delivery:
  merges-per-day: ${merges}
`;
  const ci = (r: ProposalReport) => findingsOf(r, 'rust-ci-build-cost');

  it('59.99 minutes: silent, and shown as 59.9 (cut, not rounded to 60)', () => {
    const r = run(rustMerges(59.99), ONE_MINUTE);
    expect(ci(r)).toEqual([]);
    expect(r.costs?.ciMinutesPerDay).toBe(59.9);
    expect(costLine(r.costs)).toContain('CI 59.9 more build minutes a day');
  });

  it('60 minutes: fires, and says 60', () => {
    const r = run(rustMerges(60), ONE_MINUTE);
    expect(ci(r)).toHaveLength(1);
    expect(ci(r)[0]!.message).toContain(
      'add 60 minutes of CI a day, at or above the 60-minute threshold',
    );
    expect(r.costs?.ciMinutesPerDay).toBe(60);
  });

  it('the defaults: 31 merges (59.4 min) silent; 31.3 merges (59.99… min) silent at 59.9; 32 merges fire', () => {
    const a = run(rustMerges(31));
    expect(ci(a)).toEqual([]);
    expect(a.costs?.ciMinutesPerDay).toBe(59.4);
    const b = run(rustMerges(31.3));
    expect(ci(b)).toEqual([]);
    expect(b.costs?.ciMinutesPerDay).toBe(59.9);
    const c = run(rustMerges(32));
    expect(ci(c)[0]!.message).toContain('add 61.3 minutes of CI a day');
    expect(c.costs?.ciMinutesPerDay).toBe(61.3);
  });

  it('40 merges: 76.666… minutes shown as 76.6 in the message, costs and the build-time rule', () => {
    const r = run(`${rustMerges(40)}constraints:
  - type: build-time
    source: production
    evidence: https://ci.example.com/insights
    observed: queue of 25 min
`);
    expect(ci(r)[0]!.message).toContain('add 76.6 minutes of CI a day');
    expect(findingsOf(r, 'rust-despite-build-time-constraint')[0]!.message).toContain(
      'that is 76.6 more minutes of CI a day',
    );
    expect(r.costs?.ciMinutesPerDay).toBe(76.6);
  });

  it('property: a figure shown at or above the threshold always comes with the finding, one below never', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 6, max: 600 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 1200 }),
        (merges, rust, go, thresholdTenths) => {
          const settings = {
            ...DEFAULT_SETTINGS,
            rustBuildSeconds: rust,
            goBuildSeconds: go,
            ciMinutesPerDay: thresholdTenths / 10,
          };
          const r = run(rustMerges(merges), settings);
          const shown = r.costs!.ciMinutesPerDay!;
          const fires = ci(r).length === 1;
          expect(fires).toBe(shown >= settings.ciMinutesPerDay);
          // Cut, never rounded up: at most the unrounded minutes, less than a tenth below.
          const minutes = (merges * (rust - go)) / 60;
          expect(shown).toBeLessThanOrEqual(minutes + 1e-6);
          expect(minutes - shown).toBeLessThan(0.1 + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
