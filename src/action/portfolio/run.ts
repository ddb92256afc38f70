// mode: portfolio: the stages of a judging run up to the judging (scope all), then the page
// (stages/portfolio.ts) in place of the comment, the annotations and the gate.

import { decisionsFrom, driftFindings } from '../../core/drift/index.js';
import { ArtefactReads } from '../artefacts.js';
import { boundHeapFor } from '../heap.js';
import type { RunDeps, RunResult, Started } from '../types.js';
import { loadConfiguration } from '../stages/configuration.js';
import { listFiles } from '../stages/files.js';
import { judge, judgeReader } from '../stages/judge.js';
import { setOutputs, writeReport } from '../stages/outputs.js';
import { writePortfolio } from '../stages/portfolio.js';
import { locateSource } from '../stages/source.js';
import { DEFAULT_PORTFOLIO_TITLE } from '../../core/render/portfolio-markdown.js';
import { utcToday } from '../../core/engine.js';
import { docsBase } from '../links.js';
import { printable } from '../printable.js';
import { writePortfolioPage } from '../stages/portfolio.js';
import { portfolioOfRepositories, reportOfRepositories } from './across.js';
import { catalogFiles, codeOfRun } from './code.js';
import { readRepositories } from './repositories.js';

export async function runPortfolio(started: Started, deps: RunDeps): Promise<RunResult> {
  // The page covers every proposal, whatever the event (inputs.ts refuses scope: changed).
  const run: Started = { ...started, inputs: { ...started.inputs, scope: 'all' } };
  if (run.inputs.repositories.length > 0) return runAcross(run, deps);
  const { ctx, sink } = run;
  if (ctx.pr) {
    sink.info(
      `mode: portfolio is meant for schedule and workflow_dispatch runs; on this ${ctx.eventName} event it judges every proposal and writes the page, with no pull request comment.`,
    );
  }
  const located = await locateSource(run, deps.gitHead);
  const settings = await loadConfiguration(run, located.source);
  const listing = await listFiles(run, 'all', located.source, settings.globs, {});
  await boundHeapFor(listing.files.files.length);
  // The artefacts constraints cite, read as a pull request's run reads them (one more round
  // trip without a checkout), so the page counts what the evidence showed.
  const artefacts = new ArtefactReads({
    source: located.source,
    workspace: run.workspace,
    api: run.api,
    repo: run.repo,
    sha: ctx.sha,
  });
  const name = `${run.repo.owner}/${run.repo.repo}`;
  // Without a checkout the catalog files are read with the proposals: one batch for both.
  const catalog =
    located.source.kind === 'api' && listing.paths
      ? new Set(catalogFiles(listing.paths, settings.config.catalog))
      : new Set<string>();
  const reader = judgeReader(run, located.source, settings, (f) =>
    catalog.has(f) ? 'a catalog file' : 'a proposal',
  );
  reader.prefetch?.([...listing.files.files, ...catalog]);
  const judging = judge(run, located.source, settings, listing, artefacts, undefined, reader);
  const reading = codeOfRun(run, located.source, settings, listing.paths, name, reader);
  const [{ report, results }, code] = await Promise.all([judging, reading]);
  for (const { file, message } of code?.unread ?? []) {
    sink.warning(
      `The catalog file ${printable(file)} was not read for the drift check: ${printable(message)}`,
    );
  }
  const reportPath = await writeReport(run.env, run.inputs.commentTag, report);
  setOutputs(sink, report, reportPath);
  const drift = code && driftFindings(decisionsFrom(results, name), [code]);
  const page = await writePortfolio(run, settings, report, drift);
  sink.info(
    `Stack Verdict portfolio: ${report.counts.proposals} proposals, verdict ${report.verdict}. The page reports; it does not gate, so findings never fail this step.`,
  );
  return {
    mode: 'portfolio',
    inputs: run.inputs,
    context: ctx,
    scope: 'all',
    source: located.source,
    files: listing.files,
    report,
    comment: { action: 'skipped', reason: 'mode: portfolio writes no pull request comment' },
    reportPath,
    config: settings.info,
    summary: page.summary,
    portfolio: { path: page.path, issue: page.issue },
  };
}

/**
 * `repositories` given: each repository is read through the API (portfolio/repositories.ts)
 * and judged with its own configuration; this repository's configuration gives only the
 * page's title and the waivers' warning days.
 */
async function runAcross(run: Started, deps: RunDeps): Promise<RunResult> {
  const { ctx, sink, api, env } = run;
  const located = await locateSource(run, deps.gitHead);
  const settings = await loadConfiguration(run, located.source);
  const today = settings.options.today ?? utcToday();
  const reads = await readRepositories(api, run.inputs.repositories, {
    today,
    docsBase: docsBase(env),
    ...(run.policyApi ? { policyApi: run.policyApi } : {}),
    log: (m) => sink.info(printable(m)),
  });
  for (const read of reads) {
    if (read.ok) {
      sink.info(
        `${printable(read.name)} at ${printable(read.readAt)}: ${read.report.counts.proposals} proposals, ${read.config ? `configuration ${printable(read.config)}` : 'the built-in policy'}`,
      );
      if (read.truncated) {
        sink.warning(
          `${printable(read.name)}: GitHub listed only part of its files (the tree is too large); some proposals may be missing from the page`,
        );
      }
      for (const u of read.code.unread) {
        sink.warning(
          `${printable(read.name)}: the catalog file ${printable(u.file)} was not read, so the drift check leaves it out: ${printable(u.message)}`,
        );
      }
      if (read.code.breakdownUnread !== undefined) {
        sink.info(`${printable(read.name)}: ${printable(read.code.breakdownUnread)}`);
      }
    } else {
      sink.warning(
        `${printable(read.name)} is on the page unread: ${printable(read.error.reason)}`,
      );
    }
  }
  const report = reportOfRepositories(reads);
  const reportPath = await writeReport(env, run.inputs.commentTag, report);
  setOutputs(sink, report, reportPath);
  const portfolio = portfolioOfRepositories(reads, {
    today,
    warningDays: settings.config.settings.waiverWarningDays,
  });
  const page = await writePortfolioPage(
    run,
    portfolio,
    settings.config.portfolioTitle ?? DEFAULT_PORTFOLIO_TITLE,
  );
  const unread = reads.filter((r) => !r.ok).length;
  sink.info(
    `Stack Verdict portfolio: ${reads.length} repositories (${unread} not read), ${report.counts.proposals} proposals, verdict ${report.verdict}. The page reports; it does not gate, so findings never fail this step.`,
  );
  return {
    mode: 'portfolio',
    inputs: run.inputs,
    context: ctx,
    scope: 'all',
    source: { kind: 'api', reason: 'the repositories are read through the GitHub API' },
    files: {
      files: report.proposals.map((p) => p.file),
      listed: report.proposals.length,
      total: undefined,
      truncated: reads.some((r) => r.ok && r.truncated),
    },
    report,
    comment: { action: 'skipped', reason: 'mode: portfolio writes no pull request comment' },
    reportPath,
    config: settings.info,
    summary: page.summary,
    portfolio: { path: page.path, issue: page.issue },
  };
}
