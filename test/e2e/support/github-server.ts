// A local GitHub REST (and GraphQL) API on 127.0.0.1 for the routes the Action calls, with
// GitHub's headers and Link pagination. Every request and every response is checked against
// GitHub's OpenAPI description; what does not conform is collected in `violations`.

import { createHash, randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { asks, execute, parseOperation, validate } from './graphql.js';
import { OpenApi, type Match } from './openapi.js';

export const SERVER_URL = 'https://github.com';

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  /** The file's diff as the files API gives it; default: every line of the file added. */
  patch?: string;
}

/** A review comment on a line of a pull request (pulls/list-review-comments). */
export interface ReviewCommentRecord {
  id: number;
  pull: number;
  review: number;
  path: string;
  /** The last line on the head's side; null once its line changed (outdated). */
  line: number | null;
  startLine: number | null;
  body: string;
  user: Account;
  commitId: string;
}

export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** The workflow token's identity. */
export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface Comment {
  id: number;
  issue: number;
  body: string;
  user: Account;
  created_at: string;
  updated_at: string;
}

/** A review of a pull request (pulls/list-reviews), oldest first. */
export interface PullReview {
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  submittedAt: string;
  /** The commit reviewed (`commit_id`); default: the pull request's head when listed. */
  commitId?: string;
}

/** An issue of the repository (the portfolio issue). */
export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  user: Account;
  created_at: string;
  updated_at: string;
}

/** Another repository the token can read (a portfolio across repositories). */
export interface OtherRepository {
  defaultBranch: string;
  archived?: boolean;
  private?: boolean;
  /** Files by branch, tag or commit. */
  refs: Record<string, Record<string, string>>;
  /** GitHub's language breakdown of the default branch: bytes by language; default none. */
  languages?: Record<string, number>;
}

/** An answer given instead of the real one, `times` times, to requests it matches. */
export interface Fault {
  /** e.g. 'issues/create-comment' */
  operationId: string;
  /** Only requests whose query has these values. */
  query?: Record<string, string>;
  status: number;
  message: string;
  /** Extra response headers (a function: computed when the fault is answered). */
  headers?: Record<string, string> | (() => Record<string, string>);
  times?: number;
}

