// Every input of action.yml is read and validated here, once, before the Action does any I/O.
// A bad input stops the run with every problem listed at once, in the manner of actions/labeler.

import type { FailOn } from '../core/types.js';
import { DEFAULT_GLOBS, DEFAULT_MAX_BYTES, formatBytes } from '../io/files.js';

export type Scope = 'changed' | 'all';
export type CommentMode = 'always' | 'on-findings' | 'never';

export interface Inputs {
  token: string;
  /** Globs relative to the workspace, never absolute and never with `..`. */
  files: string[];
  /** undefined: decided by the event (changed on pull requests, all elsewhere). */
  scope: Scope | undefined;
  failOn: FailOn;
  comment: CommentMode;
  /** Kept in the hidden marker so that two instances keep separate comments. */
  commentTag: string;
  /** Path of the config file, relative to the workspace (loaded elsewhere). */
  config: string;
  /** Whether `config` was given explicitly (a missing explicit file is an error). */
  configExplicit: boolean;
  maxBytes: number;
}

export const DEFAULT_CONFIG = '.github/stack-verdict.yml';
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

  const files = splitGlobs(getInput('files'));
  if (files.length === 0) files.push(...DEFAULT_GLOBS);
  for (const glob of files) {
    const problem = globProblem(glob);
    if (problem) problems.push(`\`files\`: the pattern "${glob}" ${problem}`);
  }

  const scopeText = getInput('scope').toLowerCase();
  let scope: Scope | undefined;
  if (scopeText === '' || scopeText === 'auto') scope = undefined;
  else if ((SCOPES as readonly string[]).includes(scopeText)) scope = scopeText as Scope;
  else problems.push(`\`scope\` must be changed, all, or empty for automatic; got "${scopeText}"`);

  const failOn = oneOf('fail-on', getInput('fail-on') || 'error', FAIL_ON, problems);
  const comment = oneOf('comment', getInput('comment') || 'always', COMMENT_MODES, problems);

  const commentTag = getInput('comment-tag');
  if (!TAG.test(commentTag)) {
    problems.push(
      `\`comment-tag\` may use only letters, digits, ".", "_" and "-", at most 64 of them; got "${commentTag}"`,
    );
  }

  const configText = getInput('config');
  const config = configText || DEFAULT_CONFIG;
  const configProblem = relativePathProblem(config);
  if (configProblem) problems.push(`\`config\`: the path "${config}" ${configProblem}`);

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

  if (problems.length > 0) throw new InputError(problems);
  return {
    token,
    files,
    scope,
    failOn,
    comment,
    commentTag,
    config,
    configExplicit: configText !== '',
    maxBytes,
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
  if (glob.startsWith('!')) {
    return 'is negated; negated patterns are not supported, list only the files to check';
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
