// Which files a run judges: those a pull request changes (the pull request files API), or every
// file matching the globs at a commit (the Git trees API) when the workspace is not checked out.

import { getPullRequest } from './api/get-pull-request.js';
import { blobPaths, getTree } from './api/get-tree.js';
import {
  listPullRequestFileEntries,
  PR_FILES_CAP,
  type PullFile,
} from './api/list-pull-request-files.js';
import type { Repo } from './api/types.js';
import { proposalMatcher } from '../io/match.js';
import type { GitHubApi } from './github.js';

export { PR_FILES_CAP, type PullFile } from './api/list-pull-request-files.js';

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
 * A predicate for workspace-relative paths: the one matcher findByGlobs (src/io/files.ts)
 * uses too (src/io/match.ts), so both scopes see the same files.
 */
export function globMatcher(globs: readonly string[]): (file: string) => boolean {
  return proposalMatcher(globs);
}

/** Lists the pull request's files, up to the API's cap, and how many it changes when known. */
export async function listPullRequestFiles(
  api: GitHubApi,
  repo: Repo,
  number: number,
  totalHint: number | undefined,
): Promise<{ entries: PullFile[]; total: number | undefined }> {
  const entries = await listPullRequestFileEntries(api, repo, number, totalHint);
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
  repo: Repo,
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
  repo: Repo,
  sha: string,
  globs: readonly string[],
): Promise<FileList> {
  return (await treeAtCommit(api, repo, sha, globs)).list;
}

/**
 * The tree at `sha` in one request: the files matching the globs, and the path of every file
 * (the portfolio's drift check finds the code's marker files and the catalog among them).
 */
export async function treeAtCommit(
  api: GitHubApi,
  repo: Repo,
  sha: string,
  globs: readonly string[],
): Promise<{ list: FileList; paths: string[] }> {
  const data = await getTree(api, repo, sha);
  const paths = blobPaths(data.tree);
  return {
    list: {
      files: paths.filter(globMatcher(globs)).sort(),
      listed: Array.isArray(data.tree) ? data.tree.length : 0,
      total: undefined,
      truncated: data.truncated === true,
    },
    paths,
  };
}
