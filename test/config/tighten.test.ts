// "May tighten, never loosen": a repository file extending a shared one may raise severities
// and move settings only in their tightening direction (SETTING_DIRECTIONS). Each direction is
// checked against what the rules do with the setting, and the loader against every setting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig, resolveExtends } from '../../src/config/index.js';
import { SETTING_DIRECTIONS, SETTING_KEYS } from '../../src/config/settings.js';
import type { Settings } from '../../src/core/settings.js';
import type { ProposalReport } from '../../src/core/types.js';
import { CONFIG_FILE, judge, proposal, workspace } from './helpers.js';

const BASE = 'policy/base.yml';
const CHAIN = `(chain: ${CONFIG_FILE} → ${BASE})`;

async function load(shared: string, local: string) {
  const root = workspace({ [BASE]: shared, [CONFIG_FILE]: `extends: ${BASE}\n${local}` });
  try {
    return { config: await loadConfig(root), problems: [] as string[] };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return {
      config: undefined,
      problems: err.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`),
    };
  }
}

const yaml = (v: unknown): string => JSON.stringify(v);
const settingsYaml = (key: string, value: unknown) => `settings:\n  ${key}: ${yaml(value)}\n`;

describe('severities a shared file set', () => {
  it('cannot be lowered or turned off, at the line and column, naming the chain', async () => {
    const shared = 'rules:\n  team-missing: error\n  rust-hiring-premium: warning\n';
    for (const [level, col] of [
      ['warning', 17],
      ['off', 17],
    ] as const) {
      const r = await load(shared, `rules:\n  team-missing: ${level}\n`);
      expect(r.problems).toEqual([
        `${CONFIG_FILE}:3:${col} \`team-missing\` is error in ${BASE}; a repository may raise a severity, not lower it to ${level} ${CHAIN}`,
      ]);
    }
    const notice = await load(shared, 'rules:\n  rust-hiring-premium: notice\n');
    expect(notice.problems).toEqual([
      `${CONFIG_FILE}:3:24 \`rust-hiring-premium\` is warning in ${BASE}; a repository may raise a severity, not lower it to notice ${CHAIN}`,
    ]);
  });

  it('may be raised, and a rule the shared file leaves at its default stays the repository’s', async () => {
    const r = await load(
      'rules:\n  rust-hiring-premium: warning\n',
      'rules:\n  rust-hiring-premium: error\n  go-custom-protocol: off\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.config!.rules.get('rust-hiring-premium')).toBe('error');
    expect(r.config!.rules.get('go-custom-protocol')).toBe('off');
  });

  it('a shared custom rule’s severity cannot be lowered; a built-in id cannot be reused', async () => {
    const custom =
      'custom-rules:\n  - id: no-python\n    severity: error\n    message: no python\n    when: { field: language, equals: python }\n';
    const lowered = await load(custom, 'rules:\n  no-python: warning\n');
    expect(lowered.problems).toEqual([
      `${CONFIG_FILE}:3:14 \`no-python\` is error in ${BASE}; a repository may raise a severity, not lower it to warning ${CHAIN}`,
    ]);
    const builtIn = await load(
      'extends: recommended\n',
      'custom-rules:\n  - id: rust-without-measured-constraint\n    severity: notice\n    message: quiet\n    when: { field: language, equals: rust }\n',
    );
    expect(builtIn.problems).toHaveLength(1);
    expect(builtIn.problems[0]).toContain('has the id of a built-in rule');
  });
});

// For each setting: a proposal, and a tight and a loose value of the setting, such that the
// tight value reports more than the loose one. That is what "direction" means.
type Case = {
  tight: unknown;
  loose: unknown;
  proposal: string;
  /** How much the report says: findings of a rule, or a cost. */
  measure: (r: ProposalReport) => number;
};
const count = (rule: string) => (r: ProposalReport) =>
  r.findings.filter((f) => f.rule === rule).length;
const RUST_TEAM = 'team:\n  size: 4\n  rust-experience: 1\n  planned-hires: 2\n';

