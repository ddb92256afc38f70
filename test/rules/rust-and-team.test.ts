import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { findTriggers } from '../../src/core/triggers.js';
import type { Proposal } from '../../src/core/types.js';
import type { Rule } from '../../src/core/rules/rule.js';
import rustOnboardingCost from '../../src/core/rules/rust-onboarding-cost.js';
import rustHiringPremium from '../../src/core/rules/rust-hiring-premium.js';
import rustCiBuildCost from '../../src/core/rules/rust-ci-build-cost.js';
import rustDespiteBuildTime from '../../src/core/rules/rust-despite-build-time-constraint.js';
import teamMissing from '../../src/core/rules/team-missing.js';
import languageNotCovered from '../../src/core/rules/language-not-covered.js';
import postQuantumTls from '../../src/core/rules/post-quantum-tls.js';
import toolchainOutdated from '../../src/core/rules/toolchain-outdated.js';

function run(rule: Rule, yaml: string, settings: Settings = DEFAULT_SETTINGS) {
  const proposal = parse(yaml) as Proposal;
  return rule.check!({ proposal, settings, triggers: findTriggers(proposal, settings) });
}

/** A minimal valid proposal plus extra top-level YAML. */
function proposal(language: string, extra = ''): string {
  return `service: svc
language: ${language}
kind: http-api
workload:
  bound: io
${extra}`;
}

const RULES: Rule[] = [
  rustOnboardingCost,
  rustHiringPremium,
  rustCiBuildCost,
  rustDespiteBuildTime,
  teamMissing,
  languageNotCovered,
  postQuantumTls,
  toolchainOutdated,
];

const SEVERITIES: Record<string, string> = {
  'rust-onboarding-cost': 'warning',
  'rust-hiring-premium': 'notice',
  'rust-ci-build-cost': 'warning',
  'rust-despite-build-time-constraint': 'warning',
  'team-missing': 'warning',
  'language-not-covered': 'notice',
  'post-quantum-tls': 'notice',
  'toolchain-outdated': 'notice',
};

describe.each(RULES)('$id docs', (rule) => {
  it('has the severity of the spec', () => {
    expect(rule.severity).toBe(SEVERITIES[rule.id]);
  });
  it('fires on docs.fires and not on docs.passes', () => {
    expect(run(rule, rule.docs.fires).length).toBeGreaterThan(0);
    expect(run(rule, rule.docs.passes)).toEqual([]);
  });
});

describe('rust-onboarding-cost', () => {
  const team = (lines: string) => `team:\n${lines}`;

  it('counts engineers to onboard, engineer-months and the attrition ramp', () => {
    const hits = run(
      rustOnboardingCost,
      proposal(
        'rust',
        team('  size: 10\n  rust-experience: 2\n  annual-attrition: 0.2\n  planned-hires: 3\n'),
      ),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['team']);
    const m = hits[0]!.message;
    expect(m).toContain('2 of 10 engineers');
    expect(m).toContain('8 engineers');
    expect(m).toContain('3–6 months');
    expect(m).toContain('24–48 engineer-months');
    // Attrition is per year (policy 1.1) and counts the planned hires (policy 1.2).
    expect(m).toContain(
      '(10 engineers + 3 planned hires) × 20% annual attrition ≈ 2.6 engineers a year start the 3–6-month ramp: 7.8–15.6 engineer-months a year',
    );
    expect(m).toContain('3 planned hires');
    expect(m).toContain('9–18 engineer-months');
  });

  it('defaults rust-experience to 0 and leaves out attrition and hires when absent', () => {
    const m = run(rustOnboardingCost, proposal('rust', team('  size: 5\n')))[0]!.message;
    expect(m).toContain('0 of 5 engineers');
    expect(m).toContain('15–30 engineer-months');
    expect(m).not.toContain('annual attrition ≈');
    expect(m).not.toContain('planned hire');
  });

  it('fires one short of the whole team, not when everyone has shipped Rust', () => {
    const one = run(
      rustOnboardingCost,
      proposal('rust', team('  size: 4\n  rust-experience: 3\n')),
    );
    expect(one).toHaveLength(1);
    expect(one[0]!.message).toContain('1 engineer must');
    expect(one[0]!.message).toContain('3–6 engineer-months');
    expect(
      run(rustOnboardingCost, proposal('rust', team('  size: 4\n  rust-experience: 4\n'))),
    ).toEqual([]);
  });

  it('does not fire for Go, without a team, or without a team size', () => {
    expect(run(rustOnboardingCost, proposal('go', team('  size: 4\n')))).toEqual([]);
    expect(run(rustOnboardingCost, proposal('rust'))).toEqual([]);
    expect(run(rustOnboardingCost, proposal('rust', team('  rust-experience: 1\n')))).toEqual([]);
  });

  it('follows the onboarding months of the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, rustOnboardingMonths: [2, 4] as [number, number] };
    const m = run(rustOnboardingCost, proposal('rust', team('  size: 3\n')), settings)[0]!.message;
    expect(m).toContain('2–4 months');
    expect(m).toContain('6–12 engineer-months');
  });
});

