// The Action's reads of the files constraints cite as evidence: once each, at the commit
// judged, from the checkout through the guarded reader or through the API in one more round
// trip; a path into .git is refused without a request.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileBatchQuery, folderOf } from '../../src/action/api/get-file-batch.js';
import {
  addedPaths,
  ArtefactReads,
  readArtefacts,
  refusedPath,
  type ArtefactPlace,
} from '../../src/action/artefacts.js';
import type { ApiResponse, GitHubApi } from '../../src/action/github.js';
import type { Source } from '../../src/action/read-files.js';
import { cleanTempDirs, tempDir } from './fake-github.js';

afterEach(cleanTempDirs);

const repo = { owner: 'acme', repo: 'services' };
const SHA = 'a'.repeat(40);
const K6 = '{"metrics":{"http_req_duration":{"avg":12.5,"p(99)":31.2}}}\n';
const WORKSPACE: Source = { kind: 'workspace', checkout: 'head', reason: 'test' };
const API: Source = { kind: 'api', reason: 'test' };

class Status extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

interface Entry {
  text?: string;
  bytes?: Buffer;
  /** 0o120000: a link to `text`. */
  mode?: number;
}

/**
 * A repository at SHA behind the contents, blobs and batch APIs, answering as GitHub does
 * (a link to a file of the commit as that file; over 1 MB, a file without its content).
 */
function fakeApi(files: Record<string, Entry>, o: { graphql?: boolean } = {}) {
  const requests: { route: string; path?: string }[] = [];
  const bytesOf = (e: Entry) => e.bytes ?? Buffer.from(e.text ?? '', 'utf8');
  const content = (p: string): unknown => {
    const e = files[p];
    if (!e) {
      if (Object.keys(files).some((f) => f.startsWith(`${p}/`))) return [];
      throw new Status(404);
    }
    if (e.mode === 0o120000) {
      const target = files[e.text!];
      if (target && target.mode !== 0o120000)
        return { ...(content(e.text!) as object), path: e.text };
      return { type: 'symlink', target: e.text, size: e.text!.length, path: p };
    }
    const bytes = bytesOf(e);
    const large = bytes.length > 1024 * 1024;
    return {
      type: 'file',
      path: p,
      size: bytes.length,
      sha: `sha-${p}`,
      encoding: large ? 'none' : 'base64',
      content: large ? '' : bytes.toString('base64'),
    };
  };
  const api: GitHubApi = {
    request: async (route, params = {}): Promise<ApiResponse> => {
      if (route === 'GET /repos/{owner}/{repo}/contents/{path}') {
        expect(params.ref).toBe(SHA);
        requests.push({ route: 'contents', path: params.path as string });
        return { status: 200, data: content(params.path as string) };
      }
      if (route === 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}') {
        const p = String(params.file_sha).slice('sha-'.length);
        requests.push({ route: 'blob', path: p });
        return {
          status: 200,
          data: { encoding: 'base64', content: bytesOf(files[p]!).toString('base64') },
        };
      }
      throw new Error(`unexpected ${route}`);
    },
    ...(o.graphql === false
      ? {}
      : {
          graphql: async (query: string, variables: Record<string, unknown> = {}) => {
            const paths = Object.entries(variables)
              .filter(([k]) => /^f\d+$/.test(k))
              .map(([, v]) => String(v).slice(SHA.length + 1));
            requests.push({ route: 'graphql' });
            expect(query).toBe(fileBatchQuery(repo, SHA, paths).query);
            const answer: Record<string, unknown> = {};
            for (const [k, v] of Object.entries(variables)) {
              const p = String(v).slice(SHA.length + 1);
              if (/^f\d+$/.test(k)) {
                const e = files[p];
                const bytes = e && bytesOf(e);
                answer[k] = !e
                  ? null
                  : {
                      byteSize: bytes!.length,
                      isBinary: bytes!.includes(0),
                      isTruncated: false,
                      text: bytes!.includes(0) ? null : bytes!.toString('utf8'),
                    };
              } else if (/^d\d+$/.test(k)) {
                const inside = Object.entries(files).filter(([f]) => folderOf(f) === p);
                answer[k] =
                  inside.length === 0 && p !== ''
                    ? null
                    : {
                        entries: inside.map(([f, e]) => ({
                          name: f.slice(f.lastIndexOf('/') + 1),
                          mode: e.mode ?? 0o100644,
                          type: 'blob',
                        })),
                      };
              }
            }
            return { repository: answer };
          },
        }),
  };
  return { api, requests };
}

function place(over: Partial<ArtefactPlace>): ArtefactPlace {
  return {
    source: API,
    workspace: '/nonexistent',
    api: undefined,
    repo,
    sha: SHA,
    cap: 4096,
    ...over,
  };
}

