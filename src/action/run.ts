// The Action's orchestration. Everything from outside comes in through RunDeps (environment,
// workspace, API client, output sink) so that tests drive it with a mocked client.

import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyOverrideLabel } from '../config/index.js';
import { buildReport, defaultEngineOptions, DEFAULT_DOCS_URL } from '../core/engine.js';
import { escapeCode, escapeMarkdown, messageToMarkdown, safeUrl } from '../core/render/escape.js';
import { renderJson } from '../core/render/json.js';
import { plural, VERDICT_LABEL } from '../core/render/labels.js';
import { COMMENT_LIMIT, renderMarkdown, type Changes } from '../core/render/markdown.js';
import { renderSummary } from '../core/render/summary.js';
import type { Report } from '../core/types.js';
import { findByGlobs, toReportPath } from '../io/files.js';
import { writeAnnotations } from './annotations.js';
import {
  changedProposalFiles,
  globMatcher,
  PR_FILES_CAP,
  proposalFilesAtCommit,
  type FileList,
} from './changed-files.js';
import {
  baselineFor,
  commentBody,
  createComment,
  decodeState,
  diffAgainst,
  encodeState,
  findComment,
  markerFor,
  removeDuplicates,
  snapshotOf,
  startsWithMarker,
  updateComment,
  type CommentState,
} from './comment.js';
import {
  ActionConfigError,
  configPlace,
  effectiveSettings,
  loadActionConfig,
  reportConfigError,
} from './config.js';
import { labelNames, loadContext, type RunContext } from './context.js';
import { readReportFile, trustedView } from './from-report.js';
import { errorMessage, statusOf, type GitHubApi } from './github.js';
import { inputFromEnv, readInputs, type Inputs, type Scope } from './inputs.js';
import { currentLabels, overrideLogLine, overrideNote } from './override.js';
import {
  chooseSource,
  judgeFiles,
  makeReader,
  readGitHead,
  short,
  type Source,
} from './read-files.js';
import { sarifText, writeSarifFile } from './sarif.js';
import { encodePath } from '../core/well-formed.js';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** What the Action writes to the workflow, in the shape of @actions/core. */
export interface Sink {
  info(message: string): void;
  error(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  summary(markdown: string): Promise<void>;
}

export interface RunDeps {
  env: Readonly<Record<string, string | undefined>>;
  /** GITHUB_WORKSPACE: the only folder files are read from. */
  workspace: string;
  sink: Sink;
  createApi: (token: string) => GitHubApi;
  /** The commit checked out in the workspace (default: read from .git). */
  gitHead?: (workspace: string) => Promise<string | undefined>;
}

export type CommentResult =
  | { action: 'created' | 'updated'; url: string | undefined }
  | { action: 'unchanged' }
  | { action: 'skipped'; reason: string }
  | { action: 'failed'; reason: string; fatal: boolean };

export interface RunResult {
  /** judge: the files are judged; from-report: a report of an earlier run is posted. */
  mode: 'judge' | 'from-report';
  inputs: Inputs;
  context: RunContext;
  /** undefined in from-report mode. */
  scope: Scope | undefined;
  /** Why a scope: changed run judged every proposal instead (a pull request over 3,000 files). */
  widened?: string;
  source: Source | { kind: 'report'; reason: string };
  files: FileList;
  report: Report;
  comment: CommentResult;
  /** The JSON report written (judge) or read (from-report). */
  reportPath: string;
  /** Where the SARIF log was written, when the `sarif` input asked for one. */
  sarifPath?: string;
  /** The configuration file used (undefined: the built-in policy) and where it was read. */
  config?: { file: string | undefined; from: string };
  /** The Markdown written to the job summary. */
  summary: string;
}

/** Runs the Action; failures end up in sink.setFailed, never as a thrown error. */
export async function run(deps: RunDeps): Promise<RunResult | undefined> {
  try {
    return await runSteps(deps);
  } catch (err) {
    if (err instanceof ActionConfigError) await reportConfigError(err, deps.sink);
    else deps.sink.setFailed(errorMessage(err));
    return undefined;
  }
}

async function runSteps(deps: RunDeps): Promise<RunResult> {
  const { env, sink } = deps;
  const workspace = path.resolve(deps.workspace);
  // 1. Inputs, all validated before any I/O.
  const inputs = readInputs(inputFromEnv(env));
  // 2. The event.
  const ctx = await loadContext(env);
  const api = deps.createApi(inputs.token);
  if (inputs.fromReport !== undefined) return runFromReport({ deps, workspace, inputs, ctx, api });
  const repo = { owner: ctx.owner, repo: ctx.repo };

  let scope: Scope = inputs.scope ?? (ctx.pr ? 'changed' : 'all');
  if (scope === 'changed' && !ctx.pr) {
    sink.info(`scope: changed needs a pull request; the ${ctx.eventName} event checks them all`);
    scope = 'all';
  }

  // 3. Where files come from, and which.
  const head = await (deps.gitHead ?? readGitHead)(workspace);
  const source = chooseSource(ctx, head);
  sink.info(`Judging commit ${ctx.sha} (${ctx.eventName}, scope ${scope}): ${source.reason}`);

  // 4. The configuration: never the pull request's own, unless its checkout is the workspace
  //    on the pull_request event (see config.ts).
  const place = configPlace(ctx, source);
  const policyApi = inputs.policyToken ? deps.createApi(inputs.policyToken) : api;
  const config = await loadActionConfig({ inputs, place, workspace, api, repo, policyApi });
  const { globs, failOn, maxBytes, options } = effectiveSettings(inputs, config, docsBase(env));
  const configInfo = { file: config.file, from: place.reason };
  sink.info(
    config.file
      ? `Configuration: ${printable(config.file)}, read from ${place.reason}`
      : `Configuration: none at ${place.reason}; the built-in policy applies`,
  );

  // On a pull request of more than 3,000 files GitHub lists only the first 3,000: a proposal
  // past them would go unjudged, so a pull request padded past the cap could slip through the
  // gate. Such a run judges every proposal at the head instead, and says so.
  let files: FileList | undefined;
  let widened: { total: number | undefined } | undefined;
  if (scope === 'changed') {
    const pr = ctx.pr!;
    if (pr.changedFiles !== undefined && pr.changedFiles > PR_FILES_CAP) {
      // The payload says so already: listing 3,000 files first would be 30 requests for nothing.
      widened = { total: pr.changedFiles };
    } else {
      const changed = await changedProposalFiles(
        api,
        repo,
        pr.number,
        pr.changedFiles,
        globs,
      ).catch((err: unknown) => {
        throw new Error(
          `cannot list the files of pull request #${pr.number}: ${errorMessage(err)} (the token needs \`pull-requests: read\`)`,
        );
      });
      if (changed.truncated) widened = { total: changed.total };
      else files = changed;
    }
    if (widened) {
      scope = 'all';
      sink.info(widenedLogLine(widened.total, ctx.sha));
    }
  }
  if (!files && source.kind === 'workspace') {
    const match = globMatcher(globs);
    const found = (await findByGlobs(workspace, globs))
      .map((f) => toReportPath(workspace, f))
      .filter(match);
    files = { files: found, listed: found.length, total: undefined, truncated: false };
  } else if (!files) {
    files = await proposalFilesAtCommit(api, repo, ctx.sha, globs).catch((err: unknown) => {
      throw new Error(
        `cannot list the files at ${short(ctx.sha)} through the API: ${errorMessage(err)} (check out the repository before this step, or give the token \`contents: read\`)`,
      );
    });
  }
  // A file name may hold a newline; raw in the log it could start a workflow command.
  const named = files.files.slice(0, 20).map(printable).join(', ');
  const more = files.files.length > 20 ? ` and ${files.files.length - 20} more` : '';
  sink.info(
    `${plural(files.files.length, 'file')} to judge${files.files.length ? `: ${named}${more}` : ''}`,
  );

  // 5. Judge, then the override label.
  const reader = makeReader({ source, workspace, maxBytes, api, repo, sha: ctx.sha });
  let report = buildReport(await judgeFiles(files.files, reader, options), failOn, options);
  report = { ...report, config: { chain: [...(config.chain ?? [])] } }; // issue 14: who judged
  const incomplete = incompleteReason(files, widened);
  if (incomplete) sink.warning(incomplete);
  // Every proposal was to be judged because the pull request is too large to list, and not
  // every one could be: the gate cannot speak for the rest, so it fails (unless fail-on: never;
  // an override label still opens it, saying what it would have said).
  const unseen = widened !== undefined && files.truncated && failOn !== 'never';
  if (unseen) report = { ...report, gate: { ...report.gate, passed: false } };
  if (inputs.overrideLabel && ctx.pr) {
    const labels = await currentLabels(api, repo, ctx.pr.number, ctx.pr.labels, sink);
    report = applyOverrideLabel(report, labels, inputs.overrideLabel);
  }

  // 6. Outputs, the report file and the SARIF log.
  const reportPath = await writeReport(env, inputs.commentTag, report);
  setOutputs(sink, report, reportPath);
  let sarifPath: string | undefined;
  if (inputs.sarif !== undefined) {
    try {
      sarifPath = await writeSarifFile(workspace, inputs.sarif, sarifText(report, options));
      sink.setOutput('sarif', sarifPath);
      sink.info(`SARIF log written to ${printable(sarifPath)}`);
    } catch (err) {
      // The comment and the summary still carry the verdict; the step fails at the end.
      sink.error(errorMessage(err));
      sink.setFailed(errorMessage(err));
    }
  }

  // 7. Annotations.
  writeAnnotations(report, sink);

  // 8. The pull request comment.
  const repository = { url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`, sha: ctx.sha };
  const notes = [
    ...optional(widened && widenedNote(widened.total, ctx.sha)),
    scopeNote(ctx, scope, files, report),
    ...optional(overrideNote(report)),
  ];
  const rendering = { repository, notes, ...(incomplete ? { incomplete } : {}) };
  let changes: Changes | undefined;
  let comment: CommentResult;
  if (!ctx.pr) {
    comment = { action: 'skipped', reason: `no pull request on the ${ctx.eventName} event` };
  } else if (inputs.comment === 'never') {
    comment = { action: 'skipped', reason: 'comment: never' };
  } else {
    const synced = await syncComment({
      api,
      repo,
      number: ctx.pr.number,
      sha: ctx.sha,
      inputs,
      report,
      files,
      sink,
      rendering,
      emptyText: emptyText(scope, globs),
      all: scope === 'all',
    });
    comment = synced.result;
    changes = synced.changes;
  }
  logComment(comment, sink);

  // 9. The job summary: the full report.
  const summary = await writeSummary(sink, report, rendering, comment, changes, {
    emptyText: emptyText(scope, globs),
    overflowHint: `The JSON report (the \`report\` output) has every proposal.`,
  });

  // 10. The gate.
  if (unseen && !report.gate.passed) {
    sink.setFailed(
      `Stack Verdict: ${countsText(report)}, but not every proposal was seen. ${incomplete} The gate fails (fail-on: ${failOn}).`,
    );
  } else if (report.proposals.length === 0) {
    sink.info(
      scope === 'changed'
        ? 'No service proposal is changed in this pull request: nothing to judge.'
        : 'No service proposal matches the globs: nothing to judge.',
    );
  } else {
    gate(report, sink);
  }
  // A comment that failed for another reason than permissions is a fault to look into.
  if (comment.action === 'failed' && comment.fatal) sink.setFailed(comment.reason);
  return {
    mode: 'judge',
    inputs,
    context: ctx,
    scope,
    ...(widened ? { widened: widenedLogLine(widened.total, ctx.sha) } : {}),
    source,
    files,
    report,
    comment,
    reportPath,
    ...(sarifPath !== undefined ? { sarifPath } : {}),
    config: configInfo,
    summary,
  };
}

/**
 * from-report mode: judges nothing. The report of an earlier run (untrusted: see
 * from-report.ts) is checked, gated again with this run's fail-on, and posted to the pull
 * request named by the `pull-request` input through the same comment code as a judging run.
 * No annotations (they would land on this run, not the pull request's); the summary is written.
 */
async function runFromReport(args: {
  deps: RunDeps;
  workspace: string;
  inputs: Inputs;
  ctx: RunContext;
  api: GitHubApi;
}): Promise<RunResult> {
  const { deps, workspace, inputs, ctx, api } = args;
  const { env, sink } = deps;
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const number = inputs.pullRequest!;

  // 1. The report: bounded, validated, consistent.
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

  // 2. The pull request, from GitHub: its head commit and labels.
  const pr = await fetchPullRequest(api, repo, number);
  const judged = ctx.workflowRun?.headSha;
  const sha = judged ?? pr.headSha;

  // 3. The gate again, from this run's fail-on, never the file's; then the override label.
  const options = defaultEngineOptions(docsBase(env));
  let report = trustedView(read.report, inputs.failOn, options);
  report = applyOverrideLabel(report, pr.labels, inputs.overrideLabel);
  setOutputs(sink, report, read.path);
  sink.info('Annotations are not written in from-report mode: they would belong to this run.');

  // 4. The comment.
  const listed = report.proposals.map((p) => p.file);
  const files: FileList = {
    files: listed,
    listed: listed.length,
    total: undefined,
    truncated: false,
  };
  const repository = { url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`, sha };
  const notes = [fromReportNote(ctx, sha), ...optional(overrideNote(report))];
  const rendering = { repository, notes };
  let changes: Changes | undefined;
  let comment: CommentResult;
  if (inputs.comment === 'never') {
    comment = { action: 'skipped', reason: 'comment: never' };
  } else if (judged && judged !== pr.headSha) {
    comment = {
      action: 'skipped',
      reason: `the report is of commit ${short(judged)}, but pull request #${number} is now at ${short(pr.headSha)}; the run for that commit comments instead`,
    };
  } else {
    const synced = await syncComment({
      api,
      repo,
      number,
      sha,
      inputs,
      report,
      files,
      sink,
      rendering,
      emptyText: 'The report holds no service proposal: this pull request changes none.',
      fromReport: true,
    });
    comment = synced.result;
    changes = synced.changes;
  }
  logComment(comment, sink);

