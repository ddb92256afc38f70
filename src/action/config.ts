// The team's configuration as the Action loads it. It is data from whoever can change the
// file, and it decides the gate, so a pull request is never judged by a configuration it
// wrote: on every pull request event (with a checkout or not) and on merge_group, the
// configuration, every file of its `extends` chain, its custom rules and its approvers are
// read at the BASE commit through the API (loadBaseConfig), never from the head or the
// workspace. A pull request that changes the configuration is told that the change applies
// once merged (stages/head-config.ts). Outside pull requests (push, schedule,
// workflow_dispatch) the branch is judged by its own configuration.

import path from 'node:path';
import {
  ConfigError,
  defaultConfig,
  engineOptionsFromConfig,
  formatConfigProblem,
  loadConfig,
  MAX_CONFIG_BYTES,
  parseConfig,
  resolveExtends,
  stricterFailOn,
  type Config,
  type ConfigProblem,
} from '../config/index.js';
import { utcToday, type EngineOptions } from '../core/engine.js';
import { escapeCode, messageToMarkdown } from '../core/render/escape.js';
import { plural } from '../core/render/labels.js';
import type { FailOn } from '../core/types.js';
import { decode, DEFAULT_MAX_BYTES, formatBytes } from '../io/files.js';
import { getPolicyFile } from './api/get-policy-file.js';
import type { RunContext } from './context.js';
import { getContent } from './api/get-content.js';
import { errorMessage, statusOf } from './api/errors.js';
import type { GitHubApi } from './api/types.js';
import { DEFAULT_CONFIG, DEFAULT_FAIL_ON, type Inputs } from './inputs.js';
import { short, type Source } from './read-files.js';
import type { Sink } from './types.js';

/** Also accepted at the default location, as loadConfig does. */
export const DEFAULT_CONFIG_ALTERNATIVE = '.github/stack-verdict.yaml';

/** Where the configuration is read from. */
export type ConfigPlace =
  { kind: 'workspace'; reason: string } | { kind: 'api'; ref: string; reason: string };

/** A configuration that cannot be used, with where it was read from. */
export class ActionConfigError extends Error {
  constructor(
    readonly problems: readonly ConfigProblem[],
    /** e.g. "the base commit abc1234 of pull request #42"; undefined for the workspace. */
    readonly origin: string | undefined,
  ) {
    super(configErrorMessage(problems, origin));
    this.name = 'ActionConfigError';
  }
}

function configErrorMessage(problems: readonly ConfigProblem[], origin: string | undefined) {
  const from = origin ? ` (read from ${origin})` : '';
  const head =
    problems.length === 1
      ? `Stack Verdict cannot judge: the configuration is invalid${from}.`
      : `Stack Verdict cannot judge: the configuration has ${problems.length} problems${from}.`;
  // A config value could hold a newline; keep each problem on its line of the log.
  const lines = problems.map((p) => `  ${oneLine(formatConfigProblem(p))}`);
  return [head, ...lines].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => JSON.stringify(c).slice(1, -1));
}

/** Whether the configuration is read at the pull request's base commit (then it holds the base's approval policy). */
export function readAtBase(place: ConfigPlace, baseSha: string | undefined): boolean {
  return place.kind === 'api' && place.ref === baseSha?.toLowerCase();
}