describe('refusedPath', () => {
  it('refuses .git in any case and any path not in normal form from the root', () => {
    for (const p of [
      '.git/config',
      'a/.GIT/HEAD',
      '.Git',
      'a/../b.json',
      './a.json',
      '/a.json',
      'a//b.json',
      'a\\b.json',
    ]) {
      expect(refusedPath(p), p).toBeDefined();
    }
    for (const p of ['bench/k6.json', '.github/bench.txt', 'a/.gitkeep.json', 'x.git/y.txt']) {
      expect(refusedPath(p), p).toBeUndefined();
    }
  });
});

describe('readArtefacts from the checkout', () => {
  async function workspace() {
    const root = await tempDir();
    const outside = await tempDir();
    await mkdir(path.join(root, 'bench'), { recursive: true });
    await mkdir(path.join(root, '.git'), { recursive: true });
    await writeFile(path.join(root, 'bench/k6.json'), K6);
    await writeFile(path.join(root, 'bench/big.txt'), 'x'.repeat(5000));
    await writeFile(
      path.join(root, 'bench/report.pdf'),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]),
    );
    await writeFile(
      path.join(root, '.git/config'),
      '[remote "origin"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n',
    );
    await writeFile(path.join(outside, 'secret.txt'), 'secret 42 ms\n');
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'bench/out.txt'));
    await symlink(path.join(root, '.git/config'), path.join(root, 'bench/git.txt'));
    await symlink('k6.json', path.join(root, 'bench/inside.json'));
    return root;
  }

  it('gives each path what the guarded reader found there', async () => {
    const root = await workspace();
    const read = await readArtefacts(
      [
        'bench/k6.json',
        'bench/none.json',
        'bench/big.txt',
        'bench/report.pdf',
        'bench/inside.json',
      ],
      place({ source: WORKSPACE, workspace: root }),
    );
    expect(Object.fromEntries(read)).toEqual({
      'bench/k6.json': { kind: 'text', text: K6 },
      'bench/none.json': { kind: 'missing' },
      'bench/big.txt': { kind: 'too-large', bytes: 5000, cap: 4096 },
      // A file that is there but holds no text: no reader recognises it.
      'bench/report.pdf': { kind: 'text', text: '' },
      'bench/inside.json': { kind: 'text', text: K6 },
    });
  });

  it('refuses a link out of the repository, a link into .git and a path into .git, quoting nothing of them', async () => {
    const root = await workspace();
    const read = await readArtefacts(
      ['bench/out.txt', 'bench/git.txt', '.git/config'],
      place({ source: WORKSPACE, workspace: root }),
    );
    for (const [p, r] of read) {
      expect(r.kind, p).toBe('refused');
      expect(JSON.stringify(r)).not.toMatch(/secret|AUTHORIZATION|c2VjcmV0|origin/);
    }
    expect(read.get('bench/out.txt')).toMatchObject({
      reason: expect.stringMatching(/outside the repository/),
    });
    expect(read.get('bench/git.txt')).toMatchObject({ reason: expect.stringMatching(/\.git/) });
    expect(read.get('.git/config')).toMatchObject({ reason: expect.stringMatching(/\.git/) });
  });

  it('marks a file the pull request adds', async () => {
    const root = await workspace();
    const read = await readArtefacts(
      ['bench/k6.json', 'bench/big.txt', 'bench/inside.json'],
      place({
        source: WORKSPACE,
        workspace: root,
        added: addedPaths([
          { filename: 'bench/k6.json', status: 'added' },
          { filename: 'bench/big.txt', status: 'added' },
          { filename: 'bench/inside.json', status: 'modified' },
        ]),
      }),
    );
    expect(read.get('bench/k6.json')).toEqual({ kind: 'text', text: K6, added: true });
    expect(read.get('bench/big.txt')).toEqual({ kind: 'too-large', bytes: 5000, cap: 4096 });
    expect(read.get('bench/inside.json')).toEqual({ kind: 'text', text: K6 });
  });
});

