// The files a command judges: the paths, folders and globs a user names, or the configuration's
// globs. The globs are relative to the repository root, whichever folder the CLI runs in.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_GLOBS, PROPOSAL_EXTENSIONS, findByGlobs, walk } from '../io/files.js';
import { proposalMatcher } from '../io/match.js';
import { UsageError } from './io.js';

/** Files that configure Stack Verdict or CI: found by a glob or in a folder, never judged. */
const NEVER_PROPOSALS = picomatch(
  ['.github/stack-verdict.{yml,yaml}', '.github/workflows/**', '.gitlab-ci.{yml,yaml}'],
  { dot: true, nocase: true },
);

/** Where the targets are resolved: the root the globs are relative to, and the globs. */
export interface TargetScope {
  /** The repository root (findRoot); default: the current folder. */
  root?: string;
  /** The configuration file `--config` named, relative to root: never judged either. */
  configFile?: string | undefined;
}

/** Report path of `absolute` under `root`; undefined when it lies outside. */
function under(root: string, absolute: string): string | undefined {
  const rel = path.relative(root, absolute);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * Turns command-line targets into absolute file paths, sorted:
 * - no target: the files beneath the root that the globs match;
 * - a file: judged as given;
 * - a folder: the files beneath it that the globs match (relative to the root), as ESLint's
 *   `files` decide what `eslint DIR` lints; a folder where none matches is a usage error;
 * - anything else: a glob from `cwd`, over YAML and Markdown files.
 * The configuration file and CI workflow files are never found by a folder or a glob.
 */
export async function resolveTargets(
  cwd: string,
  targets: readonly string[],
  globs: readonly string[] = DEFAULT_GLOBS,
  scope: TargetScope = {},
): Promise<string[]> {
  const root = scope.root ?? cwd;
  const configFile = scope.configFile;
  const never = (file: string | undefined) =>
    file !== undefined && (NEVER_PROPOSALS(file) || file === configFile);
  if (targets.length === 0) {
    return (await findByGlobs(root, globs)).filter((f) => !never(under(root, f)));
  }
  const isProposal = proposalMatcher(globs);
  const files = new Set<string>();
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      files.add(absolute);
    } else if (info?.isDirectory()) {
      let matched = 0;
      for (const f of walk(absolute, root)) {
        const file = under(root, f);
        if (file !== undefined && isProposal(file) && !never(file)) {
          files.add(f);
          matched++;
        }
      }
      if (matched === 0) {
        throw new UsageError(
          `no file in ${target} matches the proposal globs (${globs.join(', ')}, relative to ${rootName(cwd, root)}); name the files, or set \`files\` in the configuration`,
        );
      }
    } else if (picomatch.scan(target).isGlob) {
      const matched = (await findByGlobs(cwd, [target])).filter(
        (f) => PROPOSAL_EXTENSIONS.test(f) && !never(under(root, f)),
      );
      if (matched.length === 0) throw new UsageError(`no file matches the pattern "${target}"`);
      for (const f of matched) files.add(f);
    } else {
      throw new UsageError(`no such file or folder: ${target}`);
    }
  }
  return [...files].sort();
}

/** The root as the user would name it from `cwd`. */
function rootName(cwd: string, root: string): string {
  const rel = path.relative(cwd, root);
  return rel === '' ? 'the current folder' : `the repository root ${rel.split(path.sep).join('/')}`;
}

/**
 * Of `files` (absolute), those the globs match relative to the root and that are not the
 * configuration or a workflow: what the pre-commit hook judges of the names it is given.
 */
export function proposalsAmong(
  files: readonly string[],
  globs: readonly string[],
  scope: Required<Pick<TargetScope, 'root'>> & TargetScope,
): string[] {
  const isProposal = proposalMatcher(globs);
  return files.filter((f) => {
    const file = under(scope.root, f);
    return (
      file !== undefined && isProposal(file) && !NEVER_PROPOSALS(file) && file !== scope.configFile
    );
  });
}
