// The notes above the report in the comment and the summary, and their log lines: what was
// judged, and why a run judged more (or saw less) than asked.

import { escapeCode, escapeMarkdown, safeUrl } from '../core/render/escape.js';
import { plural } from '../core/render/labels.js';
import type { Report } from '../core/types.js';
import { PR_FILES_CAP, type FileList } from './changed-files.js';
import type { RunContext } from './context.js';
import type { Scope } from './inputs.js';
import { short } from './read-files.js';

function filesCount(total: number | undefined): string {
  return total !== undefined ? `${total} files` : `more than ${PR_FILES_CAP} files`;
}

/** Why every proposal is judged on a pull request of `total` (or, unknown, over 3,000) files. */
export function widenedLogLine(total: number | undefined, sha: string): string {
  return `This pull request changes ${filesCount(total)}, but GitHub lists only the first ${PR_FILES_CAP} files of a pull request, so not every changed proposal can be found: every proposal in the repository at ${short(sha)} is judged instead (as with scope: all).`;
}

/** The same for the comment and the summary. */
export function widenedNote(total: number | undefined, sha: string): string {
  return `> [!IMPORTANT]\n> **Every proposal in the repository was judged**, not only the changed ones: this pull request changes ${filesCount(total)}, but GitHub lists only the first ${PR_FILES_CAP} files of a pull request, so not every changed proposal can be found. Judged at <code>${short(sha)}</code>.`;
}

export function incompleteReason(files: FileList, widened: object | undefined): string | undefined {
  if (!files.truncated) return undefined;
  if (widened) {
    return 'This pull request is too large for GitHub to list its changed files, and the repository too large for GitHub to list its files in one answer (the Git trees API cut its list short), so some proposals were not seen and could not be judged. Check out the pull request head (actions/checkout) before this step to judge every proposal in the workspace.';
  }
  return 'The repository is too large for GitHub to list its files in one answer, so some files were not seen. Check out the repository before this step to judge every proposal.';
}

export function scopeNote(ctx: RunContext, scope: Scope, files: FileList, report: Report): string {
  const at = `at <code>${short(ctx.sha)}</code>`;
  const skipped = report.skipped.length
    ? ` (${plural(report.skipped.length, 'Markdown file')} without front matter skipped)`
    : '';
  return scope === 'changed'
    ? `Judged the ${plural(files.files.length, 'proposal file')} changed in this pull request, ${at}${skipped}.`
    : `Judged every proposal file in the repository, ${at}${skipped}.`;
}

export function emptyText(scope: Scope, globs: readonly string[]): string {
  const list = globs.map((g) => `<code>${escapeCode(g)}</code>`).join(', ');
  return scope === 'changed'
    ? `No file changed in this pull request matches the proposal globs (${list}).`
    : `No file in the repository matches the proposal globs (${list}).`;
}

export function fromReportNote(ctx: RunContext, sha: string): string {
  const at = `<code>${short(sha)}</code>`;
  const run = ctx.workflowRun;
  const url = run?.htmlUrl ? safeUrl(run.htmlUrl) : undefined;
  const name = run?.name ? escapeMarkdown(run.name) : 'the check run';
  const link = url ? `[${name}](${url})` : name;
  return run?.headSha
    ? `Judged at ${at} by ${link}; posted from its report. That run gates the pull request.`
    : `Posted from the report of an earlier run; lines link to the pull request's head ${at}.`;
}

export function countsText(report: Report): string {
  const c = report.counts;
  return [
    plural(c.proposals, 'proposal'),
    plural(c.errors, 'error'),
    plural(c.warnings, 'warning'),
    plural(c.notices, 'notice'),
  ].join(', ');
}

export function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}