describe('rust-hiring-premium', () => {
  it('multiplies the premium by the team size', () => {
    const hits = run(rustHiringPremium, proposal('rust', 'team:\n  size: 5\n'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['team', 'size']);
    expect(hits[0]!.message).toContain('$25,000–$30,000');
    expect(hits[0]!.message).toContain('$125,000–$150,000');
  });

  it('fires for a team of one', () => {
    expect(run(rustHiringPremium, proposal('rust', 'team:\n  size: 1\n'))[0]!.message).toContain(
      'team of 1 that is $25,000–$30,000',
    );
  });

  it('does not fire for Go or without a team size', () => {
    expect(run(rustHiringPremium, proposal('go', 'team:\n  size: 5\n'))).toEqual([]);
    expect(run(rustHiringPremium, proposal('rust'))).toEqual([]);
    expect(run(rustHiringPremium, proposal('rust', 'team:\n  rust-experience: 2\n'))).toEqual([]);
  });

  it('follows the premium of the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, rustPremiumUsd: [10_000, 20_000] as [number, number] };
    const m = run(rustHiringPremium, proposal('rust', 'team:\n  size: 3\n'), settings)[0]!.message;
    expect(m).toContain('$30,000–$60,000');
  });
});

describe('rust-ci-build-cost', () => {
  const delivery = (merges: number, cache = '') =>
    `delivery:\n  merges-per-day: ${merges}\n${cache ? `  ci-cache: ${cache}\n` : ''}`;

  it('gives the extra CI minutes a day', () => {
    const hits = run(rustCiBuildCost, proposal('rust', delivery(40)));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['delivery', 'merges-per-day']);
    const m = hits[0]!.message;
    expect(m).toContain('40 merges');
    expect(m).toContain('115 s');
    expect(m).toContain('76.6 minutes');
    expect(m).toContain('60-minute threshold');
    expect(m).toContain('at most 31 merges a day');
    expect(m).toContain('sccache');
    expect(m).not.toContain('incremental');
  });

  it('says incremental builds will not help with a cold cache', () => {
    const m = run(rustCiBuildCost, proposal('rust', delivery(40, 'cold')))[0]!.message;
    expect(m).toContain('incremental builds will not help');
    expect(run(rustCiBuildCost, proposal('rust', delivery(40, 'warm')))[0]!.message).not.toContain(
      'incremental',
    );
  });

  it('fires at 61.3 minutes (32 merges), not at 59.4 (31 merges)', () => {
    expect(run(rustCiBuildCost, proposal('rust', delivery(32)))[0]!.message).toContain(
      '61.3 minutes',
    );
    expect(run(rustCiBuildCost, proposal('rust', delivery(31)))).toEqual([]);
  });

  it('fires at exactly the threshold, not just below', () => {
    // 60 s more per build: merges equal minutes.
    const settings = { ...DEFAULT_SETTINGS, rustBuildSeconds: 65 };
    const at = run(rustCiBuildCost, proposal('rust', delivery(60)), settings);
    expect(at).toHaveLength(1);
    expect(at[0]!.message).toContain('add 60 minutes');
    expect(at[0]!.message).toContain('at most 59 merges');
    expect(run(rustCiBuildCost, proposal('rust', delivery(59.9)), settings)).toEqual([]);
  });

  it('does not fire for Go, without merges-per-day, or with zero merges', () => {
    expect(run(rustCiBuildCost, proposal('go', delivery(400)))).toEqual([]);
    expect(run(rustCiBuildCost, proposal('rust', 'delivery:\n  ci-cache: cold\n'))).toEqual([]);
    expect(run(rustCiBuildCost, proposal('rust', delivery(0)))).toEqual([]);
  });

  it('follows ciMinutesPerDay from the settings', () => {
    const strict = { ...DEFAULT_SETTINGS, ciMinutesPerDay: 30 };
    const lax = { ...DEFAULT_SETTINGS, ciMinutesPerDay: 90 };
    const m = run(rustCiBuildCost, proposal('rust', delivery(20)), strict)[0]!.message;
    expect(m).toContain('38.3 minutes');
    expect(m).toContain('30-minute threshold');
    expect(run(rustCiBuildCost, proposal('rust', delivery(20)))).toEqual([]);
    expect(run(rustCiBuildCost, proposal('rust', delivery(40)), lax)).toEqual([]);
  });
});