  // 5. The job summary and the gate.
  const summary = await writeSummary(sink, report, rendering, comment, changes, {
    emptyText: 'The report holds no service proposal.',
    overflowHint: 'The report file has every proposal.',
  });
  if (report.proposals.length > 0) restateGate(report, sink);
  if (comment.action === 'failed' && comment.fatal) sink.setFailed(comment.reason);
  return {
    mode: 'from-report',
    inputs,
    context: ctx,
    scope: undefined,
    source: { kind: 'report', reason: `the report ${read.path}` },
    files,
    report,
    comment,
    reportPath: read.path,
    summary,
  };
}

/** The pull request by number, from the API: what from-report mode trusts instead of the file. */
async function fetchPullRequest(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  number: number,
): Promise<{ headSha: string; labels: string[] }> {
  let data: { head?: { sha?: unknown }; labels?: unknown } | undefined;
  try {
    const res = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: number,
    });
    data = (res.data ?? {}) as typeof data;
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

function fromReportNote(ctx: RunContext, sha: string): string {
  const at = `<code>${short(sha)}</code>`;
  const run = ctx.workflowRun;
  const url = run?.htmlUrl ? safeUrl(run.htmlUrl) : undefined;
  const name = run?.name ? escapeMarkdown(run.name) : 'the check run';
  const link = url ? `[${name}](${url})` : name;
  return run?.headSha
    ? `Judged at ${at} by ${link}; posted from its report. That run gates the pull request.`
    : `Posted from the report of an earlier run; lines link to the pull request's head ${at}.`;
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

function setOutputs(sink: Sink, report: Report, reportPath: string): void {
  sink.setOutput('verdict', report.verdict);
  sink.setOutput('proposals', String(report.counts.proposals));
  sink.setOutput('errors', String(report.counts.errors));
  sink.setOutput('warnings', String(report.counts.warnings));
  sink.setOutput('notices', String(report.counts.notices));
  sink.setOutput('report', reportPath);
}

function logComment(comment: CommentResult, sink: Sink): void {
  if (comment.action === 'created' || comment.action === 'updated') {
    sink.info(`Pull request comment ${comment.action}${comment.url ? `: ${comment.url}` : ''}`);
  } else if (comment.action === 'skipped' || comment.action === 'unchanged') {
    sink.info(
      comment.action === 'unchanged'
        ? 'The pull request comment is up to date'
        : `No pull request comment: ${comment.reason}`,
    );
  }
}

async function writeSummary(
  sink: Sink,
  report: Report,
  rendering: Rendering,
  comment: CommentResult,
  changes: Changes | undefined,
  text: { emptyText: string; overflowHint: string },
): Promise<string> {
  const notes = [...rendering.notes];
  if (comment.action === 'failed') {
    notes.push(
      `> [!NOTE]\n> No pull request comment was written: ${messageToMarkdown(comment.reason)}`,
    );
  }
  const summary = renderSummary(report, {
    ...rendering,
    notes,
    ...text,
    ...(changes ? { changes } : {}),
  });
  try {
    await sink.summary(summary);
  } catch (err) {
    sink.info(`The job summary was not written: ${errorMessage(err)}`);
  }
  return summary;
}

/**
 * from-report mode: says what the gate is, never fails the step for it. The run that wrote
 * the report (on the pull request's commit) is the gate; this run, on the default branch,
 * only comments, and a red run there would mark the wrong commit.
 */
function restateGate(report: Report, sink: Sink): void {
  const head = `Stack Verdict: ${VERDICT_LABEL[report.verdict]} — ${countsText(report)}`;
  const override = overrideLogLine(report);
  const verdict = report.gate.passed ? 'passes' : 'fails';
  sink.info(
    `${head}; the gate ${verdict} (fail-on: ${report.gate.failOn}).${override ? ` ${override}` : ''} This run only posts the comment: the run that wrote the report gates the pull request.`,
  );
}

/** Fails the step when the gate fails; says so when the override label opened it. */
function gate(report: Report, sink: Sink): void {
  const head = `Stack Verdict: ${VERDICT_LABEL[report.verdict]} — ${countsText(report)}`;
  const override = overrideLogLine(report);
  if (!report.gate.passed) {
    sink.setFailed(
      `${head}; the gate fails (fail-on: ${report.gate.failOn}). The annotations and the job summary show each finding.`,
    );
  } else if (override && !report.gate.overridden?.wouldHavePassed) {
    sink.warning(`${head}. ${override}`);
  } else {
    sink.info(
      `${head}; the gate passes (fail-on: ${report.gate.failOn}).${override ? ` ${override}` : ''}`,
    );
  }
}

/**
 * Rule documentation lives in the Action's own repository at the ref the workflow uses,
 * when the runner says which (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF); else the
 * core's default.
 */
export function docsBase(env: Readonly<Record<string, string | undefined>>): string {
  const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
  const repository = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  if (!/^https?:\/\//.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !ref) {
    return DEFAULT_DOCS_URL;
  }
  return `${server}/${repository}/blob/${encodePath(ref)}/docs/rules/`;
}

/**
 * A link to a line of a file at the commit that was judged. Never throws: a lone surrogate in
 * the name (which encodeURIComponent refuses) is linked as U+FFFD.
 */
export function blobUrl(ctx: RunContext, file: string, line: number, sha = ctx.sha): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${sha}/${encodePath(file)}#L${line}`;
}

