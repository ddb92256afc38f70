// readProposalFile opens a file in a folder inside the workspace straight away, with
// O_NOFOLLOW; a link is known only by that open failing (ELOOP), and then takes the long
// way through realpath and every check. These cases reach each branch of that split.

import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readProposalFile } from '../../src/io/files.js';
import { cleanTempDirs, tempDir } from '../action/fake-github.js';

afterEach(cleanTempDirs);

const POSIX = process.platform !== 'win32';
const SECRET = 'service: the-secret\n';

async function workspace() {
  const root = await tempDir();
  const ws = path.join(root, 'ws');
  await mkdir(path.join(ws, 'proposals'), { recursive: true });
  await mkdir(path.join(ws, '.git'), { recursive: true });
  await mkdir(path.join(root, 'outside'), { recursive: true });
  await writeFile(path.join(root, 'outside', 'secret.yaml'), SECRET);
  await writeFile(path.join(ws, '.git', 'config.yaml'), SECRET);
  return { ws, outside: path.join(root, 'outside') };
}

describe.runIf(POSIX)('a file swapped for a link after its folder was read', () => {
  // The folder's real path is remembered; the file's is not. Each case first reads a plain
  // file in the folder, then swaps it for a link and reads it again.
  async function swapped(target: (ws: string, outside: string) => string) {
    const { ws, outside } = await workspace();
    const file = path.join(ws, 'proposals', 'a.yaml');
    await writeFile(file, 'service: a\n');
    expect(readProposalFile(file, ws)).toEqual({ ok: true, text: 'service: a\n' });
    await rm(file);
    await symlink(target(ws, outside), file);
    return readProposalFile(file, ws);
  }

  it('to a file outside the workspace: refused as a link that leads outside', async () => {
    expect(await swapped((_ws, outside) => path.join(outside, 'secret.yaml'))).toEqual({
      ok: false,
      message: 'the file is a symbolic link that leads outside the workspace; it was not read',
    });
  });

  it('to a file in .git: refused as a link into .git', async () => {
    expect(await swapped((ws) => path.join(ws, '.git', 'config.yaml'))).toEqual({
      ok: false,
      message: 'the file is a link into .git; it was not read',
    });
  });

  it('to a file that is not a proposal: refused', async () => {
    expect(
      await swapped((ws) => {
        const npmrc = path.join(ws, '.npmrc');
        writeFileSync(npmrc, 'token\n');
        return npmrc;
      }),
    ).toEqual({
      ok: false,
      message: 'the file is a link to a file that is not a proposal; it was not read',
    });
  });

  it('to another proposal inside the workspace: read through the link', async () => {
    expect(
      await swapped((ws) => {
        const other = path.join(ws, 'shared.yaml');
        writeFileSync(other, 'service: shared\n');
        return other;
      }),
    ).toEqual({ ok: true, text: 'service: shared\n' });
  });

  it('to nothing (a dangling link): cannot be read', async () => {
    expect(await swapped((ws) => path.join(ws, 'gone.yaml'))).toEqual({
      ok: false,
      message: 'the file cannot be read: ENOENT',
    });
  });
});

describe.runIf(POSIX)('files in a linked folder that stays inside the workspace', () => {
  it('reads a proposal there, and still refuses one whose real path is not a proposal', async () => {
    const { ws } = await workspace();
    await mkdir(path.join(ws, 'shared'));
    await writeFile(path.join(ws, 'shared', 'b.yaml'), 'service: b\n');
    await writeFile(path.join(ws, 'shared', 'notes.txt'), 'private\n');
    await symlink('../shared', path.join(ws, 'proposals', 'linked'));
    expect(readProposalFile(path.join(ws, 'proposals', 'linked', 'b.yaml'), ws)).toEqual({
      ok: true,
      text: 'service: b\n',
    });
    // The name asked for looks like a proposal only through a check on its real path.
    const isProposal = (f: string) => f.endsWith('.yaml');
    expect(
      readProposalFile(path.join(ws, 'proposals', 'linked', 'notes.txt'), ws, 1000, isProposal),
    ).toEqual({
      ok: false,
      message: 'the file is a link to a file that is not a proposal; it was not read',
    });
  });
});

describe.runIf(POSIX)('what the open itself refuses or reveals', () => {
  it('a socket is not a regular file (the open fails with ENXIO)', async () => {
    const { ws } = await workspace();
    const sock = path.join(ws, 'proposals', 's.yaml');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      expect(readProposalFile(sock, ws)).toEqual({ ok: false, message: 'not a regular file' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a folder is not a regular file (the open succeeds; fstat says what it is)', async () => {
    const { ws } = await workspace();
    await mkdir(path.join(ws, 'proposals', 'd.yaml'));
    expect(readProposalFile(path.join(ws, 'proposals', 'd.yaml'), ws)).toEqual({
      ok: false,
      message: 'not a regular file',
    });
  });

  it('a missing file cannot be read, and a path in normal form or not reads the same', async () => {
    const { ws } = await workspace();
    expect(readProposalFile(path.join(ws, 'proposals', 'none.yaml'), ws)).toEqual({
      ok: false,
      message: 'the file cannot be read: ENOENT',
    });
    await writeFile(path.join(ws, 'proposals', 'c.yaml'), 'service: c\n');
    for (const p of [
      `${ws}/proposals/c.yaml`,
      `${ws}/proposals/./c.yaml`,
      `${ws}//proposals/c.yaml`,
    ]) {
      expect(readProposalFile(p, ws)).toEqual({ ok: true, text: 'service: c\n' });
    }
    expect(readProposalFile(`${ws}/proposals/../../outside/secret.yaml`, ws)).toMatchObject({
      ok: false,
      message: /outside the workspace/,
    });
  });
});
