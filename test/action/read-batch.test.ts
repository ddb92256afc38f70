// Without a checkout many proposals are read in GraphQL requests of BATCH_FILES files
// (api/get-file-batch.ts), and each file reads exactly as the REST contents read would: a
// link, a binary or truncated blob and a failed batch go to REST; the size cap and a missing
// path are settled by the batch.
import { describe, expect, it } from 'vitest';
import { fileBatchQuery, folderOf } from '../../src/action/api/get-file-batch.js';
import type { ApiResponse, GitHubApi } from '../../src/action/github.js';
import {
  BATCH_FILES,
  GRAPHQL_FROM,
  judgeFiles,
  makeReader,
  readApiFile,
  readApiFiles,
} from '../../src/action/read-files.js';
import { defaultEngineOptions } from '../../src/core/engine.js';
import type { ReadResult } from '../../src/io/files.js';

const repo = { owner: 'acme', repo: 'services' };
const SHA = 'a'.repeat(40);
const PROPOSAL = 'service: orders\nlanguage: go\nkind: http-api\n';

interface Entry {
  /** Bytes of the blob (a link: its target). */
  bytes: Buffer;
  mode: number;
  /** What GitHub's GraphQL would say beyond the bytes. */
  truncated?: boolean;
  /** The text GitHub would give, when not the bytes as UTF-8 (e.g. replacement characters). */
  text?: string | null;
}

const file = (text: string, extra: Partial<Entry> = {}): Entry => ({
  bytes: Buffer.from(text, 'utf8'),
  mode: 0o100644,
  ...extra,
});

class NotFound extends Error {
  status = 404;
}

/**
 * A repository at SHA behind both APIs: REST contents (as GitHub answers them, a link to a
 * file inside the repository as that file) and the batch query, read from its variables.
 */
function fakeRepo(files: Record<string, Entry>, o: { graphqlFails?: boolean } = {}) {
  const calls = { rest: [] as string[], graphql: [] as string[][] };
  const restEntry = (p: string): unknown => {
    const e = files[p];
    if (!e) {
      if (Object.keys(files).some((f) => f.startsWith(`${p}/`))) return [];
      throw new NotFound('Not Found');
    }
    if (e.mode === 0o120000) {
      const target = e.bytes.toString('utf8');
      const resolved = files[target];
      if (resolved && resolved.mode !== 0o120000) return restEntry(target);
      return { type: 'symlink', target, size: e.bytes.length };
    }
    if (e.mode === 0o160000) return { type: 'submodule', size: 0 };
    return {
      type: 'file',
      size: e.bytes.length,
      encoding: 'base64',
      content: e.bytes.toString('base64'),
    };
  };
  const api: GitHubApi = {
    request: async (route, params = {}): Promise<ApiResponse> => {
      expect(route).toBe('GET /repos/{owner}/{repo}/contents/{path}');
      expect(params.ref).toBe(SHA);
      calls.rest.push(params.path as string);
      return { status: 200, data: restEntry(params.path as string) };
    },
    graphql: async (query, variables = {}) => {
      const paths = Object.entries(variables)
        .filter(([k]) => /^f\d+$/.test(k))
        .map(([, v]) => String(v).slice(SHA.length + 1));
      calls.graphql.push(paths);
      if (o.graphqlFails) throw new Error('Something went wrong while executing your query.');
      expect(query).toBe(fileBatchQuery(repo, SHA, paths).query);
      expect(variables.owner).toBe(repo.owner);
      expect(variables.name).toBe(repo.repo);
      const answer: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(variables)) {
        const p = String(v).slice(SHA.length + 1);
        if (/^f\d+$/.test(k)) {
          const e = files[p];
          answer[k] =
            !e || e.mode === 0o160000
              ? null
              : {
                  byteSize: e.bytes.length,
                  isBinary: e.bytes.includes(0),
                  isTruncated: e.truncated === true,
                  text:
                    e.text !== undefined
                      ? e.text
                      : e.bytes.includes(0) || e.truncated
                        ? null
                        : e.bytes.toString('utf8'),
                };
        } else if (/^d\d+$/.test(k)) {
          const inside = Object.entries(files).filter(([f]) => folderOf(f) === p);
          answer[k] =
            inside.length === 0 && p !== ''
              ? null
              : {
                  entries: inside.map(([f, e]) => ({
                    name: f.slice(f.lastIndexOf('/') + 1),
                    mode: e.mode,
                    type: e.mode === 0o160000 ? 'commit' : 'blob',
                  })),
                };
        }
      }
      return { repository: answer };
    },
  };
  return { api, calls };
}

async function readAll(api: GitHubApi, paths: string[], maxBytes = 4096) {
  const started = readApiFiles(api, repo, SHA, paths, maxBytes);
  const out: Record<string, ReadResult> = {};
  for (const p of paths) out[p] = await started.get(p)!;
  return out;
}

