// Which files a run judges: those a pull request changes (the pull request files API), or every
// file matching the globs at a commit (the Git trees API) when the workspace is not checked out.

import picomatch from 'picomatch';
import { getPullRequest } from './api/get-pull-request.js';
import { getTree } from './api/get-tree.js';
import { listPullRequestFilesPage } from './api/list-pull-request-files.js';
import type { GitHubApi } from './github.js';

export const PER_PAGE = 100;
/** The pull request files API lists at most 3,000 files, whatever the pull request holds. */
export const PR_FILES_CAP = 3000;

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface FileList {
  /** Workspace-relative paths to judge, sorted. */
  files: string[];
  /** How many entries the API listed before filtering. */
  listed: number;
  /** How many the pull request changes in all, when known. */
  total: number | undefined;
  /** Some changed files were not listed: the run cannot speak for them. */
  truncated: boolean;
}

/**
 * A predicate for workspace-relative paths, with the options findByGlobs (src/io/files.ts)
 * uses, and skipping the folders its walk skips, so both scopes see the same files.
 */
export function globMatcher(globs: readonly string[]): (file: string) => boolean {
  const match = picomatch([...globs], { dot: false });
  return (file) => !/(^|\/)(\.git|node_modules)\//.test(file) && match(file);
}

/** Lists the pull request's files, page by page, up to the API's cap. */
export async function listPullRequestFiles(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  number: number,
  totalHint: number | undefined,
): Promise<{ entries: PullFile[]; total: number | undefined }> {
  const entries: PullFile[] = [];
  const maxPages = Math.ceil(PR_FILES_CAP / PER_PAGE);
  // With the count from the payload, the pages it needs are asked at once (the client bounds
  // how many run together); past them, page by page while pages come back full.
  const known = Math.min(maxPages, Math.max(1, Math.ceil((totalHint ?? 0) / PER_PAGE)));
  const pages = Array.from({ length: known }, (_, i) =>
    listPullRequestFilesPage(api, repo, number, i + 1, PER_PAGE),
  );
  // A page left unread (an earlier one came back short) must not fail the run.
  for (const p of pages) p.catch(() => {});
  for (let page = 1; page <= maxPages; page++) {
    const data =
      page <= known
        ? await pages[page - 1]!
        : await listPullRequestFilesPage(api, repo, number, page, PER_PAGE);
    for (const item of data) {
      const entry = pullFile(item);
      if (entry) entries.push(entry);
    }
    if (data.length < PER_PAGE) break;
  }
  let total = totalHint;
  if (total === undefined && entries.length >= PR_FILES_CAP) {
    // The payload did not say how many files changed; ask, to know whether the list is whole.
    const changed = (await getPullRequest(api, repo, number)).changed_files;
    if (typeof changed === 'number') total = changed;
  }
  return { entries, total };
}

/**
 * The pull request's proposal files: removed files are left out, renamed ones are judged at
 * their new path, and only paths matching the globs count.
 */
export function selectChangedFiles(
  entries: readonly PullFile[],
  total: number | undefined,
  globs: readonly string[],
): FileList {
  const match = globMatcher(globs);
  const files = new Set<string>();
  for (const e of entries) {
    if (e.status === 'removed') continue;
    if (match(e.filename)) files.add(e.filename);
  }
  const listed = entries.length;
  const truncated = total !== undefined ? total > listed : listed >= PR_FILES_CAP;
  return { files: [...files].sort(), listed, total, truncated };
}

export async function changedProposalFiles(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  number: number,
  totalHint: number | undefined,
  globs: readonly string[],
): Promise<FileList> {
  const { entries, total } = await listPullRequestFiles(api, repo, number, totalHint);
  return selectChangedFiles(entries, total, globs);
}

/** Every file matching the globs at `sha`, from the Git trees API (no checkout needed). */
export async function proposalFilesAtCommit(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  sha: string,
  globs: readonly string[],
): Promise<FileList> {
  const data = await getTree(api, repo, sha);
  const tree = Array.isArray(data.tree) ? (data.tree as unknown[]) : [];
  const match = globMatcher(globs);
  const files: string[] = [];
  for (const item of tree) {
    const entry = item as { path?: unknown; type?: unknown };
    // Blobs only: submodules (type commit) and folders are never proposals.
    if (entry.type === 'blob' && typeof entry.path === 'string' && match(entry.path)) {
      files.push(entry.path);
    }
  }
  return {
    files: files.sort(),
    listed: tree.length,
    total: undefined,
    truncated: data.truncated === true,
  };
}

function pullFile(item: unknown): PullFile | undefined {
  const e = item as { filename?: unknown; status?: unknown; previous_filename?: unknown } | null;
  if (!e || typeof e.filename !== 'string' || typeof e.status !== 'string') return undefined;
  return {
    filename: e.filename,
    status: e.status,
    ...(typeof e.previous_filename === 'string' ? { previous_filename: e.previous_filename } : {}),
  };
}
