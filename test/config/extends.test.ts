// A configuration extends a shared one and is merged over it, but cannot loosen it.
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, engineOptionsFromConfig, loadConfig } from '../../src/config/index.js';
import { judgeFile } from '../../src/core/engine.js';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { CONFIG_FILE, proposal, TODAY, workspace } from './helpers.js';

const BASE = 'policy/base.yml';
const RUST_UNMEASURED = proposal('rust');

async function refused(root: string): Promise<string[]> {
  try {
    await loadConfig(root);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
  }
  throw new Error('the configuration was accepted');
}

describe('extends a file of the repository', () => {
  it('merges the repository file over the shared one: local wins where it may', async () => {
    const root = workspace({
      [BASE]:
        'extends: none\nrules:\n  rust-without-measured-constraint: error\n  team-missing: warning\nsettings:\n  rust-team-share: 0.5\n  min-go-version: "1.25"\nfiles: ["services/**/*.yaml"]\n',
      [CONFIG_FILE]: `extends: ${BASE}\nrules:\n  team-missing: error\nsettings:\n  min-go-version: "1.26"\n`,
    });
    const config = await loadConfig(root);
    expect(config.chain).toEqual([CONFIG_FILE, BASE]);
    expect(config.extends).toBe('none'); // the base of the last file
    expect(Object.fromEntries(config.rules)).toEqual({
      'rust-without-measured-constraint': 'error',
      'team-missing': 'error',
    });
    expect(config.settings.rustTeamShare).toBe(0.5);
    expect(config.settings.minGoVersion).toBe('1.26');
    expect(config.files).toEqual(['services/**/*.yaml']);
    expect(config.origins?.get('rules.team-missing')).toBe(CONFIG_FILE);
    expect(config.origins?.get('settings.rust-team-share')).toBe(BASE);
    // Judged by the merged policy: the shared rules fire (team-missing raised by the repository),
    // and the shared extends: none silences every other rule.
    const options = engineOptionsFromConfig(config, { today: TODAY });
    const r = judgeFile('proposals/p.yaml', RUST_UNMEASURED, options);
    if (r.kind !== 'proposal') throw new Error('skipped');
    expect(r.report.findings.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual([
      'rust-without-measured-constraint:error',
      'team-missing:error',
    ]);
  });

  it('refuses to turn off a shared unwaivable rule, at file:line:column with the chain', async () => {
    const root = workspace({
      [BASE]: 'unwaivable:\n  - rust-without-measured-constraint\n',
      [CONFIG_FILE]: `extends: ${BASE}\nrules:\n  rust-without-measured-constraint: off\n`,
    });
    expect(await refused(root)).toEqual([
      `${CONFIG_FILE}:3:37 \`rust-without-measured-constraint\` is unwaivable in ${BASE}; a repository cannot turn it off (chain: ${CONFIG_FILE} → ${BASE})`,
    ]);
  });

  it('refuses to lower a shared unwaivable rule, also one the shared file raised', async () => {
    const root = workspace({
      [BASE]: 'rules:\n  team-missing: error\nunwaivable: [team-missing]\n',
      [CONFIG_FILE]: `extends: ${BASE}\nrules:\n  team-missing: warning\n`,
    });
    expect(await refused(root)).toEqual([
      `${CONFIG_FILE}:3:17 \`team-missing\` is unwaivable in ${BASE} at error; a repository cannot lower it to warning (chain: ${CONFIG_FILE} → ${BASE})`,
    ]);
  });

  it('lets the repository raise an unwaivable rule and add its own unwaivable rules', async () => {
    const root = workspace({
      [BASE]: 'unwaivable: [team-missing]\n',
      [CONFIG_FILE]: `extends: ${BASE}\nrules:\n  team-missing: error\nunwaivable: [rust-onboarding-cost]\n`,
    });
    const config = await loadConfig(root);
    expect(config.unwaivable).toEqual(['team-missing', 'rust-onboarding-cost']);
    expect(config.rules.get('team-missing')).toBe('error');
  });

  it('keeps a shared unwaivable rule even when the repository lists no unwaivable', async () => {
    const root = workspace({
      [BASE]: 'unwaivable: [team-missing]\n',
      [CONFIG_FILE]: `extends: ${BASE}\nunwaivable: [rust-onboarding-cost]\n`,
    });
    expect((await loadConfig(root)).unwaivable).toContain('team-missing');
  });

  it('refuses drafts: advisory over a shared drafts: gate', async () => {
    const root = workspace({
      [BASE]: 'drafts: gate\n',
      [CONFIG_FILE]: `extends: ${BASE}\ndrafts: advisory\n`,
    });
    expect(await refused(root)).toEqual([
      `${CONFIG_FILE}:2:9 ${BASE} sets \`drafts: gate\`; a repository cannot make drafts advisory (chain: ${CONFIG_FILE} → ${BASE})`,
    ]);
    const ok = workspace({ [BASE]: 'drafts: gate\n', [CONFIG_FILE]: `extends: ${BASE}\n` });
    expect((await loadConfig(ok)).drafts).toBe('gate');
  });

  it('refuses a looser fail-on, accepts a stricter one, and keeps the shared one as a floor', async () => {
    const loose = workspace({
      [BASE]: 'fail-on: warning\n',
      [CONFIG_FILE]: `extends: ${BASE}\nfail-on: never\n`,
    });
    expect(await refused(loose)).toEqual([
      `${CONFIG_FILE}:2:10 ${BASE} sets \`fail-on: warning\`; a repository may make the gate stricter, not looser (never) (chain: ${CONFIG_FILE} → ${BASE})`,
    ]);
    const strict = workspace({
      [BASE]: 'fail-on: error\n',
      [CONFIG_FILE]: `extends: ${BASE}\nfail-on: warning\n`,
    });
    const config = await loadConfig(strict);
    expect(config.failOn).toBe('warning');
    expect(config.failOnFloor).toBe('error');
  });

  it('lets the repository use and raise the custom rules of the shared file, never redefine them', async () => {
    const rule =
      'custom-rules:\n  - id: no-python\n    severity: warning\n    message: no Python\n    when:\n      field: language\n      equals: python\n';
    const ok = workspace({
      [BASE]: rule,
      [CONFIG_FILE]: `extends: ${BASE}\nrules:\n  no-python: error\nunwaivable: [no-python]\n`,
    });
    const config = await loadConfig(ok);
    expect(config.customRules.map((r) => r.id)).toEqual(['no-python']);
    expect(config.rules.get('no-python')).toBe('error');

    const redefined = workspace({ [BASE]: rule, [CONFIG_FILE]: `extends: ${BASE}\n${rule}` });
    const [p] = await refused(redefined);
    expect(p).toMatch(
      /^\.github\/stack-verdict\.yml:3:9 custom rule `no-python` is defined in policy\/base\.yml; a repository cannot redefine a shared rule/,
    );

    const unknown = workspace({
      [BASE]: rule,
      [CONFIG_FILE]: `extends: ${BASE}\nrules:\n  no-pyton: off\n`,
    });
    expect((await refused(unknown))[0]).toMatch(
      /:3:3 unknown rule `no-pyton`. Did you mean `no-python`\?/,
    );
  });

  it('names the chain for a cycle, at the extends value that closes it', async () => {
    const root = workspace({
      [CONFIG_FILE]: `extends: ${BASE}\n`,
      [BASE]: '# shared\nextends: policy/more.yml\n',
      'policy/more.yml': `extends: ${CONFIG_FILE}\n`,
    });
    expect(await refused(root)).toEqual([
      `policy/more.yml:1:10 \`extends\` makes a cycle: ${CONFIG_FILE} is already in the chain (chain: ${CONFIG_FILE} → ${BASE} → policy/more.yml → ${CONFIG_FILE})`,
    ]);
  });

  it('stops a chain deeper than five shared files', async () => {
    const files: Record<string, string> = { [CONFIG_FILE]: 'extends: p/1.yml\n' };
    for (let i = 1; i <= 6; i++) files[`p/${i}.yml`] = `extends: p/${i + 1}.yml\n`;
    files['p/7.yml'] = '';
    const [p] = await refused(workspace(files));
    expect(p).toMatch(
      /^p\/5\.yml:1:10 `extends` goes deeper than 5 shared configurations \(chain: .* → p\/6\.yml\)$/,
    );
  });

  it('a missing shared file is an error naming the chain', async () => {
    const root = workspace({ [CONFIG_FILE]: `rules: {}\nextends: ${BASE}\n` });
    expect(await refused(root)).toEqual([
      `${CONFIG_FILE}:2:10 the shared configuration ${BASE} does not exist (chain: ${CONFIG_FILE} → ${BASE})`,
    ]);
  });

  it('a problem inside the shared file is reported there, with the chain', async () => {
    const root = workspace({ [CONFIG_FILE]: `extends: ${BASE}\n`, [BASE]: 'fail-on: sometimes\n' });
    const [p] = await refused(root);
    expect(p).toMatch(
      /^policy\/base\.yml:1:10 .*\(chain: \.github\/stack-verdict\.yml → policy\/base\.yml\)$/,
    );
  });

  it('never follows a path or a link out of the repository or into .git', async () => {
    for (const value of ['../outside.yml', '/etc/x.yml', '.git/config.yml', 'policy/../../x.yml']) {
      const [p] = await refused(workspace({ [CONFIG_FILE]: `extends: ${value}\n` }));
      expect(p).toMatch(/^\.github\/stack-verdict\.yml:1:10 `extends`: a path/);
    }
    const outside = workspace({ 'x.yml': 'fail-on: never\n' });
    const linked = workspace({ [CONFIG_FILE]: 'extends: link.yml\n' });
    symlinkSync(path.join(outside, 'x.yml'), path.join(linked, 'link.yml'));
    const [p] = await refused(linked);
    expect(p).toMatch(
      /^\.github\/stack-verdict\.yml:1:10 the file is a symbolic link that leads outside the repository; it was not read \(chain: /,
    );
  });

  it('without a token, a file of another repository is an error saying how to run it', async () => {
    const root = workspace({ [CONFIG_FILE]: 'extends: acme/policy/stack-verdict.yml@v1\n' });
    const [p] = await refused(root);
    expect(p).toBe(
      `${CONFIG_FILE}:1:10 the shared configuration acme/policy/stack-verdict.yml@v1 cannot be read: reading another repository needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise Server), or extend a local copy of the file instead (chain: ${CONFIG_FILE} → acme/policy/stack-verdict.yml@v1)`,
    );
  });

  it('refuses malformed references to another repository', async () => {
    for (const value of [
      'acme/stack-verdict.yml@v1',
      'acme/policy/x.yml@',
      'acme/policy/x.txt@v1',
      '-acme/policy/x.yml@v1',
    ]) {
      const [p] = await refused(workspace({ [CONFIG_FILE]: `extends: "${value}"\n` }));
      expect(p, value).toMatch(/^\.github\/stack-verdict\.yml:1:10 `extends`/);
    }
  });
});

// The approvals branch adds `approvers` and `approval-required`; these run once it is merged.
const hasApprovers = 'approvers' in (schema.properties as Record<string, unknown>);

describe.skipIf(!hasApprovers)('approvers and approval-required cannot be loosened', () => {
  const shared = 'approvers: [alice, "@acme/architecture"]\napproval-required: [error, warning]\n';

  it('lets the repository keep some of the shared approvers and add severities', async () => {
    const root = workspace({
      [BASE]: shared,
      [CONFIG_FILE]: `extends: ${BASE}\napprovers: ["@alice"]\napproval-required: [error, warning, notice]\n`,
    });
    const config = await loadConfig(root);
    expect(config.approvers).toHaveLength(1);
    expect(config.approvalRequired).toEqual(['error', 'warning', 'notice']);
    // approval-required alone is the repository's, the approvers stay the shared ones.
    const only = workspace({
      [BASE]: shared,
      [CONFIG_FILE]: `extends: ${BASE}\napproval-required: [error, warning, notice]\n`,
    });
    const merged = await loadConfig(only);
    expect(merged.approvers).toHaveLength(2);
    expect(merged.approvalRequired).toEqual(['error', 'warning', 'notice']);
  });

  it('refuses an approver the shared file does not name', async () => {
    const root = workspace({
      [BASE]: shared,
      [CONFIG_FILE]: `extends: ${BASE}\napprovers: [alice, mallory]\n`,
    });
    expect(await refused(root)).toEqual([
      `${CONFIG_FILE}:2:20 ${BASE} names the approvers; a repository may only keep some of them, not add \`mallory\` (chain: ${CONFIG_FILE} → ${BASE})`,
    ]);
  });

  it('refuses dropping a severity from approval-required, also the default [error]', async () => {
    const root = workspace({
      [BASE]: shared,
      [CONFIG_FILE]: `extends: ${BASE}\napproval-required: [error]\n`,
    });
    expect((await refused(root))[0]).toMatch(
      /:2:20 policy\/base\.yml requires approval for warning; a repository may add severities, not remove them/,
    );
    const byDefault = workspace({
      [BASE]: 'approvers: [alice]\n',
      [CONFIG_FILE]: `extends: ${BASE}\napprovers: [alice]\napproval-required: []\n`,
    });
    expect((await refused(byDefault))[0]).toMatch(/requires approval for error/);
  });
});
