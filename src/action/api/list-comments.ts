// GET /repos/{owner}/{repo}/issues/{issue_number}/comments: every comment of a pull request.

import { everyPage } from './paginate.js';
import { issueComment, type GitHubApi, type IssueComment, type Repo } from './types.js';

const MAX_COMMENT_PAGES = 100;

export async function listComments(
  api: GitHubApi,
  repo: Repo,
  number: number,
): Promise<IssueComment[]> {
  return everyPage(
    (page) =>
      api.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: repo.owner,
        repo: repo.repo,
        issue_number: number,
        per_page: 100,
        page,
      }),
    { perPage: 100, maxPages: MAX_COMMENT_PAGES, item: issueComment },
  );
}
