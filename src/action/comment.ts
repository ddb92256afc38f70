// The sticky pull request comment: one per pull request and tag, found again by a hidden
// marker, edited in place, and only ever when this token's identity wrote it. The findings
// of the run it shows are kept in a hidden, base64-encoded data comment inside it, so that
// the next run can say what is new and what was resolved.

import type { Changes, RememberedFinding } from '../core/render/markdown.js';
import type { Finding, Report, Severity } from '../core/types.js';
import { errorMessage, statusOf, type GitHubApi } from './github.js';

// ---------------------------------------------------------------------------------------
// Marker

/** The hidden first line of our comment. The tag is validated ([A-Za-z0-9._-]) by inputs.ts. */
export function markerFor(tag: string): string {
  return `<!-- stack-verdict:comment tag="${tag}" -->`;
}

/** True when the body carries exactly this marker (another tag's marker does not count). */
export function hasMarker(body: string, marker: string): boolean {
  return body.includes(marker);
}

/**
 * True when the body starts with the marker, as every comment this action writes does. A
 * comment that only quotes the marker further down (a reply, or another workflow posting
 * text from the pull request under the same github-actions identity) is never ours.
 */
export function startsWithMarker(body: string, marker: string): boolean {
  return body.startsWith(marker);
}

// ---------------------------------------------------------------------------------------
// Previous state

/** One open finding, keyed by file, rule and its occurrence among that rule's findings. */
export interface StateEntry extends RememberedFinding {
  n: number;
}

export interface Snapshot {
  sha: string;
  entries: StateEntry[];
  /** False when entries were dropped to fit the comment: no diff is made against it. */
  complete: boolean;
  /** Every proposal of the repository was judged (scope all), not only the changed ones. */
  all?: boolean;
}

export interface CommentState extends Snapshot {
  /** What this run was compared with, kept so that a re-run of the same commit shows the same changes. */
  base?: Snapshot;
}

const STATE_PREFIX = '<!-- stack-verdict:state v1 ';
const STATE_RE = /<!-- stack-verdict:state v1 ([A-Za-z0-9+/=]{0,200000}) -->/;
/** Most characters the data comment may take from GitHub's 65,536 per comment. */
export const STATE_BUDGET = 8000;
const SEV: Record<Severity, string> = { error: 'e', warning: 'w', notice: 'n' };
const SEV_BACK: Record<string, Severity> = { e: 'error', w: 'warning', n: 'notice' };
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function key(file: string, rule: string, n: number): string {
  return `${file}\u0000${rule}\u0000${n}`;
}

/** The open findings of a report with their keys (the nth finding of a rule in a file). */
export function keyedFindings(
  report: Report,
): { key: string; entry: StateEntry; finding: Finding }[] {
  const out: { key: string; entry: StateEntry; finding: Finding }[] = [];
  for (const p of report.proposals) {
    const seen = new Map<string, number>();
    for (const f of p.findings) {
      if (f.waived) continue;
      const n = seen.get(f.rule) ?? 0;
      seen.set(f.rule, n + 1);
      out.push({
        key: key(p.file, f.rule, n),
        entry: { file: p.file, rule: f.rule, severity: f.severity, n },
        finding: f,
      });
    }
  }
  return out;
}

export function snapshotOf(report: Report, sha: string): Snapshot {
  return { sha, entries: keyedFindings(report).map((k) => k.entry), complete: true };
}

/**
 * The changes since `baseline`. With `seenFiles` (an incomplete run), findings of files this
 * run did not see are not called resolved.
 */
export function diffAgainst(
  report: Report,
  baseline: Snapshot,
  seenFiles?: ReadonlySet<string>,
): Changes {
  const current = keyedFindings(report);
  const before = new Set(baseline.entries.map((e) => key(e.file, e.rule, e.n)));
  const now = new Set(current.map((c) => c.key));
  const newFindings = new Set(current.filter((c) => !before.has(c.key)).map((c) => c.finding));
  const resolved = baseline.entries
    .filter((e) => !now.has(key(e.file, e.rule, e.n)))
    .filter((e) => !seenFiles || seenFiles.has(e.file))
    .map(({ file, rule, severity }) => ({ file, rule, severity }));
  return { newFindings, resolved, previousSha: baseline.sha };
}

/**
 * The snapshot to compare this run with: the previous run's, or, when the previous run
 * judged this same commit (a re-run), what that run was compared with. A run that judged
 * another set of files (every proposal against the changed ones, `all`) is not compared
 * with: the findings of the files only one of them judged would show as new or resolved.
 */
