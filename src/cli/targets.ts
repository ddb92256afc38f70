// The files a command judges: the paths, folders and globs a user names, or the configuration's globs.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_GLOBS, PROPOSAL_EXTENSIONS, findByGlobs, walk } from '../io/files.js';
import { UsageError } from './io.js';

/**
 * Turns command-line targets into files: a file as given, a folder as every YAML and
 * Markdown file beneath it, anything else as a glob from `cwd`. No target: the default globs.
 */
export async function resolveTargets(
  cwd: string,
  targets: readonly string[],
  globs: readonly string[] = DEFAULT_GLOBS,
): Promise<string[]> {
  if (targets.length === 0) return findByGlobs(cwd, globs);
  const files = new Set<string>();
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      files.add(absolute);
    } else if (info?.isDirectory()) {
      for (const f of walk(absolute, absolute)) if (PROPOSAL_EXTENSIONS.test(f)) files.add(f);
    } else if (picomatch.scan(target).isGlob) {
      const matched = await findByGlobs(cwd, [target]);
      if (matched.length === 0) throw new UsageError(`no file matches the pattern "${target}"`);
      for (const f of matched) files.add(f);
    } else {
      throw new UsageError(`no such file or folder: ${target}`);
    }
  }
  return [...files].sort();
}
