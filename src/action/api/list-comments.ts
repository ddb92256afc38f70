// GET /repos/{owner}/{repo}/issues/{issue_number}/comments: every comment of a pull request.

import type { GitHubApi } from '../github.js';
import type { Repo } from '../types.js';
import { issueComment, type IssueComment } from './types.js';

const MAX_COMMENT_PAGES = 100;

export async function listComments(
  api: GitHubApi,
  repo: Repo,
  number: number,
): Promise<IssueComment[]> {
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
      const c = issueComment(item);
      if (c) comments.push(c);
    }
    if (data.length < 100) break;
  }
  return comments;
}
