import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { judgeFile, unreadableFile, type EngineOptions, type FileResult } from '../core/engine.js';
import {
  DEFAULT_GLOBS,
  PROPOSAL_EXTENSIONS,
  findByGlobs,
  readForCheck,
  toReportPath,
  walk,
  type ReadResult,
} from '../io/files.js';

export class UsageError extends Error {}

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

/** Reads and judges one file; never throws on what the file holds. */
export function judgeOne(
  cwd: string,
  absolute: string,
  options: EngineOptions,
  maxBytes?: number,
): FileResult {
  return judgeRead(cwd, absolute, readForCheck(cwd, absolute, maxBytes), options);
}

/** Judges what readForCheck read (here, or on the read-ahead thread: read-ahead.ts). */
export function judgeRead(
  cwd: string,
  absolute: string,
  read: ReadResult,
  options: EngineOptions,
): FileResult {
  const file = toReportPath(cwd, absolute);
  return read.ok
    ? judgeFile(file, read.text, options)
    : { kind: 'proposal', report: unreadableFile(file, read.message, options) };
}
