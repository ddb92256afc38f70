// `check --fix` writes a proposal back with its fixes. Only a regular file inside the
// repository is written, never through a symbolic link (the file or any folder on the way)
// nor into `.git`, and only when it still holds the text that was fixed: an edit made
// meanwhile is never overwritten. The new text goes to a file beside it, then replaces it in
// one rename, so the file is whole whatever happens.
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { isInside, readGuardedFile, toReportPath, type ReadResult } from './files.js';

/** Why a file cannot be fixed, or undefined when it may be written. */
export function unwritable(root: string, absolute: string): string | undefined {
  const base = path.resolve(root);
  if (!isInside(base, absolute) || absolute === base) return 'it lies outside the repository';
  const rel = toReportPath(base, absolute);
  if (/(?:^|\/)\.git(?:\/|$)/i.test(rel)) return 'it lies inside .git';
  let dir = base;
  const parts = rel.split('/');
  for (let i = 0; i < parts.length; i++) {
    dir = path.join(dir, parts[i]!);
    let info;
    try {
      info = lstatSync(dir);
    } catch (err) {
      return `it cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
    }
    if (info.isSymbolicLink()) {
      return i === parts.length - 1
        ? 'it is a symbolic link'
        : `${parts.slice(0, i + 1).join('/')}/ on its path is a symbolic link`;
    }
    if (i === parts.length - 1 && !info.isFile()) return 'it is not a regular file';
  }
  try {
    if (!isInside(realpathSync.native(base), realpathSync.native(absolute)))
      return 'it lies outside the repository';
  } catch (err) {
    return `it cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
  return undefined;
}

/** Reads a file to fix through the guarded reader; refused when it could not be written. */
export function readForFix(root: string, absolute: string, maxBytes: number): ReadResult {
  const why = unwritable(root, absolute);
  if (why) return { ok: false, message: why };
  return readGuardedFile(root, path.relative(path.resolve(root), absolute), maxBytes, 'a proposal');
}

/**
 * Replaces the file's text `before` by `after` (with the byte-order mark it had). Throws an
 * Error saying why when the file may not be written or changed since it was read.
 */
export function writeFixedFile(
  root: string,
  absolute: string,
  before: { text: string; bom?: boolean },
  after: string,
  maxBytes: number,
): void {
  const now = readForFix(root, absolute, maxBytes);
  if (!now.ok) throw new Error(now.message);
  if (now.text !== before.text || (now.bom === true) !== (before.bom === true))
    throw new Error('it changed while it was being fixed; run again');
  const mode = lstatSync(absolute).mode & 0o7777;
  const dir = path.dirname(absolute);
  const temp = path.join(
    dir,
    `.${path.basename(absolute)}.stack-verdict-${randomBytes(6).toString('hex')}.tmp`,
  );
  const bytes = Buffer.from(before.bom ? `\ufeff${after}` : after, 'utf8');
  const fd = openSync(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    mode,
  );
  try {
    try {
      fchmodSync(fd, mode);
      let written = 0;
      while (written < bytes.length)
        written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, absolute);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never made.
    }
    throw err;
  }
}