const CASES: Record<keyof Settings, Case | 'fixed'> = {
  measuredSources: {
    tight: ['production', 'load-test'],
    loose: ['production', 'load-test', 'estimate'],
    proposal: proposal(
      'rust',
      'constraints:\n  - { type: memory, source: estimate, evidence: https://example.com/m }\n',
      'http-api',
      'cpu',
    ),
    measure: count('rust-without-measured-constraint'),
  },
  rustTeamShare: {
    tight: 0.5,
    loose: 0.25,
    proposal: proposal('rust', 'team:\n  size: 4\n  rust-experience: 1\n'),
    measure: count('rust-without-measured-constraint'),
  },
  cliColdStartMs: {
    tight: 10,
    loose: 50,
    proposal: proposal('rust', '', 'cli').replace(
      '  bound: io\n',
      '  bound: io\n  cold-start-ms: 20\n',
    ),
    measure: count('rust-without-measured-constraint'),
  },
  rustBuildSeconds: {
    tight: 120,
    loose: 60,
    proposal: proposal('rust', 'delivery:\n  merges-per-day: 40\n'),
    measure: count('rust-ci-build-cost'),
  },
  goBuildSeconds: {
    tight: 5,
    loose: 40,
    proposal: proposal('rust', 'delivery:\n  merges-per-day: 40\n'),
    measure: count('rust-ci-build-cost'),
  },
  ciMinutesPerDay: {
    tight: 60,
    loose: 100,
    proposal: proposal('rust', 'delivery:\n  merges-per-day: 40\n'),
    measure: count('rust-ci-build-cost'),
  },
  rustPremiumUsd: {
    tight: [25000, 30000],
    loose: [25000, 26000],
    proposal: proposal('rust', RUST_TEAM),
    measure: (r) => r.costs?.premiumPerYear?.[1] ?? 0,
  },
  rustOnboardingMonths: {
    tight: [3, 6],
    loose: [2, 6],
    proposal: proposal('rust', RUST_TEAM),
    measure: (r) => r.costs?.onboardingEngineerMonths?.[0] ?? 0,
  },
  minGoVersion: {
    tight: '1.26',
    loose: '1.24',
    proposal: proposal('go', 'toolchain:\n  go: "1.25"\n'),
    measure: count('toolchain-outdated'),
  },
  minRustEdition: {
    tight: '2024',
    loose: '2021',
    proposal: proposal('rust', 'toolchain:\n  rust-edition: "2021"\n'),
    measure: count('toolchain-outdated'),
  },
  minRustVersion: {
    tight: '1.85',
    loose: '1.70',
    proposal: proposal('rust', 'toolchain:\n  rust: "1.80"\n'),
    measure: count('toolchain-outdated'),
  },
  greenTeaGcCutPercent: 'fixed',
  waiverWarningDays: {
    tight: 30,
    loose: 10,
    proposal: proposal(
      'rust',
      'waivers:\n  - rule: rust-without-measured-constraint\n    reason: pilot\n    expires: "2026-03-21"\n',
    ),
    measure: count('waiver-expiring'),
  },
};

describe('every setting has a direction, and it is the one the rules follow', () => {
  it('the table covers every setting', () => {
    expect(Object.keys(SETTING_DIRECTIONS).sort()).toEqual(Object.keys(SETTING_KEYS).sort());
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(SETTING_KEYS).sort());
  });

  for (const field of Object.keys(CASES) as (keyof Settings)[]) {
    const c = CASES[field];
    const key = SETTING_KEYS[field];
    if (c === 'fixed') {
      it(`${key}: fixed, so any change is refused`, async () => {
        expect(SETTING_DIRECTIONS[field].direction).toBe('fixed');
        const r = await load(settingsYaml(key, [10, 40]), settingsYaml(key, [10, 50]));
        expect(r.problems).toEqual([
          `${CONFIG_FILE}:3:${key.length + 5} \`${key}\` is [10, 40] in ${BASE}; a repository cannot change it (to [10, 50]) ${CHAIN}`,
        ]);
        expect(
          (await load(settingsYaml(key, [10, 40]), settingsYaml(key, [10, 40]))).problems,
        ).toEqual([]);
      });
      continue;
    }
    it(`${key}: ${SETTING_DIRECTIONS[field].direction} reports more, and the repository may only go there`, async () => {
      const tight = c.measure(judge(settingsYaml(key, c.tight), c.proposal));
      const loose = c.measure(judge(settingsYaml(key, c.loose), c.proposal));
      expect(tight).toBeGreaterThan(loose);
      const refused = await load(settingsYaml(key, c.tight), settingsYaml(key, c.loose));
      expect(refused.problems).toEqual([
        `${CONFIG_FILE}:3:${key.length + 5} \`${key}\` is ${show(c.tight)} in ${BASE}; a repository may tighten it (${SETTING_DIRECTIONS[field].tighter}), not loosen it to ${show(c.loose)} ${CHAIN}`,
      ]);
      const accepted = await load(settingsYaml(key, c.loose), settingsYaml(key, c.tight));
      expect(accepted.problems).toEqual([]);
    });
  }
});

