import { describe, expect, it } from 'vitest';
import {
  defaultConfig,
  engineOptionsFromConfig,
  formatConfigProblem,
} from '../../src/config/index.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { DEFAULT_GLOBS } from '../../src/io/files.js';
import { config, ids, judge, problem, problems, proposal } from './helpers.js';

describe('an empty configuration', () => {
  it.each(['', '# only a comment\n', '\uFEFF'])('%j means the defaults', (text) => {
    const c = config(text);
    expect(c.extends).toBe('recommended');
    expect(c.settings).toEqual(DEFAULT_SETTINGS);
    expect(c.files).toEqual(DEFAULT_GLOBS);
    expect(c.failOn).toBeUndefined();
    expect(c.maxBytes).toBeUndefined();
    expect(c.unwaivable).toEqual([]);
    expect(c.customRules).toEqual([]);
  });

  it('runs the same rules as the defaults', () => {
    const options = engineOptionsFromConfig(defaultConfig());
    expect(options.rules.map((r) => [r.rule.id, r.severity])).toEqual(
      options.knownRules.map((r) => [r.id, r.severity]),
    );
  });
});

describe('extends', () => {
  const rust = proposal('rust');

  it('recommended runs every built-in rule', () => {
    expect(ids(judge('extends: recommended', rust))).toEqual([
      'rust-without-measured-constraint',
      'team-missing',
    ]);
  });

  it('none runs no built-in rule unless turned on', () => {
    expect(ids(judge('extends: none', rust))).toEqual([]);
    expect(ids(judge('extends: none\nrules:\n  team-missing: error', rust))).toEqual([
      'team-missing',
    ]);
  });

  it('none still reports files that cannot be read', () => {
    const report = judge('extends: none', 'service: svc\nlanguge: go\n');
    expect(ids(report)).toContain('proposal-invalid');
  });

  it('refuses other values with a suggestion', () => {
    expect(problem('extends: recomended')).toBe(
      '1:10 `extends` must be one of recommended, none, a path in the repository or OWNER/REPO/PATH@REF; found the string "recomended". Did you mean `recommended`?',
    );
  });
});

describe('rules', () => {
  const rust = proposal('rust');

  it('sets severities and turns rules off', () => {
    const report = judge(
      'rules:\n  rust-without-measured-constraint: warning\n  team-missing: off',
      rust,
    );
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['rust-without-measured-constraint', 'warning'],
    ]);
    expect(report.verdict).toBe('approved-with-warnings');
  });

  it.each(['off', 'notice', 'warning', 'error'])('accepts %s', (level) => {
    expect(config(`rules:\n  team-missing: ${level}`).rules.get('team-missing')).toBe(level);
  });

  it('refuses an unknown rule id with a suggestion, at the key', () => {
    const text = 'extends: recommended\nrules:\n  team-missing: off\n  rust-onboard-cost: off\n';
    const [p] = problems(text);
    expect(formatConfigProblem(p!)).toBe(
      'configuration error in .github/stack-verdict.yml:4:3: unknown rule `rust-onboard-cost`. Did you mean `rust-onboarding-cost`?',
    );
  });

  it('refuses an unknown rule id with no close match', () => {
    expect(problem('rules:\n  frobnicate: off')).toBe(
      '2:3 unknown rule `frobnicate`. `stack-verdict rules` lists the built-in rules',
    );
  });

  it('refuses a bad severity with a suggestion', () => {
    expect(problem('rules:\n  team-missing: eror')).toBe(
      '2:17 `rules.team-missing` must be one of off, notice, warning, error; found the string "eror". Did you mean `error`?',
    );
  });

  it('refuses a boolean severity (wrong type)', () => {
    expect(problem('rules:\n  team-missing: false')).toMatch(
      /^2:17 `rules.team-missing` must be one of off, notice, warning, error; found boolean false/,
    );
  });

  it('refuses to weaken the rules that report unreadable files', () => {
    expect(problem('rules:\n  proposal-invalid: warning')).toBe(
      '2:3 `proposal-invalid` always runs as error: a file that cannot be read cannot be judged. Remove this line',
    );
    expect(config('rules:\n  waiver-invalid: error').rules.get('waiver-invalid')).toBe('error');
  });

  it('accepts the ids of custom rules', () => {
    const c = config(`rules:
  no-python: off
custom-rules:
  - id: no-python
    severity: error
    message: no
    when: { field: language, equals: python }
`);
    expect(c.rules.get('no-python')).toBe('off');
    expect(c.customRules.map((r) => r.id)).toEqual(['no-python']);
  });
});

