// Reads proposal files either from the workspace, when it holds the commit being judged, or
// through the GitHub API at that commit, so that pull_request_target needs no checkout of
// untrusted code. Nothing read is ever executed.

import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineOptions, FileResult } from '../core/engine.js';
import { citesPath } from '../core/evidence/artefacts.js';
import { judgeRead } from '../core/judge.js';
import { decode, formatBytes, isInside, readProposalFile, type ReadResult } from '../io/files.js';
import { proposalMatcher } from '../io/match.js';
import type { RunContext } from './context.js';
import { MAX_IN_FLIGHT } from './api/bounded.js';
import { getBlob } from './api/get-blob.js';
import { getContent } from './api/get-content.js';
import { folderOf, getFileBatch, type FileBatch } from './api/get-file-batch.js';
import { errorMessage, statusOf } from './api/errors.js';
import type { GitHubApi } from './api/types.js';

export type Source =
  | { kind: 'workspace'; checkout: 'head' | 'merge'; reason: string }
  | { kind: 'api'; reason: string };

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The commit checked out in `workspace`, read from .git without running git (no
 * safe.directory trouble in containers, nothing executed). undefined when there is no
 * repository there or HEAD cannot be resolved.
 */
export async function readGitHead(workspace: string): Promise<string | undefined> {
  // Synchronous reads: a few small files, where each trip through the thread pool would cost
  // more than the read itself, at the start of every run.
  const gitDir = path.join(workspace, '.git');
  const text = (file: string): string | undefined => {
    try {
      return readFileSync(path.join(gitDir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  try {
    if (!lstatSync(gitDir).isDirectory()) return undefined; // worktrees, submodules
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (SHA.test(head)) return head; // detached, as actions/checkout leaves pull requests
    const ref = /^ref: (refs\/[A-Za-z0-9._/-]+)$/.exec(head)?.[1];
    if (!ref || ref.split('/').includes('..')) return undefined;
    const loose = text(ref);
    if (loose !== undefined) return SHA.test(loose.trim()) ? loose.trim() : undefined;
    for (const line of (text('packed-refs') ?? '').split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha && SHA.test(sha)) return sha;
    }
  } catch {
    // No repository: the API is used.
  }
  return undefined;
}

/**
 * Where to read files from. The workspace is used when its HEAD is the commit being judged,
 * or, on a `pull_request` event, when it is GITHUB_SHA: the merge commit actions/checkout
 * makes by default, whose changed files are the head's unless the base changed them too.
 * Everything else (no checkout, pull_request_target's base checkout, another ref) reads
 * through the contents API at the commit being judged.
 */
export function chooseSource(ctx: RunContext, workspaceHead: string | undefined): Source {
  const head = workspaceHead?.toLowerCase();
  if (head && head === ctx.sha) {
    return { kind: 'workspace', checkout: 'head', reason: `the workspace is at ${short(ctx.sha)}` };
  }
  if (head && ctx.eventName === 'pull_request' && ctx.githubSha && head === ctx.githubSha) {
    return {
      kind: 'workspace',
      checkout: 'merge',
      reason: `the workspace is at the pull request's merge commit ${short(head)}`,
    };
  }
  const why = head
    ? `the workspace is at ${short(head)}, not ${short(ctx.sha)}`
    : 'the workspace has no checkout';
  return { kind: 'api', reason: `${why}; files are read through the GitHub API` };
}

export interface Reader {
  read(file: string): Promise<ReadResult>;
  /** Starts reading these files at once (fewer round trips); `read` then takes their result. */
  prefetch?(files: readonly string[]): void;
}

/** A workspace file, refusing paths and links that lead outside the workspace. */
export async function readWorkspaceFile(
  workspace: string,
  file: string,
  maxBytes: number,
  isProposal?: (file: string) => boolean,
): Promise<ReadResult | undefined> {
  const absolute = path.resolve(workspace, file);
  if (!isInside(workspace, absolute) || absolute === path.resolve(workspace)) {
    return { ok: false, message: 'the path leads outside the workspace; it was not read' };
  }
  try {
    lstatSync(absolute);
  } catch {
    return undefined;
  }
  return readProposalFile(absolute, workspace, maxBytes, isProposal);
}

interface ContentEntry {
  type?: unknown;
  size?: unknown;
  encoding?: unknown;
  content?: unknown;
  sha?: unknown;
}

/**
 * A file at `ref` through the contents API, with the size cap applied before decoding.
 * `what` names the file in messages (default "a proposal").
 */
export async function readApiFile(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  ref: string,
  file: string,
  maxBytes: number,
  what?: string,
): Promise<ReadResult> {
  let entry: ContentEntry;
  try {
    const data = await getContent(api, repo, file, ref);
    if (Array.isArray(data)) return { ok: false, message: 'this is a folder, not a file' };
    entry = (data ?? {}) as ContentEntry;
  } catch (err) {
    return apiFailure(err, ref);
  }
  if (entry.type === 'symlink') {
    return {
      ok: false,
      message: 'the file is a symbolic link; links are not followed through the API',
    };
  }
  if (entry.type === 'submodule') return { ok: false, message: 'this is a submodule, not a file' };
  if (entry.type !== 'file') {
    return {
      ok: false,
      message: `the GitHub API did not give it as a file (type ${describe(entry.type)}); it was not read`,
    };
  }
  // The size is what the cap is checked against before anything is decoded: without it the
  // entry is not trusted at all.
  const size = entry.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    return {
      ok: false,
      message: `the GitHub API gave no valid size for the file (size ${describe(size)}); it was not read`,
    };
  }
  if (size > maxBytes) return tooLarge(size, maxBytes, what);

  let content = typeof entry.content === 'string' ? entry.content : '';
  if (entry.encoding !== 'base64' || (content === '' && size !== 0)) {
    // Over 1 MB the contents API leaves the content out; the blobs API still gives it.
    if (typeof entry.sha !== 'string') return { ok: false, message: 'the API gave no content' };
    try {
      const blob = ((await getBlob(api, repo, entry.sha)) ?? {}) as ContentEntry;
      if (blob.encoding !== 'base64' || typeof blob.content !== 'string') {
        return { ok: false, message: 'the API gave the file in an unknown encoding' };
      }
      content = blob.content;
    } catch (err) {
      return apiFailure(err, ref);
    }
  }
  return decodeBase64(content, maxBytes, what);
}

/** Files per GraphQL request. */
export const BATCH_FILES = 100;
/**
 * GraphQL only for more files than REST reads in two round trips (the bound, twice): octokit's
 * throttling counts every POST, queries too, as a write and starts the next write (the
 * comment) at least 1 s after it, which a few REST round trips beat.
 */
export const GRAPHQL_FROM = 2 * MAX_IN_FLIGHT + 1;

const MODE_FILE = 0o100644;
const MODE_EXECUTABLE = 0o100755;

/**
 * Files at `ref`, each with what readApiFile would give for it, read in GraphQL requests of
 * BATCH_FILES files (all started at once; the client paces them). Only a regular
 * file whose text comes back whole, as the bytes GitHub counted, is taken from the batch;
 * a link, a submodule, a folder, a binary or truncated blob, text that is not those bytes,
 * or a batch that fails is read through REST as before, so the answer is the same.
 */
export function readApiFiles(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  ref: string,
  files: readonly string[],
  maxBytes: number,
  /** What each file is, for messages (default "a proposal"). */
  whatOf?: (file: string) => string,
): Map<string, Promise<ReadResult>> {
  const out = new Map<string, Promise<ReadResult>>();
  const unique = [...new Set(files)];
  const rest = (file: string) => readApiFile(api, repo, ref, file, maxBytes, whatOf?.(file));
  for (let i = 0; i < unique.length; i += BATCH_FILES) {
    const chunk = unique.slice(i, i + BATCH_FILES);
    const batch = getFileBatch(api, repo, ref, chunk).catch(() => undefined);
    for (const file of chunk) {
      out.set(
        file,
        batch.then((b) => {
          const read = b && fromBatch(b, file, ref, maxBytes, whatOf?.(file));
          return read ?? rest(file);
        }),
      );
    }
  }
  return out;
}

/** The read of `file` the batch settles; undefined: the REST read must say. */
function fromBatch(
  batch: FileBatch,
  file: string,
  ref: string,
  maxBytes: number,
  what?: string,
): ReadResult | undefined {
  const entries = batch.folders.get(folderOf(file));
  if (!entries) return undefined;
  const name = file.slice(file.lastIndexOf('/') + 1);
  const entry = entries.find((e) => e.name === name);
  const blob = batch.blobs.get(file);
  // No object at the path and none in its folder: not there. A blob its folder does not list
  // (a listing cut short?) has no known mode: REST says.
  if (!entry) return blob ? undefined : notFound(ref);
  if (entry.type !== 'blob' || (entry.mode !== MODE_FILE && entry.mode !== MODE_EXECUTABLE)) {
    return undefined; // a link (REST follows some), a submodule, a folder
  }
  if (!blob) return undefined;
  if (blob.byteSize > maxBytes) return tooLarge(blob.byteSize, maxBytes, what);
  if (blob.isBinary !== false || blob.isTruncated || blob.text === null) return undefined;
  // GitHub gives text as UTF-8 with invalid bytes replaced: only the same bytes are judged.
  const bytes = Buffer.from(blob.text, 'utf8');
  if (bytes.length !== blob.byteSize || blob.text.includes('\uFFFD')) return undefined;
  return decode(bytes);
}

/** Base64 → text, refusing content over the cap before decoding it. */
export function decodeBase64(content: string, maxBytes: number, what?: string): ReadResult {
  const compact = content.replace(/\s+/g, '');
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  const decodedSize = Math.floor((compact.length * 3) / 4) - padding;
  if (decodedSize > maxBytes) return tooLarge(decodedSize, maxBytes, what);
  return decode(Buffer.from(compact, 'base64'));
}

/** A value from the API, short and printable, for a message. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? typeof value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function tooLarge(size: number, maxBytes: number, what = 'a proposal'): ReadResult {
  return {
    ok: false,
    message: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for ${what}; it was not read`,
  };
}

function notFound(ref: string): ReadResult {
  return { ok: false, message: `the file cannot be read at commit ${short(ref)} (not found)` };
}

function apiFailure(err: unknown, ref: string): ReadResult {
  const status = statusOf(err);
  if (status === 404) return notFound(ref);
  return {
    ok: false,
    message: `the file cannot be read through the GitHub API${status ? ` (HTTP ${status})` : ''}: ${errorMessage(err)}`,
  };
}

/**
 * Reads from the workspace when `source` says so, falling back to the API for a file the
 * workspace does not have (and the API is there); otherwise through the API.
 */
export function makeReader(options: {
  source: Source;
  workspace: string;
  maxBytes: number;
  api: GitHubApi | undefined;
  repo: { owner: string; repo: string };
  sha: string;
  /** The run's globs: a link is followed only to a file they match. */
  globs?: readonly string[];
  /** What each file is, for messages (default "a proposal"). */
  whatOf?: (file: string) => string;
}): Reader {
  const { source, workspace, maxBytes, api, repo, sha, whatOf } = options;
  const isProposal = options.globs ? proposalMatcher(options.globs) : undefined;
  const viaApi = async (file: string): Promise<ReadResult> =>
    api
      ? readApiFile(api, repo, sha, file, maxBytes, whatOf?.(file))
      : { ok: false, message: 'the file is not in the workspace' };
  const started = new Map<string, Promise<ReadResult>>();
  return {
    async read(file) {
      if (source.kind === 'api') return started.get(file) ?? viaApi(file);
      return (await readWorkspaceFile(workspace, file, maxBytes, isProposal)) ?? viaApi(file);
    },
    prefetch(files) {
      // Only without a checkout (a workspace file costs no request), and for many files; a
      // file already started (a caller prefetched it with others) is not asked again.
      const fresh = files.filter((f) => !started.has(f));
      if (source.kind === 'api' && api?.graphql && fresh.length >= GRAPHQL_FROM) {
        for (const [file, read] of readApiFiles(api, repo, sha, fresh, maxBytes, whatOf)) {
          started.set(file, read);
        }
      }
    },
  };
}

/**
 * Reads and judges each file; one bad file never stops the others. `citing` keeps the text of
 * each file whose constraints cite a path, to judge it again with the artefacts they cite.
 */
export async function judgeFiles(
  files: readonly string[],
  reader: Reader,
  options: EngineOptions,
  /** Receives the text of each proposal with an open finding (review comments quote its lines). */
  texts?: Map<string, string>,
  /** Receives the text of each proposal that cites a path (judged again with the artefacts). */
  citing?: Map<string, string>,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  reader.prefetch?.(files);
  let next = 0;
  // A few reads at a time: API reads are slow one by one, and the throttling plugin paces them.
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      // A reader reports what it cannot read; should one throw all the same, that file is
      // reported unreadable and the others are still judged.
      const read = await reader.read(file).catch((err: unknown): ReadResult => ({
        ok: false,
        message: `the file could not be read: ${errorMessage(err)}`,
      }));
      const result = judgeRead(file, read, options);
      results[i] = result;
      if (
        texts &&
        read.ok &&
        result.kind === 'proposal' &&
        result.report.findings.some((f) => !f.waived)
      ) {
        texts.set(file, read.text);
      }
      if (citing && read.ok && citesPath(result)) {
        citing.set(file, read.text);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return results;
}

// As many as the client lets run at once (api/bounded.ts).
const READ_CONCURRENCY = MAX_IN_FLIGHT;

export function short(sha: string): string {
  return sha.slice(0, 7);
}