const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * Where to read the configuration from (see the file's header): a pull request's base commit,
 * a merge group's base commit, else the workspace when it holds the commit judged, else that
 * commit through the API.
 */
export function configPlace(ctx: RunContext, source: Source): ConfigPlace {
  if (ctx.pr) {
    const base =
      ctx.pr.baseSha?.toLowerCase() ??
      (ctx.eventName === 'pull_request_target' ? ctx.githubSha : undefined);
    if (!base || !COMMIT.test(base)) {
      throw new Error(
        `pull request #${ctx.pr.number} in the event payload names no base commit, and the configuration is only read from there`,
      );
    }
    return {
      kind: 'api',
      ref: base,
      reason: `the base commit ${short(base)} of pull request #${ctx.pr.number}`,
    };
  }
  if (ctx.kind === 'merge-group') {
    const base = ctx.mergeBaseSha;
    if (!base) {
      throw new Error(
        'the merge_group event payload names no base commit, and the configuration is only read from there',
      );
    }
    return { kind: 'api', ref: base, reason: `the base commit ${short(base)} of the merge queue` };
  }
  if (source.kind === 'workspace') return { kind: 'workspace', reason: 'the workspace' };
  return { kind: 'api', ref: ctx.sha, reason: `commit ${short(ctx.sha)}` };
}

/** Loads the configuration from `place`; throws ActionConfigError for a bad one. */
export async function loadActionConfig(args: {
  inputs: Inputs;
  place: ConfigPlace;
  workspace: string;
  api: GitHubApi;
  repo: { owner: string; repo: string };
  /** Reads shared configurations of other repositories (the `policy-token` input); default: api. */
  policyApi?: GitHubApi;
}): Promise<Config> {
  const { inputs, place, workspace, api, repo } = args;
  const explicit = inputs.configExplicit ? inputs.config : undefined;
  const remote = (t: Parameters<typeof getPolicyFile>[1]) =>
    getPolicyFile(args.policyApi ?? api, t);
  try {
    return place.kind === 'workspace'
      ? await loadConfig(workspace, explicit, { remote })
      : await loadBaseConfig(api, repo, place.ref, explicit, args.policyApi);
  } catch (err) {
    if (err instanceof ConfigError) {
      throw new ActionConfigError(err.problems, place.kind === 'api' ? place.reason : undefined);
    }
    throw err;
  }
}

/**
 * The one way the Action reads a configuration at a commit: the file (`file`, or the default
 * location) with its whole `extends` chain, local files at the same commit and
 * `OWNER/REPO/PATH@REF` files of other repositories (through `policyApi`, the `policy-token`
 * input, when given). Every stage that needs the base's policy (rules, settings, custom
 * rules, approvers) gets it from here. Throws ConfigError or Error.
 */
export async function loadBaseConfig(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  ref: string,
  file?: string,
  policyApi?: GitHubApi,
): Promise<Config> {
  // A shared file of this repository is read where the repository's own file is.
  return resolveExtends(await loadConfigAt(api, repo, ref, file), {
    local: (f) => fetchText(api, repo, ref, f),
    remote: (t) => getPolicyFile(policyApi ?? api, t),
  });
}

/**
 * The configuration at commit `ref`, through the contents API, with loadConfig's rules:
 * `file` given: it must exist; undefined: the default location (`.yml` or `.yaml`, not
 * both), else the built-in defaults. Throws ConfigError.
 */
export async function loadConfigAt(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  ref: string,
  file?: string,
): Promise<Config> {
  if (file !== undefined) {
    const config = await fetchConfig(api, repo, ref, file);
    if (!config) {
      throw problem(file, `the configuration file does not exist at commit ${short(ref)}`);
    }
    return config;
  }
  // One request lists .github: most repositories have no configuration, and then that is all.
  const names = await listFolder(api, repo, ref, path.posix.dirname(DEFAULT_CONFIG));
  const found = [DEFAULT_CONFIG, DEFAULT_CONFIG_ALTERNATIVE].filter((f) =>
    names.has(path.posix.basename(f)),
  );
  if (found.length > 1) {
    throw problem(
      DEFAULT_CONFIG_ALTERNATIVE,
      `both ${DEFAULT_CONFIG} and ${DEFAULT_CONFIG_ALTERNATIVE} exist; keep one`,
    );
  }
  if (found.length === 0) return defaultConfig();
  return (await fetchConfig(api, repo, ref, found[0]!)) ?? defaultConfig();
}

/** The names in a folder at `ref`; empty when it does not exist or is not a folder. */
async function listFolder(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  ref: string,
  folder: string,
): Promise<Set<string>> {
  let data: unknown;
  try {
    data = await getContent(api, repo, folder, ref);
  } catch (err) {
    if (statusOf(err) === 404) return new Set();
    throw new Error(
      `cannot look for the configuration in ${folder} at commit ${short(ref)} through the GitHub API: ${errorMessage(err)} (the token needs \`contents: read\`)`,
      { cause: err },
    );
  }
  if (!Array.isArray(data)) return new Set();
  return new Set(
    data
      .map((e) => (e as { name?: unknown } | null)?.name)
      .filter((n): n is string => typeof n === 'string'),
  );
}

async function fetchConfig(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  ref: string,
  file: string,
): Promise<Config | undefined> {
  const text = await fetchText(api, repo, ref, file);
  return text === undefined ? undefined : parseConfig(file, text);
}

interface ContentEntry {
  type?: unknown;
  size?: unknown;
  encoding?: unknown;
  content?: unknown;
}

/** The file's text at `ref`; undefined when it does not exist. Throws ConfigError or Error. */
async function fetchText(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  ref: string,
  file: string,
): Promise<string | undefined> {
  let data: unknown;
  try {
    data = await getContent(api, repo, file, ref);
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw new Error(
      `cannot read the configuration ${file} at commit ${short(ref)} through the GitHub API: ${errorMessage(err)} (the token needs \`contents: read\`)`,
      { cause: err },
    );
  }
  if (Array.isArray(data)) throw problem(file, 'the configuration path is a folder, not a file');
  const entry = (data ?? {}) as ContentEntry;
  if (entry.type === 'symlink') {
    throw problem(
      file,
      'the configuration file is a symbolic link; links are not followed through the API',
    );
  }
  if (entry.type !== 'file') throw problem(file, 'the configuration path is not a file');
  const content = typeof entry.content === 'string' ? entry.content.replace(/\s+/g, '') : '';
  const size = typeof entry.size === 'number' ? entry.size : Math.floor((content.length * 3) / 4);
  if (size > MAX_CONFIG_BYTES || (content.length * 3) / 4 > MAX_CONFIG_BYTES + 3) {
    throw problem(
      file,
      `the file is ${formatBytes(size)}, over the ${formatBytes(MAX_CONFIG_BYTES)} limit for a configuration; it was not read`,
    );
  }
  if (entry.encoding !== 'base64') throw problem(file, 'the API gave the file without its content');
  const text = decode(Buffer.from(content, 'base64'));
  if (!text.ok) throw problem(file, text.message);
  return text.text;
}

function problem(file: string, message: string): ConfigError {
  return new ConfigError([{ file, line: 0, column: 0, message }]);
}

/** What the run uses: the inputs given explicitly win over the file, which wins over the defaults. */
export interface Effective {
  config: Config;
  globs: string[];
  failOn: FailOn;
  maxBytes: number;
  options: EngineOptions;
}

export function effectiveSettings(
  inputs: Inputs,
  config: Config,
  docsBase: string,
  today: string = utcToday(),
): Effective {
  return {
    config,
    globs: inputs.filesExplicit ? inputs.files : [...config.files],
    // A shared configuration's fail-on is a floor the workflow's input cannot go below.
    failOn: stricterFailOn(
      inputs.failOnExplicit ? inputs.failOn : (config.failOn ?? DEFAULT_FAIL_ON),
      config.failOnFloor,
    ),
    maxBytes: inputs.maxBytesExplicit ? inputs.maxBytes : (config.maxBytes ?? DEFAULT_MAX_BYTES),
    options: engineOptionsFromConfig(config, { docsBase, today }),
  };
}

/**
 * A bad configuration: an error annotation on the file for each problem, a job summary that
 * says the configuration stopped the run, and a failed step. Nothing else is written: no
 * outputs, no report, no comment, no SARIF.
 */
export async function reportConfigError(err: ActionConfigError, sink: Sink): Promise<void> {
  for (const p of err.problems) {
    sink.error(oneLine(p.message), {
      title: 'Stack Verdict: configuration error',
      file: p.file,
      ...(p.line > 0 ? { startLine: p.line, startColumn: Math.max(1, p.column) } : {}),
    });
  }
  const from = err.origin ? ` (read from ${messageToMarkdown(err.origin)})` : '';
  const summary = [
    '## ⚠️ Stack Verdict: configuration error',
    '',
    `The configuration${from} cannot be used, so no proposal was judged: ${plural(err.problems.length, 'problem')}.`,
    '',
    ...err.problems.map((p) => {
      const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
      return `- <code>${escapeCode(where)}</code>: ${messageToMarkdown(p.message)}`;
    }),
    '',
  ].join('\n');
  try {
    await sink.summary(summary);
  } catch (e) {
    sink.info(`The job summary was not written: ${errorMessage(e)}`);
  }
  sink.setFailed(err.message);
}
