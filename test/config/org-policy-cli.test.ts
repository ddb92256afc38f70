// In the CLI: a repository extending acme/policy/stack-verdict.yml@v1 (a loopback
// fake of the contents API, never the network) is judged by the merged policy, and every
// output names the chain that judged it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/index.js';
import { escapeCode } from '../../src/core/render/escape.js';
import reportValidator from '../../src/generated/report-validator.js';
import type { Report } from '../../src/core/types.js';
import { fakeContents, type FakeContents } from './fake-contents.js';
import { CONFIG_FILE, cliIo, proposal, workspace } from './helpers.js';

const SHARED = 'acme/policy/stack-verdict.yml@v1';
const BASE = 'acme/policy/base.yml@v1';
const POLICY = {
  [SHARED]:
    'extends: base.yml\nrules:\n  team-missing: error\nunwaivable: [team-missing]\nfail-on: error\n' +
    'custom-rules:\n  - id: no-python\n    severity: error\n    message: no Python here\n    when:\n      field: language\n      equals: python\n',
  [BASE]: 'extends: recommended\nsettings:\n  rust-team-share: 0.5\n',
};
const CHAIN = [CONFIG_FILE, SHARED, BASE];

let server: FakeContents | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const { io, out } = cliIo(cwd);
  io.env = { ...io.env, ...env };
  const code = await runCli(args, io);
  return { code, ...out };
}

async function withPolicy(statuses: Record<string, number> = {}) {
  server = await fakeContents(POLICY, statuses);
  return { GITHUB_TOKEN: 'ghp_test', GITHUB_API_URL: server.url };
}

describe('a repository extending OWNER/REPO/PATH@REF', () => {
  it('is judged by the merged policy, and the JSON, text and Markdown name the same chain', async () => {
    const env = await withPolicy();
    const root = workspace({
      [CONFIG_FILE]: `extends: ${SHARED}\nrules:\n  go-custom-protocol: off\n`,
      'proposals/a.yaml': proposal('python'), // an error only by the shared policy's own rule
    });
    const json = await cli(root, ['check', '--format', 'json'], env);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.config).toEqual({ chain: CHAIN });
    expect(reportValidator(report), JSON.stringify(reportValidator.errors)).toBe(true);
    const custom = report.proposals[0]!.findings.find((f) => f.rule === 'no-python');
    expect(custom?.severity).toBe('error');
    // Without the shared policy the same proposal passes.
    const alone = workspace({ 'proposals/a.yaml': proposal('python') });
    expect((await cli(alone, ['check'])).code).toBe(0);

    const text = await cli(root, ['check'], env);
    const last = text.stdout.trimEnd().split('\n').at(-1);
    expect(last).toBe(`Judged by policy ${report.policy} with ${report.config!.chain.join(' → ')}`);

    const md = await cli(root, ['check', '--format', 'markdown'], env);
    const footer = md.stdout.trimEnd().split('\n').at(-1)!;
    expect(footer).toBe(
      `_Judged by policy ${report.policy} with ${report.config!.chain.map((n) => `<code>${escapeCode(n)}</code>`).join(' → ')}_`,
    );
    // The token went to the API given, for each shared file once per run.
    expect(server!.requests.every((r) => r.auth === 'Bearer ghp_test')).toBe(true);
    expect(server!.requests.map((r) => r.path)).toContain(
      '/repos/acme/policy/contents/base.yml?ref=v1',
    );
  });

  it('GH_TOKEN works too, and no flag goes below the shared fail-on', async () => {
    const { GITHUB_API_URL } = await withPolicy();
    const root = workspace({
      [CONFIG_FILE]: `extends: ${SHARED}\n`,
      'proposals/a.yaml': proposal('python'),
    });
    const r = await cli(root, ['check', '--fail-on', 'never', '--format', 'json'], {
      GH_TOKEN: 'ghp_other',
      GITHUB_API_URL,
    });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Report).gate.failOn).toBe('error');
    expect(r.stderr).toBe(
      "stack-verdict: --fail-on never is looser than the shared configuration's fail-on; judging with error\n",
    );
  });

  it('a local attempt to loosen a shared unwaivable rule is a configuration error', async () => {
    const env = await withPolicy();
    const root = workspace({
      [CONFIG_FILE]: `extends: ${SHARED}\nrules:\n  team-missing: warning\n`,
      'proposals/a.yaml': proposal('python'),
    });
    const r = await cli(root, ['check'], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `stack-verdict: configuration error in ${CONFIG_FILE}:3:17: \`team-missing\` is unwaivable in ${SHARED} at error; a repository cannot lower it to warning (chain: ${CHAIN.join(' → ')})\n`,
    );
  });

  it('a missing remote file and a refused one are clear errors at the extends value', async () => {
    const env = await withPolicy({ 'acme/private/stack-verdict.yml@v1': 403 });
    const missing = workspace({
      [CONFIG_FILE]: 'fail-on: error\nextends: acme/policy/nope.yml@v1\n',
    });
    const a = await cli(missing, ['check'], env);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe(
      `stack-verdict: configuration error in ${CONFIG_FILE}:2:10: the shared configuration acme/policy/nope.yml@v1 does not exist, or the token cannot see its repository (HTTP 404) (chain: ${CONFIG_FILE} → acme/policy/nope.yml@v1)\n`,
    );
    const denied = workspace({ [CONFIG_FILE]: 'extends: acme/private/stack-verdict.yml@v1\n' });
    const b = await cli(denied, ['check'], env);
    expect(b.code).toBe(2);
    expect(b.stderr).toBe(
      `stack-verdict: configuration error in ${CONFIG_FILE}:1:10: the shared configuration acme/private/stack-verdict.yml@v1 cannot be read: access denied (HTTP 403); a private policy repository needs a token that can read it (the Action's \`policy-token\` input; GITHUB_TOKEN or GH_TOKEN for the CLI) (chain: ${CONFIG_FILE} → acme/private/stack-verdict.yml@v1)\n`,
    );
  });

  it('a cycle through another repository names the chain', async () => {
    server = await fakeContents({
      'acme/policy/a.yml@v1': 'extends: b.yml\n',
      'acme/policy/b.yml@v1': 'extends: acme/policy/a.yml@v1\n',
    });
    const root = workspace({ [CONFIG_FILE]: 'extends: acme/policy/a.yml@v1\n' });
    const r = await cli(root, ['check'], { GITHUB_TOKEN: 't', GITHUB_API_URL: server.url });
    expect(r.stderr).toBe(
      `stack-verdict: configuration error in acme/policy/b.yml@v1:1:10: \`extends\` makes a cycle: acme/policy/a.yml@v1 is already in the chain (chain: ${CONFIG_FILE} → acme/policy/a.yml@v1 → acme/policy/b.yml@v1 → acme/policy/a.yml@v1)\n`,
    );
  });

  it('config --print shows the merged configuration with the file of each value', async () => {
    const env = await withPolicy();
    const root = workspace({
      [CONFIG_FILE]: `extends: ${SHARED}\nrules:\n  go-custom-protocol: off\nfail-on: warning\n`,
    });
    const r = await cli(root, ['config', '--print'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `# The configuration Stack Verdict judges with: ${CHAIN.join(' → ')}`,
        '# After each value, the file it comes from; anything not listed is the built-in default.',
        `extends: recommended # ${BASE}`,
        `fail-on: warning # ${CONFIG_FILE}`,
        'rules:',
        `  team-missing: error # ${SHARED}`,
        `  go-custom-protocol: off # ${CONFIG_FILE}`,
        'settings:',
        `  rust-team-share: 0.5 # ${BASE}`,
        'unwaivable:',
        `  - team-missing # ${SHARED}`,
        'custom-rules:',
        `  # ${SHARED}`,
        '  - id: no-python',
        '    severity: error',
        '    message: no Python here',
        '    when:',
        '      field: language',
        '      equals: python',
        '',
      ].join('\n'),
    );
    // What it prints is itself a configuration that gives the same policy.
    const printed = parseConfig('printed.yml', r.stdout);
    expect(Object.fromEntries(printed.rules)).toEqual({
      'team-missing': 'error',
      'go-custom-protocol': 'off',
    });
  });
});

