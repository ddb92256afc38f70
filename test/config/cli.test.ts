import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { cliIo, workspace } from './helpers.js';

const RUST = 'service: svc\nlanguage: rust\nkind: http-api\nworkload:\n  bound: io\n';
const GO = 'service: svc\nlanguage: go\nkind: http-api\nworkload:\n  bound: io\n';

async function run(cwd: string, ...args: string[]) {
  const { io, out } = cliIo(cwd);
  const code = await runCli(['check', ...args], io);
  return { code, ...out };
}

describe('stack-verdict check with a configuration', () => {
  it('exits 2 on a bad configuration, saying it is the configuration', async () => {
    const root = workspace({
      '.github/stack-verdict.yml':
        'extends: recommended\nrules:\n  team-missing: off\n  rust-onboard-cost: off\n',
      'proposals/a.yaml': GO,
    });
    const r = await run(root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'stack-verdict: configuration error in .github/stack-verdict.yml:4:3: unknown rule `rust-onboard-cost`. Did you mean `rust-onboarding-cost`?\n',
    );
  });

  it('prints one line per problem', async () => {
    const root = workspace({ '.github/stack-verdict.yml': 'setings: {}\nfail-on: sometimes\n' });
    const r = await run(root);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(
      /^stack-verdict: configuration error in \.github\/stack-verdict\.yml:1:1: unknown key `setings`/,
    );
  });

  it('exits 2 on bad YAML in the configuration', async () => {
    const root = workspace({ '.github/stack-verdict.yml': 'rules: [\n' });
    const r = await run(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^stack-verdict: configuration error in \.github\/stack-verdict\.yml:\d+:\d+: invalid YAML/,
    );
  });

  it('--config reads the given file, which must exist', async () => {
    const root = workspace({ 'policy.yml': 'fail-on: never\n', 'proposals/a.yaml': RUST });
    expect((await run(root)).code).toBe(1);
    expect((await run(root, '--config', 'policy.yml')).code).toBe(0);
    const missing = await run(root, '--config', 'nope.yml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'stack-verdict: configuration error in nope.yml: the configuration file does not exist\n',
    );
    expect((await run(root, '--config', '')).code).toBe(2);
  });

  it('fail-on comes from the configuration unless the flag is given', async () => {
    const root = workspace({
      '.github/stack-verdict.yml': 'fail-on: never\n',
      'proposals/a.yaml': RUST,
    });
    expect((await run(root)).code).toBe(0);
    expect((await run(root, '--fail-on', 'error')).code).toBe(1);
    const json = JSON.parse((await run(root, '--format', 'json')).stdout);
    expect(json.gate.failOn).toBe('never');
  });

  it('max-bytes comes from the configuration unless the flag is given', async () => {
    const root = workspace({
      '.github/stack-verdict.yml': 'max-bytes: 10\n',
      'proposals/a.yaml': GO,
    });
    const small = JSON.parse((await run(root, '--format', 'json')).stdout);
    expect(small.proposals[0].findings[0].message).toMatch(/over the 10 bytes limit/);
    expect((await run(root, '--max-bytes', '100000')).code).toBe(0);
  });

  it('files from the configuration are used when no target is given', async () => {
    const root = workspace({
      '.github/stack-verdict.yml': 'files: ["adr/**/*.yaml"]\n',
      'adr/one.yaml': GO,
      'proposals/two.yaml': RUST,
    });
    const all = JSON.parse((await run(root, '--format', 'json')).stdout);
    expect(all.proposals.map((p: { file: string }) => p.file)).toEqual(['adr/one.yaml']);
    // A file named is judged as given; a folder holds only what the globs match.
    const given = JSON.parse((await run(root, 'proposals/two.yaml', '--format', 'json')).stdout);
    expect(given.proposals.map((p: { file: string }) => p.file)).toEqual(['proposals/two.yaml']);
    const folder = await run(root, 'proposals');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(
      /no file in proposals matches the proposal globs \(adr\/\*\*\/\*\.yaml/,
    );
  });

  it('custom rules and settings reach the report', async () => {
    const root = workspace({
      '.github/stack-verdict.yml': `extends: none
custom-rules:
  - id: go-only
    severity: error
    message: "{service} is written in {language}; only Go is allowed here."
    docs: https://wiki.example.com/go-only
    when: { not: { field: language, equals: go } }
`,
      'proposals/a.yaml': RUST,
    });
    const r = await run(root, '--format', 'json');
    expect(r.code).toBe(1);
    const [f] = JSON.parse(r.stdout).proposals[0].findings;
    expect(f).toMatchObject({
      rule: 'go-only',
      severity: 'error',
      message: 'svc is written in rust; only Go is allowed here.',
      line: 2,
      column: 11,
      docs: 'https://wiki.example.com/go-only',
    });
  });

  it('documents --config in the help', async () => {
    const r = await run(workspace(), '--help');
    expect(r.stdout).toContain('--config PATH');
    expect(r.stdout).toContain('2 usage, configuration or I/O error');
  });
});