function filesCount(total: number | undefined): string {
  return total !== undefined ? `${total} files` : `more than ${PR_FILES_CAP} files`;
}

/** Why every proposal is judged on a pull request of `total` (or, unknown, over 3,000) files. */
function widenedLogLine(total: number | undefined, sha: string): string {
  return `This pull request changes ${filesCount(total)}, but GitHub lists only the first ${PR_FILES_CAP} files of a pull request, so not every changed proposal can be found: every proposal in the repository at ${short(sha)} is judged instead (as with scope: all).`;
}

/** The same for the comment and the summary. */
function widenedNote(total: number | undefined, sha: string): string {
  return `> [!IMPORTANT]\n> **Every proposal in the repository was judged**, not only the changed ones: this pull request changes ${filesCount(total)}, but GitHub lists only the first ${PR_FILES_CAP} files of a pull request, so not every changed proposal can be found. Judged at <code>${short(sha)}</code>.`;
}

function incompleteReason(files: FileList, widened: object | undefined): string | undefined {
  if (!files.truncated) return undefined;
  if (widened) {
    return 'This pull request is too large for GitHub to list its changed files, and the repository too large for GitHub to list its files in one answer (the Git trees API cut its list short), so some proposals were not seen and could not be judged. Check out the pull request head (actions/checkout) before this step to judge every proposal in the workspace.';
  }
  return 'The repository is too large for GitHub to list its files in one answer, so some files were not seen. Check out the repository before this step to judge every proposal.';
}

