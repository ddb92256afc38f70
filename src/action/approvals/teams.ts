// Which approving reviewers belong to the teams listed under `approvers`. The workflow token
// (GITHUB_TOKEN) cannot read organisation teams: GitHub answers 403 or 404, which here means
// "cannot tell", never "not a member", and the run says so instead of failing.
import type { Approver } from '../../core/approvals.js';
import { getTeam } from '../api/get-team.js';
import { getTeamMembership } from '../api/get-team-membership.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';

type Team = Extract<Approver, { kind: 'team' }>;

export interface TeamMembership {
  /** Per team slug: the given logins that are active members. */
  members: Map<string, string[]>;
  /** Teams that could not be read, with why (`HTTP 403`). */
  unreadable: { slug: string; why: string }[];
}

/** Looks up each login in each team: one request for the team, then one per login. */
export async function teamMembership(
  api: GitHubApi,
  teams: readonly Team[],
  logins: readonly string[],
): Promise<TeamMembership> {
  const result: TeamMembership = { members: new Map(), unreadable: [] };
  if (logins.length === 0) return result;
  for (const team of teams) {
    // A 404 on the membership route is "not a member" only if the token can see the team.
    const seen = await readable(api, team);
    if (seen !== true) {
      result.unreadable.push({ slug: team.text, why: seen });
      continue;
    }
    const members: string[] = [];
    for (const login of logins) {
      const state = await membership(api, team, login);
      if (state === 'active') members.push(login);
      else if (state !== 'none') {
        result.unreadable.push({ slug: team.text, why: state.why });
        break;
      }
    }
    result.members.set(team.slug, members);
  }
  return result;
}

async function readable(api: GitHubApi, team: Team): Promise<true | string> {
  try {
    await getTeam(api, team.org, team.team);
    return true;
  } catch (err) {
    return why(err);
  }
}

async function membership(
  api: GitHubApi,
  team: Team,
  username: string,
): Promise<'active' | 'none' | { why: string }> {
  try {
    // `pending`: invited, not yet a member.
    return (await getTeamMembership(api, team.org, team.team, username)) === 'active'
      ? 'active'
      : 'none';
  } catch (err) {
    if (statusOf(err) === 404) return 'none';
    return { why: why(err) };
  }
}

function why(err: unknown): string {
  const status = statusOf(err);
  return status !== undefined ? `HTTP ${status}` : errorMessage(err);
}
