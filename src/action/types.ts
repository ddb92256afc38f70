// The shapes the stages share, so that no module imports the orchestrator (run.ts).

import type { Report } from '../core/types.js';
import type { GatePolicy } from '../core/verdict.js';
import type { FileList } from './changed-files.js';
import type { RunContext } from './context.js';
import type { Repo } from './api/types.js';
import type { GitHubApi } from './github.js';
import type { Inputs, Scope } from './inputs.js';
import type { IssueResult } from './portfolio/issue.js';
import type { Source } from './read-files.js';
import type { ReviewResult } from './review/result.js';

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

/** What every stage after the inputs stage is given. */
export interface Started {
  env: Readonly<Record<string, string | undefined>>;
  sink: Sink;
  /** The workspace, resolved. */
  workspace: string;
  inputs: Inputs;
  ctx: RunContext;
  api: GitHubApi;
  repo: Repo;
  /** Reads shared configurations of other repositories (`policy-token`); absent: api. */
  policyApi?: GitHubApi;
}

export type CommentResult =
  | { action: 'created' | 'updated'; url: string | undefined }
  | { action: 'unchanged' }
  | { action: 'skipped'; reason: string }
  | { action: 'failed'; reason: string; fatal: boolean };

/** What the comment and the summary show besides the report. */
export interface Rendering {
  /** The repository and the commit judged: findings link to their file and line there. */
  repository: { url: string; sha: string };
  notes: string[];
  incomplete?: string;
  /** How drafts gate and which rules are unwaivable (the proposals failing the gate come first). */
  gatePolicy?: GatePolicy;
}

export interface RunResult {
  /** judge: the files are judged; from-report: a report of an earlier run is posted. */
  mode: 'judge' | 'from-report' | 'portfolio';
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
  /** What became of the review comments (judging runs on pull requests). */
  review?: ReviewResult;
  /** The JSON report written (judge) or read (from-report). */
  reportPath: string;
  /** Where the SARIF log was written, when the `sarif` input asked for one. */
  sarifPath?: string;
  /** The configuration file used (undefined: the built-in policy) and where it was read. */
  config?: { file: string | undefined; from: string };
  /** The Markdown written to the job summary. */
  summary: string;
  /** mode: portfolio: the JSON page written and what became of the issue. */
  portfolio?: { path: string; issue: IssueResult };
}
