// GET /repos/{owner}/{repo}/issues?creator=…&state=all: the issues (open or closed) one account
// opened. Pull requests are in this list too; they are left out here.

import { everyPage } from './paginate.js';
import type { GitHubApi, Repo } from './types.js';

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: string;
  user: { login: string; type: string } | undefined;
  html_url?: string;
}

const MAX_ISSUE_PAGES = 30;

export async function listIssuesBy(api: GitHubApi, repo: Repo, creator: string): Promise<Issue[]> {
  return everyPage(
    (page) =>
      api.request('GET /repos/{owner}/{repo}/issues', {
        owner: repo.owner,
        repo: repo.repo,
        creator,
        state: 'all',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
        page,
      }),
    { perPage: 100, maxPages: MAX_ISSUE_PAGES, item: issue },
  );
}

export function issue(item: unknown): Issue | undefined {
  const i = item as {
    number?: unknown;
    title?: unknown;
    body?: unknown;
    state?: unknown;
    user?: { login?: unknown; type?: unknown } | null;
    html_url?: unknown;
    pull_request?: unknown;
  } | null;
  if (!i || typeof i.number !== 'number' || i.pull_request) return undefined;
  return {
    number: i.number,
    title: typeof i.title === 'string' ? i.title : '',
    body: typeof i.body === 'string' ? i.body : '',
    state: typeof i.state === 'string' ? i.state : '',
    user:
      i.user && typeof i.user.login === 'string'
        ? { login: i.user.login, type: typeof i.user.type === 'string' ? i.user.type : '' }
        : undefined,
    ...(typeof i.html_url === 'string' ? { html_url: i.html_url } : {}),
  };
}
