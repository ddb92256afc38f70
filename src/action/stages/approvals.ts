// Stage 5: who approved the waivers (issue 14). Runs before the judge stage: the engine
// decides per waiver, while judging, whether it is approved or still pending, so it needs the
// pull request's approvals first. The approval policy (`approvers`, `approval-required`)
// always comes from the base commit (approvals/policy.ts); the reviews are read through
// api/list-reviews.ts and, for team approvers, the teams API.

import { engineOptionsFromConfig } from '../../config/index.js';
import { utcToday } from '../../core/engine.js';
import type { Report } from '../../core/types.js';
import { approvalStage } from '../approvals/index.js';
import { readAtBase } from '../config.js';
import type { ApprovalPart } from '../approvals/policy.js';
import { docsBase } from '../links.js';
import type { Started } from '../types.js';
import type { Configuration } from './configuration.js';

/** What the approvals stage hands the judge. */
export interface ApprovalOutcome {
  /** The settings to judge with: the base commit's approval policy and what reviews say. */
  settings: Configuration;
  /** Why no review can approve a waiver in this run (no pull request); undefined otherwise. */
  unseen: string | undefined;
}

export async function approveWaivers(
  run: Started,
  settings: Configuration,
  /** The base commit's approval policy, when prefetch.ts started reading it already. */
  base?: Promise<ApprovalPart | { error: string }>,
): Promise<ApprovalOutcome> {
  const { ctx, api, repo, sink, inputs, env } = run;
  const { config, place } = settings;
  const pr = ctx.pr;
  const stage = await approvalStage(api, {
    repo,
    pr: pr ? { number: pr.number, baseSha: pr.baseSha, author: pr.author } : undefined,
    config,
    configIsBase: readAtBase(place, pr?.baseSha),
    ...(inputs.configExplicit ? { configFile: inputs.config } : {}),
    ...(base ? { base } : {}),
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
  return { settings: { ...settings, config: stage.config, options }, unseen };
}

/** The note above the report when a waiver waits on an approval this run could not see. */
export function unseenApprovalNote(approvals: ApprovalOutcome, report: Report): string | undefined {
  if (!approvals.unseen) return undefined;
  const pending = report.proposals.some((p) =>
    p.findings.some((f) => f.waiverApproval?.status === 'pending'),
  );
  return pending ? approvals.unseen : undefined;
}