export interface Recorded {
  method: string;
  /** Path and query as sent. */
  url: string;
  operationId: string | undefined;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** Milliseconds since the server started. */
  at: number;
  /** The round trip it was answered in (see GitHubServer.quietMs). */
  round: number;
  authorization: string | undefined;
  userAgent: string | undefined;
  accept: string | undefined;
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';

const TIME = '2025-06-02T10:00:00Z';
const DOCS = 'https://docs.github.com/rest';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Git's object id of a blob. */
export function blobSha(text: string): string {
  const data = Buffer.from(text, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${data.length}\0`), data]))
    .digest('hex');
}

/** A commit id that looks like one. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** base64 in lines of 60 characters, as the contents API sends it. */
function base64Lines(text: string): string {
  return `${(
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,60}/g) ?? []
  ).join('\n')}\n`;
}

export class GitHubServer {
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  url = '';
  readonly requests: Recorded[] = [];
  readonly violations: string[] = [];
  /** Files at each commit: commit id → path → text. */
  readonly commits = new Map<string, Map<string, string>>();
  /**
   * Files of other repositories (a shared configuration named in `extends`), by
   * `owner/repo/path@ref`: the contents API answers for them, and 404 for anything else there.
   */
  readonly otherRepoFiles = new Map<string, string>();
  /**
   * Other repositories, by `owner/name`: the repository, its trees, contents and GraphQL
   * objects answer at each of their refs; `/orgs/{org}/repos` lists an organisation's.
   * A repository not here (a private one the token cannot see) answers 404.
   */
  readonly repositories = new Map<string, OtherRepository>();
  /** Owners that are organisations (the others are users). */
  readonly organisations = new Set<string>();
  /** The files API's list, by pull request number. */
  readonly pullFiles = new Map<number, PullFile[]>();
  /** The head commit of each pull request. */
  readonly pullHeads = new Map<number, string>();
  /** The pull request objects GET /pulls/{n} answers with. */
  readonly pulls = new Map<number, Record<string, unknown>>();
  readonly comments: Comment[] = [];
  /** The reviews of each pull request. */
  readonly reviews = new Map<number, PullReview[]>();
  /** The review comments of every pull request, oldest first. */
  readonly reviewComments: ReviewCommentRecord[] = [];
  /** Teams by `org/slug` (as written in `approvers`): the logins of their active members. */
  readonly teams = new Map<string, string[]>();
  readonly issues: IssueRecord[] = [];
  readonly faults: Fault[] = [];
  /** GraphQL `viewer` with an installation token: GitHub refuses it, unless a login is set. */
  viewerLogin: string | undefined;
  /** Who comments written with the token show as. */
  actor: Account = ACTIONS_BOT;
  /**
   * Holds the answers to the first `count` requests of an operation until all of them have
   * arrived: two runs then see the same state, as two runs racing on GitHub can.
   */
  barrier: { operationId: string; count: number } | undefined;
  /**
   * Answers are held until no request has come for this long, then sent together: the
   * requests a run makes together are answered in one round trip, and one that waits for an
   * answer comes in the next. So round trips are counted (roundTrips), whatever the load.
   */
  quietMs = 100;
  private held: (() => void)[] = [];
  private quiet: NodeJS.Timeout | undefined;
  private rounds = 0;
  private waiting: (() => void)[] = [];
  private server: http.Server | undefined;
  private readonly openapi = OpenApi.load();
  private started = Date.now();
  private nextCommentId = 2_000_000_001;
  private nextReviewId = 90_000_001;
  private remaining = 1000;

  constructor(options: { owner: string; repo: string; token: string }) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.token = options.token;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', resolve);
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.started = Date.now();
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** Sets the files of a commit. */
  commit(sha: string, files: Record<string, string>): void {
    this.commits.set(sha, new Map(Object.entries(files)));
  }

  /** A push to a pull request: its head commit (with these files) and what it changes. */
  push(pull: number, head: string, files: Record<string, string>, changed: PullFile[]): void {
    this.commit(head, files);
    this.pullHeads.set(pull, head);
    this.pullFiles.set(pull, changed);
  }

  /** Operation ids (and the status answered) in the order the requests came. */
  calls(): string[] {
    return this.requests.map((r) => `${r.operationId ?? `${r.method} ${r.url}`} ${r.status}`);
  }

  /** The round trip each request was answered in, counted from the last resetLog. */
  roundTripOf(): number[] {
    const first = Math.min(...this.requests.map((r) => r.round));
    return this.requests.map((r) => r.round - first + 1);
  }

  /** How many round trips the requests took, one after another. */
  roundTrips(): number {
    return Math.max(0, ...this.roundTripOf());
  }

  /** Requests of one operation. */
  of(operationId: string): Recorded[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  commentsOn(issue: number): Comment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /** Forgets the requests (and violations) of an earlier run of the same scenario. */
  resetLog(): void {
    this.requests.length = 0;
    this.violations.length = 0;
  }

  // -------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.url);
    const record: Recorded = {
      method,
      url: `${url.pathname}${url.search}`,
      operationId: undefined,
      params: {},
      query: Object.fromEntries(url.searchParams),
      body: raw ? safeJson(raw) : undefined,
      status: 0,
      at: Date.now() - this.started,
      round: 0,
      authorization: req.headers.authorization,
      userAgent: req.headers['user-agent'],
      accept: req.headers.accept,
    };
    this.requests.push(record);
    const contentType = req.headers['content-type'];

    let status: number;
    let body: unknown;
    let headers: Record<string, string> = {};
    let match: Match | undefined;
    try {
      if (req.headers.authorization !== `token ${this.token}`) {
        this.violations.push(`${method} ${url.pathname}: not authorised with the workflow token`);
        throw new HttpError(401, 'Bad credentials');
      }
      if (method === 'POST' && url.pathname === '/graphql') {
        record.operationId = 'graphql';
        if (!/^application\/json\b/.test(contentType ?? '')) {
          this.violations.push(`POST /graphql: content-type ${contentType ?? 'missing'}`);
        }
        const fault = this.fault('graphql', url);
        if (fault) throw new HttpError(fault.status, fault.message);
        ({ status, body } = this.graphql(record.body));
      } else {
        const checked = this.openapi.checkRequest({
          method,
          url: record.url,
          contentType,
          body: raw,
        });
        match = checked.match;
        this.violations.push(...checked.violations.map((v) => `request ${record.url}: ${v}`));
        if (!match) throw new HttpError(404, 'Not Found');
        record.operationId = match.route.operationId;
        record.params = match.params;
        await this.atBarrier(match.route.operationId);
        const fault = this.fault(match.route.operationId, url);
        if (fault) {
          const extra = typeof fault.headers === 'function' ? fault.headers() : fault.headers;
          throw new HttpError(fault.status, fault.message, extra);
        }
        ({ status, body, headers = {} } = this.route(match, url, record.body));
      }
    } catch (err) {
      if (!(err instanceof HttpError)) {
        this.violations.push(`${method} ${url.pathname}: the fake failed: ${String(err)}`);
      }
      const e = err instanceof HttpError ? err : new HttpError(500, 'Server Error');
      status = e.status;
      body = { message: e.message, documentation_url: DOCS, status: String(e.status) };
      headers = e.headers;
    }
    await this.roundTrip();
    record.round = this.rounds;
    record.status = status;
    const text = status === 204 || status === 304 ? '' : JSON.stringify(body);
    const all: Record<string, string> = { ...this.githubHeaders(url.pathname), ...headers };
    if (text) all['content-type'] = 'application/json; charset=utf-8';
    if (match) {
      const problems = this.openapi.checkResponse(match, {
        status,
        contentType: all['content-type'],
        body: text,
      });
      this.violations.push(...problems.map((v) => `response to ${method} ${record.url}: ${v}`));
    }
    res.writeHead(status, { ...all, 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
  }

  /** Resolves with the others held, once no request has come for quietMs. */
  private roundTrip(): Promise<void> {
    if (this.quietMs <= 0) {
      this.rounds++;
      return Promise.resolve();
    }
    clearTimeout(this.quiet);
    const held = new Promise<void>((resolve) => this.held.push(resolve));
    this.quiet = setTimeout(() => {
      this.rounds++;
      for (const release of this.held.splice(0)) release();
    }, this.quietMs);
    this.quiet.unref();
    return held;
  }

  private async atBarrier(operationId: string): Promise<void> {
    const barrier = this.barrier;
    if (!barrier || barrier.operationId !== operationId || barrier.count <= 0) return;
    barrier.count--;
    if (barrier.count === 0) {
      for (const release of this.waiting.splice(0)) release();
      return;
    }
    // Released when the last one arrives, or after 10 s (so a run that never comes fails the
    // scenario's assertions rather than hanging it).
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      setTimeout(resolve, 10_000).unref();
    });
  }

  private githubHeaders(pathname: string): Record<string, string> {
    this.remaining = Math.max(0, this.remaining - 1);
    const used = 1000 - this.remaining;
    return {
      date: new Date().toUTCString(),
      server: 'github.com',
      'x-github-request-id':
        `${randomBytes(2).toString('hex')}:${randomBytes(3).toString('hex')}:${randomBytes(4).toString('hex')}:${randomBytes(4).toString('hex')}:${randomBytes(4).toString('hex')}`.toUpperCase(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': pathname === '/graphql' ? 'graphql' : 'core',
      'x-content-type-options': 'nosniff',
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
    };
  }

  private fault(operationId: string, url: URL): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.operationId === operationId &&
        (f.times ?? 1) > 0 &&
        Object.entries(f.query ?? {}).every(([k, v]) => url.searchParams.get(k) === v),
    );
    if (fault) fault.times = (fault.times ?? 1) - 1;
    return fault;
  }

  private route(
    match: Match,
    url: URL,
    body: unknown,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const p = match.params;
    const q = url.searchParams;
    const listed = this.listRepositories(match, url);
    if (listed) return listed;
    const other = p.owner !== undefined ? this.otherRepository(p.owner, p.repo!) : undefined;
    if (other) return this.routeOther(match, url, other);
    if (p.owner !== undefined && (p.owner !== this.owner || p.repo !== this.repo)) {
      const ref = q.get('ref') ?? '';
      const other = this.otherRepoFiles.get(`${p.owner}/${p.repo}/${p.path ?? ''}@${ref}`);
      if (match.route.operationId === 'repos/get-content' && other !== undefined) {
        return { status: 200, body: this.contentFile(p.path!, other, ref) };
      }
      throw new HttpError(404, 'Not Found');
    }
    switch (match.route.operationId) {
      case 'pulls/list-files': {
        const files = this.pullFiles.get(Number(p.pull_number));
        if (!files) throw new HttpError(404, 'Not Found');
        // The files API lists at most 3,000 files.
        const head = this.commits.get(this.pullHeads.get(Number(p.pull_number)) ?? '');
        return this.page(url, files.slice(0, 3000), (f) => this.diffEntry(f, head));
      }
      case 'pulls/get': {
        const pull = this.pulls.get(Number(p.pull_number));
        if (!pull) throw new HttpError(404, 'Not Found');
        return { status: 200, body: pull };
      }
      case 'repos/get-content': {
        const ref = q.get('ref') ?? '';
        const tree = this.commits.get(ref);
        if (!tree) throw new HttpError(404, `No commit found for the ref ${ref}`);
        const text = tree.get(p.path!);
        if (text !== undefined) return { status: 200, body: this.contentFile(p.path!, text, ref) };
        const listing = this.contentDirectory(tree, p.path!.replace(/\/+$/, ''), ref);
        if (listing.length === 0) throw new HttpError(404, 'Not Found');
        return { status: 200, body: listing };
      }
      case 'git/get-blob': {
        for (const tree of this.commits.values()) {
          for (const text of tree.values()) {
            if (blobSha(text) === p.file_sha) {
              return {
                status: 200,
                body: {
                  sha: p.file_sha,
                  node_id: nodeId('B', p.file_sha!),
                  size: Buffer.byteLength(text),
                  url: this.apiUrl(`git/blobs/${p.file_sha}`),
                  content: base64Lines(text),
                  encoding: 'base64',
                },
              };
            }
          }
        }
        throw new HttpError(404, 'Not Found');
      }
      case 'git/get-tree':
        return { status: 200, body: this.tree(p.tree_sha!, q.has('recursive')) };
      case 'issues/list-comments': {
        const issue = Number(p.issue_number);
        if (!this.pullFiles.has(issue)) throw new HttpError(404, 'Not Found');
        return this.page(url, this.commentsOn(issue), (c) => this.commentJson(c));
      }
      case 'issues/create-comment': {
        const issue = Number(p.issue_number);
        if (!this.pullFiles.has(issue)) throw new HttpError(404, 'Not Found');
        const text = (body as { body?: unknown }).body;
        if (typeof text !== 'string' || text.length > 65536) {
          throw new HttpError(422, 'Validation Failed');
        }
        const comment: Comment = {
          id: this.nextCommentId++,
          issue,
          body: text,
          user: this.actor,
          created_at: TIME,
          updated_at: TIME,
        };
        this.comments.push(comment);
        const json = this.commentJson(comment);
        return { status: 201, body: json, headers: { location: json.url } };
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(p.comment_id));
        if (!comment) throw new HttpError(404, 'Not Found');
        if (comment.user.login !== this.actor.login) {
          throw new HttpError(403, 'You must have push access to edit this comment.');
        }
        const text = (body as { body?: unknown }).body;
        if (typeof text !== 'string' || text.length > 65536) {
          throw new HttpError(422, 'Validation Failed');
        }
        comment.body = text;
        comment.updated_at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
        return { status: 200, body: this.commentJson(comment) };
      }
      case 'issues/delete-comment': {
        const i = this.comments.findIndex((c) => c.id === Number(p.comment_id));
        if (i < 0) throw new HttpError(404, 'Not Found');
        this.comments.splice(i, 1);
        return { status: 204, body: undefined };
      }
      case 'pulls/list-review-comments': {
        const pull = Number(p.pull_number);
        if (!this.pullFiles.has(pull)) throw new HttpError(404, 'Not Found');
        const listed = this.reviewComments.filter((c) => c.pull === pull);
        return this.page(url, listed, (c) => this.reviewCommentJson(c));
      }
      case 'pulls/create-review':
        return this.createReview(Number(p.pull_number), body);
      case 'pulls/delete-review-comment': {
        const i = this.reviewComments.findIndex((c) => c.id === Number(p.comment_id));
        if (i < 0) throw new HttpError(404, 'Not Found');
        if (this.reviewComments[i]!.user.login !== this.actor.login) {
          throw new HttpError(403, 'You must have push access to delete this comment.');
        }
        this.reviewComments.splice(i, 1);
        return { status: 204, body: undefined };
      }
      case 'pulls/list-reviews': {
        const number = Number(p.pull_number);
        if (!this.pullFiles.has(number)) throw new HttpError(404, 'Not Found');
        const reviews = this.reviews.get(number) ?? [];
        return this.page(url, reviews, (r) => this.reviewJson(number, r, reviews.indexOf(r)));
      }
      case 'teams/get-by-name': {
        if (!this.teams.has(`${p.org}/${p.team_slug}`)) throw new HttpError(404, 'Not Found');
        const team = this.openapi.example('team-full') as Record<string, unknown>;
        team.slug = p.team_slug;
        team.name = p.team_slug;
        // Fields the description requires that its own (older) example leaves out.
        team.type = 'organization';
        (team.organization as Record<string, unknown>).archived_at = null;
        return { status: 200, body: team };
      }
      case 'teams/get-membership-for-user-in-org': {
        const members = this.teams.get(`${p.org}/${p.team_slug}`);
        const login = (p.username ?? '').toLowerCase();
        if (!members?.some((m) => m.toLowerCase() === login)) {
          throw new HttpError(404, 'Not Found');
        }
        const membership = this.openapi.example(
          'team-membership-response-if-user-is-a-team-maintainer',
        ) as Record<string, unknown>;
        membership.role = 'member';
        membership.state = 'active';
        return { status: 200, body: membership };
      }
      case 'issues/list-for-repo': {
        const creator = q.get('creator');
        const state = q.get('state') ?? 'open';
        const listed = this.issues
          .filter((i) => creator === null || i.user.login === creator)
          .filter((i) => state === 'all' || i.state === state)
          .sort((a, b) =>
            q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number,
          );
        return this.page(url, listed, (i) => this.issueJson(i));
      }
      case 'issues/create': {
        const { title, body: text } = body as { title?: unknown; body?: unknown };
        if (typeof title !== 'string' || typeof text !== 'string' || text.length > 65536) {
          throw new HttpError(422, 'Validation Failed');
        }
        // Issue and pull request numbers share one sequence.
        const used = [...this.issues.map((i) => i.number), ...this.pullFiles.keys()];
        const issue: IssueRecord = {
          number: Math.max(0, ...used) + 1,
          title,
          body: text,
          state: 'open',
          state_reason: null,
          user: this.actor,
          created_at: TIME,
          updated_at: TIME,
        };
        this.issues.push(issue);
        const json = this.issueJson(issue);
        return { status: 201, body: json, headers: { location: json.url } };
      }
      case 'issues/update': {
        const issue = this.issues.find((i) => i.number === Number(p.issue_number));
        if (!issue) throw new HttpError(404, 'Not Found');
        const change = body as { body?: unknown; state?: unknown; state_reason?: unknown };
        if (change.body !== undefined) {
          if (typeof change.body !== 'string' || change.body.length > 65536) {
            throw new HttpError(422, 'Validation Failed');
          }
          issue.body = change.body;
        }
        if (change.state === 'open' || change.state === 'closed') {
          issue.state = change.state;
          issue.state_reason =
            change.state === 'closed'
              ? ((change.state_reason as IssueRecord['state_reason']) ?? 'completed')
              : 'reopened';
        }
        issue.updated_at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
        return { status: 200, body: this.issueJson(issue) };
      }
      case 'users/get-authenticated':
        // An installation token (the workflow token is one) has no user.
        throw new HttpError(403, 'Resource not accessible by integration');
      default:
        throw new HttpError(404, 'Not Found');
    }
  }

  private otherRepository(
    owner: string,
    repo: string,
  ): { name: string; repo: OtherRepository } | undefined {
    const name = [...this.repositories.keys()].find(
      (k) => k.toLowerCase() === `${owner}/${repo}`.toLowerCase(),
    );
    return name ? { name, repo: this.repositories.get(name)! } : undefined;
  }

  /** The key of another repository's files at a ref in `commits`. */
  private otherKey(name: string, ref: string): string {
    return `${name}@${ref}`;
  }

  /** repos/list-for-org and repos/list-for-user: the repositories of an owner. */
  private listRepositories(
    match: Match,
    url: URL,
  ): { status: number; body: unknown; headers: Record<string, string> } | undefined {
    const id = match.route.operationId;
    if (id !== 'repos/list-for-org' && id !== 'repos/list-for-user') return undefined;
    const owner = match.params.org ?? match.params.username ?? '';
    const isOrg = [...this.organisations].some((o) => o.toLowerCase() === owner.toLowerCase());
    if ((id === 'repos/list-for-org') !== isOrg) throw new HttpError(404, 'Not Found');
    const items = [...this.repositories.entries()].filter(([k]) =>
      k.toLowerCase().startsWith(`${owner.toLowerCase()}/`),
    );
    return this.page(url, items, ([name, r]) => this.repositoryJson(name, r, false));
  }

  /** A repository as GitHub's example of one, with its name, branch and state. */
  private repositoryJson(name: string, r: OtherRepository, full: boolean): Record<string, unknown> {
    const example = this.openapi.example(
      full ? 'full-repository-default-response' : 'minimal-repository-items',
    );
    const base = (Array.isArray(example) ? example[0] : example) as Record<string, unknown>;
    const [owner, repo] = name.split('/') as [string, string];
    // The example is older than the description: it names no language, and its fork's
    // source and parent are beside the point here.
    const rest = { ...base };
    delete rest.source;
    delete rest.parent;
    const json: Record<string, unknown> = {
      language: null,
      ...rest,
      name: repo,
      full_name: name,
      private: r.private ?? false,
      archived: r.archived ?? false,
      default_branch: r.defaultBranch,
      html_url: `${SERVER_URL}/${name}`,
      url: `${this.url}/repos/${name}`,
      owner: {
        ...(base.owner as Record<string, unknown>),
        login: owner,
        type: this.organisations.has(owner) ? 'Organization' : 'User',
      },
    };
    return json;
  }

  /**
   * The routes another repository answers: itself, its tree and its contents at a ref, and
   * its language breakdown.
   */
  private routeOther(
    match: Match,
    url: URL,
    other: { name: string; repo: OtherRepository },
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const p = match.params;
    const { name, repo } = other;
    const files = (ref: string) => {
      const at = repo.refs[ref];
      if (!at) return undefined;
      const key = this.otherKey(name, ref);
      if (!this.commits.has(key)) this.commit(key, at);
      return key;
    };
    switch (match.route.operationId) {
      case 'repos/get':
        return { status: 200, body: this.repositoryJson(name, repo, true) };
      case 'repos/list-languages':
        return { status: 200, body: { ...repo.languages } };
      case 'git/get-tree': {
        const key = files(p.tree_sha!);
        if (!key) throw new HttpError(404, 'Not Found');
        return { status: 200, body: this.tree(key, url.searchParams.has('recursive')) };
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? repo.defaultBranch;
        const key = files(ref);
        if (!key) throw new HttpError(404, `No commit found for the ref ${ref}`);
        const tree = this.commits.get(key)!;
        const text = tree.get(p.path!);
        if (text !== undefined) return { status: 200, body: this.contentFile(p.path!, text, ref) };
        const listing = this.contentDirectory(tree, p.path!.replace(/\/+$/, ''), ref);
        if (listing.length === 0) throw new HttpError(404, 'Not Found');
        return { status: 200, body: listing };
      }
      default:
        throw new HttpError(404, 'Not Found');
    }
  }

  /** A page of a list, with GitHub's Link header. */
  private page<T>(
    url: URL,
    items: readonly T[],
    json: (item: T) => unknown,
  ): { status: number; body: unknown; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const u = new URL(url.pathname, this.url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage).map(json),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private apiUrl(rest: string): string {
    return `${this.url}/repos/${this.owner}/${this.repo}/${rest}`;
  }

  /** The head-side lines of a file's diff hunks, as GitHub allows review comments on them. */
  private diffLines(pull: number, path: string): Set<number> {
    const f = this.pullFiles.get(pull)?.find((x) => x.filename === path);
    const out = new Set<number>();
    if (!f || f.status === 'removed') return out;
    const head = this.commits.get(this.pullHeads.get(pull) ?? '');
    const patch = f.patch ?? addedPatch(head?.get(f.filename) ?? '');
    for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let n = start; n < start + count; n++) out.add(n);
    }
    return out;
  }

  /**
   * POST /pulls/{n}/reviews as GitHub answers it: every comment must be on lines of the
   * diff (else 422, and nothing is posted); the review's comments are recorded together.
   */
  private createReview(pull: number, body: unknown): { status: number; body: unknown } {
    if (!this.pullFiles.has(pull)) throw new HttpError(404, 'Not Found');
    const b = (body ?? {}) as {
      commit_id?: unknown;
      event?: unknown;
      body?: unknown;
      comments?: unknown;
    };
    if (b.event !== 'COMMENT') {
      this.violations.push(`pulls/create-review: event ${String(b.event)}, not COMMENT`);
    }
    if (b.commit_id !== this.pullHeads.get(pull)) {
      this.violations.push(`pulls/create-review: commit_id ${String(b.commit_id)} is not the head`);
    }
    if (typeof b.body !== 'string' || b.body === '') {
      throw new HttpError(422, 'Validation Failed: body is needed for a COMMENT review');
    }
    const comments = (Array.isArray(b.comments) ? b.comments : []) as {
      path: string;
      line?: number;
      side?: string;
      start_line?: number;
      start_side?: string;
      body: string;
    }[];
    for (const c of comments) {
      const lines = this.diffLines(pull, c.path);
      const first = c.start_line ?? c.line ?? 0;
      const last = c.line ?? 0;
      if (c.side !== 'RIGHT' || (c.start_line !== undefined && c.start_side !== 'RIGHT')) {
        this.violations.push(`pulls/create-review: a comment on ${c.path} not on the RIGHT side`);
      }
      for (let n = first; n <= last; n++) {
        if (!lines.has(n)) {
          throw new HttpError(422, 'Unprocessable Entity: line must be part of the diff');
        }
      }
      if (c.body.length > 65536) throw new HttpError(422, 'Validation Failed');
    }
    const id = this.nextReviewId++;
    for (const c of comments) {
      this.reviewComments.push({
        id: this.nextCommentId++,
        pull,
        review: id,
        path: c.path,
        line: c.line ?? null,
        startLine: c.start_line ?? null,
        body: c.body,
        user: this.actor,
        commitId: String(b.commit_id),
      });
    }
    const example = this.openapi.example('pull-request-review') as Record<string, unknown>;
    return {
      status: 200,
      body: {
        ...example,
        id,
        node_id: nodeId('PRR_', String(id)),
        user: this.account(this.actor),
        body: b.body,
        state: 'COMMENTED',
        commit_id: b.commit_id,
        html_url: `${SERVER_URL}/${this.owner}/${this.repo}/pull/${pull}#pullrequestreview-${id}`,
        pull_request_url: this.apiUrl(`pulls/${pull}`),
        _links: {
          html: {
            href: `${SERVER_URL}/${this.owner}/${this.repo}/pull/${pull}#pullrequestreview-${id}`,
          },
          pull_request: { href: this.apiUrl(`pulls/${pull}`) },
        },
        author_association: this.actor.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      },
    };
  }

  private reviewCommentJson(c: ReviewCommentRecord): unknown {
    const items = this.openapi.example('pull-request-review-comment-items') as Record<
      string,
      unknown
    >[];
    const url = this.apiUrl(`pulls/comments/${c.id}`);
    const html = `${SERVER_URL}/${this.owner}/${this.repo}/pull/${c.pull}#discussion_r${c.id}`;
    return {
      ...items[0]!,
      url,
      id: c.id,
      node_id: nodeId('PRRC_', String(c.id)),
      pull_request_review_id: c.review,
      diff_hunk: '@@ -0,0 +1 @@',
      path: c.path,
      position: c.line,
      original_position: c.line ?? 1,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: this.account(c.user),
      body: c.body,
      created_at: TIME,
      updated_at: TIME,
      html_url: html,
      pull_request_url: this.apiUrl(`pulls/${c.pull}`),
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      _links: {
        self: { href: url },
        html: { href: html },
        pull_request: { href: this.apiUrl(`pulls/${c.pull}`) },
      },
      start_line: c.startLine,
      original_start_line: c.startLine,
      start_side: c.startLine === null ? null : 'RIGHT',
      line: c.line,
      original_line: c.line ?? 1,
      side: 'RIGHT',
    };
  }

  private diffEntry(f: PullFile, head: Map<string, string> | undefined): unknown {
    const text = head?.get(f.filename) ?? '';
    const lines = text ? text.split('\n').length : 0;
    const sha = f.status === 'removed' ? '0'.repeat(40) : blobSha(text);
    const encoded = f.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha,
      filename: f.filename,
      status: f.status,
      additions: f.status === 'removed' ? 0 : lines,
      deletions: f.status === 'removed' ? lines : 0,
      changes: lines,
      blob_url: `${SERVER_URL}/${this.owner}/${this.repo}/blob/${sha}/${encoded}`,
      raw_url: `${SERVER_URL}/${this.owner}/${this.repo}/raw/${sha}/${encoded}`,
      contents_url: `${this.apiUrl(`contents/${encoded}`)}?ref=${sha}`,
      patch: f.patch ?? addedPatch(text),
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    };
  }

  private contentFile(file: string, text: string, ref: string): unknown {
    const sha = blobSha(text);
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    const self = `${this.apiUrl(`contents/${encoded}`)}?ref=${ref}`;
    const git = this.apiUrl(`git/blobs/${sha}`);
    const html = `${SERVER_URL}/${this.owner}/${this.repo}/blob/${ref}/${encoded}`;
    return {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(text),
      name: file.split('/').pop(),
      path: file,
      content: base64Lines(text),
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${encoded}`,
      _links: { self, git, html },
    };
  }

  /** A folder's entries, as the contents API lists them (empty: no such folder). */
  private contentDirectory(tree: Map<string, string>, folder: string, ref: string): unknown[] {
    const entries = new Map<string, unknown>();
    for (const [file, text] of tree) {
      if (!file.startsWith(`${folder}/`)) continue;
      const [name, ...deeper] = file.slice(folder.length + 1).split('/');
      const entryPath = `${folder}/${name!}`;
      const encoded = entryPath.split('/').map(encodeURIComponent).join('/');
      const self = `${this.apiUrl(`contents/${encoded}`)}?ref=${ref}`;
      const html = `${SERVER_URL}/${this.owner}/${this.repo}/${deeper.length ? 'tree' : 'blob'}/${ref}/${encoded}`;
      const sha = deeper.length ? fakeSha(`tree:${ref}:${entryPath}`) : blobSha(text);
      const git = this.apiUrl(`git/${deeper.length ? 'trees' : 'blobs'}/${sha}`);
      entries.set(name!, {
        type: deeper.length ? 'dir' : 'file',
        size: deeper.length ? 0 : Buffer.byteLength(text),
        name,
        path: entryPath,
        sha,
        url: self,
        git_url: git,
        html_url: html,
        download_url: deeper.length
          ? null
          : `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${encoded}`,
        _links: { self, git, html },
      });
    }
    return [...entries.values()];
  }

  private tree(sha: string, recursive: boolean): unknown {
    const files = this.commits.get(sha);
    if (!files) throw new HttpError(404, 'Not Found');
    const entries = new Map<
      string,
      { path: string; mode: string; type: string; sha: string; size?: number; url: string }
    >();
    for (const [file, text] of files) {
      const parts = file.split('/');
      if (!recursive && parts.length > 1) {
        const dir = parts[0]!;
        const treeSha = fakeSha(`tree:${sha}:${dir}`);
        entries.set(dir, {
          path: dir,
          mode: '040000',
          type: 'tree',
          sha: treeSha,
          url: this.apiUrl(`git/trees/${treeSha}`),
        });
        continue;
      }
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        const treeSha = fakeSha(`tree:${sha}:${dir}`);
        entries.set(dir, {
          path: dir,
          mode: '040000',
          type: 'tree',
          sha: treeSha,
          url: this.apiUrl(`git/trees/${treeSha}`),
        });
      }
      const blob = blobSha(text);
      entries.set(file, {
        path: file,
        mode: '100644',
        type: 'blob',
        sha: blob,
        size: Buffer.byteLength(text),
        url: this.apiUrl(`git/blobs/${blob}`),
      });
    }
    const treeSha = fakeSha(`tree:${sha}`);
    return {
      sha: treeSha,
      url: this.apiUrl(`git/trees/${treeSha}`),
      tree: [...entries.values()].sort((a, b) => a.path.localeCompare(b.path)),
      truncated: false,
    };
  }

  private account(a: Account): Record<string, unknown> {
    const api = this.url;
    const login = encodeURIComponent(a.login);
    return {
      login: a.login,
      id: a.id,
      node_id: nodeId(a.type === 'Bot' ? 'BOT_' : 'U_', String(a.id)),
      avatar_url: `https://avatars.githubusercontent.com/u/${a.id}?v=4`,
      gravatar_id: '',
      url: `${api}/users/${login}`,
      html_url:
        a.type === 'Bot'
          ? `${SERVER_URL}/apps/${a.login.replace(/\[bot\]$/, '')}`
          : `${SERVER_URL}/${login}`,
      followers_url: `${api}/users/${login}/followers`,
      following_url: `${api}/users/${login}/following{/other_user}`,
      gists_url: `${api}/users/${login}/gists{/gist_id}`,
      starred_url: `${api}/users/${login}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/users/${login}/subscriptions`,
      organizations_url: `${api}/users/${login}/orgs`,
      repos_url: `${api}/users/${login}/repos`,
      events_url: `${api}/users/${login}/events{/privacy}`,
      received_events_url: `${api}/users/${login}/received_events`,
      type: a.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  /** A review as GitHub's example of one, with its reviewer, state and time. */
  private reviewJson(pull: number, r: PullReview, i: number): unknown {
    const items = this.openapi.example('pull-request-review-items') as Record<string, unknown>[];
    const review = items[0]!;
    const id = 80 + i;
    const user = review.user as Record<string, unknown>;
    user.login = r.login;
    user.id = 1000 + i;
    return {
      ...review,
      id,
      node_id: nodeId('PRR', String(id)),
      state: r.state,
      submitted_at: r.submittedAt,
      commit_id: r.commitId ?? this.pullHeads.get(pull) ?? review.commit_id,
      html_url: `${SERVER_URL}/${this.owner}/${this.repo}/pull/${pull}#pullrequestreview-${id}`,
      pull_request_url: this.apiUrl(`pulls/${pull}`),
    };
  }

  private commentJson(c: Comment): Record<string, unknown> & { url: string } {
    const url = this.apiUrl(`issues/comments/${c.id}`);
    return {
      id: c.id,
      node_id: nodeId('IC_', String(c.id)),
      url,
      html_url: `${SERVER_URL}/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: this.account(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: this.apiUrl(`issues/${c.issue}`),
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
      reactions: {
        url: `${url}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        confused: 0,
        heart: 0,
        hooray: 0,
        eyes: 0,
        rocket: 0,
      },
    };
  }

  private issueJson(i: IssueRecord): Record<string, unknown> & { url: string } {
    const url = this.apiUrl(`issues/${i.number}`);
    return {
      id: 3_000_000_000 + i.number,
      node_id: nodeId('I_', String(i.number)),
      url,
      repository_url: `${this.url}/repos/${this.owner}/${this.repo}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${SERVER_URL}/${this.owner}/${this.repo}/issues/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason,
      title: i.title,
      body: i.body,
      user: this.account(i.user),
      labels: [],
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      closed_at: i.state === 'closed' ? i.updated_at : null,
      created_at: i.created_at,
      updated_at: i.updated_at,
      author_association: i.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    };
  }

  /**
   * POST /graphql: the queries the Action sends (`viewer { login }`, the file batches of
   * api/get-file-batch.ts), checked strictly against GitHub's schema (support/graphql.ts).
   */
  private graphql(body: unknown): { status: number; body: unknown } {
    const query = (body as { query?: unknown } | undefined)?.query;
    const variables = (body as { variables?: unknown } | undefined)?.variables ?? {};
    if (typeof query !== 'string' || typeof variables !== 'object' || variables === null) {
      this.violations.push(`POST /graphql: the body must be {query: string, variables?: object}`);
      return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } };
    }
    const vars = variables as Record<string, unknown>;
    let op;
    try {
      op = parseOperation(query);
    } catch (err) {
      this.violations.push(`POST /graphql: ${String(err)}; got ${query}`);
      return { status: 200, body: { errors: [{ message: `Parse error: ${String(err)}` }] } };
    }
    const problems = validate(op, vars);
    if (problems.length) {
      this.violations.push(...problems.map((p) => `POST /graphql: ${p}`));
      return { status: 200, body: { errors: problems.map((message) => ({ message })) } };
    }
    if (asks(op, 'viewer') && !this.viewerLogin) {
      return {
        status: 200,
        body: {
          data: null,
          errors: [
            {
              type: 'FORBIDDEN',
              path: ['viewer'],
              locations: [{ line: 1, column: 9 }],
              message: 'Resource not accessible by integration',
            },
          ],
        },
      };
    }
    const errors: unknown[] = [];
    const data = execute(op, vars, {
      viewer: { __typename: 'User', login: this.viewerLogin },
      repository: (a: Record<string, unknown>) => {
        const other = this.otherRepository(String(a.owner), String(a.name));
        if (other) {
          return {
            __typename: 'Repository',
            object: (o: Record<string, unknown>) => {
              if (typeof o.expression !== 'string') return null;
              const colon = o.expression.indexOf(':');
              const ref = colon < 0 ? o.expression : o.expression.slice(0, colon);
              const at = other.repo.refs[ref];
              if (!at) return null;
              const key = this.otherKey(other.name, ref);
              if (!this.commits.has(key)) this.commit(key, at);
              return this.gitObject(`${key}${o.expression.slice(ref.length)}`);
            },
          };
        }
        if (a.owner === this.owner && a.name === this.repo) {
          return {
            __typename: 'Repository',
            object: (o: Record<string, unknown>) =>
              typeof o.expression === 'string' ? this.gitObject(o.expression) : null,
          };
        }
        errors.push({
          type: 'NOT_FOUND',
          path: ['repository'],
          message: `Could not resolve to a Repository with the name '${String(a.owner)}/${String(a.name)}'.`,
        });
        return null;
      },
    });
    return { status: 200, body: { data, ...(errors.length ? { errors } : {}) } };
  }

  /** `object(expression: "SHA:path")`: a blob, a tree (path '' is the root), or null. */
  private gitObject(expression: string): Record<string, unknown> | null {
    const colon = expression.indexOf(':');
    if (colon < 0) return null;
    const files = this.commits.get(expression.slice(0, colon));
    const at = expression.slice(colon + 1);
    if (!files || at.startsWith('/') || at.endsWith('/')) return null;
    const text = files.get(at);
    if (text !== undefined) {
      const bytes = Buffer.from(text, 'utf8');
      const binary = bytes.includes(0);
      return {
        __typename: 'Blob',
        oid: blobSha(text),
        byteSize: bytes.length,
        isBinary: binary,
        isTruncated: false,
        text: binary ? null : text,
      };
    }
    const prefix = at === '' ? '' : `${at}/`;
    const entries = new Map<string, Record<string, unknown>>();
    for (const [file, content] of files) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...deeper] = file.slice(prefix.length).split('/');
      entries.set(name!, {
        __typename: 'TreeEntry',
        name,
        path: `${prefix}${name!}`,
        oid: deeper.length ? fakeSha(`tree:${prefix}${name!}`) : blobSha(content),
        mode: deeper.length ? 0o040000 : 0o100644,
        type: deeper.length ? 'tree' : 'blob',
      });
    }
    if (entries.size === 0 && at !== '') return null;
    return {
      __typename: 'Tree',
      oid: fakeSha(`tree:${expression}`),
      entries: [...entries.values()].sort((a, b) => String(a.name).localeCompare(String(b.name))),
    };
  }
}

/** The diff of a file added whole: one hunk of every line. */
function addedPatch(text: string): string {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}

function nodeId(prefix: string, id: string): string {
  return `${prefix}${Buffer.from(id).toString('base64url')}`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
