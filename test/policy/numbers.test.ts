// Every figure in a message comes from the proposal or from a setting, so a
// team that changes a setting sees its own numbers, and no message states a number the policy's
// source (and its settings) do not. Each rule's `fires` message is made twice, with the default
// settings and with every numeric setting changed: a number that stays the same must be in the
// proposal, a version the message names, or derived from the proposal alone (listed below).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultEngineOptions } from '../../src/core/engine.js';
import { formatNumber, percent } from '../../src/core/format.js';
import { RULES } from '../../src/core/rules/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import type { Proposal } from '../../src/core/types.js';
import { judge, ruleContext } from '../helpers.js';

const CHANGED: Settings = {
  ...DEFAULT_SETTINGS,
  cliColdStartMs: 13,
  rustBuildSeconds: 333,
  goBuildSeconds: 7,
  ciMinutesPerDay: 17,
  rustPremiumUsd: [11_111, 22_222],
  rustOnboardingMonths: [7, 9],
  greenTeaGcCutPercent: [13, 17],
  rustTeamShare: 0.45,
};

/** Releases and editions the messages name as facts, not figures. */
const VERSIONS = ['1.24', '1.25', '1.26', '1.85', '2018', '2024', '2015', '0.23'];

/** Numbers computed from the proposal alone, by rule: [the number, how]. */
const FROM_PROPOSAL: Record<string, [string, string][]> = {
  'rust-onboarding-cost': [
    ['8', 'size − rust-experience'],
    ['2', 'size × attrition'],
    ['20', 'attrition as a percentage'],
  ],
  'go-cli-cold-start': [],
  'toolchain-outdated': [['17', 'minor releases behind 1.26']],
};

/** Numbers as a message writes them: 12,500 · 76.7 · 40 — not inside go1.24, P99.9 or ML-KEM names. */
function numbers(text: string): string[] {
  return text.match(/(?<![\w.])\d(?:[\d,]*\d)?(?:\.\d+)?(?![\w.]\d|\w)/g) ?? [];
}

function messages(yaml: string, settings: Settings, id: string): string[] {
  const p = parse(yaml) as Proposal;
  const rule = RULES.find((r) => r.id === id)!;
  return rule.check!(ruleContext(rule, p, settings)).map((h) => h.message);
}

describe('numeric claims in messages', () => {
  const withCheck = RULES.filter((r) => r.check);

  it.each(withCheck.map((r) => [r.id, r] as const))(
    '%s: every number comes from the proposal or a setting',
    (id, rule) => {
      const usual = messages(rule.docs.fires, DEFAULT_SETTINGS, id);
      const changed = messages(rule.docs.fires, CHANGED, id);
      expect(usual.length).toBeGreaterThan(0);
      // Figures of the artefacts the example cites are the file's, not the policy's.
      const cited = Object.values(rule.docs.artefacts ?? {}).join('\n');
      const inProposal = new Set(numbers(`${rule.docs.fires}\n${cited}`.replace(/go\s?\d/g, '')));
      const allowed = new Set([
        ...inProposal,
        ...VERSIONS,
        ...(FROM_PROPOSAL[id] ?? []).map(([n]) => n),
      ]);
      usual.forEach((m, i) => {
        const before = numbers(m);
        const after = numbers(changed[i] ?? '');
        before.forEach((n, k) => {
          if (after[k] !== n) return; // it moved with the settings
          // `#2` numbers a constraint of the proposal.
          expect(
            allowed.has(n) || m.includes(`#${n}`),
            `${id}: "${n}" is in the message but in neither the proposal nor a setting: ${m}`,
          ).toBe(true);
        });
      });
    },
  );

  // The figures the policy's source gives, each beside the setting it comes from.
  const CLAIMS: [string, keyof Settings, string, string][] = [
    ['gc-remeasure-on-go-1-26', 'greenTeaGcCutPercent', '10–40%', '13–17%'],
    ['rust-on-unconfirmed-measurement', 'greenTeaGcCutPercent', '10–40%', '13–17%'],
    ['go-deterministic-tail-latency', 'greenTeaGcCutPercent', '10–40%', '13–17%'],
    ['rust-hiring-premium', 'rustPremiumUsd', '$25,000–$30,000', '$11,111–$22,222'],
    ['team-missing', 'rustPremiumUsd', '$25,000–$30,000', '$11,111–$22,222'],
    ['team-missing', 'rustOnboardingMonths', '3–6 months', '7–9 months'],
    ['rust-onboarding-cost', 'rustOnboardingMonths', '3–6 months', '7–9 months'],
    ['rust-without-measured-constraint', 'rustOnboardingMonths', '3–6 months', '7–9 months'],
    ['rust-without-measured-constraint', 'rustBuildSeconds', '120 s', '333 s'],
    ['rust-ci-build-cost', 'rustBuildSeconds', '120 s', '333 s'],
    ['rust-ci-build-cost', 'goBuildSeconds', '5 s', '7 s'],
    ['rust-ci-build-cost', 'ciMinutesPerDay', '60-minute', '17-minute'],
    ['rust-despite-build-time-constraint', 'rustBuildSeconds', '120 s', '333 s'],
    ['go-cli-cold-start', 'cliColdStartMs', 'setting of 10 ms', 'setting of 13 ms'],
    ['go-team-knows-rust', 'rustTeamShare', '50%', '45%'],
  ];

  it.each(CLAIMS)('%s states %s as the setting says', (id, _setting, usual, changed) => {
    const rule = RULES.find((r) => r.id === id)!;
    expect(messages(rule.docs.fires, DEFAULT_SETTINGS, id).join(' ')).toContain(usual);
    const moved = messages(rule.docs.fires, CHANGED, id).join(' ');
    expect(moved).toContain(changed);
    expect(moved).not.toContain(usual);
  });
});

