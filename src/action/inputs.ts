// Every input of action.yml is read and validated here, once, before the Action does any I/O.
// A bad input stops the run with every problem listed at once, in the manner of actions/labeler.

import path from 'node:path';
import type { FailOn } from '../core/types.js';
import { DEFAULT_GLOBS, DEFAULT_MAX_BYTES, formatBytes } from '../io/files.js';
import { parseRepositorySpecs, splitRepositories, type RepositorySpec } from './portfolio/specs.js';

export type Scope = 'changed' | 'all';
export type CommentMode = 'always' | 'on-findings' | 'never';
/**
 * suggestions: findings carrying a fix become review comments with a suggested change (default);
 * findings: every error and warning too; off: no review comments.
 */
export type ReviewMode = 'suggestions' | 'findings' | 'off';
/** check: judge and gate (default); portfolio: every proposal on one page, no gate. */
export type Mode = 'check' | 'portfolio';

export interface Inputs {
  token: string;
  /** Reads a shared configuration in another (private) repository; default: token. */
  policyToken?: string;
  /** Globs relative to the workspace, never absolute and never with `..`. */
  files: string[];
  /** Whether `files` was given (it then wins over the configuration's `files`). */
  filesExplicit: boolean;
  /** undefined: decided by the event (changed on pull requests, all elsewhere). */
  scope: Scope | undefined;
  failOn: FailOn;
  /** Whether `fail-on` was given (it then wins over the configuration's `fail-on`). */
  failOnExplicit: boolean;
  comment: CommentMode;
  /** Kept in the hidden marker so that two instances keep separate comments. */
  commentTag: string;
  /** Which findings are also review comments on their lines of the pull request. */
  review: ReviewMode;
  /**
   * Signs the comment's hidden data (HMAC-SHA256); when set, a comment whose signature does
   * not verify is never edited, deleted or read as state. undefined: unsigned.
   */
  stateKey: string | undefined;
  /** Path of the config file, relative to the workspace (loaded elsewhere). */
  config: string;
  /**
   * Whether `config` names another file than the default location: that file must exist.
   * At the default location a missing file means the built-in policy, and
   * `.github/stack-verdict.yaml` is accepted as well.
   */
  configExplicit: boolean;
  maxBytes: number;
  /** Whether `max-bytes` was given (it then wins over the configuration's `max-bytes`). */
  maxBytesExplicit: boolean;
  /** A pull request label that forces the gate open; '' for none. */
  overrideLabel: string;
  /** Where to write the SARIF log, relative to the workspace; undefined for none. */
  sarif: string | undefined;
  /** from-report mode: the JSON report of an earlier run to comment from. */
  fromReport: string | undefined;
  /** The pull request to comment on in from-report mode (required there, refused elsewhere). */
  pullRequest: number | undefined;
  mode: Mode;
  /** portfolio mode: keep the page in one issue as well as in the job summary. */
  portfolioIssue: boolean;
  /**
   * portfolio mode: the repositories the page covers, read through the API, each with its own
   * configuration; empty: this repository, as checked out.
   */
  repositories: RepositorySpec[];
}

export const DEFAULT_CONFIG = '.github/stack-verdict.yml';
export const DEFAULT_FAIL_ON: FailOn = 'error';
/** A `state-key` shorter than this is too easy to guess to be worth signing with. */
export const STATE_KEY_MIN_LENGTH = 32;
/** GitHub allows label names of at most 50 characters. */
export const LABEL_MAX_LENGTH = 50;
/** GitHub's contents and blobs APIs serve files up to 100 MB; nothing larger is a proposal. */
export const MAX_BYTES_LIMIT = 100 * 1024 * 1024;

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'InputError';
  }
}