function scopeNote(ctx: RunContext, scope: Scope, files: FileList, report: Report): string {
  const at = `at <code>${short(ctx.sha)}</code>`;
  const skipped = report.skipped.length
    ? ` (${plural(report.skipped.length, 'Markdown file')} without front matter skipped)`
    : '';
  return scope === 'changed'
    ? `Judged the ${plural(files.files.length, 'proposal file')} changed in this pull request, ${at}${skipped}.`
    : `Judged every proposal file in the repository, ${at}${skipped}.`;
}

function emptyText(scope: Scope, globs: readonly string[]): string {
  const list = globs.map((g) => `<code>${escapeCode(g)}</code>`).join(', ');
  return scope === 'changed'
    ? `No file changed in this pull request matches the proposal globs (${list}).`
    : `No file in the repository matches the proposal globs (${list}).`;
}

/** Control characters shown as escapes, so that a name cannot start a line of the log. */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => JSON.stringify(c).slice(1, -1));
}

function countsText(report: Report): string {
  const c = report.counts;
  return [
    plural(c.proposals, 'proposal'),
    plural(c.errors, 'error'),
    plural(c.warnings, 'warning'),
    plural(c.notices, 'notice'),
  ].join(', ');
}

async function writeReport(
  env: Readonly<Record<string, string | undefined>>,
  tag: string,
  report: Report,
): Promise<string> {
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'stack-verdict');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `report${tag ? `-${tag}` : ''}.json`);
  await writeFile(file, renderJson(report));
  return file;
}

