// Writes the SARIF log (the `sarif` input) into the workspace, for upload-sarif. The path is
// relative to the workspace (inputs.ts refuses `..` and absolute paths); here it must also
// stay inside after following links, and never replaces a link or a folder.

import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { EngineOptions } from '../core/engine.js';
import { renderSarif } from '../core/render/sarif.js';
import type { Report } from '../core/types.js';
import { isInside } from '../io/files.js';
import pkg from '../../package.json' with { type: 'json' };

export const TOOL_VERSION: string = pkg.version;
export const INFORMATION_URI = 'https://github.com/stack-verdict/stack-verdict';

export class SarifWriteError extends Error {
  constructor(file: string, why: string) {
    super(`Stack Verdict cannot write the SARIF log to ${file}: ${why}`);
    this.name = 'SarifWriteError';
  }
}

/** The report as SARIF, with the rules and documentation links of the run's configuration. */
export function sarifText(report: Report, options: EngineOptions): string {
  return renderSarif(report, {
    toolVersion: TOOL_VERSION,
    informationUri: INFORMATION_URI,
    rules: options.knownRules,
    docsUrl: options.docsUrl,
  });
}

/**
 * Writes `text` to `file` (relative to `workspace`), creating its folders. Refuses a path
 * that leads outside the workspace, also through a linked folder, and an existing link,
 * folder or other non-file at the path. Returns the absolute path written.
 */
export async function writeSarifFile(
  workspace: string,
  file: string,
  text: string,
): Promise<string> {
  const root = path.resolve(workspace);
  const target = path.resolve(root, file);
  if (!isInside(root, target) || target === root) {
    throw new SarifWriteError(file, 'the path leads outside the workspace');
  }
  const realRoot = await realpath(root);
  // The deepest folder on the way that exists must really be inside the workspace, so that
  // creating the rest cannot happen through a link to elsewhere.
  let existing = path.dirname(target);
  while (!(await exists(existing))) existing = path.dirname(existing);
  const realExisting = await realpath(existing);
  if (!isInside(realRoot, realExisting)) {
    throw new SarifWriteError(
      file,
      'a folder on the way is a link that leads outside the workspace',
    );
  }
  try {
    await mkdir(path.dirname(target), { recursive: true });
  } catch (err) {
    throw new SarifWriteError(file, `its folder cannot be created (${code(err)})`);
  }
  const info = await lstat(target).catch(() => undefined);
  if (info?.isSymbolicLink()) {
    throw new SarifWriteError(file, 'the path is a symbolic link; it was left as it is');
  }
  if (info?.isDirectory()) throw new SarifWriteError(file, 'the path is a folder');
  if (info && !info.isFile()) throw new SarifWriteError(file, 'the path is not a regular file');
  // O_NOFOLLOW: a link put in its place meanwhile is not followed either.
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  let handle;
  try {
    handle = await open(target, flags, 0o644);
  } catch (err) {
    throw new SarifWriteError(file, `the file cannot be opened (${code(err)})`);
  }
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
  return target;
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}
