// A link inside the workspace must not lead the run into .git (where
// actions/checkout keeps the token) nor onto any file that is not a proposal.

import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkspaceFile } from '../../src/action/read-files.js';
import { judgeFile, defaultEngineOptions } from '../../src/core/engine.js';
import { parseProposal } from '../../src/core/proposal/parse.js';
import { readProposalFile } from '../../src/io/files.js';
import { cleanTempDirs, tempDir } from '../action/fake-github.js';

afterEach(cleanTempDirs);

const TOKEN = 'ghs_SECRETSECRETSECRETSECRETSECRET123456';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`;

async function workspace() {
  const ws = await tempDir();
  await mkdir(path.join(ws, '.git'), { recursive: true });
  await mkdir(path.join(ws, 'proposals'), { recursive: true });
  await writeFile(path.join(ws, '.git', 'config'), GIT_CONFIG);
  return ws;
}

describe('links into .git', () => {
  it('refuses proposals/leak.yaml -> ../.git/config (Action and CLI read)', async () => {
    const ws = await workspace();
    await symlink('../.git/config', path.join(ws, 'proposals', 'leak.yaml'));
    const read = await readWorkspaceFile(ws, 'proposals/leak.yaml', 1 << 20);
    expect(read).toEqual({ ok: false, message: 'the file is a link into .git; it was not read' });
    const cli = readProposalFile(path.join(ws, 'proposals', 'leak.yaml'), ws);
    expect(JSON.stringify(cli)).not.toContain(BASIC);
    expect(cli.ok).toBe(false);
  });

  it('refuses a linked folder into .git in any case, and a link to a non-proposal file', async () => {
    const ws = await workspace();
    await symlink('../.git', path.join(ws, 'proposals', 'g'));
    await writeFile(path.join(ws, '.git', 'x.yaml'), GIT_CONFIG);
    expect((await readWorkspaceFile(ws, 'proposals/g/x.yaml', 1 << 20))?.ok).toBe(false);
    await writeFile(path.join(ws, '.npmrc'), `//registry.npmjs.org/:_authToken=${TOKEN}\n`);
    await symlink('../.npmrc', path.join(ws, 'proposals', 'npm.yaml'));
    expect(readProposalFile(path.join(ws, 'proposals', 'npm.yaml'), ws)).toEqual({
      ok: false,
      message: 'the file is a link to a file that is not a proposal; it was not read',
    });
  });

  it('still follows a link to another proposal inside the workspace', async () => {
    const ws = await workspace();
    await mkdir(path.join(ws, 'shared'));
    await writeFile(path.join(ws, 'shared', 'a.yaml'), 'service: a\n');
    await symlink('../shared/a.yaml', path.join(ws, 'proposals', 'a.yaml'));
    expect(readProposalFile(path.join(ws, 'proposals', 'a.yaml'), ws)).toEqual({
      ok: true,
      text: 'service: a\n',
    });
  });
});

describe('messages never quote more than the offending token', () => {
  it('a git config read as YAML yields no message with the token or its base64', () => {
    const result = judgeFile('proposals/leak.yaml', GIT_CONFIG, defaultEngineOptions());
    const text = JSON.stringify(result);
    expect(text).not.toContain(BASIC);
    expect(text).not.toContain(BASIC.slice(0, 16));
    expect(text).not.toContain(TOKEN);
  });

  it('no YAML parser message carries a code excerpt or a long token', () => {
    const long = 'x'.repeat(500);
    const cases = [
      `a: "${long}\n`,
      `a: b: ${long}\n`,
      `[${long}\n`,
      `a: !${long} b\n`,
      `key: value\n  ${long}: 1\n`,
      `a: '${long}\n`,
      `- ${long}\nb: 1\n`,
    ];
    for (const yaml of cases) {
      const parsed = parseProposal('p.yaml', yaml);
      if (parsed.kind !== 'document') continue;
      for (const p of parsed.document.problems) {
        expect(p.message, yaml.slice(0, 20)).not.toContain('x'.repeat(41));
        expect(p.message).not.toContain('\n');
      }
    }
  });
});