interface Rendering {
  /** The repository and the judged commit: file:line links point there. */
  repository: { url: string; sha: string };
  notes: string[];
  incomplete?: string;
}

/**
 * Finds our comment, compares with the state it keeps, and creates or updates it as the
 * `comment` input says. A read-only token (forks) is a warning, never a failure.
 */
async function syncComment(args: {
  api: GitHubApi;
  repo: { owner: string; repo: string };
  /** The pull request: the event's, or the `pull-request` input in from-report mode. */
  number: number;
  /** The commit the report is of: kept in the comment's state, and compared with next time. */
  sha: string;
  inputs: Inputs;
  report: Report;
  files: FileList;
  sink: Sink;
  rendering: Rendering;
  /** Shown when there is no proposal and no comment of ours yet. */
  emptyText: string;
  /** from-report mode: a refused write is a missing permission, never a fork's token. */
  fromReport?: boolean;
  /** Every proposal of the repository was judged (scope all), not only the changed ones. */
  all?: boolean;
}): Promise<{ result: CommentResult; changes?: Changes }> {
  const { api, repo, number, sha, inputs, report, files, sink, rendering } = args;
  const marker = markerFor(inputs.commentTag);
  const all = args.all === true;

  let found;
  try {
    found = await findComment(api, repo, number, marker, sink, { token: inputs.token });
  } catch (err) {
    return {
      result: commentFailure(err, 'read the comments of', number, sink, args.fromReport === true),
    };
  }
  for (const c of found.foreign) {
    const by = printable(c.user?.login ?? 'an unknown user');
    sink.info(
      found.identity && startsWithMarker(c.body, marker)
        ? `Comment ${c.id} by ${by} carries this action's marker but was not written by ${found.identity.login}; it is left as it is.`
        : `Comment ${c.id} by ${by} quotes this action's marker but does not start with it; it is left as it is.`,
    );
  }
  const ours = found.ours;
  const previous = ours ? decodeState(ours.body) : undefined;
  const baseline = baselineFor(previous, sha, all);
  const changes = baseline
    ? diffAgainst(report, baseline, files.truncated ? new Set(files.files) : undefined)
    : undefined;

  const open = report.counts.errors + report.counts.warnings + report.counts.notices;
  const wanted =
    ours !== undefined ||
    (inputs.comment === 'always' && (report.proposals.length > 0 || files.truncated)) ||
    (inputs.comment === 'on-findings' && open > 0);
  if (!wanted) {
    const reason =
      report.proposals.length === 0
        ? 'this pull request changes no proposal and has no comment from an earlier run'
        : 'comment: on-findings, and there is no finding';
    return { result: { action: 'skipped', reason }, ...(changes ? { changes } : {}) };
  }

  const snapshot = snapshotOf(report, sha);
  const state: CommentState = {
    ...snapshot,
    // What an incomplete run saw cannot be compared with later: it is marked so.
    complete: !files.truncated,
    ...(all ? { all } : {}),
    ...(baseline ? { base: baseline } : {}),
  };
  const stateText = encodeState(state);
  const markdown = renderMarkdown(report, {
    ...rendering,
    marker,
    ...(changes ? { changes } : {}),
    emptyText: ours
      ? 'This pull request no longer changes any service proposal, so there is nothing to judge.'
      : args.emptyText,
    maxLength: COMMENT_LIMIT - stateText.length - 16,
    overflowHint: "The job summary of this run's workflow has the full report.",
  });
  const body = commentBody(markdown, stateText);
  try {
    if (ours) {
      const url = ours.body === body ? undefined : await updateComment(api, repo, ours.id, body);
      // Two runs that raced both created a comment: this run keeps the oldest, deletes the rest.
      await removeDuplicates(api, repo, found.duplicates, ours.id, sink);
      const result: CommentResult =
        ours.body === body
          ? { action: 'unchanged' }
          : { action: 'updated', url: url ?? ours.html_url };
      return { result, ...(changes ? { changes } : {}) };
    }
    const url = await createComment(api, repo, number, body, marker, sink);
    return { result: { action: 'created', url } };
  } catch (err) {
    return {
      result: commentFailure(
        err,
        ours ? 'update its comment on' : 'comment on',
        number,
        sink,
        args.fromReport === true,
      ),
      ...(changes ? { changes } : {}),
    };
  }
}

function commentFailure(
  err: unknown,
  verb: string,
  number: number,
  sink: Sink,
  fromReport: boolean,
): CommentResult {
  const status = statusOf(err);
  if (status === 403 || status === 404) {
    const why = fromReport
      ? 'The token lacks `pull-requests: write`: give this workflow `permissions: pull-requests: write`. The job summary carries the verdict.'
      : 'The token can only read, as GitHub gives pull requests from forks on the pull_request event, ' +
        'or lacks `pull-requests: write`. The annotations and the job summary carry the verdict. ' +
        'For a comment on fork pull requests, use the two workflows of the fork-safe setup ' +
        '(examples/workflows/fork-safe-*.yml), or run on pull_request_target: this action reads ' +
        'files through the API and never runs code from the pull request.';
    const reason = `Stack Verdict cannot ${verb} pull request #${number} (HTTP ${status}: ${errorMessage(err)}). ${why}`;
    sink.warning(reason);
    return { action: 'failed', reason, fatal: false };
  }
  const reason = `Stack Verdict could not ${verb} pull request #${number}: ${errorMessage(err)}`;
  sink.error(reason);
  return { action: 'failed', reason, fatal: true };
}