function show(v: unknown): string {
  return Array.isArray(v) ? `[${v.join(', ')}]` : String(v);
}

// The same rule for any values: a generated shared value and a generated repository value of
// every setting; the load is refused exactly when the repository's value is looser.
const NUM = fc.integer({ min: 0, max: 500 });
// A range is [min, max]: the configuration refuses a minimum above the maximum.
const range = (max: number) =>
  fc
    .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
const VERSION = fc
  .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 40 }))
  .map(([a, b]) => `${a}.${b}`);
const VALUES: Record<keyof Settings, fc.Arbitrary<unknown>> = {
  measuredSources: fc.subarray(['production', 'load-test', 'benchmark', 'estimate']),
  rustTeamShare: fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
  cliColdStartMs: NUM,
  rustBuildSeconds: NUM,
  goBuildSeconds: NUM,
  ciMinutesPerDay: NUM,
  rustPremiumUsd: range(500),
  rustOnboardingMonths: range(500),
  minGoVersion: VERSION,
  minRustEdition: fc.constantFrom('2015', '2018', '2021', '2024'),
  minRustVersion: VERSION,
  greenTeaGcCutPercent: range(100),
  waiverWarningDays: fc.integer({ min: 0, max: 3660 }),
};

/** The specification, written out: is `next` looser than `shared` for this direction? */
function looser(direction: string, shared: unknown, next: unknown): boolean {
  const parts = (v: unknown): number[] =>
    Array.isArray(v)
      ? v.map(Number)
      : typeof v === 'number'
        ? [v]
        : String(v).split('.').map(Number);
  const [a, b] = [parts(next), parts(shared)];
  switch (direction) {
    case 'higher':
      return a.some((n, i) => n < b[i]!);
    case 'lower':
      return a.some((n, i) => n > b[i]!);
    case 'fewer':
      return (next as string[]).some((s) => !(shared as string[]).includes(s));
    case 'later': {
      const d = a.map((n, i) => n - b[i]!).find((x) => x !== 0) ?? 0;
      return d < 0;
    }
    default:
      return JSON.stringify(a) !== JSON.stringify(b);
  }
}

describe('a property over the direction table', () => {
  for (const field of Object.keys(VALUES) as (keyof Settings)[]) {
    const key = SETTING_KEYS[field];
    const { direction } = SETTING_DIRECTIONS[field];
    it(`${key} (${direction})`, async () => {
      await fc.assert(
        fc.asyncProperty(VALUES[field], VALUES[field], async (shared, next) => {
          const refused = await resolveWith(settingsYaml(key, shared), settingsYaml(key, next));
          expect(refused.length > 0, `${yaml(shared)} → ${yaml(next)}`).toBe(
            looser(direction, shared, next),
          );
        }),
        { numRuns: 60 },
      );
    });
  }

  it('a shared file that sets nothing still holds the defaults (estimate is not measured)', async () => {
    const r = await load(
      'unwaivable: [rust-without-measured-constraint]\n',
      settingsYaml('measured-sources', ['production', 'load-test', 'estimate']),
    );
    expect(r.problems).toEqual([
      `${CONFIG_FILE}:3:21 \`measured-sources\` is [production, load-test] by default under the shared policy; a repository may tighten it (fewer sources that count as measured), not loosen it to [production, load-test, estimate] ${CHAIN}`,
    ]);
  });

  it('without a shared file the repository sets its own thresholds', async () => {
    const root = workspace({
      [CONFIG_FILE]: settingsYaml('measured-sources', ['production', 'estimate']),
    });
    expect((await loadConfig(root)).settings.measuredSources).toEqual(['production', 'estimate']);
  });
});

/** The problems of resolving `local` over `shared`, read from memory. */
async function resolveWith(shared: string, local: string): Promise<string[]> {
  try {
    await resolveExtends(parseConfig(CONFIG_FILE, `extends: ${BASE}\n${local}`), {
      local: async () => shared,
      remote: async () => ({ ok: false, message: 'offline' }),
    });
    return [];
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.problems.map((p) => p.message);
  }
}
