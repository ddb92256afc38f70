import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFromEvent } from '../../src/action/context.js';
import {
  chooseSource,
  decodeBase64,
  makeReader,
  readApiFile,
  readGitHead,
  readWorkspaceFile,
} from '../../src/action/read-files.js';
import {
  BASE,
  cleanTempDirs,
  FakeGitHub,
  HEAD,
  MERGE,
  OWNER,
  pullRequestPayload,
  REPO,
  tempDir,
  writeTree,
} from './fake-github.js';

const repo = { owner: OWNER, repo: REPO };
afterEach(cleanTempDirs);

function ctx(event: string, githubSha: string) {
  const payload = event.startsWith('pull_request') ? pullRequestPayload() : {};
  return contextFromEvent(
    { GITHUB_EVENT_NAME: event, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_SHA: githubSha },
    payload,
  );
}

describe('chooseSource', () => {
  it('reads the workspace when it is checked out at the head commit', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      expect(chooseSource(ctx(event, MERGE), HEAD)).toMatchObject({
        kind: 'workspace',
        checkout: 'head',
      });
    }
  });

  it('reads the workspace on pull_request when it holds GITHUB_SHA, the merge commit', () => {
    expect(chooseSource(ctx('pull_request', MERGE), MERGE)).toMatchObject({
      kind: 'workspace',
      checkout: 'merge',
    });
  });

  it("reads through the API on pull_request_target's default checkout (the base)", () => {
    const source = chooseSource(ctx('pull_request_target', BASE), BASE);
    expect(source.kind).toBe('api');
    expect(source.reason).toMatch(/workspace is at ccccccc, not aaaaaaa/);
  });

  it('reads through the API with no checkout, or another commit checked out', () => {
    expect(chooseSource(ctx('pull_request', MERGE), undefined).kind).toBe('api');
    expect(chooseSource(ctx('pull_request', MERGE), BASE).kind).toBe('api');
    expect(chooseSource(ctx('push', HEAD), BASE).kind).toBe('api');
    expect(chooseSource(ctx('push', HEAD), HEAD).kind).toBe('workspace');
  });
});

describe('readGitHead', () => {
  it('reads a detached HEAD', async () => {
    const ws = await tempDir();
    await writeTree(ws, { '.git/HEAD': `${HEAD}\n` });
    expect(await readGitHead(ws)).toBe(HEAD);
  });

  it('follows a branch to a loose ref or to packed-refs', async () => {
    const ws = await tempDir();
    await writeTree(ws, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/refs/heads/main': `${BASE}\n`,
    });
    expect(await readGitHead(ws)).toBe(BASE);
    const packed = await tempDir();
    await writeTree(packed, {
      '.git/HEAD': 'ref: refs/heads/feature\n',
      '.git/packed-refs': `# pack-refs with: peeled fully-peeled sorted\n${BASE} refs/heads/main\n${HEAD} refs/heads/feature\n`,
    });
    expect(await readGitHead(packed)).toBe(HEAD);
  });

  it('gives undefined without a repository or with a strange HEAD', async () => {
    const ws = await tempDir();
    expect(await readGitHead(ws)).toBeUndefined();
    await writeTree(ws, { '.git/HEAD': 'ref: refs/../../../etc/passwd\n' });
    expect(await readGitHead(ws)).toBeUndefined();
    const file = await tempDir();
    await writeFile(path.join(file, '.git'), 'gitdir: /elsewhere\n');
    expect(await readGitHead(file)).toBeUndefined();
  });
});

describe('readWorkspaceFile', () => {
  it('reads a file, and gives undefined for a missing one', async () => {
    const ws = await tempDir();
    await writeTree(ws, { 'proposals/a.yaml': 'service: a\n' });
    expect(await readWorkspaceFile(ws, 'proposals/a.yaml', 1000)).toEqual({
      ok: true,
      text: 'service: a\n',
    });
    expect(await readWorkspaceFile(ws, 'proposals/b.yaml', 1000)).toBeUndefined();
  });

  it('never reads outside the workspace', async () => {
    const root = await tempDir();
    const ws = path.join(root, 'ws');
    await mkdir(ws);
    await writeTree(root, {
      'secret.yaml': 'token: x',
      'ws/proposals/link.yaml': 'symlink:../../secret.yaml',
    });
    expect(await readWorkspaceFile(ws, '../secret.yaml', 1000)).toMatchObject({
      ok: false,
      message: /outside the workspace/,
    });
    expect(await readWorkspaceFile(ws, 'proposals/link.yaml', 1000)).toMatchObject({
      ok: false,
      message: /outside the workspace/,
    });
  });
});

