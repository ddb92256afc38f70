// The SARIF log is written where the path resolves, never into .git, and
// never over a file that is not an earlier log of ours.

import { link, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sarifText, writeSarifFile } from '../../src/action/sarif.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { proposal } from '../helpers.js';
import { cleanTempDirs, tempDir } from '../action/fake-github.js';

afterEach(cleanTempDirs);

const HOOK = '#!/bin/sh\necho original hook\n';

async function workspace() {
  const ws = await tempDir();
  await mkdir(path.join(ws, '.git', 'hooks'), { recursive: true });
  await writeFile(path.join(ws, '.git', 'hooks', 'pre-commit'), HOOK);
  return ws;
}

function ourLog(): Promise<string> {
  const options = defaultEngineOptions();
  return sarifText(buildReport([judgeFile('p.yaml', proposal(), options)], 'error'), options);
}

describe('the SARIF path as resolved', () => {
  it('refuses results/hooks/pre-commit when results -> .git, and leaves the hook whole', async () => {
    const ws = await workspace();
    await symlink('.git', path.join(ws, 'results'));
    await expect(writeSarifFile(ws, 'results/hooks/pre-commit', await ourLog())).rejects.toThrow(
      /leads into \.git/,
    );
    await expect(writeSarifFile(ws, 'results/new/x.sarif', await ourLog())).rejects.toThrow(
      /\.git/,
    );
    expect(await readFile(path.join(ws, '.git', 'hooks', 'pre-commit'), 'utf8')).toBe(HOOK);
  });

  it('refuses .GIT written in another case', async () => {
    const ws = await workspace();
    await expect(writeSarifFile(ws, '.GIT/x.sarif', await ourLog())).rejects.toThrow(/\.git/);
  });

  it('never truncates a file that is not our log, nor one with other names', async () => {
    const ws = await workspace();
    await writeFile(path.join(ws, 'notes.sarif'), 'my notes\n');
    await expect(writeSarifFile(ws, 'notes.sarif', await ourLog())).rejects.toThrow(
      /left as it is/,
    );
    expect(await readFile(path.join(ws, 'notes.sarif'), 'utf8')).toBe('my notes\n');
    await link(path.join(ws, '.git', 'hooks', 'pre-commit'), path.join(ws, 'hard.sarif'));
    await expect(writeSarifFile(ws, 'hard.sarif', await ourLog())).rejects.toThrow(/left as it is/);
    expect(await readFile(path.join(ws, '.git', 'hooks', 'pre-commit'), 'utf8')).toBe(HOOK);
  });

  it('replaces its own earlier log, shorter or longer, byte for byte', async () => {
    const ws = await workspace();
    const first = await ourLog();
    await writeSarifFile(ws, 'out/r.sarif', first + ' '.repeat(5000));
    await writeSarifFile(ws, 'out/r.sarif', first);
    expect(await readFile(path.join(ws, 'out/r.sarif'), 'utf8')).toBe(first);
  });
});
