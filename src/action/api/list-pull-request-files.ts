// GET /repos/{owner}/{repo}/pulls/{pull_number}/files: the files a pull request changes, as
// far as the API lists them (it stops at 3,000).

import { hunksOf } from '../review/diff.js';
import { everyPage } from './paginate.js';
import type { GitHubApi, Repo } from './types.js';

export const PER_PAGE = 100;
/** The pull request files API lists at most 3,000 files, whatever the pull request holds. */
export const PR_FILES_CAP = 3000;

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
  /**
   * The head-side lines of the file's diff hunks, from its `patch` (absent for a binary or
   * very large diff): only the hunks are kept, not the patch's text.
   */
  hunks?: [number, number][];
}

/**
 * Every file the API lists for the pull request. With `totalHint` (the payload's count) the
 * pages it needs are asked at once; past them, page by page while pages come back full.
 */
export async function listPullRequestFileEntries(
  api: GitHubApi,
  repo: Repo,
  number: number,
  totalHint: number | undefined,
): Promise<PullFile[]> {
  return everyPage(
    (page) =>
      api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: repo.owner,
        repo: repo.repo,
        pull_number: number,
        per_page: PER_PAGE,
        page,
      }),
    {
      perPage: PER_PAGE,
      maxPages: Math.ceil(PR_FILES_CAP / PER_PAGE),
      ahead: Math.ceil((totalHint ?? 0) / PER_PAGE),
      item: pullFile,
    },
  );
}

function pullFile(item: unknown): PullFile | undefined {
  const e = item as {
    filename?: unknown;
    status?: unknown;
    previous_filename?: unknown;
    patch?: unknown;
  } | null;
  if (!e || typeof e.filename !== 'string' || typeof e.status !== 'string') return undefined;
  return {
    filename: e.filename,
    status: e.status,
    ...(typeof e.previous_filename === 'string' ? { previous_filename: e.previous_filename } : {}),
    ...(typeof e.patch === 'string' ? { hunks: hunksOf(e.patch) } : {}),
  };
}