export function baselineFor(
  previous: CommentState | undefined,
  sha: string,
  all = false,
): Snapshot | undefined {
  if (!previous) return undefined;
  const baseline = previous.sha === sha ? previous.base : previous;
  if (!baseline || !baseline.complete || (baseline.all === true) !== all) return undefined;
  return { sha: baseline.sha, entries: baseline.entries, complete: true, ...(all ? { all } : {}) };
}

type Packed = {
  sha: string;
  files: string[];
  f: [number, string, string, number][];
  more?: 1;
  all?: 1;
};

function pack(s: Snapshot, limit = s.entries.length): Packed {
  const files: string[] = [];
  const index = new Map<string, number>();
  const f: Packed['f'] = [];
  for (const e of s.entries.slice(0, limit)) {
    let i = index.get(e.file);
    if (i === undefined) {
      i = files.push(e.file) - 1;
      index.set(e.file, i);
    }
    f.push([i, e.rule, SEV[e.severity], e.n]);
  }
  return {
    sha: s.sha,
    files,
    f,
    ...(!s.complete || limit < s.entries.length ? { more: 1 } : {}),
    ...(s.all ? { all: 1 } : {}),
  };
}

function wrap(data: object): string {
  return `${STATE_PREFIX}${Buffer.from(JSON.stringify({ v: 1, ...data }), 'utf8').toString('base64')} -->`;
}

/**
 * The hidden data comment. Base64 keeps file names (which may hold `-->` or anything else)
 * from ending the HTML comment or showing up; it is cut to STATE_BUDGET characters, dropping
 * the base first and then entries (which then marks it incomplete).
 */
export function encodeState(state: CommentState, budget: number = STATE_BUDGET): string {
  const full = wrap({ ...pack(state), ...(state.base ? { base: pack(state.base) } : {}) });
  if (full.length <= budget) return full;
  let limit = state.entries.length;
  for (;;) {
    const text = wrap(pack(state, limit));
    if (text.length <= budget || limit === 0) return text;
    limit = Math.floor(((limit * budget) / text.length) * 0.95);
  }
}

/** The state kept in a comment body, or undefined when there is none or it does not parse. */
export function decodeState(body: string): CommentState | undefined {
  const match = STATE_RE.exec(body);
  if (!match) return undefined;
  try {
    const data = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as unknown;
    if (!isObject(data) || data.v !== 1) return undefined;
    const top = unpack(data);
    if (!top) return undefined;
    const base = data.base === undefined ? undefined : unpack(data.base);
    return { ...top, ...(base ? { base } : {}) };
  } catch {
    return undefined;
  }
}

function unpack(data: unknown): Snapshot | undefined {
  if (!isObject(data)) return undefined;
  const { sha, files, f, more, all } = data;
  if (typeof sha !== 'string' || !SHA.test(sha)) return undefined;
  if (!Array.isArray(files) || !Array.isArray(f) || f.length > 10_000) return undefined;
  if (!files.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 4096)) {
    return undefined;
  }
  const entries: StateEntry[] = [];
  for (const item of f) {
    if (!Array.isArray(item) || item.length !== 4) return undefined;
    const [i, rule, sev, n] = item as unknown[];
    const file = typeof i === 'number' && Number.isInteger(i) ? (files[i] as string) : undefined;
    const severity = typeof sev === 'string' ? SEV_BACK[sev] : undefined;
    if (file === undefined || typeof rule !== 'string' || !RULE_ID.test(rule)) return undefined;
    if (!severity || typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
    entries.push({ file, rule, severity, n });
  }
  return { sha, entries, complete: more === undefined, ...(all === 1 ? { all: true } : {}) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The whole comment: the rendered report (which starts with the marker) and the data. */
export function commentBody(markdown: string, state: string): string {
  return `${markdown.trimEnd()}\n\n${state}\n`;
}

// ---------------------------------------------------------------------------------------
// Identity

export interface Identity {
  login: string;
  /** A GitHub App (the workflow token is the github-actions app's): comments show type Bot. */
  bot: boolean;
  /** How it was determined, for the log. */
  how: string;
}

export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token writes comments as.
 * 1. GET /user: works for personal access tokens (and OAuth tokens): that user.
 * 2. It fails (403) for installation tokens, the workflow token included; the GraphQL
 *    `viewer` then names the app's bot where GitHub allows it.
 * 3. Otherwise the workflow token's identity, `github-actions[bot]`, is assumed.
 */
export async function resolveIdentity(
  api: GitHubApi,
  log: { info(m: string): void },
): Promise<Identity> {
  try {
    const res = await api.request('GET /user');
    const user = (res.data ?? {}) as { login?: unknown; type?: unknown };
    if (typeof user.login === 'string' && user.login) {
      return { login: user.login, bot: user.type === 'Bot', how: 'GET /user' };
    }
  } catch (err) {
    log.info(`GET /user failed (${statusOf(err) ?? errorMessage(err)}): an installation token`);
  }
  try {
    const res = await api.request('POST /graphql', { query: 'query { viewer { login } }' });
    const login = (res.data as { data?: { viewer?: { login?: unknown } } } | null)?.data?.viewer
      ?.login;
    if (typeof login === 'string' && login) {
      // An installation token (GET /user refused it) acts as the app's bot.
      return { login, bot: true, how: 'GraphQL viewer' };
    }
  } catch (err) {
    log.info(`the GraphQL viewer query failed (${statusOf(err) ?? errorMessage(err)})`);
  }
  return { login: ACTIONS_BOT, bot: true, how: 'the workflow token (github-actions[bot])' };
}

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; type: string } | undefined;
  html_url?: string;
}

function normalLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}

/** Written by `identity`: same login (GraphQL may omit "[bot]") and, for an app, a Bot. */
export function writtenBy(comment: IssueComment, identity: Identity): boolean {
  const user = comment.user;
  if (!user) return false;
  if (normalLogin(user.login) !== normalLogin(identity.login)) return false;
  return identity.bot ? user.type === 'Bot' : user.type !== 'Bot';
}

// ---------------------------------------------------------------------------------------
// Finding, creating, updating

export interface Repo {
  owner: string;
  repo: string;
}

const MAX_COMMENT_PAGES = 100;

export async function listComments(api: GitHubApi, repo: Repo, number: number) {
  const comments: IssueComment[] = [];
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const res = await api.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: repo.owner,
      repo: repo.repo,
      issue_number: number,
      per_page: 100,
      page,
    });
    const data = Array.isArray(res.data) ? (res.data as unknown[]) : [];
    for (const item of data) {
      const c = item as { id?: unknown; body?: unknown; user?: unknown; html_url?: unknown };
      if (typeof c.id !== 'number') continue;
      const user = c.user as { login?: unknown; type?: unknown } | null | undefined;
      comments.push({
        id: c.id,
        body: typeof c.body === 'string' ? c.body : '',
        user:
          user && typeof user.login === 'string'
            ? { login: user.login, type: typeof user.type === 'string' ? user.type : '' }
            : undefined,
        ...(typeof c.html_url === 'string' ? { html_url: c.html_url } : {}),
      });
    }
    if (data.length < 100) break;
  }
  return comments;
}

export interface Found {
  /** Our comment: starts with the marker, written by this identity (the oldest, if several). */
  ours: IssueComment | undefined;
  /**
   * Our other comments, newer than `ours`: left by two runs that both found none and both
   * created one. The run that finds them deletes them (removeDuplicates).
   */
  duplicates: IssueComment[];
  /** Comments with our marker written by someone else, or only quoting it: never edited. */
  foreign: IssueComment[];
  /** Who this token writes as; undefined when no comment starts with the marker. */
  identity: Identity | undefined;
}

/** Ours: starts with the marker and was written by `identity`. */
export function isOurs(comment: IssueComment, marker: string, identity: Identity): boolean {
  return startsWithMarker(comment.body, marker) && writtenBy(comment, identity);
}

/**
 * Tokens that act as a user (personal access tokens, also the classic 40-hex ones made before
 * prefixes, OAuth and GitHub App user tokens): such a token never writes as
 * github-actions[bot]. Installation tokens (`ghs_`, the workflow token's kind) and tokens of
 * an unknown shape may.
 */
export function isUserToken(token: string | undefined): boolean {
  return token !== undefined && /^(ghp_|github_pat_|gho_|ghu_|[0-9a-f]{40}$)/.test(token);
}

/** A comment written by the workflow token's identity, github-actions[bot]. */
function byActionsBot(comment: IssueComment): boolean {
  return comment.user?.login === ACTIONS_BOT && comment.user.type === 'Bot';
}

/**
 * Finds our comment in one listing. Who this token is costs requests (GET /user, then the
 * GraphQL viewer), so it is only asked when it matters:
 * - no comment starts with the marker: none can be ours, nothing to ask;
 * - one was written by github-actions[bot] (a Bot: only the workflow token posts as it) and
 *   the token is not a user's: this token is taken to be the workflow token, whose comment
 *   that is;
 * - otherwise (another app's or a user's comment, or a user's token): asked.
 */
export async function findComment(
  api: GitHubApi,
  repo: Repo,
  number: number,
  marker: string,
  log: { info(m: string): void },
  options: { token?: string } = {},
): Promise<Found> {
  const marked = (await listComments(api, repo, number)).filter((c) => hasMarker(c.body, marker));
  const candidates = marked.filter((c) => startsWithMarker(c.body, marker));
  if (candidates.length === 0) {
    return { ours: undefined, duplicates: [], foreign: marked, identity: undefined };
  }
  let identity: Identity;
  if (!isUserToken(options.token) && candidates.some(byActionsBot)) {
    identity = { login: ACTIONS_BOT, bot: true, how: 'the author of its earlier comment' };
  } else {
    identity = await resolveIdentity(api, log);
  }
  log.info(`this token comments as ${identity.login} (from ${identity.how})`);
  const mine = candidates.filter((c) => writtenBy(c, identity)).sort((a, b) => a.id - b.id);
  return {
    ours: mine[0],
    duplicates: mine.slice(1),
    foreign: marked.filter((c) => !writtenBy(c, identity)),
    identity,
  };
}

