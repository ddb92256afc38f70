// GET /orgs/{org}/teams/{team_slug}: whether the token can see a team (for team approvers).
// The workflow token cannot: GitHub answers 403 or 404, thrown as the client's error.

import type { GitHubApi } from './types.js';

export async function getTeam(api: GitHubApi, org: string, teamSlug: string): Promise<void> {
  await api.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: teamSlug });
}
