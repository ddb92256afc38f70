import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { isForbiddenPath, proposalMatcher } from './match.js';

/** Where proposals live unless configured otherwise (docs/proposal-format.md). */
export const DEFAULT_GLOBS = [
  'proposals/**/*.{yml,yaml,md}',
  '**/*.proposal.{yml,yaml}',
  '**/service-proposal.{yml,yaml}',
  // Decision records: MADR, log4brains, adr-tools.
  'docs/decisions/**/*.md',
  'docs/adr/**/*.md',
  'doc/adr/**/*.md',
];
export const PROPOSAL_EXTENSIONS = /\.(ya?ml|md)$/i;
export const DEFAULT_MAX_BYTES = 1024 * 1024;

const SKIP_DIRS = new Set(['.git', 'node_modules']); // compared in lower case

const POSIX = path.sep === '/';
/** A segment that is empty, `.` or `..`: the path is not in path.resolve's normal form. */
const UNNORMAL = /\/\.{0,2}(?:\/|$)/;

/**
 * path.relative(root, target), without resolving both paths when they need none: for a
 * normalized absolute `target` below a normalized absolute `root` (every path the CLI
 * builds), it is the rest of `target`. Resolving both, twice a file, was a tenth of
 * reading one in a CPU profile of 10,000 proposals.
 */
function relative(root: string, target: string): string {
  if (
    POSIX &&
    target.length > root.length + 1 &&
    target.charCodeAt(root.length) === 0x2f &&
    target.startsWith(root) &&
    root.charCodeAt(0) === 0x2f &&
    !UNNORMAL.test(target)
  ) {
    return target.slice(root.length + 1);
  }
  return path.relative(root, target);
}

/** A path inside `root`, with forward slashes, as reports show it. */
export function toReportPath(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return POSIX ? rel : rel.split(path.sep).join('/');
}

/** True when `target` is `root` or lies beneath it. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Every regular file beneath `dir`, as absolute paths, sorted. Symbolic links are
 * followed only when they resolve to a file inside `root`; linked folders are not entered.
 * Synchronous on purpose: one walk at a time, and a thread-pool round trip per folder and
 * per file cost more than the reads themselves (docs/benchmarks.md).
 */
export function walk(dir: string, root: string): string[] {
  const realRoot = realpathSync.native(root);
  const found: string[] = [];
  const visit = (current: string): void => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name.toLowerCase())) visit(full);
      } else if (entry.isFile()) {
        found.push(full);
      } else if (entry.isSymbolicLink()) {
        try {
          const target = realpathSync.native(full);
          if (isInside(realRoot, target) && statSync(target).isFile()) found.push(full);
        } catch {
          // A dangling link is not a proposal.
        }
      }
    }
  };
  visit(dir);
  return found.sort();
}

/** Files beneath `root` whose workspace-relative path matches one of the globs. */
export async function findByGlobs(root: string, globs: readonly string[]): Promise<string[]> {
  const match = proposalMatcher(globs);
  return walk(root, root).filter((f) => match(toReportPath(root, f)));
}

/** A file's text (a UTF-8 byte-order mark is not part of it; `bom` says it was there). */
export type ReadResult = { ok: true; text: string; bom?: true } | { ok: false; message: string };

// realpath(root) once per root, and realpath once per folder, not once per file: nothing
// from a pull request runs during a run, so no one can swap a folder for a link between two
// reads. A file in a folder inside the workspace is opened with O_NOFOLLOW straight away: the
// open itself says whether the file is a link (ELOOP), and fstat on the descriptor what it
// is and how large. Only a link, or a path the open refuses, takes the long way (lstat and
// realpath of the file, then the same open).
let lastRoot: { root: string; real: string; folders: Map<string, string> } | undefined;
function realRootOf(root: string): string {
  if (lastRoot?.root !== root) {
    lastRoot = { root, real: realpathSync.native(root), folders: new Map() };
  }
  return lastRoot.real;
}
/** The real path of folder `dir`, resolved once per folder. */
function realDirOf(dir: string, root: string): string {
  realRootOf(root);
  const folders = lastRoot!.folders;
  let realDir = folders.get(dir);
  if (realDir === undefined) {
    realDir = realpathSync.native(dir);
    if (folders.size > 10_000) folders.clear();
    folders.set(dir, realDir);
  }
  return realDir;
}
/** Where `absolute` really is, and whether it is a regular file that is not a link. */
function realPathOf(absolute: string, root: string): { real: string; plainFile: boolean } {
  const realDir = realDirOf(path.dirname(absolute), root);
  const direct = path.join(realDir, path.basename(absolute));
  const info = lstatSync(direct);
  return info.isSymbolicLink()
    ? { real: realpathSync.native(direct), plainFile: false }
    : { real: direct, plainFile: info.isFile() };
}