describe('settings', () => {
  it('maps every kebab-case key to its Settings field', () => {
    const c = config(`settings:
  measured-sources: [production, load-test, benchmark]
  rust-team-share: 0.25
  cli-cold-start-ms: 20
  rust-build-seconds: 300
  go-build-seconds: 10
  ci-minutes-per-day: 30
  rust-premium-usd: [20000, 40000]
  rust-onboarding-months: [2, 4]
  min-go-version: "1.27"
  min-rust-edition: "2021"
  min-rust-version: "1.90"
  green-tea-gc-cut-percent: [5, 30]
  waiver-warning-days: 14
`);
    expect(c.settings).toEqual({
      measuredSources: ['production', 'load-test', 'benchmark'],
      rustTeamShare: 0.25,
      cliColdStartMs: 20,
      rustBuildSeconds: 300,
      goBuildSeconds: 10,
      ciMinutesPerDay: 30,
      rustPremiumUsd: [20000, 40000],
      rustOnboardingMonths: [2, 4],
      minGoVersion: '1.27',
      minRustEdition: '2021',
      minRustVersion: '1.90',
      greenTeaGcCutPercent: [5, 30],
      waiverWarningDays: 14,
    });
  });

  it('keeps the defaults of keys not given, and never changes DEFAULT_SETTINGS', () => {
    const c = config('settings:\n  rust-team-share: 1');
    expect(c.settings).toEqual({ ...DEFAULT_SETTINGS, rustTeamShare: 1 });
    expect(DEFAULT_SETTINGS.rustTeamShare).toBe(0.5);
  });

  it('reads an unquoted edition year as text', () => {
    expect(config('settings:\n  min-rust-edition: 2021').settings.minRustEdition).toBe('2021');
  });

  it('changes what the rules compute', () => {
    const text = proposal('rust', 'team:\n  size: 2\n  rust-experience: 1\n');
    const premium = (c: string) =>
      judge(c, text).findings.find((f) => f.rule === 'rust-hiring-premium')!.message;
    expect(premium('')).toContain('$50,000–$60,000');
    expect(premium('settings:\n  rust-premium-usd: [10000, 20000]')).toContain('$20,000–$40,000');
    // With a share of 0.5, 1 of 2 knows Rust: a justification, so no "without constraint" error.
    expect(ids(judge('', text))).not.toContain('rust-without-measured-constraint');
    expect(ids(judge('settings:\n  rust-team-share: 0.75', text))).toContain(
      'rust-without-measured-constraint',
    );
  });

  it('refuses an unknown key with a suggestion', () => {
    expect(problem('settings:\n  rust-build-secs: 60')).toBe(
      '2:3 unknown key `rust-build-secs` in `settings`. Did you mean `rust-build-seconds`?',
    );
  });

  it('refuses a wrong type', () => {
    expect(problem('settings:\n  ci-minutes-per-day: lots')).toBe(
      '2:23 `settings.ci-minutes-per-day` must be a number; found the string "lots".',
    );
  });

  it('asks to quote a Go version YAML read as a number', () => {
    expect(problem('settings:\n  min-go-version: 1.30')).toBe(
      '2:19 `settings.min-go-version` must be a string; found number 1.3. Quote it ("1.30"): unquoted, YAML reads it as the number 1.3.',
    );
  });

  it('refuses a value out of range, a bad pattern, a bad list', () => {
    expect(problem('settings:\n  rust-team-share: 2')).toBe(
      '2:20 `settings.rust-team-share` must be at most 1; found 2',
    );
    expect(problem('settings:\n  min-go-version: "latest"')).toBe(
      '2:19 `settings.min-go-version` must be a Go release such as "1.26"; found the string "latest".',
    );
    expect(problem('settings:\n  measured-sources: [production, productoin]')).toMatch(
      /^2:34 `settings.measured-sources\[1\]` must be one of production, load-test, benchmark, estimate; found the string "productoin". Did you mean `production`\?$/,
    );
    expect(problem('settings:\n  rust-premium-usd: [25000]')).toBe(
      '2:21 `settings.rust-premium-usd` must list at least 2 items',
    );
  });

  it('refuses a range whose min is over its max', () => {
    expect(problem('settings:\n  rust-onboarding-months: [6, 3]')).toBe(
      '2:27 `settings.rust-onboarding-months` is [min, max], but 6 is more than 3',
    );
  });
});