/** Reads an input as @actions/core does: INPUT_<NAME> with spaces as underscores, trimmed. */
export function inputFromEnv(env: Readonly<Record<string, string | undefined>>) {
  return (name: string): string =>
    (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
const SCOPES: readonly Scope[] = ['changed', 'all'];
const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-findings', 'never'];
const REVIEW_MODES: readonly ReviewMode[] = ['suggestions', 'findings', 'off'];
const MODES: readonly Mode[] = ['check', 'portfolio'];
const TAG = /^[A-Za-z0-9._-]{0,64}$/;

/** Reads and validates every input; throws an InputError naming each bad one. */
export function readInputs(getInput: (name: string) => string): Inputs {
  const problems: string[] = [];

  const token = getInput('github-token');
  if (!token) {
    problems.push(
      '`github-token` is empty. Leave it unset to use the workflow token (`${{ github.token }}`), or pass a token with read access to the repository.',
    );
  }

  const policyToken = getInput('policy-token');
  if (/\s/.test(policyToken)) {
    problems.push(
      '`policy-token` holds white space; pass the token alone, e.g. `${{ secrets.POLICY_TOKEN }}`.',
    );
  }

  const files = splitGlobs(getInput('files'));
  const filesExplicit = files.length > 0;
  if (!filesExplicit) files.push(...DEFAULT_GLOBS);
  if (filesExplicit && files.every((g) => g.startsWith('!'))) {
    problems.push(
      '`files` holds only exclusions (`!`); an exclusion removes files from what the other globs choose, so list at least one glob without `!`',
    );
  }
  for (const glob of files) {
    const problem = globProblem(glob);
    if (problem) problems.push(`\`files\`: the pattern "${glob}" ${problem}`);
  }

  const scopeText = getInput('scope').toLowerCase();
  let scope: Scope | undefined;
  if (scopeText === '' || scopeText === 'auto') scope = undefined;
  else if ((SCOPES as readonly string[]).includes(scopeText)) scope = scopeText as Scope;
  else problems.push(`\`scope\` must be changed, all, or empty for automatic; got "${scopeText}"`);

  const failOnText = getInput('fail-on');
  const failOn = oneOf('fail-on', failOnText || DEFAULT_FAIL_ON, FAIL_ON, problems);
  const comment = oneOf('comment', getInput('comment') || 'always', COMMENT_MODES, problems);

  const review = oneOf('review', getInput('review') || 'suggestions', REVIEW_MODES, problems);

  const commentTag = getInput('comment-tag');
  if (!TAG.test(commentTag)) {
    problems.push(
      `\`comment-tag\` may use only letters, digits, ".", "_" and "-", at most 64 of them; got "${commentTag}"`,
    );
  }

  // Never echoed: it is a secret.
  const stateKey = getInput('state-key');
  if (stateKey && (stateKey.length < STATE_KEY_MIN_LENGTH || /\p{Cc}/u.test(stateKey))) {
    problems.push(
      `\`state-key\` must be a random value of at least ${STATE_KEY_MIN_LENGTH} characters on one line, kept as a repository secret (for instance the output of \`openssl rand -hex 32\`); the one given is ${stateKey.length < STATE_KEY_MIN_LENGTH ? `${stateKey.length} characters long` : 'not on one line'}`,
    );
  }

  const configText = getInput('config');
  const config = configText || DEFAULT_CONFIG;
  const configProblem = relativePathProblem(config);
  if (configProblem) problems.push(`\`config\`: the path "${config}" ${configProblem}`);
  const configExplicit = configText !== '' && path.posix.normalize(configText) !== DEFAULT_CONFIG;

  const maxText = getInput('max-bytes');
  let maxBytes = DEFAULT_MAX_BYTES;
  if (maxText) {
    maxBytes = /^\d+$/.test(maxText) ? Number(maxText) : NaN;
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
      problems.push(
        `\`max-bytes\` must be a whole number of bytes from 1 to ${MAX_BYTES_LIMIT} (${formatBytes(MAX_BYTES_LIMIT)}); got "${maxText}"`,
      );
    }
  }

  const overrideLabel = getInput('override-label');
  if (overrideLabel.length > LABEL_MAX_LENGTH || /\p{Cc}/u.test(overrideLabel)) {
    problems.push(
      `\`override-label\` must be a label name: at most ${LABEL_MAX_LENGTH} characters, on one line; got ${JSON.stringify(overrideLabel.slice(0, 80))}`,
    );
  }

  const sarifText = getInput('sarif');
  if (sarifText) {
    const problem =
      relativePathProblem(sarifText) ??
      (/[/\\]$/.test(sarifText) || path.posix.normalize(sarifText) === '.'
        ? 'names a folder; give the path of a file, such as stack-verdict.sarif'
        : sarifText.split(/[/\\]/).some((seg) => seg.toLowerCase() === '.git')
          ? 'is inside .git; write the log elsewhere in the workspace'
          : undefined);
    if (problem) problems.push(`\`sarif\`: the path "${sarifText}" ${problem}`);
  }

  const fromReport = getInput('from-report');
  if (fromReport.includes('\0')) problems.push('`from-report`: the path contains a NUL character');
  const prText = getInput('pull-request');
  let pullRequest: number | undefined;
  if (prText) {
    pullRequest = /^[1-9]\d{0,15}$/.test(prText) ? Number(prText) : NaN;
    if (!Number.isSafeInteger(pullRequest)) {
      problems.push(`\`pull-request\` must be a pull request number such as 42; got "${prText}"`);
    } else if (!fromReport) {
      problems.push(
        '`pull-request` is only used with `from-report`; without it the pull request comes from the event',
      );
    }
  } else if (fromReport) {
    problems.push(
      '`from-report` needs `pull-request`: the number of the pull request to comment on. It is never taken from the report, which is untrusted data.',
    );
  }
  if (fromReport && sarifText) {
    problems.push(
      '`sarif` cannot be used with `from-report`: a report from another run is untrusted data and must not reach code scanning. Write the SARIF log in the run that judges.',
    );
  }

  const mode = oneOf('mode', getInput('mode') || 'check', MODES, problems);
  // The values @actions/core's getBooleanInput accepts.
  const issueText = getInput('portfolio-issue');
  let portfolioIssue = false;
  if (/^(true|True|TRUE)$/.test(issueText)) portfolioIssue = true;
  else if (issueText !== '' && !/^(false|False|FALSE)$/.test(issueText)) {
    problems.push(`\`portfolio-issue\` must be true or false; got "${issueText.slice(0, 80)}"`);
  }
  if (portfolioIssue && mode !== 'portfolio') {
    problems.push('`portfolio-issue` is only used with `mode: portfolio`');
  }
  if (mode === 'portfolio') {
    if (fromReport) {
      problems.push(
        '`from-report` cannot be used with `mode: portfolio`: the portfolio judges every proposal itself',
      );
    }
    if (scope === 'changed') {
      problems.push(
        '`scope` must be empty or all with `mode: portfolio`: the page covers every proposal',
      );
    }
  }

  const repositoriesText = getInput('repositories');
  const listed = parseRepositorySpecs(splitRepositories(repositoriesText));
  problems.push(...listed.problems.map((p) => `\`repositories\`: ${p}`));
  if (repositoriesText && listed.specs.length === 0 && listed.problems.length === 0) {
    problems.push('`repositories` names no repository; give OWNER/NAME, OWNER/NAME@REF or OWNER/*');
  }
  if (listed.specs.length > 0) {
    if (mode !== 'portfolio') {
      problems.push('`repositories` is only used with `mode: portfolio`');
    }
    // Each repository is judged by its own configuration: these would not say which one.
    for (const [name, given] of [
      ['files', filesExplicit],
      // action.yml's default location is no choice of a file.
      ['config', configExplicit],
      ['max-bytes', maxText !== ''],
    ] as const) {
      if (given) {
        problems.push(
          `\`${name}\` cannot be used with \`repositories\`: each repository is judged with its own configuration (its \`.github/stack-verdict.yml\`)`,
        );
      }
    }
  }

  if (problems.length > 0) throw new InputError(problems);
  return {
    token,
    ...(policyToken ? { policyToken } : {}),
    files,
    filesExplicit,
    scope,
    failOn,
    failOnExplicit: failOnText !== '',
    comment,
    commentTag,
    review,
    stateKey: stateKey || undefined,
    config,
    configExplicit,
    maxBytes,
    maxBytesExplicit: maxText !== '',
    overrideLabel,
    sarif: sarifText || undefined,
    fromReport: fromReport || undefined,
    pullRequest,
    mode,
    portfolioIssue,
    repositories: listed.specs,
  };
}

function oneOf<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
  problems: string[],
): T {
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  problems.push(`\`${name}\` must be one of ${allowed.join(', ')}; got "${value}"`);
  return allowed[0]!;
}

