import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFromEvent } from '../../src/action/context.js';
import type { ApiResponse, GitHubApi } from '../../src/action/github.js';
import {
  chooseSource,
  decodeBase64,
  judgeFiles,
  makeReader,
  readApiFile,
  readGitHead,
  readWorkspaceFile,
} from '../../src/action/read-files.js';
import { defaultEngineOptions } from '../../src/core/engine.js';
import {
  b64,
  BASE,
  cleanTempDirs,
  FakeGitHub,
  HEAD,
  MERGE,
  OWNER,
  pullRequestPayload,
  REPO,
  runScenario,
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

describe('readApiFile: an entry that is not plainly a file is refused, never trusted', () => {
  /** A contents API that answers every path with `data`, noting each route asked. */
  function answering(data: unknown): GitHubApi & { routes: string[] } {
    const routes: string[] = [];
    return {
      routes,
      request: async (route: string): Promise<ApiResponse> => {
        routes.push(route);
        return { status: 200, data };
      },
    };
  }
  const content = { type: 'file', encoding: 'base64', content: b64('service: x\n'), sha: 'abc' };

  it.each([
    ['missing', {}, 'missing'],
    ['a string', { size: '11' }, '"11"'],
    ['null', { size: null }, 'null'],
    ['negative', { size: -1 }, '-1'],
    ['a fraction', { size: 1.5 }, '1.5'],
  ])(
    'a size that is %s: unreadable, with the reason, and nothing more is asked',
    async (_, size, shown) => {
      const api = answering({ ...content, ...size });
      const read = await readApiFile(api, repo, HEAD, 'proposals/a.yaml', 1000);
      expect(read).toEqual({
        ok: false,
        message: `the GitHub API gave no valid size for the file (size ${shown}); it was not read`,
      });
      // Not the blobs API either: an entry without a size is not used at all.
      expect(api.routes).toEqual(['GET /repos/{owner}/{repo}/contents/{path}']);
    },
  );

  it.each([
    ['a folder entry', { ...content, type: 'dir', size: 0 }, 'type "dir"'],
    ['no type', { size: 11, encoding: 'base64', content: b64('service: x\n') }, 'type missing'],
    ['an empty answer', null, 'type missing'],
    ['a string', 'service: x', 'type missing'],
    ['a number', 42, 'type missing'],
  ])('%s: unreadable, with the reason', async (_, data, shown) => {
    const read = await readApiFile(answering(data), repo, HEAD, 'proposals/a.yaml', 1000);
    expect(read).toEqual({
      ok: false,
      message: `the GitHub API did not give it as a file (${shown}); it was not read`,
    });
  });

  it('a run reports such a file as invalid, with the message, and judges the others', async () => {
    class NoSize extends FakeGitHub {
      override async request(route: string, params: Record<string, unknown> = {}) {
        const res = await super.request(route, params);
        if (
          route === 'GET /repos/{owner}/{repo}/contents/{path}' &&
          params.path === 'proposals/b.yaml'
        ) {
          const data = { ...(res.data as Record<string, unknown>) };
          delete data.size;
          return { ...res, data };
        }
        return res;
      }
    }
    const fake = new NoSize();
    fake.addPrFile('proposals/a.yaml', 'service: a\n');
    fake.addPrFile('proposals/b.yaml', 'service: b\n');
    const { result, sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
    });
    expect(result?.report.proposals.map((p) => p.file)).toEqual([
      'proposals/a.yaml',
      'proposals/b.yaml',
    ]);
    const b = result!.report.proposals[1]!;
    expect(b.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'proposal-invalid',
        expect.stringContaining(
          'the GitHub API gave no valid size for the file (size missing); it was not read',
        ),
      ],
    ]);
    expect(sink.failed.join('\n')).toMatch(/the gate fails/);
  });
});

describe('judgeFiles', () => {
  it('a reader that throws makes that file unreadable; the others are judged', async () => {
    const reader = {
      read: async (file: string) => {
        if (file === 'proposals/boom.yaml') throw new Error('socket hang up');
        return { ok: true as const, text: 'service: a\nlanguage: go\n' };
      },
    };
    const results = await judgeFiles(
      ['proposals/a.yaml', 'proposals/boom.yaml'],
      reader,
      defaultEngineOptions(),
    );
    expect(results).toHaveLength(2);
    const boom = results[1]!;
    expect(boom.kind).toBe('proposal');
    expect(JSON.stringify(boom)).toContain('the file could not be read: socket hang up');
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
