// GET /orgs/{org}/teams/{team_slug}/memberships/{username}: one login's membership of a team
// (for team approvers). 404 when the login is not a member; other failures are thrown.

import type { GitHubApi } from './types.js';

/** `active`, `pending` (invited, not yet a member), or undefined when the answer has neither. */
export async function getTeamMembership(
  api: GitHubApi,
  org: string,
  teamSlug: string,
  username: string,
): Promise<string | undefined> {
  const res = await api.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
    org,
    team_slug: teamSlug,
    username,
  });
  const state = (res.data as { state?: unknown } | null)?.state;
  return typeof state === 'string' ? state : undefined;
}
