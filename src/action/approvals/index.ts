// The Action's half of issue 14: what the pull request's reviews say, for the engine's
// ApprovalContext. Never throws: what cannot be read is said in `notes` and counts as no
// approval, so the gate stays as strict as without this stage.
import { approvingLogins, type ApprovalContext, type Approver } from '../../core/approvals.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';
import { listReviews } from './reviews.js';
import { teamMembership } from './teams.js';

export { listReviews } from './reviews.js';
export { teamMembership } from './teams.js';
export { basePolicy, governingPolicy, type GoverningPolicy } from './policy.js';

export interface ApprovalsInput {
  repo: { owner: string; repo: string };
  number: number;
  /** The pull request's author (payload pull_request.user.login). */
  author: string;
  approvers: readonly Approver[];
}

export interface Approvals {
  context: ApprovalContext;
  /** Lines for the log: what could not be read and what that means. */
  notes: string[];
}

export async function readApprovals(api: GitHubApi, input: ApprovalsInput): Promise<Approvals> {
  if (input.approvers.length === 0) return { context: { kind: 'unseen' }, notes: [] };
  let approving: string[];
  try {
    approving = approvingLogins(await listReviews(api, input.repo, input.number), input.author);
  } catch (err) {
    const why = statusOf(err) !== undefined ? `HTTP ${statusOf(err)}` : errorMessage(err);
    return {
      context: { kind: 'unseen' },
      notes: [
        `The reviews of pull request #${input.number} cannot be read (${why}): waivers that need an approval stay pending. The token needs pull-requests: read.`,
      ],
    };
  }
  const teams = input.approvers.filter((a) => a.kind === 'team');
  const { members, unreadable } = await teamMembership(api, teams, approving);
  const notes =
    unreadable.length > 0
      ? [
          `Waiver approvals: team approvers need a token that can read organisation members: ${unreadable.map((u) => `${u.slug} (${u.why})`).join(', ')} could not be read, so only the logins listed in \`approvers\` count. Pass a GitHub App token with the organisation permission Members: read (docs/governance.md).`,
        ]
      : [];
  return {
    context: { kind: 'pull-request', author: input.author, approving, members },
    notes,
  };
}