/**
 * Splits the `files` input on newlines and on commas outside braces and brackets, so that
 * `proposals/**\/*.{yml,yaml}` stays one pattern. Blank entries and `#` comments are dropped.
 */
export function splitGlobs(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let depth = 0;
    let current = '';
    for (const c of line) {
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && depth > 0) depth--;
      if (c === ',' && depth === 0) {
        out.push(current);
        current = '';
      } else {
        current += c;
      }
    }
    out.push(current);
  }
  return out.map((g) => g.trim()).filter((g) => g !== '' && !g.startsWith('#'));
}

/** Why a glob could reach outside the workspace, or undefined when it cannot. */
export function globProblem(glob: string): string | undefined {
  // `!glob` removes files from what the other globs choose (src/io/match.ts).
  if (glob.startsWith('!')) {
    return glob.length === 1
      ? 'is a lone "!"; put a glob after it'
      : relativePathProblem(glob.slice(1));
  }
  return relativePathProblem(glob);
}

function relativePathProblem(p: string): string | undefined {
  if (p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p) || p.startsWith('~')) {
    return 'is absolute; use a path relative to the repository root';
  }
  // `..` as a whole segment, also inside braces or extglobs: {..,x}/a, @(..)/a.
  if (/(^|[/\\{,(|])\.\.($|[/\\},)|])/.test(p)) {
    return 'contains ".."; files outside the workspace are never read';
  }
  if (p.includes('\0')) return 'contains a NUL character';
  return undefined;
}
