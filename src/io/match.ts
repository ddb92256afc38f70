// The one matcher that decides which workspace paths are proposals, used by the CLI's walk
// and by the Action's changed-files and tree filters, so that both see the same files.

import picomatch from 'picomatch';

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
  const include = picomatch(positive, { dot: true });
  const exclude = negative.length > 0 ? picomatch(negative, { dot: true }) : () => false;
  return (file) => {
    if (NEVER.test(file)) return false;
    const lower = lowerExtension(file);
    return (include(file) || include(lower)) && !exclude(file) && !exclude(lower);
  };
}