describe('rust-despite-build-time-constraint', () => {
  const constraints = `constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/1
  - type: build-time
    source: estimate
    observed: merge queue backs up
`;

  it('fires on the build-time constraint with the build times', () => {
    const hits = run(
      rustDespiteBuildTime,
      proposal('rust', constraints + 'delivery:\n  merges-per-day: 40\n'),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['constraints', 1]);
    const m = hits[0]!.message;
    expect(m).toContain('build-time constraint (#2');
    expect(m).toContain('merge queue backs up');
    expect(m).toContain('120 s against 5 s');
    expect(m).toContain('24×');
    expect(m).toContain('76.6 more minutes');
    expect(m).toContain('measured-constraint');
  });

  it('gives one hit per build-time constraint', () => {
    const two = `constraints:
  - type: build-time
    source: production
  - type: build-time
    source: benchmark
`;
    const hits = run(rustDespiteBuildTime, proposal('rust', two));
    expect(hits.map((h) => h.path)).toEqual([
      ['constraints', 0],
      ['constraints', 1],
    ]);
  });

  it('does not fire for Go or without a build-time constraint', () => {
    expect(run(rustDespiteBuildTime, proposal('go', constraints))).toEqual([]);
    expect(
      run(
        rustDespiteBuildTime,
        proposal('rust', 'constraints:\n  - type: memory\n    source: production\n'),
      ),
    ).toEqual([]);
    expect(run(rustDespiteBuildTime, proposal('rust'))).toEqual([]);
  });
});

