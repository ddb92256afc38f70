// `mode: portfolio`, in place of the judging run's outputs, comment, summary and
// gate: every proposal judged (scope all) becomes one page, written to the job summary, to the
// `portfolio` output (JSON) and, with `portfolio-issue: true`, to one issue. Nothing here
// fails the step for a finding: the page reports, it does not gate.

import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { utcToday } from '../../core/engine.js';
import type { DriftFinding } from '../../core/drift/index.js';
import { buildPortfolio, type Portfolio } from '../../core/portfolio.js';
import { messageToMarkdown } from '../../core/render/escape.js';
import {
  DEFAULT_PORTFOLIO_TITLE,
  ISSUE_BODY_LIMIT,
  renderPortfolioMarkdown,
} from '../../core/render/portfolio-markdown.js';
import type { Report } from '../../core/types.js';
import { errorMessage } from '../github.js';
import { portfolioMarker, syncPortfolioIssue, type IssueResult } from '../portfolio/issue.js';
import type { Started } from '../types.js';
import type { Configuration } from './configuration.js';

/** GitHub's job summary holds at most 1 MiB per step. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface PortfolioWritten {
  portfolio: Portfolio;
  /** The JSON page (the `portfolio` output). */
  path: string;
  issue: IssueResult;
  summary: string;
}

export async function writePortfolio(
  run: Started,
  settings: Configuration,
  report: Report,
  /** What the code and the developer portal say against the decisions (core/drift). */
  drift?: readonly DriftFinding[],
): Promise<PortfolioWritten> {
  const { repo } = run;
  const today = settings.options.today ?? utcToday();
  // Named, so that pages of several repositories' runs merge (`portfolio --merge`).
  const portfolio = buildPortfolio(report, {
    today,
    warningDays: settings.config.settings.waiverWarningDays,
    repository: { name: `${repo.owner}/${repo.repo}` },
    ...(drift ? { drift } : {}),
  });
  return writePortfolioPage(
    run,
    portfolio,
    settings.config.portfolioTitle ?? DEFAULT_PORTFOLIO_TITLE,
  );
}

/** The page, made: to the `portfolio` output, the issue (when asked) and the job summary. */
export async function writePortfolioPage(
  run: Started,
  portfolio: Portfolio,
  title: string,
): Promise<PortfolioWritten> {
  const { env, ctx, inputs, sink, api, repo } = run;
  const links = { serverUrl: ctx.serverUrl };
  const file = await writePortfolioFile(env, inputs.commentTag, portfolio);
  sink.setOutput('portfolio', file);

  let issue: IssueResult;
  if (!inputs.portfolioIssue) {
    issue = { action: 'skipped', reason: 'portfolio-issue is not set' };
  } else {
    const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined;
    const where = runId
      ? `[The job summary of this run](${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${runId}) has the whole page.`
      : "The job summary of this run's workflow has the whole page.";
    const marker = portfolioMarker(inputs.commentTag);
    const markdown = renderPortfolioMarkdown(portfolio, {
      ...links,
      marker,
      title,
      maxLength: ISSUE_BODY_LIMIT,
      fullPageHint: where,
    });
    // Signed with the state-key, bound to the repository (the tag is in the marker): the
    // issue's number is not known before it is created.
    const signing = inputs.stateKey
      ? { key: inputs.stateKey, scope: `${repo.owner}/${repo.repo}` }
      : undefined;
    issue = await syncPortfolioIssue(
      api,
      repo,
      { title, markdown, marker, ...(signing ? { signing } : {}) },
      sink,
      inputs.token,
    );
  }
  logIssue(run, issue);

  const notes: string[] = [];
  if (ctx.pr) {
    notes.push(
      `> [!NOTE]\n> \`mode: portfolio\` is meant for \`schedule\` and \`workflow_dispatch\` runs; on this ${messageToMarkdown(ctx.eventName)} event it judged every proposal of the commit and wrote no pull request comment.`,
    );
  }
  if (issue.action === 'failed') {
    notes.push(`> [!NOTE]\n> No portfolio issue was written: ${messageToMarkdown(issue.reason)}`);
  } else if (issue.action !== 'skipped' && issue.url) {
    notes.push(`The page is kept in issue [#${issue.number}](${issue.url}).`);
  }
  notes.push(
    'This page reports; it does not gate. Pull requests are gated by the check on each of them.',
  );
  const tail = `\n${notes.join('\n\n')}\n`;
  const summary = fitSummary(portfolio, title, tail, links.serverUrl);
  try {
    await sink.summary(summary);
  } catch (err) {
    sink.info(`The job summary was not written: ${errorMessage(err)}`);
  }
  if (issue.action === 'failed' && issue.fatal) sink.setFailed(issue.reason);
  return { portfolio, path: file, issue, summary };
}

/** The page and its notes within the summary's 1 MiB (bytes, not characters). */
function fitSummary(portfolio: Portfolio, title: string, tail: string, serverUrl: string): string {
  let maxLength = SUMMARY_LIMIT_BYTES - Buffer.byteLength(tail);
  for (;;) {
    const page = renderPortfolioMarkdown(portfolio, {
      serverUrl,
      title,
      maxLength,
      fullPageHint: 'The `portfolio` output (JSON) has every row.',
    });
    const text = `${page.trimEnd()}\n${tail}`;
    const bytes = Buffer.byteLength(text);
    if (bytes <= SUMMARY_LIMIT_BYTES || maxLength < 1000) return text;
    maxLength = Math.floor((maxLength * SUMMARY_LIMIT_BYTES) / bytes) - 1000;
  }
}

function logIssue(run: Started, issue: IssueResult): void {
  const { sink } = run;
  if (issue.action === 'failed') {
    if (issue.fatal) sink.error(issue.reason);
    else sink.warning(issue.reason);
  } else if (issue.action === 'skipped') {
    sink.info(`No portfolio issue: ${issue.reason}.`);
  } else {
    sink.info(
      `Portfolio issue #${issue.number} ${issue.action}${issue.url ? `: ${issue.url}` : ''}`,
    );
  }
}

async function writePortfolioFile(
  env: Readonly<Record<string, string | undefined>>,
  tag: string,
  portfolio: Portfolio,
): Promise<string> {
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'stack-verdict');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `portfolio${tag ? `-${tag}` : ''}.json`);
  await writeFile(file, `${JSON.stringify(portfolio, null, 2)}\n`);
  return file;
}
