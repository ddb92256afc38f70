// `check -o FILE`: the report written to a file the user names. The file may be anywhere the
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
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { isInside } from '../io/files.js';
import { UsageError } from './io.js';

export function writeReportFile(cwd: string, file: string, text: string): void {
  const absolute = path.resolve(cwd, file);
  const refuse = (why: string): never => {
    throw new UsageError(`cannot write the report to ${file}: ${why}`);
  };
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
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
