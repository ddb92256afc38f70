// Issue 18 item 7: every figure in a message comes from the proposal or from a setting, so a
// team that changes a setting sees its own numbers, and no message states a number the policy's
// source (and its settings) do not. Each rule's `fires` message is made twice, with the default
// settings and with every numeric setting changed: a number that stays the same must be in the
// proposal, a version the message names, or derived from the proposal alone (listed below).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../../src/core/rules/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { findTriggers } from '../../src/core/triggers.js';
import type { Proposal } from '../../src/core/types.js';

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
const VERSIONS = ['1.24', '1.26', '1.85', '2024', '2015'];

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
  return text.match(/(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w.]\d|\w)/g) ?? [];
}

function messages(yaml: string, settings: Settings, id: string): string[] {
  const p = parse(yaml) as Proposal;
  const rule = RULES.find((r) => r.id === id)!;
  return rule.check!({ proposal: p, settings, triggers: findTriggers(p, settings) }).map(
    (h) => h.message,
  );
}

describe('numeric claims in messages', () => {
  const withCheck = RULES.filter((r) => r.check);

  it.each(withCheck.map((r) => [r.id, r] as const))(
    '%s: every number comes from the proposal or a setting',
    (id, rule) => {
      const usual = messages(rule.docs.fires, DEFAULT_SETTINGS, id);
      const changed = messages(rule.docs.fires, CHANGED, id);
      expect(usual.length).toBeGreaterThan(0);
      const inProposal = new Set(numbers(rule.docs.fires.replace(/go\s?\d/g, '')));
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
