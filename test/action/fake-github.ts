// A fake of the few GitHub API routes the Action uses, plus helpers to run the Action
// against it in a temporary workspace.

import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentBody, type Signing } from '../../src/action/comment/body.js';
import type { ApiResponse, GitHubApi } from '../../src/action/github.js';
import { run } from '../../src/action/run.js';
import type { AnnotationProps, RunDeps, Sink } from '../../src/action/types.js';
import { buildReport } from '../../src/core/engine.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { encodeState } from '../../src/core/state/codec.js';

export const OWNER = 'acme';
export const REPO = 'services';
export const HEAD = 'a'.repeat(40);
export const MERGE = 'b'.repeat(40);
export const BASE = 'c'.repeat(40);
export const PR_NUMBER = 42;

const EXAMPLES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../examples/proposals',
);

/** An example proposal's text; see examples/EXPECTED.md for what each one yields. */
export async function example(name: string): Promise<string> {
  return readFile(path.join(EXAMPLES, name), 'utf8');
}

/**
 * A body as this action writes it (marker, heading, counts, data comment last) for a run that
 * judged nothing, with `note` in its text to tell comments apart; signed with `signing`.
 */
export function ourBody(marker: string, note = '', signing?: Signing): string {
  const markdown = renderMarkdown(buildReport([], 'error'), {
    marker,
    notes: note ? [note] : [],
  });
  return commentBody(markdown, encodeState({ sha: HEAD, entries: [], complete: true }), signing);
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message = `HTTP ${status}`,
  ) {
    super(message);
  }
}

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  html_url: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: FakeUser;
  html_url: string;
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export interface Call {
  route: string;
  params: Record<string, unknown>;
}

export class FakeGitHub implements GitHubApi {
  calls: Call[] = [];
  /** The pull request's files, as the files API lists them (before its 3,000 cap). */
  prFiles: { filename: string; status: string; previous_filename?: string; patch?: string }[] = [];
  /** Files at any commit, by path. A value `{ symlink }` is a link, `{ submodule }` a submodule. */
  files = new Map<string, string | { symlink: string } | { submodule: true }>();
  /** Files that differ at one commit (by ref), consulted before `files` by the contents API. */
  filesAt = new Map<string, Record<string, string | { symlink: string }>>();
  /** What GET /pulls/{n} says changed_files is. */
  changedFiles: number | undefined;
  comments: FakeComment[] = [];
  /** Who the token writes as. */
  actor: FakeUser = ACTIONS_BOT;
  /** GET /user: the workflow token is refused (403); a personal token gets the user. */
  userStatus = 403;
  /** GraphQL viewer: by default refused as well. */
  viewerStatus = 403;
  /** Status to fail comment writes with (403 for a fork's read-only token). */
  writeStatus: number | undefined;
  /** Status to fail comment deletes with. */
  deleteStatus: number | undefined;
  listCommentsStatus: number | undefined;
  treeTruncated = false;
  /** The pull request's labels now (GET /pulls/{n} and GET /issues/{n}/labels). */
  labels: string[] = [];
  /** Status to fail GET /issues/{n}/labels with. */
  labelsStatus: number | undefined;
  /** The pull request's head commit now, as GET /pulls/{n} says. */
  headSha = HEAD;
  /** Status to fail GET /pulls/{n} with. */
  pullStatus: number | undefined;
  /** The pull request's reviews, oldest first, as the reviews API lists them. */
  reviews: {
    user: { login: string } | null;
    state: string;
    submitted_at?: string;
    /** The commit reviewed; default: the pull request's head. */
    commit_id?: string;
  }[] = [];
  reviewsStatus: number | undefined;
  /** Teams by `org/slug`: active members' logins (and `pending` invitations). */
  teams = new Map<string, { active: string[]; pending?: string[] }>();
  /** Status the teams routes fail with: 403 or 404 for the workflow token. */
  teamsStatus: number | undefined;
  /** Issues of the repository (the portfolio issue among them), by number. */
  issues: FakeIssue[] = [];
  /** Status to fail issue writes (create, update) with: 403 for a read-only token. */
  issueWriteStatus: number | undefined;
  /** The pull request's review comments (path, line, body, author, review). */
  reviewComments: {
    id: number;
    body: string;
    user: FakeUser;
    path: string;
    line: number | null;
    start_line: number | null;
    pull_request_review_id: number;
  }[] = [];
  /** Status to fail POST /pulls/{n}/reviews with. */
  reviewWriteStatus: number | undefined;
  private nextId = 1000;

