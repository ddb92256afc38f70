// The Action's half of waiver approvals: what the pull request's reviews say, for the engine's
// ApprovalContext. Never throws: what cannot be read is said in `notes` and counts as no
// approval, so the gate stays as strict as without this stage.
import { approvedCommits, type ApprovalContext, type Approver } from '../../core/approvals.js';
import type { Config } from '../../config/index.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';
import { pullRequestReviews } from './reviews.js';
import { teamMembership } from './teams.js';

export { pullRequestReviews } from './reviews.js';
export { teamMembership } from './teams.js';

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
  /** Each approving login's reviewed commit (null: the API did not say). */
  commits?: ReadonlyMap<string, string | null>;
}

export async function readApprovals(api: GitHubApi, input: ApprovalsInput): Promise<Approvals> {
  if (input.approvers.length === 0) return { context: { kind: 'unseen' }, notes: [] };
  let commits: Map<string, string | null>;
  try {
    commits = approvedCommits(
      await pullRequestReviews(api, input.repo, input.number),
      input.author,
    );
  } catch (err) {
    const why = statusOf(err) !== undefined ? `HTTP ${statusOf(err)}` : errorMessage(err);
    return {
      context: { kind: 'unseen' },
      notes: [
        `The reviews of pull request #${input.number} cannot be read (${why}): waivers that need an approval stay pending. The token needs pull-requests: read.`,
      ],
    };
  }
  const approving = [...commits.keys()];
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
    commits,
  };
}

/** The pull request's author in an event payload (`pull_request.user.login`). */
export function pullRequestAuthor(payload: unknown): string | undefined {
  const pr = (payload as { pull_request?: { user?: { login?: unknown } | null } } | null)
    ?.pull_request;
  const login = pr?.user?.login;
  return typeof login === 'string' && login !== '' ? login : undefined;
}

export interface ApprovalStageInput {
  repo: { owner: string; repo: string };
  /** The run's pull request; undefined outside pull requests (approvals cannot be seen). */
  pr: { number: number; author: string | undefined } | undefined;
  /**
   * The configuration the run judges with. On a pull request it was read at the base commit
   * (config.ts, loadBaseConfig), so its approvers are the base's, `extends` chain included.
   */
  config: Config;
}

export interface ApprovalStage extends Approvals {
  config: Config;
}

/** What the pull request's reviews say about the configuration's approvers. Never throws. */
export async function approvalStage(
  api: GitHubApi,
  input: ApprovalStageInput,
): Promise<ApprovalStage> {
  const { pr, config } = input;
  if (!pr || config.approvers.length === 0) {
    return { config, context: { kind: 'unseen' }, notes: [] };
  }
  if (!pr.author) {
    return {
      config,
      context: { kind: 'unseen' },
      notes: [
        `Waiver approvals: the event does not name the author of pull request #${pr.number}, so no approval can be checked; waivers that need one stay pending.`,
      ],
    };
  }
  const read = await readApprovals(api, {
    repo: input.repo,
    number: pr.number,
    author: pr.author,
    approvers: config.approvers,
  });
  return {
    config,
    context: read.context,
    notes: read.notes,
    ...(read.commits ? { commits: read.commits } : {}),
  };
}
