// From-report mode, in place of configuration, files and judge: the report of an earlier run
// (untrusted: see from-report.ts) is read, checked, and gated again with this run's fail-on;
// the pull request's head commit and labels come from the API, never from the file.

import { applyOverrideLabel } from '../../config/index.js';
import { defaultEngineOptions } from '../../core/engine.js';
import { plural } from '../../core/render/labels.js';
import type { Report } from '../../core/types.js';
import { getPullRequest, type PullRequestData } from '../api/get-pull-request.js';
import { labelNames } from '../context.js';
import { readReportFile, trustedView } from '../from-report.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';
import { docsBase } from '../links.js';
import { printable } from '../printable.js';
import type { Repo } from '../api/types.js';
import type { Started } from '../types.js';

export interface ReportRead {
  /** Where the report was read. */
  path: string;
  report: Report;
  /** The pull request's head now. */
  headSha: string;
  /** The commit the report's run judged, when the event says (workflow_run). */
  judged: string | undefined;
  /** The commit the comment's lines link to and its state is of. */
  sha: string;
}

export async function readReport(run: Started): Promise<ReportRead> {
  const { env, sink, workspace, inputs, ctx, api, repo } = run;
  const number = inputs.pullRequest!;
  const read = await readReportFile(inputs.fromReport!, {
    workspace,
    runnerTemp: env.RUNNER_TEMP,
  });
  sink.info(
    `from-report: posting the report ${printable(read.path)} (${plural(read.report.proposals.length, 'proposal')}) to pull request #${number}; nothing is judged in this run`,
  );
  const unused = [
    inputs.filesExplicit && 'files',
    inputs.scope && 'scope',
    inputs.configExplicit && 'config',
    inputs.maxBytesExplicit && 'max-bytes',
  ].filter((x): x is string => typeof x === 'string');
  if (unused.length) {
    sink.warning(
      `from-report: ${unused.map((u) => `\`${u}\``).join(', ')} ${unused.length === 1 ? 'is' : 'are'} not used in this mode; the run that wrote the report applied them.`,
    );
  }

  const pr = await fetchPullRequest(api, repo, number);
  const judged = ctx.workflowRun?.headSha;
  const options = defaultEngineOptions(docsBase(env));
  let report = trustedView(read.report, inputs.failOn, options);
  report = applyOverrideLabel(report, pr.labels, inputs.overrideLabel);
  return { path: read.path, report, headSha: pr.headSha, judged, sha: judged ?? pr.headSha };
}

/** The pull request by number, from the API: what from-report mode trusts instead of the file. */
async function fetchPullRequest(
  api: GitHubApi,
  repo: Repo,
  number: number,
): Promise<{ headSha: string; labels: string[] }> {
  let data: PullRequestData | undefined;
  try {
    data = await getPullRequest(api, repo, number);
  } catch (err) {
    const status = statusOf(err);
    throw new Error(
      status === 404
        ? `pull request #${number} does not exist in ${repo.owner}/${repo.repo} (the \`pull-request\` input)`
        : `cannot read pull request #${number}: ${errorMessage(err)} (the token needs \`pull-requests: read\`)`,
      { cause: err },
    );
  }
  const headSha = typeof data?.head?.sha === 'string' ? data.head.sha.toLowerCase() : '';
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(headSha)) {
    throw new Error(`the API gave no head commit for pull request #${number}`);
  }
  return { headSha, labels: labelNames(data?.labels) };
}
