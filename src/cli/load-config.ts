// The CLI finds the repository's configuration from any folder inside it. The
// repository root is the nearest folder up holding `.git`; without one, the nearest folder up
// holding `.github/stack-verdict.yml` (or `.yaml`); without either, the current folder. The
// configuration's `files` globs and the paths in reports are relative to that root.

import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config/index.js';
import { isInside, toReportPath } from '../io/files.js';
import { githubRemoteReader } from './github-contents.js';
import { UsageError } from './io.js';

/** The nearest folder from `cwd` up that holds `.git`; undefined when none does. */
export async function findRepositoryRoot(cwd: string): Promise<string | undefined> {
  let dir = path.resolve(cwd);
  for (;;) {
    if (
      await lstat(path.join(dir, '.git')).then(
        () => true,
        () => false,
      )
    )
      return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The configuration's default places, relative to the root. */
export const CONFIG_FILES = ['.github/stack-verdict.yml', '.github/stack-verdict.yaml'];

/** The folder the CLI's globs and report paths are relative to (see the top of this file). */
export async function findRoot(cwd: string): Promise<string> {
  const git = await findRepositoryRoot(cwd);
  if (git !== undefined) return git;
  let dir = path.resolve(cwd);
  for (;;) {
    for (const file of CONFIG_FILES) {
      const info = await lstat(path.join(dir, file)).catch(() => undefined);
      if (info?.isFile()) return dir;
    }
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(cwd);
    dir = up;
  }
}

export interface CliConfig {
  config: Config;
  /** The folder the configuration's paths are relative to. */
  root: string;
  /** The configuration file relative to root, when `--config` named one. */
  file: string | undefined;
}

/**
 * The configuration the CLI judges with: `--config` (relative to the current folder, inside
 * the repository) or the repository's `.github/stack-verdict.yml`, merged with what it extends.
 */
export async function loadCliConfig(
  cwd: string,
  env: NodeJS.ProcessEnv,
  configFlag: string | undefined,
): Promise<CliConfig> {
  if (configFlag === '') throw new UsageError('--config needs the path of a configuration file');
  const root = await findRoot(cwd);
  let file: string | undefined;
  if (configFlag !== undefined) {
    const absolute = path.resolve(cwd, configFlag);
    if (!isInside(root, absolute)) {
      throw new ConfigError([
        {
          file: configFlag,
          line: 0,
          column: 0,
          message: 'the configuration file must be inside the repository',
        },
      ]);
    }
    file = toReportPath(root, absolute);
  }
  const remote = githubRemoteReader(env);
  const config = await loadConfig(root, file, remote ? { remote } : {});
  return { config, root, file };
}