// O_NONBLOCK: a FIFO opens without waiting; O_NOFOLLOW: a link is refused (ELOOP), not followed.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
/** Where open() can tell a link by ELOOP: the short way is safe only there (not on Windows). */
const NOFOLLOW = POSIX && constants.O_NOFOLLOW !== undefined && constants.O_NOFOLLOW !== 0;

/**
 * Reads a proposal as UTF-8 text, refusing what could not be one: a path that leads outside
 * `root` through a link (the file itself or any folder on the way), something that is not a
 * regular file (a FIFO would block the read), a file over the size cap (checked before
 * reading, and the read itself stops after the cap), binary content, or invalid UTF-8.
 */
export function readProposalFile(
  absolute: string,
  root: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
  isProposal: (file: string) => boolean = (f) => PROPOSAL_EXTENSIONS.test(f),
): ReadResult {
  const quick = NOFOLLOW ? readPlainFile(absolute, root, maxBytes, isProposal) : undefined;
  return quick ?? readAnyFile(absolute, root, maxBytes, isProposal);
}

/**
 * Reads a file the CLI checks: a link may lead anywhere inside the folder the check runs in
 * (`cwd`, the workspace); a file named outside it may only link within its own folder.
 */
export function readForCheck(cwd: string, absolute: string, maxBytes?: number): ReadResult {
  const root = isInside(cwd, absolute) ? cwd : path.dirname(absolute);
  return readProposalFile(absolute, root, maxBytes);
}

/**
 * The short way, for a file that is not a link in a folder inside `root`: one open, no
 * lstat. undefined for anything else (a link, a folder outside, a path the open refuses):
 * the long way then decides, with its own messages.
 */
function readPlainFile(
  absolute: string,
  root: string,
  maxBytes: number,
  isProposal: (file: string) => boolean,
): ReadResult | undefined {
  let fd: number;
  try {
    // The CLI and the Action pass absolute paths in normal form: no path.resolve needed.
    const resolved =
      absolute.charCodeAt(0) === 0x2f && !UNNORMAL.test(absolute)
        ? absolute
        : path.resolve(absolute);
    const slash = resolved.lastIndexOf('/');
    const dir = slash === 0 ? '/' : resolved.slice(0, slash);
    const realDir = realDirOf(dir, root);
    const real = realDir === dir ? resolved : path.join(realDir, resolved.slice(slash + 1));
    if (!isInside(realRootOf(root), real)) return undefined;
    // A linked folder inside the workspace: the same checks as a linked file (below).
    if (real !== resolved) {
      const target = toReportPath(realRootOf(root), real);
      if (isForbiddenPath(target) || !isProposal(target)) return undefined;
    }
    fd = openSync(real, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    return readOpen(fd, maxBytes);
  } catch (err) {
    return cannotRead(err); // close failed
  }
}

/** The long way: every link on the way resolved and checked, then the same read. */
function readAnyFile(
  absolute: string,
  root: string,
  maxBytes: number,
  isProposal: (file: string) => boolean,
): ReadResult {
  try {
    // Every link on the way is resolved, not only the last one: `proposals/` may itself be
    // a link to a folder outside the workspace.
    const resolved = path.resolve(absolute);
    const { real, plainFile } = realPathOf(resolved, root);
    if (!isInside(realRootOf(root), real)) {
      const link = lstatSync(absolute).isSymbolicLink();
      return {
        ok: false,
        message: link
          ? 'the file is a symbolic link that leads outside the workspace; it was not read'
          : 'the path leads outside the workspace through a linked folder; it was not read',
      };
    }
    // A link inside the workspace may still point at a secret: .git/config holds the
    // checkout token. Whatever the links say, the file read must be under no `.git` folder
    // and must itself be a proposal by the same globs.
    if (real !== resolved) {
      const target = toReportPath(realRootOf(root), real);
      if (isForbiddenPath(target)) {
        return { ok: false, message: 'the file is a link into .git; it was not read' };
      }
      if (!isProposal(target)) {
        return {
          ok: false,
          message: 'the file is a link to a file that is not a proposal; it was not read',
        };
      }
    }
    // lstat above already said what a file that is not a link is: no second stat.
    if (!plainFile && !statSync(real).isFile()) return { ok: false, message: 'not a regular file' };
    // O_NOFOLLOW: the file was not swapped for a link since realpath.
    return readOpen(openSync(real, OPEN_FLAGS), maxBytes);
  } catch (err) {
    return cannotRead(err);
  }
}

/**
 * An open file's bytes to its end, but never more than one byte past `cap`, whatever fstat
 * said: first `size` and one byte more (to see a file that grew), then in 64 KiB steps. A
 * short read of a regular file is its end, so a file that did not grow costs one buffer of
 * its own size. More than `cap` bytes back means the file is over the cap.
 */
export function readCapped(fd: number, size: number, cap: number): Buffer {
  const chunks: Buffer[] = [];
  let length = 0;
  for (;;) {
    const want = Math.min(length === 0 ? size + 1 : 64 * 1024, cap + 1 - length);
    if (want <= 0) break;
    const chunk = Buffer.allocUnsafe(want);
    const bytesRead = readSync(fd, chunk, 0, want, length);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    length += bytesRead;
    if (bytesRead < want) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
}

function readOpen(fd: number, maxBytes: number, what?: string): ReadResult {
  try {
    // fstat on the open descriptor says what was really opened.
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, message: 'not a regular file' };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes, '', what);
    const bytes = readCapped(fd, info.size, maxBytes);
    if (bytes.length > maxBytes) return tooLarge(maxBytes, maxBytes, 'more than ', what);
    return decode(bytes);
  } catch (err) {
    return cannotRead(err);
  } finally {
    closeSync(fd);
  }
}