describe('team-missing', () => {
  it('fires for Rust without a team, on the language', () => {
    const hits = run(teamMissing, proposal('rust'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['language']);
    expect(hits[0]!.message).toContain('3–6 months');
    expect(hits[0]!.message).toContain('$25,000–$30,000');
    expect(hits[0]!.message).toContain('size and rust-experience');
  });

  it('does not fire with a team, or for Go', () => {
    expect(run(teamMissing, proposal('rust', 'team:\n  size: 2\n'))).toEqual([]);
    expect(run(teamMissing, proposal('go'))).toEqual([]);
  });
});

describe('language-not-covered', () => {
  it('fires for another language and names it', () => {
    const hits = run(languageNotCovered, proposal('python'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['language']);
    expect(hits[0]!.message).toContain('The language is "python"');
    expect(hits[0]!.message).toContain('recommend go');
  });

  // Policy 1.2: a team's Rust counts only for a Rust proposal; a team choosing zig did not.
  it('says which way the policy leans; a team that knows Rust but chose zig leans go', () => {
    const knows = run(
      languageNotCovered,
      proposal('zig', 'team:\n  size: 4\n  rust-experience: 2\n'),
    );
    expect(knows[0]!.message).toContain('recommend go');
    const ffi = run(languageNotCovered, proposal('zig', '  ffi: c\n'));
    expect(ffi[0]!.message).toContain('recommend rust (through ffi-embedding)');
    const short = run(
      languageNotCovered,
      proposal('zig', 'team:\n  size: 4\n  rust-experience: 1\n'),
    );
    expect(short[0]!.message).toContain('recommend go');
  });

  it('does not fire for go or rust', () => {
    expect(run(languageNotCovered, proposal('go'))).toEqual([]);
    expect(run(languageNotCovered, proposal('rust'))).toEqual([]);
  });
});

describe('post-quantum-tls', () => {
  const pq = (go?: string) =>
    `${go ? `toolchain:\n  go: "${go}"\n` : ''}compliance: [soc2, nist-post-quantum]\n`;

  it('fires for Rust on the compliance tag', () => {
    const hits = run(postQuantumTls, proposal('rust', pq()));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['compliance', 1]);
    expect(hits[0]!.message).toContain('hybrid ML-KEM');
  });

  it('fires for Go older than 1.26 (numerically), not for 1.26 or 1.26.1', () => {
    const old = run(postQuantumTls, proposal('go', pq('1.25')));
    expect(old).toHaveLength(1);
    expect(old[0]!.path).toEqual(['toolchain', 'go']);
    expect(old[0]!.message).toContain('1.25');
    expect(old[0]!.message).toContain('SecP256r1MLKEM768');
    expect(old[0]!.message).toContain('SecP384r1MLKEM1024');
    expect(run(postQuantumTls, proposal('go', pq('1.9')))).toHaveLength(1);
    expect(run(postQuantumTls, proposal('go', pq('1.26')))).toEqual([]);
    expect(run(postQuantumTls, proposal('go', pq('1.26.1')))).toEqual([]);
  });

  it('does not fire without the tag, for Go without a toolchain, or for other languages', () => {
    expect(run(postQuantumTls, proposal('rust', 'compliance: [soc2]\n'))).toEqual([]);
    expect(run(postQuantumTls, proposal('rust'))).toEqual([]);
    expect(run(postQuantumTls, proposal('go', pq()))).toEqual([]);
    expect(run(postQuantumTls, proposal('python', pq('1.20')))).toEqual([]);
  });
});

describe('toolchain-outdated', () => {
  const tc = (go?: string, edition?: string) =>
    `toolchain:\n${go ? `  go: "${go}"\n` : ''}${edition ? `  rust-edition: "${edition}"\n` : ''}`;

  it('compares Go versions as numbers: 1.9 < 1.26', () => {
    const hits = run(toolchainOutdated, proposal('go', tc('1.9')));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['toolchain', 'go']);
    expect(hits[0]!.message).toContain('"1.9", older than 1.26');
    expect(hits[0]!.message).toContain('17 minor releases behind');
    expect(hits[0]!.message).toContain('10–40%');
  });

  it('fires on 1.25, not on 1.26, 1.26.1 or 1.27', () => {
    expect(run(toolchainOutdated, proposal('go', tc('1.25')))[0]!.message).toContain(
      '1 minor release behind',
    );
    expect(run(toolchainOutdated, proposal('go', tc('1.26')))).toEqual([]);
    expect(run(toolchainOutdated, proposal('go', tc('1.26.1')))).toEqual([]);
    expect(run(toolchainOutdated, proposal('go', tc('1.27')))).toEqual([]);
  });

  it('fires on edition 2021, not on 2024', () => {
    const hits = run(toolchainOutdated, proposal('rust', tc(undefined, '2021')));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['toolchain', 'rust-edition']);
    expect(hits[0]!.message).toContain('"2021", older than 2024');
    // Policy 1.1: async closures come with rustc 1.85, in every edition, not with the edition.
    expect(hits[0]!.message).not.toContain('async closures');
    expect(run(toolchainOutdated, proposal('rust', tc(undefined, '2024')))).toEqual([]);
  });

  it('gives one hit per outdated entry', () => {
    const hits = run(toolchainOutdated, proposal('rust', tc('1.24', '2018')));
    expect(hits.map((h) => h.path)).toEqual([
      ['toolchain', 'go'],
      ['toolchain', 'rust-edition'],
    ]);
  });

  it('does not fire without a toolchain', () => {
    expect(run(toolchainOutdated, proposal('go'))).toEqual([]);
  });

  it('follows the minimums of the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, minGoVersion: '1.27', minRustEdition: '2021' };
    const go = run(toolchainOutdated, proposal('go', tc('1.26', '2021')), settings);
    expect(go).toHaveLength(1);
    expect(go[0]!.message).toContain('"1.26", older than 1.27');
    expect(go[0]!.message).not.toContain('Green Tea');
    const lax = { ...DEFAULT_SETTINGS, minGoVersion: '1.20' };
    expect(run(toolchainOutdated, proposal('go', tc('1.22')), lax)).toEqual([]);
  });
});