/** What the REST read alone gives for each path (the behaviour the batch keeps). */
async function restAll(files: Record<string, Entry>, paths: string[], maxBytes = 4096) {
  const { api } = fakeRepo(files);
  const out: Record<string, ReadResult> = {};
  for (const p of paths) out[p] = await readApiFile(api, repo, SHA, p, maxBytes);
  return out;
}

describe('readApiFiles: proposals in GraphQL batches', () => {
  it('reads 50 proposals in one request and nothing through REST, as REST would', async () => {
    const files: Record<string, Entry> = {};
    for (let i = 0; i < 50; i++) {
      files[`proposals/team-${i % 3}/svc-${i}.yaml`] = file(PROPOSAL.replace('orders', `s${i}`));
    }
    const paths = Object.keys(files);
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, paths);
    expect(calls.graphql.map((b) => b.length)).toEqual([50]);
    expect(calls.rest).toEqual([]);
    expect(got).toEqual(await restAll(files, paths));
    expect(got[paths[7]!]).toEqual({ ok: true, text: PROPOSAL.replace('orders', 's7') });
  });

  it(`reads more than ${BATCH_FILES} proposals in requests of ${BATCH_FILES}`, async () => {
    const files: Record<string, Entry> = {};
    for (let i = 0; i < BATCH_FILES + 30; i++) files[`p/s${i}.yaml`] = file(`service: s${i}\n`);
    const paths = Object.keys(files);
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, paths);
    expect(calls.graphql.map((b) => b.length)).toEqual([BATCH_FILES, 30]);
    expect(calls.rest).toEqual([]);
    expect(got).toEqual(await restAll(files, paths));
  });

  it("reads a link through REST, whatever that answers (GitHub's target file, or a refused symlink entry), never the link's own text", async () => {
    const files = {
      'proposals/a.yaml': file(PROPOSAL),
      'proposals/to-a.yaml': file('proposals/a.yaml', { mode: 0o120000 }),
      'proposals/out.yaml': file('../../etc/passwd', { mode: 0o120000 }),
    };
    const paths = Object.keys(files);
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, paths);
    expect(calls.rest.sort()).toEqual(['proposals/out.yaml', 'proposals/to-a.yaml']);
    expect(got).toEqual(await restAll(files, paths));
    // The GraphQL blob of a link is its target's path: never judged as the proposal's text.
    expect(got['proposals/to-a.yaml']).toEqual({ ok: true, text: PROPOSAL });
    expect(got['proposals/out.yaml']).toMatchObject({
      ok: false,
      message: expect.stringContaining('symbolic link'),
    });
  });

  it('reads a binary blob through REST, which refuses it', async () => {
    const files = { 'proposals/bin.yaml': file('service: x\0\x01') };
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, ['proposals/bin.yaml']);
    expect(calls.rest).toEqual(['proposals/bin.yaml']);
    expect(got['proposals/bin.yaml']).toMatchObject({
      ok: false,
      message: expect.stringContaining('binary'),
    });
  });

  it('refuses a file over the size cap from the batch, without reading it again', async () => {
    const files = { 'proposals/big.yaml': file(`# ${'x'.repeat(5000)}\n${PROPOSAL}`) };
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, ['proposals/big.yaml'], 4096);
    expect(calls.rest).toEqual([]);
    expect(got).toEqual(await restAll(files, ['proposals/big.yaml'], 4096));
    expect(got['proposals/big.yaml']).toMatchObject({ ok: false, message: /over the 4 KiB limit/ });
  });

  it('reads a truncated blob through REST, which has it whole', async () => {
    const text = `${PROPOSAL}# ${'y'.repeat(3000)}\n`;
    const files = { 'proposals/long.yaml': file(text, { truncated: true }) };
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, ['proposals/long.yaml']);
    expect(calls.rest).toEqual(['proposals/long.yaml']);
    expect(got['proposals/long.yaml']).toEqual({ ok: true, text });
  });

  it('reads through REST a blob its folder does not list: its mode is not known', async () => {
    const files = { 'proposals/a.yaml': file(PROPOSAL), 'proposals/b.yaml': file(PROPOSAL) };
    const { api, calls } = fakeRepo(files);
    const cut: GitHubApi = {
      request: api.request,
      graphql: async (query, variables) => {
        const data = (await api.graphql!(query, variables)) as {
          repository: Record<string, { entries?: { name: string }[] } | null>;
        };
        const folder = data.repository.d0!;
        folder.entries = folder.entries!.filter((e) => e.name !== 'b.yaml');
        return data;
      },
    };
    const got = await readAll(cut, Object.keys(files));
    expect(calls.rest).toEqual(['proposals/b.yaml']);
    expect(got).toEqual(await restAll(files, Object.keys(files)));
  });

  it('reads through REST a blob whose text is not its bytes (invalid UTF-8 replaced)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('service: caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const files = {
      'proposals/latin1.yaml': { bytes, mode: 0o100644, text: 'service: caf\uFFFD\n' },
    };
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, ['proposals/latin1.yaml']);
    expect(calls.rest).toEqual(['proposals/latin1.yaml']);
    expect(got['proposals/latin1.yaml']).toMatchObject({ ok: false, message: /not valid UTF-8/ });
  });

  it('says a missing path is not found, as REST does, without asking REST', async () => {
    const files = { 'proposals/a.yaml': file(PROPOSAL) };
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, ['proposals/a.yaml', 'proposals/gone.yaml']);
    expect(calls.rest).toEqual([]);
    expect(got).toEqual(await restAll(files, ['proposals/a.yaml', 'proposals/gone.yaml']));
    expect(got['proposals/gone.yaml']).toEqual({
      ok: false,
      message: `the file cannot be read at commit ${SHA.slice(0, 7)} (not found)`,
    });
  });

  it('reads a submodule, and a file in a folder that is not there, through REST', async () => {
    const files = {
      'proposals/a.yaml': file(PROPOSAL),
      'proposals/vendored': { bytes: Buffer.alloc(0), mode: 0o160000 },
    };
    const paths = ['proposals/a.yaml', 'proposals/vendored', 'other/none.yaml'];
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, paths);
    expect(calls.rest.sort()).toEqual(['other/none.yaml', 'proposals/vendored']);
    expect(got).toEqual(await restAll(files, paths));
  });

  it('reads an executable file from the batch; a file at the root too', async () => {
    const files = {
      'run.yaml': file(PROPOSAL, { mode: 0o100755 }),
      'proposals/a.yaml': file(PROPOSAL),
    };
    const { api, calls } = fakeRepo(files);
    const got = await readAll(api, Object.keys(files));
    expect(calls.rest).toEqual([]);
    expect(got['run.yaml']).toEqual({ ok: true, text: PROPOSAL });
  });

  it('falls back to REST for every file of a batch whose GraphQL request fails', async () => {
    const files: Record<string, Entry> = {};
    for (let i = 0; i < 30; i++) files[`proposals/s${i}.yaml`] = file(PROPOSAL);
    files['proposals/link.yaml'] = file('nowhere', { mode: 0o120000 });
    const paths = Object.keys(files);
    const { api, calls } = fakeRepo(files, { graphqlFails: true });
    const got = await readAll(api, paths);
    expect(calls.graphql).toHaveLength(1);
    expect(calls.rest.sort()).toEqual([...paths].sort());
    expect(got).toEqual(await restAll(files, paths));
  });

  it('falls back to REST when the answer is not in the shape asked for', async () => {
    const files = { 'proposals/a.yaml': file(PROPOSAL) };
    const { api, calls } = fakeRepo(files);
    const odd: GitHubApi = {
      request: api.request,
      graphql: async () => ({ repository: { f0: { byteSize: '12', text: 'x' } } }),
    };
    expect(await readAll(odd, ['proposals/a.yaml'])).toEqual(
      await restAll(files, ['proposals/a.yaml']),
    );
    expect(calls.rest).toEqual(['proposals/a.yaml']);
  });
});

