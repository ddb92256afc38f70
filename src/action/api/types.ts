// The shapes the API calls share: the client they go through, the repository they address,
// and what the comment calls give back, reduced to the fields the Action reads.

/** A repository, as every call names it. */
export interface Repo {
  owner: string;
  repo: string;
}

/** What a request answers. */
export interface ApiResponse {
  status: number;
  data: unknown;
  headers?: Record<string, unknown>;
}

/** The client every call is made through: octokit (octokit.ts), or a test's stand-in. */
export interface GitHubApi {
  /** `route` as octokit writes it, e.g. 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'. */
  request(route: string, params?: Record<string, unknown>): Promise<ApiResponse>;
  /**
   * A GraphQL query through the same octokit (`octokit.graphql`): the answer's `data`; throws
   * when the answer carries errors. Optional: without it (a test's stand-in) the callers make
   * the REST requests instead.
   */
  graphql?(query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

/** Where the client reports its retries and rate limits. */
export interface ApiLog {
  warning(message: string): void;
  info(message: string): void;
}

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; type: string } | undefined;
  html_url?: string;
}

export function issueComment(item: unknown): IssueComment | undefined {
  const c = item as { id?: unknown; body?: unknown; user?: unknown; html_url?: unknown } | null;
  if (!c || typeof c.id !== 'number') return undefined;
  const user = c.user as { login?: unknown; type?: unknown } | null | undefined;
  return {
    id: c.id,
    body: typeof c.body === 'string' ? c.body : '',
    user:
      user && typeof user.login === 'string'
        ? { login: user.login, type: typeof user.type === 'string' ? user.type : '' }
        : undefined,
    ...(typeof c.html_url === 'string' ? { html_url: c.html_url } : {}),
  };
}