/** A path with a `.git` part, in any case (a case-insensitive file system finds the same folder). */
const GIT_PART = /(?:^|\/)\.git(?:\/|$)/i;

/** How a guarded read went; `missing`: nothing is at the path (a dangling link is not missing). */
export type GuardedRead = ReadResult | { ok: false; missing: true; message: string };

/**
 * The one reader for every file the product reads other than proposals found by a walk:
 * configurations, the files they extend, evidence. `file` is relative to `root` (the
 * repository or workspace). Refused unread, with a message that quotes nothing of the file:
 * a path outside `root`, a path or link (the file or a folder on the way) that leads outside
 * `root` or into `.git` (in any case), something that is not a regular file, a file over
 * `maxBytes`, binary or invalid UTF-8 text. `what` names the file in messages ("a
 * configuration"). Synchronous: one small file, where the thread pool costs more than the read.
 */
export function readGuardedFile(
  root: string,
  file: string,
  maxBytes: number,
  what: string,
): GuardedRead {
  const base = path.resolve(root);
  const absolute = path.resolve(base, file);
  if (!isInside(base, absolute) || absolute === base) {
    return { ok: false, message: 'the path leads outside the repository; it was not read' };
  }
  if (GIT_PART.test(toReportPath(base, absolute))) {
    return { ok: false, message: 'the path leads into .git; it was not read' };
  }
  let link: boolean;
  try {
    link = lstatSync(absolute).isSymbolicLink();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return { ok: false, missing: true, message: 'the file does not exist' };
    }
    return cannotRead(err);
  }
  let fd: number;
  try {
    // Every link on the way, not only the last one: a folder may be a link too.
    const realBase = realpathSync.native(base);
    const real = realpathSync.native(absolute);
    if (!isInside(realBase, real)) {
      return {
        ok: false,
        message: link
          ? 'the file is a symbolic link that leads outside the repository; it was not read'
          : 'the path leads outside the repository through a linked folder; it was not read',
      };
    }
    if (GIT_PART.test(toReportPath(realBase, real))) {
      return {
        ok: false,
        message: link
          ? 'the file is a link into .git; it was not read'
          : 'the path leads into .git through a linked folder; it was not read',
      };
    }
    // O_NOFOLLOW: the file was not swapped for a link since realpath; O_NONBLOCK: a FIFO
    // opens without waiting, and fstat then refuses it.
    fd = openSync(real, OPEN_FLAGS);
  } catch (err) {
    return cannotRead(err);
  }
  try {
    return readOpen(fd, maxBytes, what);
  } catch (err) {
    return cannotRead(err); // close failed
  }
}

function cannotRead(err: unknown): ReadResult {
  return {
    ok: false,
    message: `the file cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
  };
}

function tooLarge(size: number, maxBytes: number, more = '', what = 'a proposal'): ReadResult {
  return {
    ok: false,
    message: `the file is ${more}${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for ${what}; it was not read`,
  };
}

// One decoder for every file: decode() without { stream } starts afresh each call.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text, or why they are not a proposal's text. */
export function decode(bytes: Uint8Array): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8' };
  }
  if (bytes.includes(0))
    return {
      ok: false,
      message: 'the file is binary (it contains NUL bytes), not YAML or Markdown',
    };
  try {
    const text = utf8.decode(bytes);
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? { ok: true, text, bom: true }
      : { ok: true, text };
  } catch {
    return { ok: false, message: 'the file is not valid UTF-8 text; save it as UTF-8' };
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${n} bytes`;
}