  async request(route: string, params: Record<string, unknown> = {}): Promise<ApiResponse> {
    this.calls.push({ route, params });
    switch (route) {
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const perPage = Number(params.per_page ?? 30);
        const page = Number(params.page ?? 1);
        const capped = this.prFiles.slice(0, 3000);
        return ok(capped.slice((page - 1) * perPage, page * perPage));
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}':
        if (this.pullStatus) throw new HttpError(this.pullStatus);
        return ok({
          number: params.pull_number ?? PR_NUMBER,
          changed_files: this.changedFiles ?? this.prFiles.length,
          head: { sha: this.headSha },
          labels: this.labels.map((name, i) => ({ id: i + 1, name })),
        });
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels':
        if (this.labelsStatus) throw new HttpError(this.labelsStatus);
        return ok(this.labels.map((name, i) => ({ id: i + 1, name })));
      case 'GET /repos/{owner}/{repo}/contents/{path}':
        return ok(this.content(String(params.path), String(params.ref ?? '')));
      case 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': {
        const text = this.files.get(String(params.file_sha).replace(/^blob:/, ''));
        if (typeof text !== 'string') throw new HttpError(404);
        return ok({ encoding: 'base64', content: b64(text), size: Buffer.byteLength(text) });
      }
      case 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}':
        return ok({
          truncated: this.treeTruncated,
          tree: [...this.files].map(([p, v]) => ({
            path: p,
            type: typeof v === 'object' && 'submodule' in v ? 'commit' : 'blob',
            mode: typeof v === 'object' && 'symlink' in v ? '120000' : '100644',
          })),
        });
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (this.listCommentsStatus) throw new HttpError(this.listCommentsStatus);
        const perPage = Number(params.per_page ?? 30);
        const page = Number(params.page ?? 1);
        return ok(this.comments.slice((page - 1) * perPage, page * perPage));
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        if (this.writeStatus)
          throw new HttpError(this.writeStatus, 'Resource not accessible by integration');
        const id = this.nextId++;
        const comment = {
          id,
          body: String(params.body),
          user: this.actor,
          html_url: `https://github.com/${OWNER}/${REPO}/pull/${String(params.issue_number ?? PR_NUMBER)}#issuecomment-${id}`,
        };
        this.comments.push(comment);
        return { status: 201, data: comment };
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        if (this.writeStatus)
          throw new HttpError(this.writeStatus, 'Resource not accessible by integration');
        const comment = this.comments.find((c) => c.id === params.comment_id);
        if (!comment) throw new HttpError(404);
        comment.body = String(params.body);
        return ok(comment);
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        if (this.writeStatus ?? this.deleteStatus)
          throw new HttpError((this.writeStatus ?? this.deleteStatus)!);
        const i = this.comments.findIndex((c) => c.id === params.comment_id);
        if (i < 0) throw new HttpError(404);
        this.comments.splice(i, 1);
        return { status: 204, data: null };
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments': {
        const perPage = Number(params.per_page ?? 30);
        const page = Number(params.page ?? 1);
        return ok(this.reviewComments.slice((page - 1) * perPage, page * perPage));
      }
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        if (this.reviewWriteStatus ?? this.writeStatus)
          throw new HttpError(
            this.reviewWriteStatus ?? this.writeStatus!,
            'Resource not accessible by integration',
          );
        const review = this.nextId++;
        const comments = (params.comments ?? []) as {
          path: string;
          line: number;
          start_line?: number;
          body: string;
        }[];
        for (const c of comments) {
          this.reviewComments.push({
            id: this.nextId++,
            body: c.body,
            user: this.actor,
            path: c.path,
            line: c.line,
            start_line: c.start_line ?? null,
            pull_request_review_id: review,
          });
        }
        return ok({ id: review, user: this.actor, state: 'COMMENTED' });
      }
      case 'DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}': {
        if (this.writeStatus ?? this.deleteStatus)
          throw new HttpError((this.writeStatus ?? this.deleteStatus)!);
        const i = this.reviewComments.findIndex((c) => c.id === params.comment_id);
        if (i < 0) throw new HttpError(404);
        this.reviewComments.splice(i, 1);
        return { status: 204, data: null };
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        if (this.reviewsStatus) throw new HttpError(this.reviewsStatus);
        const perPage = Number(params.per_page ?? 30);
        const page = Number(params.page ?? 1);
        // The API numbers every review; the fake numbers them in order.
        const numbered = this.reviews.map((r, i) => ({ id: i + 1, commit_id: HEAD, ...r }));
        return ok(numbered.slice((page - 1) * perPage, page * perPage));
      }
      case 'GET /orgs/{org}/teams/{team_slug}': {
        if (this.teamsStatus) throw new HttpError(this.teamsStatus);
        const slug = `${String(params.org)}/${String(params.team_slug)}`;
        if (!this.teams.has(slug)) throw new HttpError(404);
        return ok({ slug: params.team_slug });
      }
      case 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': {
        if (this.teamsStatus) throw new HttpError(this.teamsStatus);
        const team = this.teams.get(`${String(params.org)}/${String(params.team_slug)}`);
        const user = String(params.username).toLowerCase();
        const has = (list: string[] | undefined) => list?.some((l) => l.toLowerCase() === user);
        if (has(team?.active)) return ok({ state: 'active', role: 'member' });
        if (has(team?.pending)) return ok({ state: 'pending', role: 'member' });
        throw new HttpError(404);
      }
      case 'GET /repos/{owner}/{repo}/issues': {
        const perPage = Number(params.per_page ?? 30);
        const page = Number(params.page ?? 1);
        const state = String(params.state ?? 'open');
        const listed = this.issues
          .filter((i) => params.creator === undefined || i.user.login === params.creator)
          .filter((i) => state === 'all' || i.state === state)
          .sort((a, b) => a.number - b.number);
        return ok(listed.slice((page - 1) * perPage, page * perPage));
      }
      case 'POST /repos/{owner}/{repo}/issues': {
        if (this.issueWriteStatus)
          throw new HttpError(this.issueWriteStatus, 'Resource not accessible by integration');
        const number = this.issues.reduce((n, i) => Math.max(n, i.number), 0) + 1;
        const created: FakeIssue = {
          number,
          title: String(params.title),
          body: String(params.body),
          state: 'open',
          user: this.actor,
          html_url: `https://github.com/${OWNER}/${REPO}/issues/${number}`,
        };
        this.issues.push(created);
        return { status: 201, data: created };
      }
      case 'PATCH /repos/{owner}/{repo}/issues/{issue_number}': {
        if (this.issueWriteStatus)
          throw new HttpError(this.issueWriteStatus, 'Resource not accessible by integration');
        const found = this.issues.find((i) => i.number === params.issue_number);
        if (!found) throw new HttpError(404);
        if (params.body !== undefined) found.body = String(params.body);
        if (params.state !== undefined) found.state = String(params.state) as FakeIssue['state'];
        return ok(found);
      }
      case 'GET /user':
        if (this.userStatus !== 200)
          throw new HttpError(this.userStatus, 'Resource not accessible by integration');
        return ok(this.actor);
      case 'POST /graphql':
        if (this.viewerStatus !== 200) throw new HttpError(this.viewerStatus);
        return ok({ data: { viewer: { login: this.actor.login.replace(/\[bot\]$/, '') } } });
      default:
        throw new Error(`the fake has no route ${route}`);
    }
  }

  private content(p: string, ref: string): unknown {
    const atRef = this.filesAt.get(ref);
    const v = atRef && p in atRef ? atRef[p] : this.files.get(p);
    if (v === undefined) {
      // A folder: the contents API lists its entries.
      const paths = new Set([...Object.keys(atRef ?? {}), ...this.files.keys()]);
      const names = new Set(
        [...paths]
          .filter((f) => f.startsWith(`${p}/`))
          .map((f) => f.slice(p.length + 1).split('/')[0]!),
      );
      if (names.size === 0) throw new HttpError(404, 'Not Found');
      return [...names].sort().map((name) => ({ name, path: `${p}/${name}`, type: 'file' }));
    }
    if (typeof v === 'object' && 'symlink' in v)
      return { type: 'symlink', target: v.symlink, size: 10 };
    if (typeof v === 'object') return { type: 'submodule', size: 0 };
    const size = Buffer.byteLength(v);
    // Like the contents API: over 1 MB the content is left out.
    if (size > 1024 * 1024)
      return { type: 'file', size, encoding: 'none', content: '', sha: `blob:${p}` };
    return { type: 'file', size, encoding: 'base64', content: b64(v), sha: `blob:${p}` };
  }

  routes(): string[] {
    return this.calls.map((c) => c.route);
  }

  count(route: string): number {
    return this.calls.filter((c) => c.route === route).length;
  }

  addPrFile(filename: string, text: string, status = 'added'): void {
    // An added file's diff is all its lines.
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    this.prFiles.push({ filename, status, patch: `@@ -0,0 +1,${lines} @@` });
    this.files.set(filename, text);
  }
}