describe('the CLI inside a repository', () => {
  const RULE =
    'custom-rules:\n  - id: no-python\n    severity: warning\n    message: no Python\n    when:\n      field: language\n      equals: python\n';

  function repository() {
    const root = workspace({
      [CONFIG_FILE]: `rules:\n  team-missing: error\n  no-python: error\n${RULE}`,
      'services/api/a.yaml': proposal('python'),
      'policy/strict.yml': 'rules:\n  team-missing: off\n',
    });
    mkdirSync(path.join(root, '.git'));
    return root;
  }

  it('finds .github/stack-verdict.yml from a subfolder', async () => {
    const root = repository();
    const r = await cli(path.join(root, 'services/api'), ['check', 'a.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.config).toEqual({ chain: [CONFIG_FILE] });
    expect(report.proposals[0]!.findings.find((f) => f.rule === 'no-python')?.severity).toBe(
      'error',
    );
  });

  it('accepts --config relative to the current folder, anywhere inside the repository', async () => {
    const root = repository();
    const r = await cli(path.join(root, 'services/api'), [
      'check',
      'a.yaml',
      '--config',
      '../../policy/strict.yml',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).config).toEqual({ chain: ['policy/strict.yml'] });
    const outside = await cli(path.join(root, 'services'), ['check', '--config', '../../x.yml']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/must be inside the repository/);
  });

  it('rules and explain show the configured severities and the custom rules', async () => {
    const root = repository();
    const sub = path.join(root, 'services');
    const rules = await cli(sub, ['rules']);
    expect(rules.code).toBe(0);
    const line = (id: string) => rules.stdout.split('\n').find((l) => l.startsWith(`${id} `));
    expect(line('team-missing')).toMatch(/^team-missing +error +/);
    expect(line('no-python')).toMatch(/^no-python +error +.*\(custom\)$/);
    const strict = await cli(sub, ['rules', '--config', '../policy/strict.yml']);
    expect(strict.stdout.split('\n').find((l) => l.startsWith('team-missing '))).toMatch(
      /^team-missing +off /,
    );
    const explain = await cli(sub, ['explain', 'no-python']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(
      /^no-python \(error; a custom rule of \.github\/stack-verdict\.yml\)\n/,
    );
    const builtIn = await cli(sub, ['explain', 'team-missing']);
    expect(builtIn.stdout).toMatch(/^team-missing \(error; default warning\)\n/);
  });
});