describe('readApiFile', () => {
  it('decodes base64 content at the given commit', async () => {
    const fake = new FakeGitHub();
    fake.files.set('proposals/é x.yaml', 'service: ünïcode\n');
    expect(await readApiFile(fake, repo, HEAD, 'proposals/é x.yaml', 1000)).toEqual({
      ok: true,
      text: 'service: ünïcode\n',
    });
    expect(fake.calls[0]!.params).toMatchObject({ path: 'proposals/é x.yaml', ref: HEAD });
  });

  it('refuses symbolic links and submodules', async () => {
    const fake = new FakeGitHub();
    fake.files.set('proposals/link.yaml', { symlink: '/etc/passwd' });
    fake.files.set('proposals/sub.yaml', { submodule: true });
    expect(await readApiFile(fake, repo, HEAD, 'proposals/link.yaml', 1000)).toMatchObject({
      ok: false,
      message: /symbolic link/,
    });
    expect(await readApiFile(fake, repo, HEAD, 'proposals/sub.yaml', 1000)).toMatchObject({
      ok: false,
      message: /submodule/,
    });
  });

  it('applies the size cap before decoding', async () => {
    const fake = new FakeGitHub();
    fake.files.set('proposals/big.yaml', 'x'.repeat(5000));
    expect(await readApiFile(fake, repo, HEAD, 'proposals/big.yaml', 4096)).toMatchObject({
      ok: false,
      message: 'the file is 4.9 KiB, over the 4 KiB limit for a proposal; it was not read',
    });
    // Even when the size field lies, the content's length is checked before decoding.
    expect(decodeBase64(Buffer.from('x'.repeat(5000)).toString('base64'), 4096)).toMatchObject({
      ok: false,
    });
  });

  it('refuses binary and invalid UTF-8 content as the workspace reader does', async () => {
    expect(decodeBase64(Buffer.from([0x61, 0, 0x62]).toString('base64'), 100)).toMatchObject({
      ok: false,
      message: /binary/,
    });
    expect(decodeBase64(Buffer.from([0xff, 0xfe, 0x41]).toString('base64'), 100)).toMatchObject({
      ok: false,
      message: /UTF-8/,
    });
  });

  it('gets files over 1 MB from the blobs API when the cap allows them', async () => {
    const fake = new FakeGitHub();
    const text = `service: big\n# ${'x'.repeat(1024 * 1024)}\n`;
    fake.files.set('proposals/big.yaml', text);
    const read = await readApiFile(fake, repo, HEAD, 'proposals/big.yaml', 2 * 1024 * 1024);
    expect(read).toEqual({ ok: true, text });
    expect(fake.routes()).toContain('GET /repos/{owner}/{repo}/git/blobs/{file_sha}');
  });

  it('reports a file that is not at the commit', async () => {
    const fake = new FakeGitHub();
    expect(await readApiFile(fake, repo, HEAD, 'proposals/none.yaml', 100)).toMatchObject({
      ok: false,
      message: 'the file cannot be read at commit aaaaaaa (not found)',
    });
  });
});

describe('makeReader', () => {
  it('falls back to the API for a file the workspace lacks', async () => {
    const ws = await tempDir();
    await writeTree(ws, { 'proposals/a.yaml': 'from: workspace\n' });
    const fake = new FakeGitHub();
    fake.files.set('proposals/b.yaml', 'from: api\n');
    const reader = makeReader({
      source: { kind: 'workspace', checkout: 'merge', reason: '' },
      workspace: ws,
      maxBytes: 1000,
      api: fake,
      repo,
      sha: HEAD,
    });
    expect(await reader.read('proposals/a.yaml')).toEqual({ ok: true, text: 'from: workspace\n' });
    expect(await reader.read('proposals/b.yaml')).toEqual({ ok: true, text: 'from: api\n' });
    expect(fake.count('GET /repos/{owner}/{repo}/contents/{path}')).toBe(1);
  });
});
