// Writes the SARIF log (the `sarif` input) into the workspace, for upload-sarif. The path is
// relative to the workspace (inputs.ts refuses `..` and absolute paths); here it must also
// stay inside after following links, and never replaces a link or a folder.

import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { EngineOptions } from '../core/engine.js';
import type { Report } from '../core/types.js';
import { isInside, toReportPath } from '../io/files.js';
import { isForbiddenPath } from '../io/match.js';
import pkg from '../../package.json' with { type: 'json' };

export const TOOL_VERSION: string = pkg.version;
export const INFORMATION_URI = 'https://github.com/stack-verdict/stack-verdict';

export class SarifWriteError extends Error {
  constructor(file: string, why: string) {
    super(`Stack Verdict cannot write the SARIF log to ${file}: ${why}`);
    this.name = 'SarifWriteError';
  }
}

/**
 * The report as SARIF, with the rules and documentation links of the run's configuration. The
 * renderer is loaded here, not with the Action: it loads node:crypto (~5 ms on Node 24), and
 * most runs write no SARIF.
 */
export async function sarifText(report: Report, options: EngineOptions): Promise<string> {
  const { renderSarif } = await import('../core/render/sarif.js');
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
  // The path as resolved, not as written: `results -> .git` makes results/hooks/pre-commit
  // a Git hook. Nothing is ever written under .git, in any case, at any depth.
  const resolved = path.join(realExisting, path.relative(existing, target));
  if (isForbiddenPath(toReportPath(realRoot, resolved))) {
    throw new SarifWriteError(file, 'the path leads into .git; nothing is written there');
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
  // O_NOFOLLOW: a link put in its place meanwhile is not followed either. No O_TRUNC: what
  // was opened is checked first, and only our own earlier log is ever replaced.
  const flags =
    constants.O_RDWR | constants.O_CREAT | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0);
  let handle;
  try {
    handle = await open(target, flags, 0o644);
  } catch (err) {
    throw new SarifWriteError(file, `the file cannot be opened (${code(err)})`);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new SarifWriteError(file, 'the path is not a regular file');
    if (opened.size > 0) {
      // A hard link shares its bytes with another name (a hook, a config): never written.
      if (opened.nlink > 1) {
        throw new SarifWriteError(
          file,
          'the file has other names (hard links); it was left as it is',
        );
      }
      const head = Buffer.alloc(Math.min(opened.size, OURS_PREFIX_BYTES));
      await handle.read(head, 0, head.length, 0);
      if (!isOurSarif(head.toString('utf8'))) {
        throw new SarifWriteError(
          file,
          'a file that is not a Stack Verdict SARIF log is already there; it was left as it is',
        );
      }
      await handle.truncate(0);
    }
    await handle.write(text, 0, 'utf8');
  } finally {
    await handle.close();
  }
  return target;
}

const OURS_PREFIX_BYTES = 64 * 1024;

/** An earlier log of ours: SARIF whose first run's tool is Stack Verdict. */
function isOurSarif(head: string): boolean {
  return (
    head.trimStart().startsWith('{') &&
    /"\$schema"\s*:\s*"[^"]*sarif/.test(head) &&
    /"name"\s*:\s*"Stack Verdict"/.test(head)
  );
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