/**
 * Deletes the duplicates findComment found, keeping `kept` (the oldest). Only a comment that
 * is wholly ours (our marker at the start, our identity, and our data comment) is deleted;
 * a failure is logged, never fatal: the next run tries again.
 */
export async function removeDuplicates(
  api: GitHubApi,
  repo: Repo,
  duplicates: readonly IssueComment[],
  kept: number,
  log: { info(m: string): void },
): Promise<void> {
  for (const c of duplicates) {
    if (c.id === kept) continue;
    if (decodeState(c.body) === undefined) {
      log.info(
        `Comment ${c.id} starts with this action's marker but holds no data of it; it is left as it is.`,
      );
      continue;
    }
    try {
      await api.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: repo.owner,
        repo: repo.repo,
        comment_id: c.id,
      });
      log.info(
        `Deleted comment ${c.id}, a second comment of this action (two runs created one at the same time); comment ${kept} is kept.`,
      );
    } catch (err) {
      log.info(
        `Could not delete comment ${c.id}, a second comment of this action (${statusOf(err) ?? errorMessage(err)}); the next run tries again.`,
      );
    }
  }
}

/**
 * Creates our comment and returns its URL. Two runs at the same time (two quick pushes, a
 * re-run) may both find no comment and both create one; so the comments are listed once
 * more, after a create only (an update pays nothing for this). When an older comment of
 * ours exists, it gets this body and the one just created is deleted: one comment is left,
 * the oldest. Only the comment this call created is deleted here. A failure leaves a
 * duplicate, never an error (the comment was written); the next run removes it
 * (findComment, removeDuplicates).
 */
export async function createComment(
  api: GitHubApi,
  repo: Repo,
  number: number,
  body: string,
  marker: string,
  log: { info(m: string): void } = { info: () => {} },
): Promise<string | undefined> {
  const res = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: repo.owner,
    repo: repo.repo,
    issue_number: number,
    body,
  });
  const data = (res.data ?? {}) as { id?: unknown; html_url?: unknown; user?: unknown };
  const url = typeof data.html_url === 'string' ? data.html_url : undefined;
  const user = data.user as { login?: unknown; type?: unknown } | null | undefined;
  if (typeof data.id !== 'number' || typeof user?.login !== 'string') return url;
  // GitHub records the author of the comment just created: this token's identity, for free.
  const identity: Identity = {
    login: user.login,
    bot: user.type === 'Bot',
    how: 'the comment just created',
  };
  try {
    return (await keepOldest(api, repo, number, body, marker, data.id, identity, log)) ?? url;
  } catch (err) {
    log.info(
      `Could not check pull request #${number} for a second comment of this action (${statusOf(err) ?? errorMessage(err)}); the next run removes a duplicate, if two runs raced.`,
    );
    return url;
  }
}

/** The URL of the comment that is kept, when it is not the one just created. */
async function keepOldest(
  api: GitHubApi,
  repo: Repo,
  number: number,
  body: string,
  marker: string,
  created: number,
  identity: Identity,
  log: { info(m: string): void },
): Promise<string | undefined> {
  const ours = (await listComments(api, repo, number))
    .filter((c) => isOurs(c, marker, identity))
    .sort((a, b) => a.id - b.id);
  // A listing that does not show the new comment yet cannot be compared safely.
  if (!ours.some((c) => c.id === created)) return undefined;
  const first = ours[0]!;
  if (first.id === created) return undefined;
  log.info(
    `Another run created comment ${first.id} at the same time; this run's text goes there and its own comment ${created} is deleted.`,
  );
  const kept =
    first.body === body ? first.html_url : await updateComment(api, repo, first.id, body);
  try {
    await api.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: repo.owner,
      repo: repo.repo,
      comment_id: created,
    });
  } catch (err) {
    // Gone already: a third run found it as a duplicate and deleted it. The text is kept.
    if (statusOf(err) !== 404) throw err;
  }
  return kept ?? first.html_url;
}

export async function updateComment(api: GitHubApi, repo: Repo, id: number, body: string) {
  const res = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    owner: repo.owner,
    repo: repo.repo,
    comment_id: id,
    body,
  });
  return (res.data as { html_url?: string } | null)?.html_url;
}
