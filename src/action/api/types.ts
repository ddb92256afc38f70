// What the comment calls give back, reduced to the fields the Action reads.

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