function ok(data: unknown): ApiResponse {
  return { status: 200, data };
}

export function b64(text: string): string {
  // Like GitHub: base64 in lines of 60 characters.
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,60}/g) ?? []
  ).join('\n');
}

export interface Recorded {
  level: 'error' | 'warning' | 'notice' | 'info';
  message: string;
  props?: AnnotationProps;
}

export class RecordingSink implements Sink {
  log: Recorded[] = [];
  outputs: Record<string, string> = {};
  failed: string[] = [];
  summaries: string[] = [];
  summaryError: Error | undefined;
  info(message: string) {
    this.log.push({ level: 'info', message });
  }
  error(message: string, props?: AnnotationProps) {
    this.log.push({ level: 'error', message, ...(props ? { props } : {}) });
  }
  warning(message: string, props?: AnnotationProps) {
    this.log.push({ level: 'warning', message, ...(props ? { props } : {}) });
  }
  notice(message: string, props?: AnnotationProps) {
    this.log.push({ level: 'notice', message, ...(props ? { props } : {}) });
  }
  setOutput(name: string, value: string) {
    this.outputs[name] = value;
  }
  setFailed(message: string) {
    this.failed.push(message);
  }
  async summary(markdown: string) {
    if (this.summaryError) throw this.summaryError;
    this.summaries.push(markdown);
  }
  annotations(level?: Recorded['level']): Recorded[] {
    return this.log.filter((r) => r.props?.file && (!level || r.level === level));
  }
  messages(level: Recorded['level']): string[] {
    return this.log.filter((r) => r.level === level).map((r) => r.message);
  }
}