// The same claim as a property: on any Rust or Go proposal with a team, deliveries and a
// build-time constraint, under any settings, every number a message states is a setting, a
// field of the proposal, a version the policy names, or one of the figures the policy computes
// from those (each listed below, rounded or cut as the messages show it).
describe('every number in a message traces to a setting or a field (property)', () => {
  const tenthUp = (n: number) => Math.round(Number((n * 10).toPrecision(12))) / 10;
  const tenthCut = (n: number) => Math.floor(Number((n * 10).toPrecision(12))) / 10;

  const settingsArb = fc
    .record({
      rustBuildSeconds: fc.integer({ min: 30, max: 600 }),
      goBuildSeconds: fc.integer({ min: 1, max: 20 }),
      ciMinutesPerDay: fc.integer({ min: 1, max: 120 }),
      premiumLo: fc.integer({ min: 1, max: 40 }).map((n) => n * 1000),
      premiumSpan: fc.integer({ min: 0, max: 20 }).map((n) => n * 1000),
      monthsLo: fc.integer({ min: 1, max: 6 }),
      monthsSpan: fc.integer({ min: 0, max: 6 }),
      cliColdStartMs: fc.integer({ min: 1, max: 50 }),
      rustTeamShare: fc.constantFrom(0.25, 0.5, 0.75),
    })
    .map((s): Settings => ({
      ...DEFAULT_SETTINGS,
      rustBuildSeconds: s.rustBuildSeconds,
      goBuildSeconds: s.goBuildSeconds,
      ciMinutesPerDay: s.ciMinutesPerDay,
      rustPremiumUsd: [s.premiumLo, s.premiumLo + s.premiumSpan],
      rustOnboardingMonths: [s.monthsLo, s.monthsLo + s.monthsSpan],
      cliColdStartMs: s.cliColdStartMs,
      rustTeamShare: s.rustTeamShare,
    }));

  const proposalArb = fc
    .record({
      language: fc.constantFrom('rust', 'go'),
      kind: fc.constantFrom('http-api', 'database', 'cli', 'worker'),
      size: fc.integer({ min: 1, max: 40 }),
      rustShare: fc.integer({ min: 0, max: 100 }),
      hires: fc.integer({ min: 0, max: 12 }),
      attritionBasis: fc.integer({ min: 0, max: 10_000 }),
      merges: fc.integer({ min: 0, max: 120 }),
      coldStart: fc.integer({ min: 1, max: 400 }),
      buildTime: fc.boolean(),
    })
    .map((g) => ({
      ...g,
      rust: Math.floor((g.size * g.rustShare) / 100),
      attrition: g.attritionBasis / 10_000,
    }));

  type Gen = typeof proposalArb extends fc.Arbitrary<infer T> ? T : never;

  const yamlOf = (g: Gen) => `service: figures
language: ${g.language}
kind: ${g.kind}
workload:
  bound: io
  cold-start-ms: ${g.coldStart}
team:
  size: ${g.size}
  rust-experience: ${g.rust}
  annual-attrition: ${g.attrition}
  planned-hires: ${g.hires}
delivery:
  merges-per-day: ${g.merges}
${
  g.buildTime
    ? `constraints:
  - type: build-time
    source: production
    evidence: https://ci.example.com/insights
    observed: queue waits
`
    : ''
}`;

  /** Every figure a message may state for this proposal under these settings, as shown. */
  function traceable(g: Gen, s: Settings): Set<string> {
    const [mLo, mHi] = s.rustOnboardingMonths;
    const [pLo, pHi] = s.rustPremiumUsd;
    const extra = s.rustBuildSeconds - s.goBuildSeconds;
    const minutes = (g.merges * extra) / 60;
    const leavers = tenthUp((g.size + g.hires) * g.attrition);
    const counts = [g.size - g.rust, g.hires, g.size - g.rust + g.hires, leavers];
    const raw: number[] = [
      // fields
      g.size,
      g.rust,
      g.hires,
      g.merges,
      g.coldStart,
      // settings
      s.rustBuildSeconds,
      s.goBuildSeconds,
      s.ciMinutesPerDay,
      s.cliColdStartMs,
      mLo,
      mHi,
      pLo,
      pHi,
      s.rustTeamShare * 100,
      ...s.greenTeaGcCutPercent,
      // figures computed from them
      g.size + g.hires,
      ...counts,
      ...counts.flatMap((n) => [tenthUp(n * mLo), tenthUp(n * mHi)]),
      pLo * (g.size + g.hires),
      pHi * (g.size + g.hires),
      extra,
      tenthCut(minutes),
      tenthCut(minutes) - 0.1,
      s.rustBuildSeconds / s.goBuildSeconds,
      Math.ceil((s.ciMinutesPerDay * 60) / extra) - 1,
    ];
    // The attrition as written (8.75%, 0.01%), not cut to one decimal.
    return new Set([...raw.map(formatNumber), percent(g.attrition).slice(0, -1), ...VERSIONS]);
  }

  it('holds for every generated proposal and settings', () => {
    fc.assert(
      fc.property(proposalArb, settingsArb, (g, settings) => {
        const report = judge(yamlOf(g), 'proposals/p.yaml', {
          ...defaultEngineOptions(),
          settings,
        });
        const allowed = traceable(g, settings);
        for (const f of report.findings) {
          // "under 0.1" is how a positive figure too small to show is written.
          for (const n of numbers(f.message.replaceAll('under 0.1', ''))) {
            expect(
              allowed.has(n) || f.message.includes(`#${n}`),
              `${f.rule}: "${n}" traces to no setting or field: ${f.message}`,
            ).toBe(true);
          }
          expect(f.message, f.rule).not.toMatch(/(?<![\d.,])0–0(?![\d.])/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
