// The one matcher that decides which workspace paths are proposals, used by the CLI's walk
// and by the Action's changed-files and tree filters, so that both see the same files.

import picomatch from 'picomatch';
import { PRECOMPILED } from '../generated/globs.js';

/** `.git` (any case) is never a place for proposals; node_modules is never walked either. */
const NEVER = /(^|\/)(\.git|node_modules)(\/|$)/i;

/** The same path with its extension in lower case: `evil.YAML` → `evil.yaml`. */
function lowerExtension(file: string): string {
  const dot = file.lastIndexOf('.');
  const slash = file.lastIndexOf('/');
  return dot > slash + 1 ? file.slice(0, dot) + file.slice(dot).toLowerCase() : file;
}

/** True for a path under `.git` or node_modules, in any case. */
export function isForbiddenPath(file: string): boolean {
  return NEVER.test(file);
}

/**
 * A predicate over workspace-relative paths (forward slashes). Positive globs choose files;
 * `!glob` entries remove files from what the positive ones chose, wherever they are listed,
 * so an exclusion never adds anything (only exclusions → nothing matches). Dot folders and
 * dot files match like any other; extensions match in any case.
 */
export function proposalMatcher(globs: readonly string[]): (file: string) => boolean {
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  if (positive.length === 0) return () => false;
  const include = anyOf(positive);
  const exclude = negative.length > 0 ? anyOf(negative) : () => false;
  return (file) => {
    if (NEVER.test(file)) return false;
    const lower = lowerExtension(file);
    return (include(file) || include(lower)) && !exclude(file) && !exclude(lower);
  };
}

/** Where picomatch makes the expressions scripts/generate-globs.mjs wrote (not Windows). */
const POSIX = process.platform !== 'win32';

/**
 * picomatch(globs, { dot: true }), but a default glob takes its expression from
 * src/generated/globs.js instead of compiling it (~2 ms on every start). Each glob then
 * matches as picomatch's own matcher does: a non-empty path equal to the glob or matched by it.
 */
function anyOf(globs: readonly string[]): (file: string) => boolean {
  const tests = globs.map((glob): ((file: string) => boolean) => {
    const re = POSIX ? PRECOMPILED.get(glob) : undefined;
    if (!re) return picomatch(glob, { dot: true });
    return (file) => file !== '' && (file === glob || re.test(file));
  });
  return tests.length === 1 ? tests[0]! : (file) => tests.some((t) => t(file));
}
