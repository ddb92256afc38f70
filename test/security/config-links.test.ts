// A configuration (or a file it extends) linked into `.git` must be refused unread: .git/config
// holds the checkout token, and a YAML error used to quote the start of it. No byte of a
// refused file may reach any output, on the CLI or in the Action.

import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/index.js';
import { cleanTempDirs, HEAD, runScenario } from '../action/fake-github.js';
import { cliIo, workspace } from '../config/helpers.js';

afterEach(cleanTempDirs);

const TOKEN = 'ghs_QWERTYQWERTYQWERTYQWERTYQWERTY987654';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
// Not YAML, so that parsing it (the defect) produces an error that quotes it.
const GIT_CONFIG = `[core]\n\tfilemode = true\n\tbare = false\n[http]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`;
const GO = 'service: svc\nlanguage: go\nkind: http-api\nworkload:\n  bound: io\n';

/** Every 8-character piece of `secret` (not only blanks) that `output` contains. */
function leaked(output: string, secret = GIT_CONFIG): string[] {
  const found = new Set<string>();
  for (let i = 0; i + 8 <= secret.length; i++) {
    const piece = secret.slice(i, i + 8);
    if (/\S/.test(piece) && output.includes(piece)) found.add(piece);
  }
  return [...found];
}

/** A repository with .git/config holding a token, the files given, and links (path → target). */
function repo(files: Record<string, string>, links: Record<string, string>): string {
  const root = workspace({ '.git/config': GIT_CONFIG, 'proposals/a.yaml': GO, ...files });
  for (const [file, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    symlinkSync(target, path.join(root, file));
  }
  return root;
}

async function check(cwd: string, ...args: string[]) {
  const { io, out } = cliIo(cwd);
  const code = await runCli(['check', ...args], io);
  return { code, ...out };
}

describe('the CLI refuses a configuration that leads into .git', () => {
  it('.github/stack-verdict.yml -> ../.git/config: refused unread, nothing of it shown', async () => {
    const root = repo({}, { '.github/stack-verdict.yml': '../.git/config' });
    const r = await check(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'stack-verdict: configuration error in .github/stack-verdict.yml: the file is a link into .git; it was not read\n',
    );
    expect(leaked(r.stdout + r.stderr)).toEqual([]);
  });

  it('a linked folder on the way (.github -> .git) is refused too', async () => {
    const root = repo({ '.git/stack-verdict.yml': GIT_CONFIG }, { '.github': '.git' });
    const r = await check(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leads into .git');
    expect(leaked(r.stdout + r.stderr)).toEqual([]);
  });

  it('--config naming a file in .git, in any case, is refused', async () => {
    const root = repo({ '.Git/policy.yml': GIT_CONFIG }, {});
    for (const file of ['.git/config', '.Git/policy.yml']) {
      const r = await check(root, '--config', file);
      expect(r.code, file).toBe(2);
      expect(r.stderr).toBe(
        `stack-verdict: configuration error in ${file}: the path leads into .git; it was not read\n`,
      );
      expect(leaked(r.stdout + r.stderr)).toEqual([]);
    }
  });

  it('an extends file linked into .git is refused, naming the chain', async () => {
    const root = repo(
      { '.github/stack-verdict.yml': 'extends: .github/base.yml\n' },
      { '.github/base.yml': '../.git/config' },
    );
    const r = await check(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'stack-verdict: configuration error in .github/stack-verdict.yml:1:10: the file is a link into .git; it was not read (chain: .github/stack-verdict.yml → .github/base.yml)\n',
    );
    expect(leaked(r.stdout + r.stderr)).toEqual([]);
  });

  it('an extends path into .git in another case, or below a folder, is refused', async () => {
    const root = repo(
      {
        '.github/stack-verdict.yml': 'extends: sub/.GIT/base.yml\n',
        'sub/.GIT/base.yml': GIT_CONFIG,
      },
      {},
    );
    const r = await check(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the path leads into .git; it was not read');
    expect(leaked(r.stdout + r.stderr)).toEqual([]);
  });

  it('a link to a configuration inside the repository is still followed', async () => {
    const root = repo(
      {
        'policy/stack-verdict.yml': 'fail-on: never\n',
        'proposals/b.yaml': GO.replace('go', 'rust'),
      },
      { '.github/stack-verdict.yml': '../policy/stack-verdict.yml' },
    );
    expect((await check(root)).code).toBe(0);
    const config = await loadConfig(root);
    expect(config.failOn).toBe('never');
  });

  it('a link leading outside the repository is refused', async () => {
    const outside = workspace({ 'stack-verdict.yml': GIT_CONFIG });
    const root = repo({}, { '.github/stack-verdict.yml': path.join(outside, 'stack-verdict.yml') });
    const r = await check(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leads outside the repository; it was not read');
    expect(leaked(r.stdout + r.stderr)).toEqual([]);
  });
});

describe('the Action refuses a configuration that leads into .git', () => {
  async function runWith(files: Record<string, string>) {
    const { sink, result } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: { '.git/config': GIT_CONFIG, 'proposals/a.yaml': GO, ...files },
    });
    const everything = JSON.stringify({
      log: sink.log,
      failed: sink.failed,
      summaries: sink.summaries,
      outputs: sink.outputs,
    });
    return { sink, result, everything };
  }

  it('the workspace configuration linked to .git/config fails the step, quoting nothing', async () => {
    const { sink, result, everything } = await runWith({
      '.github/stack-verdict.yml': 'symlink:../.git/config',
    });
    expect(result).toBeUndefined();
    expect(sink.failed).toHaveLength(1);
    expect(sink.failed[0]).toContain('the file is a link into .git; it was not read');
    expect(leaked(everything)).toEqual([]);
  });

  it('an extends file linked to .git/config fails the step, quoting nothing', async () => {
    const { sink, result, everything } = await runWith({
      '.github/stack-verdict.yml': 'extends: .github/base.yml\n',
      '.github/base.yml': 'symlink:../.git/config',
    });
    expect(result).toBeUndefined();
    expect(sink.failed[0]).toContain('the file is a link into .git; it was not read (chain:');
    expect(leaked(everything)).toEqual([]);
  });
});
