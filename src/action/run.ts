// The Action's orchestration. Everything from outside comes in through RunDeps (environment,
// workspace, API client, output sink) so that tests drive it with a mocked client.

import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  buildReport,
  defaultEngineOptions,
  DEFAULT_DOCS_URL,
  type EngineOptions,
} from '../core/engine.js';
import { escapeCode, messageToMarkdown } from '../core/render/escape.js';
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
  snapshotOf,
  updateComment,
  type CommentState,
} from './comment.js';
import { loadContext, type RunContext } from './context.js';
import { errorMessage, statusOf, type GitHubApi } from './github.js';
import { inputFromEnv, readInputs, type Inputs, type Scope } from './inputs.js';
import {
  chooseSource,
  judgeFiles,
  makeReader,
  readGitHead,
  short,
  type Source,
} from './read-files.js';

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
  inputs: Inputs;
  context: RunContext;
  scope: Scope;
  source: Source;
  files: FileList;
  report: Report;
  comment: CommentResult;
  reportPath: string;
  /** The Markdown written to the job summary. */
  summary: string;
}

/** Runs the Action; failures end up in sink.setFailed, never as a thrown error. */
export async function run(deps: RunDeps): Promise<RunResult | undefined> {
  try {
    return await runSteps(deps);
  } catch (err) {
    deps.sink.setFailed(errorMessage(err));
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
  let files: FileList;
  if (scope === 'changed') {
    const pr = ctx.pr!;
    files = await changedProposalFiles(api, repo, pr.number, pr.changedFiles, inputs.files).catch(
      (err: unknown) => {
        throw new Error(
          `cannot list the files of pull request #${pr.number}: ${errorMessage(err)} (the token needs \`pull-requests: read\`)`,
        );
      },
    );
  } else if (source.kind === 'workspace') {
    const match = globMatcher(inputs.files);
    const found = (await findByGlobs(workspace, inputs.files))
      .map((f) => toReportPath(workspace, f))
      .filter(match);
    files = { files: found, listed: found.length, total: undefined, truncated: false };
  } else {
    files = await proposalFilesAtCommit(api, repo, ctx.sha, inputs.files).catch((err: unknown) => {
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

  // 4. Judge.
  const reader = makeReader({
    source,
    workspace,
    maxBytes: inputs.maxBytes,
    api,
    repo,
    sha: ctx.sha,
  });
  const options = engineOptions(inputs, env);
  const report = buildReport(await judgeFiles(files.files, reader, options), inputs.failOn);
  const incomplete = incompleteReason(files, scope);
  if (incomplete) sink.warning(incomplete);

  // 5. Outputs and the report file.
  const reportPath = await writeReport(env, inputs.commentTag, report);
  sink.setOutput('verdict', report.verdict);
  sink.setOutput('proposals', String(report.counts.proposals));
  sink.setOutput('errors', String(report.counts.errors));
  sink.setOutput('warnings', String(report.counts.warnings));
  sink.setOutput('notices', String(report.counts.notices));
  sink.setOutput('report', reportPath);

  // 6. Annotations.
  writeAnnotations(report, sink);

  // 7. The pull request comment.
  const lineUrl = (file: string, line: number) => blobUrl(ctx, file, line);
  const notes = [scopeNote(ctx, scope, files, report)];
  const rendering = { lineUrl, notes, ...(incomplete ? { incomplete } : {}) };
  let changes: Changes | undefined;
  let comment: CommentResult;
  if (!ctx.pr) {
    comment = { action: 'skipped', reason: `no pull request on the ${ctx.eventName} event` };
  } else if (inputs.comment === 'never') {
    comment = { action: 'skipped', reason: 'comment: never' };
  } else {
    const synced = await syncComment({ api, ctx, inputs, report, files, sink, rendering });
    comment = synced.result;
    changes = synced.changes;
  }
  if (comment.action === 'created' || comment.action === 'updated') {
    sink.info(`Pull request comment ${comment.action}${comment.url ? `: ${comment.url}` : ''}`);
  } else if (comment.action === 'skipped' || comment.action === 'unchanged') {
    sink.info(
      comment.action === 'unchanged'
        ? 'The pull request comment is up to date'
        : `No pull request comment: ${comment.reason}`,
    );
  }

  // 8. The job summary: the full report.
  const summaryNotes = [...notes];
  if (comment.action === 'failed') {
    summaryNotes.push(
      `> [!NOTE]\n> No pull request comment was written: ${messageToMarkdown(comment.reason)}`,
    );
  }
  const summary = renderSummary(report, {
    ...rendering,
    notes: summaryNotes,
    emptyText: emptyText(scope, inputs.files),
    ...(changes ? { changes } : {}),
    overflowHint: `The JSON report (the \`report\` output) has every proposal.`,
  });
  try {
    await sink.summary(summary);
  } catch (err) {
    sink.info(`The job summary was not written: ${errorMessage(err)}`);
  }

  // 9. The gate.
  if (report.proposals.length === 0) {
    sink.info(
      scope === 'changed'
        ? 'No service proposal is changed in this pull request: nothing to judge.'
        : 'No service proposal matches the globs: nothing to judge.',
    );
  } else if (!report.gate.passed) {
    sink.setFailed(
      `Stack Verdict: ${VERDICT_LABEL[report.verdict]} — ${countsText(report)}; the gate fails (fail-on: ${report.gate.failOn}). The annotations and the job summary show each finding.`,
    );
  } else {
    sink.info(
      `Stack Verdict: ${VERDICT_LABEL[report.verdict]} — ${countsText(report)}; the gate passes (fail-on: ${report.gate.failOn}).`,
    );
  }
  // A comment that failed for another reason than permissions is a fault to look into.
  if (comment.action === 'failed' && comment.fatal) sink.setFailed(comment.reason);
  return { inputs, context: ctx, scope, source, files, report, comment, reportPath, summary };
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
  return `${server}/${repository}/blob/${ref.split('/').map(encodeURIComponent).join('/')}/docs/rules/`;
}

/** The engine's options. Loading `inputs.config` is wired in here later (src/config). */
export function engineOptions(
  _inputs: Inputs,
  env: Readonly<Record<string, string | undefined>>,
): EngineOptions {
  return defaultEngineOptions(docsBase(env));
}

/** A link to a line of a file at the commit that was judged. */
export function blobUrl(ctx: RunContext, file: string, line: number): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}/${encoded}#L${line}`;
}

function incompleteReason(files: FileList, scope: Scope): string | undefined {
  if (!files.truncated) return undefined;
  if (scope === 'changed') {
    const total = files.total ?? `more than ${PR_FILES_CAP}`;
    const unseen = files.total !== undefined ? `${files.total - files.listed}` : 'some';
    return `This pull request changes ${total} files, but GitHub lists only the first ${files.listed}: ${unseen} changed files were not seen, and no proposal among them is judged here. Run with scope: all on a checkout to judge every proposal.`;
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
  lineUrl: (file: string, line: number) => string;
  notes: string[];
  incomplete?: string;
}

/**
 * Finds our comment, compares with the state it keeps, and creates or updates it as the
 * `comment` input says. A read-only token (forks) is a warning, never a failure.
 */
async function syncComment(args: {
  api: GitHubApi;
  ctx: RunContext;
  inputs: Inputs;
  report: Report;
  files: FileList;
  sink: Sink;
  rendering: Rendering;
}): Promise<{ result: CommentResult; changes?: Changes }> {
  const { api, ctx, inputs, report, files, sink, rendering } = args;
  const pr = ctx.pr!;
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const marker = markerFor(inputs.commentTag);

  let found;
  try {
    found = await findComment(api, repo, pr.number, marker, sink);
  } catch (err) {
    return { result: commentFailure(err, 'read the comments of', pr.number, sink) };
  }
  for (const c of found.foreign) {
    sink.info(
      `Comment ${c.id} by ${c.user?.login ?? 'an unknown user'} carries this action's marker but was not written by ${found.identity?.login}; it is left as it is.`,
    );
  }
  const ours = found.ours;
  const previous = ours ? decodeState(ours.body) : undefined;
  const baseline = baselineFor(previous, ctx.sha);
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

  const snapshot = snapshotOf(report, ctx.sha);
  const state: CommentState = {
    ...snapshot,
    // What an incomplete run saw cannot be compared with later: it is marked so.
    complete: !files.truncated,
    ...(baseline ? { base: baseline } : {}),
  };
  const stateText = encodeState(state);
  const markdown = renderMarkdown(report, {
    ...rendering,
    marker,
    ...(changes ? { changes } : {}),
    emptyText: ours
      ? 'This pull request no longer changes any service proposal, so there is nothing to judge.'
      : emptyText('changed', inputs.files),
    maxLength: COMMENT_LIMIT - stateText.length - 16,
    overflowHint: "The job summary of this run's workflow has the full report.",
  });
  const body = commentBody(markdown, stateText);
  try {
    if (ours) {
      if (ours.body === body)
        return { result: { action: 'unchanged' }, ...(changes ? { changes } : {}) };
      const url = await updateComment(api, repo, ours.id, body);
      return {
        result: { action: 'updated', url: url ?? ours.html_url },
        ...(changes ? { changes } : {}),
      };
    }
    const url = await createComment(api, repo, pr.number, body);
    return { result: { action: 'created', url } };
  } catch (err) {
    return {
      result: commentFailure(err, ours ? 'update its comment on' : 'comment on', pr.number, sink),
      ...(changes ? { changes } : {}),
    };
  }
}

function commentFailure(err: unknown, verb: string, number: number, sink: Sink): CommentResult {
  const status = statusOf(err);
  if (status === 403 || status === 404) {
    const reason =
      `Stack Verdict cannot ${verb} pull request #${number} (HTTP ${status}: ${errorMessage(err)}). ` +
      'The token can only read, as GitHub gives pull requests from forks on the pull_request event, ' +
      'or lacks `pull-requests: write`. The annotations and the job summary carry the verdict. ' +
      'For a comment on fork pull requests, run on pull_request_target: this action reads files ' +
      'through the API and never runs code from the pull request.';
    sink.warning(reason);
    return { action: 'failed', reason, fatal: false };
  }
  const reason = `Stack Verdict could not ${verb} pull request #${number}: ${errorMessage(err)}`;
  sink.error(reason);
  return { action: 'failed', reason, fatal: true };
}
