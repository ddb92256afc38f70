// An organisation's repositories behind the routes the repository reader calls: the
// repository, an owner's listing, the recursive tree, the contents API and the GraphQL file
// batches (answered from their variables, as api/get-file-batch.ts names them).

import type { ApiResponse, GitHubApi } from '../../src/action/github.js';

export class StatusError extends Error {
  constructor(
    readonly status: number,
    message = `HTTP ${status}`,
  ) {
    super(message);
  }
}

export interface FakeRepo {
  defaultBranch?: string;
  archived?: boolean;
  /** Files by ref (branch, tag or commit). */
  refs: Record<string, Record<string, string>>;
  /** Every request about the repository answers this status. */
  status?: number;
  message?: string;
}

export interface FakeCall {
  route: string;
  params: Record<string, unknown>;
  /** OWNER/NAME the call is about, when it is about one. */
  repo?: string;
}

export class FakeOrg implements GitHubApi {
  readonly calls: FakeCall[] = [];
  /** Owners answered by /orgs (the others by /users). */
  readonly orgs = new Set<string>();
  constructor(readonly repos: Record<string, FakeRepo>) {}

  private find(owner: unknown, name: unknown): [string, FakeRepo] {
    const key = Object.keys(this.repos).find(
      (k) => k.toLowerCase() === `${String(owner)}/${String(name)}`.toLowerCase(),
    );
    const repo = key ? this.repos[key] : undefined;
    if (!key || !repo) throw new StatusError(404, 'Not Found');
    if (repo.status) throw new StatusError(repo.status, repo.message);
    return [key, repo];
  }

  private meta(name: string, r: FakeRepo) {
    return {
      full_name: name,
      name: name.split('/')[1],
      default_branch: r.defaultBranch ?? 'main',
      archived: r.archived ?? false,
    };
  }

  async request(route: string, params: Record<string, unknown> = {}): Promise<ApiResponse> {
    const about =
      params.owner !== undefined ? `${String(params.owner)}/${String(params.repo)}` : undefined;
    this.calls.push({ route, params, ...(about ? { repo: about } : {}) });
    switch (route) {
      case 'GET /repos/{owner}/{repo}': {
        const [name, r] = this.find(params.owner, params.repo);
        return { status: 200, data: this.meta(name, r) };
      }
      case 'GET /orgs/{org}/repos':
      case 'GET /users/{username}/repos': {
        const owner = String(params.org ?? params.username);
        const isOrg = this.orgs.has(owner);
        if ((route === 'GET /orgs/{org}/repos') !== isOrg) throw new StatusError(404);
        const all = Object.entries(this.repos)
          .filter(([k, r]) => k.startsWith(`${owner}/`) && r.status === undefined)
          .map(([k, r]) => this.meta(k, r));
        const per = Number(params.per_page ?? 30);
        const page = Number(params.page ?? 1);
        return { status: 200, data: all.slice((page - 1) * per, page * per) };
      }
      case 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': {
        const [, r] = this.find(params.owner, params.repo);
        const files = r.refs[String(params.tree_sha)];
        if (!files) throw new StatusError(404, 'Not Found');
        const tree: unknown[] = [];
        const folders = new Set<string>();
        for (const p of Object.keys(files)) {
          const parts = p.split('/');
          for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
          tree.push({ path: p, type: 'blob', mode: '100644' });
        }
        for (const f of folders) tree.push({ path: f, type: 'tree', mode: '040000' });
        return { status: 200, data: { sha: 't'.repeat(40), tree, truncated: false } };
      }
      case 'GET /repos/{owner}/{repo}/contents/{path}': {
        const [, r] = this.find(params.owner, params.repo);
        const files = r.refs[String(params.ref)];
        if (!files) throw new StatusError(404, 'No commit found');
        const p = String(params.path);
        const text = files[p];
        if (text !== undefined) {
          return {
            status: 200,
            data: {
              type: 'file',
              size: Buffer.byteLength(text),
              encoding: 'base64',
              content: Buffer.from(text).toString('base64'),
              name: p.split('/').pop(),
              path: p,
            },
          };
        }
        const names = new Set(
          Object.keys(files)
            .filter((f) => f.startsWith(`${p}/`))
            .map((f) => f.slice(p.length + 1).split('/')[0]!),
        );
        if (names.size === 0) throw new StatusError(404, 'Not Found');
        return { status: 200, data: [...names].map((name) => ({ name, type: 'file' })) };
      }
      default:
        throw new StatusError(404, `no route ${route}`);
    }
  }

  async graphql(_query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
    const about = `${String(variables.owner)}/${String(variables.name)}`;
    this.calls.push({ route: 'POST /graphql', params: variables, repo: about });
    const [, r] = this.find(variables.owner, variables.name);
    const repository: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(variables)) {
      if (!/^[fd]\d+$/.test(key)) continue;
      const expr = String(value);
      const colon = expr.indexOf(':');
      const files = r.refs[expr.slice(0, colon)] ?? {};
      const at = expr.slice(colon + 1);
      if (key.startsWith('f')) {
        const text = files[at];
        repository[key] =
          text === undefined
            ? null
            : {
                byteSize: Buffer.byteLength(text),
                isBinary: false,
                isTruncated: false,
                text,
              };
      } else {
        const prefix = at === '' ? '' : `${at}/`;
        const names = new Set(
          Object.keys(files)
            .filter((f) => f.startsWith(prefix))
            .map((f) => f.slice(prefix.length).split('/')[0]!),
        );
        repository[key] = {
          entries: [...names].map((name) => ({ name, mode: 0o100644, type: 'blob' })),
        };
      }
    }
    return { repository };
  }

  /** The calls about one repository. */
  about(repo: string): FakeCall[] {
    return this.calls.filter((c) => c.repo?.toLowerCase() === repo.toLowerCase());
  }
}