describe('files, fail-on, max-bytes', () => {
  it('reads them', () => {
    const c = config(
      'files: ["docs/adr/*.md", "./services/**/proposal.yaml"]\nfail-on: warning\nmax-bytes: 2048',
    );
    expect(c.files).toEqual(['docs/adr/*.md', './services/**/proposal.yaml']);
    expect(c.failOn).toBe('warning');
    expect(c.maxBytes).toBe(2048);
  });

  it('refuses globs that would match nothing inside the repository', () => {
    expect(problem('files: ["../other/**"]')).toBe(
      '1:9 `files[0]` ("../other/**"): globs cannot leave the repository (`..`)',
    );
    expect(problem('files: ["/etc/*"]')).toMatch(/relative to the repository root/);
    expect(problem('files: ["!drafts/**"]')).toMatch(/only exclusions/);
    expect(problem('files: ["proposals/**/*.md", "!../x/**"]')).toMatch(/cannot leave/);
    expect(() => problem('files: ["proposals/**/*.md", "!proposals/index.md"]')).toThrow(
      'the configuration was accepted',
    );
    expect(problem('files: []')).toBe('1:8 `files` must list at least 1 item');
    expect(problem(`files: ["${'a'.repeat(301)}"]`)).toBe(
      '1:9 `files[0]` must be at most 300 characters long',
    );
  });

  it('refuses a bad fail-on and max-bytes', () => {
    expect(problem('fail-on: warnings')).toBe(
      '1:10 `fail-on` must be one of error, warning, never; found the string "warnings". Did you mean `warning`?',
    );
    expect(problem('max-bytes: 1.5')).toBe(
      '1:12 `max-bytes` must be a whole number; found number 1.5.',
    );
    expect(problem('max-bytes: 0')).toBe('1:12 `max-bytes` must be at least 1; found 0');
  });
});

describe('unwaivable', () => {
  const text = proposal(
    'rust',
    'waivers:\n  - rule: team-missing\n    reason: The team is not hired yet.\n',
  );

  it('stops waivers of the rules it lists', () => {
    expect(judge('', text).findings.find((f) => f.rule === 'team-missing')!.waived).toBe(true);
    const report = judge('unwaivable: [team-missing]', text);
    expect(report.findings.find((f) => f.rule === 'team-missing')!.waived).toBe(false);
    expect(report.findings.find((f) => f.rule === 'waiver-invalid')!.message).toBe(
      '`team-missing` cannot be waived; fix what it reports instead',
    );
  });

  it('refuses unknown rule ids with a suggestion', () => {
    expect(problem('unwaivable: [team-missin]')).toBe(
      '1:14 unknown rule `team-missin`. Did you mean `team-missing`?',
    );
  });

  it('refuses the same id twice', () => {
    expect(problem('unwaivable: [team-missing, team-missing]')).toBe(
      '1:28 `unwaivable` lists the same value twice (items 0 and 1)',
    );
  });
});

describe('bad configuration files', () => {
  it('reports bad YAML at its line and column', () => {
    const [p] = problems('rules:\n  team-missing: off\n bad: [\n');
    expect(p!.line).toBeGreaterThan(1);
    expect(p!.message).toMatch(/^invalid YAML/);
  });

  it('reports a duplicate key', () => {
    expect(problem('fail-on: error\nfail-on: never')).toBe(
      '2:1 a key appears twice in the same mapping; keep one',
    );
  });

  it('speaks of the configuration, not a proposal', () => {
    expect(problem('a: 1\n---\nb: 2')).toMatch(/the configuration is a single document/);
    expect(problem('!!binary abc')).toMatch(/not allowed in the configuration/);
  });

  it('refuses a document that is not a mapping', () => {
    expect(problem('- rules')).toBe(
      '1:1 the configuration is a mapping of keys (extends, rules, settings, files, custom-rules, …); found a list',
    );
  });

  it('refuses an unknown top-level key with a suggestion', () => {
    expect(problem('extends: none\nsetings: {}')).toBe(
      '2:1 unknown key `setings`. Did you mean `settings`?',
    );
    expect(problem('__proto__: {}')).toMatch(/^1:1 unknown key "__proto__"/);
  });

  it('refuses a section of the wrong type', () => {
    expect(problem('rules: [team-missing]')).toBe('1:8 `rules` must be a mapping; found a list.');
  });

  it('refuses aliases beyond the limit and deep nesting', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${'b' + i}: &b${i} [${Array(10)
          .fill(i ? `*b${i - 1}` : '*a')
          .join(', ')}]`,
      );
    expect(problems(bomb.join('\n')).length).toBeGreaterThan(0);
    const deep = `custom-rules:\n  - id: deep\n    severity: error\n    message: m\n    when: ${'{not: '.repeat(60)}{field: language, equals: go}${'}'.repeat(60)}\n`;
    expect(problem(deep)).toMatch(/nests deeper than/);
  });

  it('lists every problem at once, in file order', () => {
    const all = problems('rules:\n  team-mising: off\nfail-on: sometimes\nsetings: {}\n');
    expect(all.map((p) => p.line)).toEqual([2, 3, 4]);
  });
});
