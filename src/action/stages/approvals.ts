// Who approved the waivers. Runs before the judge stage: the engine
// decides per waiver, while judging, whether it is approved or still pending, so it needs the
// pull request's approvals first. The approval policy (`approvers`, `approval-required`)
// is the configuration's, read at the base commit on a pull request (config.ts); the reviews are read through
// api/list-reviews.ts and, for team approvers, the teams API.

import { engineOptionsFromConfig } from '../../config/index.js';
import { utcToday } from '../../core/engine.js';
import type { Report } from '../../core/types.js';
import { approvalStage } from '../approvals/index.js';
import { staleApprovals } from '../approvals/stale.js';
import { docsBase } from '../links.js';
import type { Started } from '../types.js';
import type { Configuration } from './configuration.js';

/** What the approvals stage hands the judge. */
export interface ApprovalOutcome {
  /** The settings to judge with: the base commit's approval policy and what reviews say. */
  settings: Configuration;
  /** Each approving login's reviewed commit. */
  commits?: ReadonlyMap<string, string | null>;
  /** Why no review can approve a waiver in this run (no pull request); undefined otherwise. */
  unseen: string | undefined;
}

export async function approveWaivers(
  run: Started,
  settings: Configuration,
): Promise<ApprovalOutcome> {
  const { ctx, api, repo, sink, env } = run;
  const { config } = settings;
  const pr = ctx.pr;
  const stage = await approvalStage(api, {
    repo,
    pr: pr ? { number: pr.number, author: pr.author } : undefined,
    config,
  });
  for (const note of stage.notes) sink.info(note);
  const unseen =
    !pr && stage.config.approvers.length > 0
      ? `Waiver approvals are given by reviews of a pull request, and the ${ctx.eventName} event has none: waivers that need an approval stay pending and their findings count.`
      : undefined;
  if (unseen) sink.info(unseen);
  const options = engineOptionsFromConfig(stage.config, {
    docsBase: docsBase(env),
    today: settings.options.today ?? utcToday(),
    approvals: stage.context,
  });
  if (settings.options.repository) options.repository = settings.options.repository;
  return {
    settings: { ...settings, config: stage.config, options },
    unseen,
    ...(stage.commits ? { commits: stage.commits } : {}),
  };
}

/**
 * After judging: the settings to judge again with when an approval counted for a waiver was
 * given on a commit where the waiver did not stand as it does now (approvals/stale.ts);
 * undefined when every counted approval holds.
 */
export async function withoutStaleApprovals(
  run: Started,
  approvals: ApprovalOutcome,
  report: Report,
): Promise<Configuration | undefined> {
  const { ctx, api, repo, sink } = run;
  const { settings, commits } = approvals;
  const policy = settings.options.approvals;
  if (!ctx.pr || !commits || policy?.context.kind !== 'pull-request') return undefined;
  const check = await staleApprovals(api, repo, ctx.pr.headSha, commits, report, settings.options);
  if (!check) return undefined;
  for (const note of check.notes) sink.info(note);
  if (check.stale.size === 0) return undefined;
  sink.info(
    `Waiver approvals: ${check.stale.size === 1 ? 'an approval was' : 'approvals were'} given before the waiver stood as it does now; ${check.stale.size === 1 ? 'it does' : 'they do'} not count for it (a review approves the waivers of the commit it was given on).`,
  );
  return {
    ...settings,
    options: {
      ...settings.options,
      approvals: { ...policy, context: { ...policy.context, stale: check.stale } },
    },
  };
}

/** The note above the report when a waiver waits on an approval this run could not see. */
export function unseenApprovalNote(approvals: ApprovalOutcome, report: Report): string | undefined {
  if (!approvals.unseen) return undefined;
  const pending = report.proposals.some((p) =>
    p.findings.some((f) => f.waiverApproval?.status === 'pending'),
  );
  return pending ? approvals.unseen : undefined;
}

/**
 * The log line when a waived finding waits for an approval nobody can give: the configuration
 * names no approvers. Says where to name them.
 */
export function noApproversLogLine(report: Report): string | undefined {
  const waiting = report.proposals.reduce(
    (n, p) =>
      n +
      p.findings.filter(
        (f) => f.waiverApproval?.status === 'pending' && f.waiverApproval.by.length === 0,
      ).length,
    0,
  );
  if (waiting === 0) return undefined;
  const which = waiting === 1 ? 'A waiver waits' : `${waiting} waivers wait`;
  return `${which} for an approval, and the configuration names no approvers: list who may approve under \`approvers:\` in .github/stack-verdict.yml (GitHub logins or org/team slugs), or set \`approval-required: []\` there to need none. See docs/governance.md.`;
}