describe('readArtefacts through the API', () => {
  const FILES: Record<string, Entry> = {
    'bench/k6.json': { text: K6 },
    'bench/big.txt': { text: 'x'.repeat(5000) },
    'bench/huge.txt': { text: 'y'.repeat(1024 * 1024 + 10) },
    'bench/link.json': { text: 'bench/k6.json', mode: 0o120000 },
    'bench/away.json': { text: '../../etc/passwd', mode: 0o120000 },
    'bench/report.pdf': { bytes: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1]) },
    'proposals/a.yaml': { text: 'service: a\n' },
  };

  it('a few paths: one REST read each, all at once; the size is checked before any byte is fetched', async () => {
    const { api, requests } = fakeApi(FILES);
    const read = await readArtefacts(
      [
        'bench/k6.json',
        'bench/none.json',
        'bench/big.txt',
        'bench/link.json',
        'bench/away.json',
        'bench/report.pdf',
      ],
      place({ api, added: new Set(['bench/k6.json']) }),
    );
    expect(Object.fromEntries(read)).toEqual({
      'bench/k6.json': { kind: 'text', text: K6, added: true },
      'bench/none.json': { kind: 'missing' },
      'bench/big.txt': { kind: 'too-large', bytes: 5000, cap: 4096 },
      'bench/link.json': { kind: 'text', text: K6 },
      'bench/away.json': { kind: 'refused', reason: expect.stringMatching(/symbolic link/) },
      'bench/report.pdf': { kind: 'text', text: '' },
    });
    expect(requests.map((r) => r.route)).toEqual(Array(6).fill('contents'));
  });

  it('a file over 1 MB under the cap is fetched as a blob; over the cap it is not fetched at all', async () => {
    const under = fakeApi(FILES);
    const big = await readArtefacts(
      ['bench/huge.txt'],
      place({ api: under.api, cap: 2 * 1024 * 1024 }),
    );
    expect(big.get('bench/huge.txt')).toEqual({
      kind: 'text',
      text: FILES['bench/huge.txt']!.text,
    });
    expect(under.requests.map((r) => r.route)).toEqual(['contents', 'blob']);

    const over = fakeApi(FILES);
    const capped = await readArtefacts(
      ['bench/huge.txt'],
      place({ api: over.api, cap: 1024 * 1024 }),
    );
    expect(capped.get('bench/huge.txt')).toEqual({
      kind: 'too-large',
      bytes: 1024 * 1024 + 10,
      cap: 1024 * 1024,
    });
    expect(over.requests.map((r) => r.route)).toEqual(['contents']);
  });

  it('more paths than one round trip of REST: one GraphQL request, a link then through REST', async () => {
    const many: Record<string, Entry> = { ...FILES };
    for (let i = 0; i < 10; i++)
      many[`bench/run-${i}.json`] = { text: K6.replace('12.5', String(i)) };
    const paths = [
      ...Object.keys(many).filter((p) => p.startsWith('bench/')),
      'bench/none.json',
      'gone/x.json',
    ];
    const { api, requests } = fakeApi(many);
    const read = await readArtefacts(paths, place({ api, cap: 2 * 1024 * 1024 }));
    const rest = fakeApi(many, { graphql: false });
    const viaRest = await readArtefacts(paths, place({ api: rest.api, cap: 2 * 1024 * 1024 }));
    // The same answer either way.
    expect(Object.fromEntries(read)).toEqual(Object.fromEntries(viaRest));
    expect(read.get('bench/run-3.json')).toEqual({ kind: 'text', text: K6.replace('12.5', '3') });
    expect(read.get('gone/x.json')).toEqual({ kind: 'missing' });
    // One batch; only the links (whose mode the batch shows) go through REST.
    expect(requests.map((r) => `${r.route} ${r.path ?? ''}`.trim()).sort()).toEqual([
      'contents bench/away.json',
      'contents bench/link.json',
      'graphql',
    ]);
  });

  it('a path into .git, or not from the root, is refused with no request', async () => {
    const { api, requests } = fakeApi(FILES);
    const read = await readArtefacts(['.git/config', 'x/.GIT/HEAD', 'a/../b.json'], place({ api }));
    expect([...read.values()].map((r) => r.kind)).toEqual(['refused', 'refused', 'refused']);
    expect(requests).toEqual([]);
  });

  it('a failure other than not found is no reading, and says which', async () => {
    const api: GitHubApi = {
      request: async () => {
        throw new Status(403);
      },
    };
    const read = await readArtefacts(['bench/k6.json'], place({ api }));
    expect(read.get('bench/k6.json')).toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/HTTP 403/),
    });
  });
});

describe('ArtefactReads', () => {
  it('reads each path once per run, however many judgings ask', async () => {
    const { api, requests } = fakeApi({
      'bench/k6.json': { text: K6 },
      'bench/b.json': { text: K6 },
    });
    const reads = new ArtefactReads({
      source: API,
      workspace: '/nonexistent',
      api,
      repo,
      sha: SHA,
    });
    const first = await reads.read(['bench/k6.json', 'bench/k6.json'], 4096);
    const again = await reads.read(['bench/k6.json', 'bench/b.json'], 4096);
    expect(first.get('bench/k6.json')).toEqual({ kind: 'text', text: K6 });
    expect(again.get('bench/b.json')).toEqual({ kind: 'text', text: K6 });
    expect(requests.map((r) => r.path)).toEqual(['bench/k6.json', 'bench/b.json']);
  });
});