export interface Scenario {
  event: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Files in the workspace (a checkout); absent: an empty workspace. */
  workspaceFiles?: Record<string, string>;
  /** Files in RUNNER_TEMP (downloaded artifacts). */
  runnerTempFiles?: Record<string, string>;
  /** What .git says is checked out (undefined: no checkout). */
  checkout?: string;
  fake?: FakeGitHub;
  sha?: string;
}

export function pullRequestPayload(overrides: Record<string, unknown> = {}): unknown {
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    pull_request: {
      number: PR_NUMBER,
      draft: false,
      head: { sha: HEAD, ref: 'feature', repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: BASE, ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
      ...overrides,
    },
    repository: { full_name: `${OWNER}/${REPO}` },
  };
}

const dirs: string[] = [];

export async function tempDir(prefix = 'stack-verdict-action-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export async function cleanTempDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(root, rel);
    await mkdir(path.dirname(full), { recursive: true });
    if (text.startsWith('symlink:')) await symlink(text.slice('symlink:'.length), full);
    else await writeFile(full, text);
  }
}

/** Runs the Action in a fresh temporary workspace with the fake API. */
export async function runScenario(s: Scenario) {
  const fake = s.fake ?? new FakeGitHub();
  const root = await tempDir();
  const workspace = path.join(root, 'workspace');
  const runnerTemp = path.join(root, 'runner-temp');
  await mkdir(workspace, { recursive: true });
  await mkdir(runnerTemp, { recursive: true });
  await writeTree(workspace, s.workspaceFiles ?? {});
  await writeTree(runnerTemp, s.runnerTempFiles ?? {});
  const eventPath = path.join(root, 'event.json');
  await writeFile(eventPath, JSON.stringify(s.payload ?? {}));
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: s.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA:
      s.sha ??
      (s.event === 'pull_request' ? MERGE : s.event === 'pull_request_target' ? BASE : HEAD),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    'INPUT_GITHUB-TOKEN': 'ghs_test',
    // `${RUNNER_TEMP}` in an input stands for this scenario's RUNNER_TEMP.
    ...Object.fromEntries(
      Object.entries(s.inputs ?? {}).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        v.replaceAll('${RUNNER_TEMP}', runnerTemp),
      ]),
    ),
    ...s.env,
  };
  const sink = new RecordingSink();
  const tokens: string[] = [];
  const deps: RunDeps = {
    env,
    workspace,
    sink,
    createApi: (token) => {
      tokens.push(token);
      return fake;
    },
    gitHead: async () => s.checkout,
  };
  const result = await run(deps);
  return { result, sink, fake, workspace, runnerTemp, root, env, tokens };
}