describe('judgeFiles without a checkout', () => {
  const options = defaultEngineOptions();
  const judge = (api: GitHubApi, paths: string[]) =>
    judgeFiles(
      paths,
      makeReader({
        source: { kind: 'api', reason: 'no checkout' },
        workspace: '/nonexistent',
        maxBytes: 4096,
        api,
        repo,
        sha: SHA,
      }),
      options,
    );

  it('judges 50 proposals from one GraphQL request, and a client without GraphQL through REST alike', async () => {
    const files: Record<string, Entry> = {};
    for (let i = 0; i < 50; i++) files[`proposals/s${i}.yaml`] = file(PROPOSAL);
    const paths = Object.keys(files);
    const batched = fakeRepo(files);
    const viaGraphql = await judge(batched.api, paths);
    expect(batched.calls.graphql).toHaveLength(1);
    expect(batched.calls.rest).toEqual([]);
    const plain = fakeRepo(files);
    const viaRest = await judge({ request: plain.api.request }, paths);
    expect(plain.calls.rest).toHaveLength(50);
    expect(viaGraphql).toEqual(viaRest);
  });

  it(`reads fewer than ${GRAPHQL_FROM} proposals through REST: two round trips at most, no write held back`, async () => {
    const files: Record<string, Entry> = {};
    for (let i = 0; i < GRAPHQL_FROM - 1; i++) files[`proposals/s${i}.yaml`] = file(PROPOSAL);
    const { api, calls } = fakeRepo(files);
    await judge(api, Object.keys(files));
    expect(calls.graphql).toEqual([]);
    expect(calls.rest).toHaveLength(GRAPHQL_FROM - 1);
    files[`proposals/s${GRAPHQL_FROM - 1}.yaml`] = file(PROPOSAL);
    const more = fakeRepo(files);
    await judge(more.api, Object.keys(files));
    expect(more.calls.graphql).toHaveLength(1);
    expect(more.calls.rest).toEqual([]);
  });
});
