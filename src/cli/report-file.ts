// `check -o FILE` and `portfolio -o FILE`: output written to a file the user names. The file may be anywhere the
// user can write, but never inside a `.git` folder, never through a symbolic link (the file
// or a folder on the way), and never anything but a regular file: a FIFO or a device is
// refused, not truncated.
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isInside } from '../io/files.js';
import { UsageError } from './io.js';

export function writeReportFile(cwd: string, file: string, text: string): void {
  const absolute = path.resolve(cwd, file);
  const refuse = (why: string): never => {
    throw new UsageError(`cannot write the report to ${file}: ${why}`);
  };
  checkTarget(cwd, absolute, refuse);
  let fd: number;
  try {
    // No O_TRUNC: a file swapped for a FIFO since lstat must not be truncated or block (the
    // descriptor is checked first); O_NOFOLLOW: nor for a link.
    fd = openSync(
      absolute,
      constants.O_WRONLY |
        constants.O_CREAT |
        (constants.O_NOFOLLOW ?? 0) |
        (constants.O_NONBLOCK ?? 0),
      0o644,
    );
  } catch (err) {
    return refuse((err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
  try {
    if (!fstatSync(fd).isFile()) refuse('it is not a regular file');
    ftruncateSync(fd, 0);
    writeBytes(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` to `file` (relative to `cwd`) whole or not at all: into a new file beside it,
 * then renamed over it, so a reader never sees half a page and a failed write leaves the old
 * file as it was. The same places are refused as for a report; `refuse` says why in the
 * caller's words.
 */
export function writeFileAtomically(
  cwd: string,
  file: string,
  text: string,
  refuse: (why: string) => never,
): void {
  const absolute = path.resolve(cwd, file);
  checkTarget(cwd, absolute, refuse);
  const temporary = path.join(
    path.dirname(absolute),
    `.${path.basename(absolute)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  let fd: number;
  try {
    fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o644,
    );
  } catch (err) {
    return refuse((err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
  try {
    try {
      writeBytes(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, absolute);
  } catch (err) {
    rmSync(temporary, { force: true });
    return refuse((err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
}

function writeBytes(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Refuses a path in `.git`, through a linked folder below `cwd`, a link, or not a regular file. */
function checkTarget(cwd: string, absolute: string, refuse: (why: string) => never): void {
  if (absolute.split(path.sep).includes('.git')) refuse('it is inside a .git folder');
  const parent = path.dirname(absolute);
  let realParent: string;
  try {
    realParent = realpathSync.native(parent);
  } catch {
    return refuse('its folder does not exist');
  }
  // Folders below the current one that are links (`out -> .git/hooks`) are refused; links
  // above it (a home folder on another disk) are the user's own set-up.
  if (isInside(cwd, parent)) {
    let dir = cwd;
    for (const part of path.relative(cwd, parent).split(path.sep).filter(Boolean)) {
      dir = path.join(dir, part);
      if (lstatOrUndefined(dir)?.isSymbolicLink())
        refuse(`${part}/ on its path is a symbolic link`);
    }
  }
  if (realParent.split(path.sep).includes('.git')) refuse('it is inside a .git folder');
  const existing = lstatOrUndefined(absolute);
  if (existing?.isSymbolicLink()) refuse('it is a symbolic link');
  if (existing && !existing.isFile()) refuse('it is not a regular file');
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
