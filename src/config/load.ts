// Synchronous on purpose: a configuration is one small file, and at start-up each call
// through libuv's thread pool cost more than the read itself (docs/benchmarks.md, start-up).
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { decode, formatBytes, isInside, readCapped, toReportPath } from '../io/files.js';
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

/** A configuration file's text, read with the checks above; undefined when it does not exist. */
export async function readConfigText(
  workspace: string,
  file: string,
): Promise<{ shown: string; text: string } | undefined> {
  const root = path.resolve(workspace);
  const absolute = path.resolve(root, file);
  if (!isInside(root, absolute)) {
    throw problem(workspace, file, 'the configuration file must be inside the repository');
  }
  const shown = toReportPath(root, absolute);
  let info: Stats;
  try {
    info = lstatSync(absolute);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw problem(workspace, file, `the file cannot be read: ${code(err)}`);
  }
  // A link, or a folder on the way, must not lead out of the repository.
  let real: string;
  try {
    real = realpathSync.native(absolute);
  } catch (err) {
    throw problem(workspace, file, `the file cannot be read: ${code(err)}`);
  }
  if (!isInside(realpathSync.native(root), real)) {
    throw problem(
      workspace,
      file,
      'the configuration file leads outside the repository; it was not read',
    );
  }
  if (!info.isFile() && !info.isSymbolicLink()) {
    throw problem(workspace, file, 'the configuration path is not a file');
  }
  // O_NONBLOCK: a FIFO (lstat saw only a link to it, or it was swapped in since) opens without
  // waiting for a writer, and fstat then refuses it.
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw problem(workspace, file, `the file cannot be read: ${code(err)}`);
  }
  let bytes: Uint8Array;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw problem(workspace, file, 'the configuration path is not a file');
    if (stats.size > MAX_CONFIG_BYTES) {
      throw problem(
        workspace,
        file,
        `the file is ${formatBytes(stats.size)}, over the ${formatBytes(MAX_CONFIG_BYTES)} limit for a configuration; it was not read`,
      );
    }
    bytes = readCapped(fd, stats.size, MAX_CONFIG_BYTES);
    if (bytes.length > MAX_CONFIG_BYTES) {
      throw problem(
        workspace,
        file,
        `the file is more than ${formatBytes(MAX_CONFIG_BYTES)}, the limit for a configuration; it was not read`,
      );
    }
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw problem(workspace, file, `the file cannot be read: ${code(err)}`);
  } finally {
    closeSync(fd);
  }
  const text = decode(bytes);
  if (!text.ok) throw problem(workspace, file, text.message);
  return { shown, text: text.text };
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

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}
