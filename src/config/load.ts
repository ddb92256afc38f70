// Synchronous on purpose: a configuration is one small file, and at start-up each call
// through libuv's thread pool cost more than the read itself (docs/benchmarks.md, start-up).
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { isInside, readGuardedFile, toReportPath } from '../io/files.js';
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  defaultConfig,
  parseConfig,
  type Config,
} from './config.js';
import { resolveExtends, type ConfigReader } from './extends.js';

export interface LoadOptions {
  /** Reads a shared configuration of another repository; without it such an `extends` is an error. */
  remote?: ConfigReader['remote'];
}

/** The remote reader when none is given: says how to get the file read. */
const NO_REMOTE: ConfigReader['remote'] = async () => ({
  ok: false,
  message:
    'reading another repository needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise Server), or extend a local copy of the file instead',
});

/** Larger files are refused unread: a policy file is a few KiB. */
export const MAX_CONFIG_BYTES = 256 * 1024;

// Also accepted at the default location, so a `.yaml` file is never silently ignored.
const DEFAULT_ALTERNATIVE = '.github/stack-verdict.yaml';

/**
 * Loads the configuration of the repository checked out at `workspace`.
 *
 * `file` undefined: `.github/stack-verdict.yml` (or `.yaml`) if it exists, else the defaults.
 * `file` given (relative to `workspace`): that file, which must exist. Either way the file
 * must lie inside the workspace, also after resolving links. Throws ConfigError.
 */
export async function loadConfig(
  workspace: string,
  file?: string,
  options: LoadOptions = {},
): Promise<Config> {
  const own = await loadOwnConfig(workspace, file);
  return resolveExtends(own, {
    local: (shared) => readConfigText(workspace, shared).then((r) => r?.text),
    remote: options.remote ?? NO_REMOTE,
  });
}

/** The repository's own file, not merged with what it extends. */
async function loadOwnConfig(workspace: string, file?: string): Promise<Config> {
  if (file !== undefined) {
    const config = await readConfigFile(workspace, file);
    if (!config) throw problem(workspace, file, 'the configuration file does not exist');
    return config;
  }
  const found: string[] = [];
  for (const candidate of [DEFAULT_CONFIG_PATH, DEFAULT_ALTERNATIVE]) {
    if (exists(workspace, candidate)) found.push(candidate);
  }
  if (found.length > 1) {
    throw problem(
      workspace,
      DEFAULT_ALTERNATIVE,
      `both ${DEFAULT_CONFIG_PATH} and ${DEFAULT_ALTERNATIVE} exist; keep one`,
    );
  }
  if (found.length === 0) return defaultConfig();
  return (await readConfigFile(workspace, found[0]!)) ?? defaultConfig();
}

/** undefined when the file does not exist. */
async function readConfigFile(workspace: string, file: string): Promise<Config | undefined> {
  const read = await readConfigText(workspace, file);
  return read && parseConfig(read.shown, read.text);
}

/**
 * A configuration file's text, read through the guarded reader (src/io/files.ts): inside the
 * repository, no link out of it or into `.git`, a regular file under MAX_CONFIG_BYTES.
 * undefined when it does not exist; a refused file throws ConfigError quoting none of it.
 */
export async function readConfigText(
  workspace: string,
  file: string,
): Promise<{ shown: string; text: string } | undefined> {
  const root = path.resolve(workspace);
  const absolute = path.resolve(root, file);
  if (!isInside(root, absolute)) {
    throw problem(workspace, file, 'the configuration file must be inside the repository');
  }
  const read = readGuardedFile(root, file, MAX_CONFIG_BYTES, 'a configuration');
  if (read.ok) return { shown: toReportPath(root, absolute), text: read.text };
  if ('missing' in read) return undefined;
  const message =
    read.message === 'not a regular file' ? 'the configuration path is not a file' : read.message;
  throw problem(workspace, file, message);
}

function exists(workspace: string, file: string): boolean {
  try {
    lstatSync(path.resolve(workspace, file));
    return true;
  } catch {
    return false;
  }
}

function problem(workspace: string, file: string, message: string): ConfigError {
  const absolute = path.resolve(workspace, file);
  const shown = isInside(path.resolve(workspace), absolute)
    ? toReportPath(path.resolve(workspace), absolute)
    : file;
  return new ConfigError([{ file: shown, line: 0, column: 0, message }]);
}
