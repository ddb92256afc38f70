// An organisation's repositories behind the routes the repository reader calls: the
// repository, an owner's listing, the recursive tree, the contents API, GitHub's language
// breakdown and the GraphQL file batches (answered from their variables, as
// api/get-file-batch.ts names them). `inRounds` answers a client's requests in round trips.

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
  /** GitHub's language breakdown of the default branch (bytes by language); default none. */
  languages?: Record<string, number>;
  /** The breakdown request answers this status instead. */
  languagesStatus?: number;
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
      case 'GET /repos/{owner}/{repo}/languages': {
        const [, r] = this.find(params.owner, params.repo);
        if (r.languagesStatus) throw new StatusError(r.languagesStatus);
        return { status: 200, data: { ...r.languages } };
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

/** A request and the round trip it was answered in (1 for the first). */
export interface RoundCall {
  route: string;
  repo: string | undefined;
  round: number;
}

/**
 * The client with its answers held until no request has come for a moment, then sent
 * together: the requests a reader makes together are answered in one round trip, and one that
 * waits for an answer comes in the next. So round trips are counted, as the e2e server does.
 */
export function inRounds(api: GitHubApi): GitHubApi & { rounds: RoundCall[] } {
  const rounds: RoundCall[] = [];
  let held: (() => void)[] = [];
  let round = 0;
  let timer: NodeJS.Timeout | undefined;
  const hold = <T>(call: RoundCall, send: () => Promise<T>): Promise<T> => {
    rounds.push(call);
    clearTimeout(timer);
    const answer = new Promise<void>((resolve) => held.push(resolve)).then(send);
    timer = setTimeout(() => {
      round++;
      for (const c of rounds) if (c.round === 0) c.round = round;
      const release = held;
      held = [];
      for (const r of release) r();
    }, 5);
    return answer;
  };
  const about = (p: Record<string, unknown> | undefined, owner = 'owner', name = 'repo') =>
    p?.[owner] !== undefined ? `${String(p[owner])}/${String(p[name])}` : undefined;
  return {
    rounds,
    request: (route, params) =>
      hold({ route, repo: about(params), round: 0 }, () => api.request(route, params)),
    ...(api.graphql
      ? {
          graphql: (query: string, variables?: Record<string, unknown>) =>
            hold(
              { route: 'POST /graphql', repo: about(variables, 'owner', 'name'), round: 0 },
              () => api.graphql!(query, variables),
            ),
        }
      : {}),
  };
}
