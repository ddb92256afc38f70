// `OWNER/NAME`, `OWNER/NAME@REF` and `OWNER/*`: the repositories a portfolio covers, as the
// CLI's `--repo`/`--org` and the Action's `repositories` input name them. Read before any I/O,
// so this module imports nothing heavy.

/** One entry of `--repo`, `--org` or the `repositories` input. */
export type RepositorySpec =
  | { kind: 'repository'; owner: string; repo: string; ref?: string }
  | { kind: 'owner'; owner: string };

// GitHub's rules for names: a login of letters, digits and single hyphens; a repository name
// of letters, digits, `.`, `_` and `-`.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Why `ref` cannot be read as a branch, tag or commit, or undefined when it can. Git's own
 * rules (git check-ref-format), and never a `:`, which would change the path read.
 */
export function refProblem(ref: string): string | undefined {
  if (ref.length > 255) return 'is longer than 255 characters';
  if (/[\p{Cc}\s~^:?*[\\]/u.test(ref)) {
    return 'holds a character a Git ref cannot have (white space, ~ ^ : ? * [ or \\)';
  }
  if (ref.includes('..') || ref.includes('@{') || ref.includes('//')) {
    return 'holds "..", "@{" or "//", which a Git ref cannot';
  }
  if (/^[-/.]|[/.]$|\.lock$|\/\./.test(ref) || ref === '@') return 'is not a valid Git ref';
  return undefined;
}

/**
 * Reads `OWNER/NAME`, `OWNER/NAME@REF` or `OWNER/*`. The problem says what is wrong with the
 * text (quoted as given, shortened): the caller names where it came from.
 */
export function parseRepositorySpec(text: string): RepositorySpec | { problem: string } {
  const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  const at = text.indexOf('@');
  const name = at < 0 ? text : text.slice(0, at);
  const ref = at < 0 ? undefined : text.slice(at + 1);
  const slash = name.indexOf('/');
  if (slash < 0 || name.indexOf('/', slash + 1) >= 0) {
    return { problem: `${shown} is not OWNER/NAME, OWNER/NAME@REF or OWNER/*` };
  }
  const owner = name.slice(0, slash);
  const repo = name.slice(slash + 1);
  if (!OWNER.test(owner)) {
    return {
      problem: `${shown}: "${owner.slice(0, 40)}" is not a GitHub owner (letters, digits and single hyphens, at most 39)`,
    };
  }
  if (repo === '*') {
    if (ref !== undefined) {
      return {
        problem: `${shown}: OWNER/* reads each repository at its default branch; drop @REF`,
      };
    }
    return { kind: 'owner', owner };
  }
  if (!NAME.test(repo) || repo === '.' || repo === '..') {
    return {
      problem: `${shown}: "${repo.slice(0, 40)}" is not a repository name (letters, digits, ".", "_" and "-", at most 100)`,
    };
  }
  if (ref !== undefined) {
    if (ref === '')
      return { problem: `${shown}: nothing follows "@"; give a branch, tag or commit` };
    const bad = refProblem(ref);
    if (bad) return { problem: `${shown}: the ref ${bad}` };
  }
  return { kind: 'repository', owner, repo, ...(ref !== undefined ? { ref } : {}) };
}

/** Parses every entry; throws nothing, lists every problem. Duplicates are read once. */
export function parseRepositorySpecs(entries: readonly string[]): {
  specs: RepositorySpec[];
  problems: string[];
} {
  const specs: RepositorySpec[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const spec = parseRepositorySpec(entry);
    if ('problem' in spec) {
      problems.push(spec.problem);
      continue;
    }
    // GitHub's names are case-insensitive.
    const key = (
      spec.kind === 'owner' ? `${spec.owner}/*` : `${spec.owner}/${spec.repo}@${spec.ref ?? ''}`
    ).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    specs.push(spec);
  }
  return { specs, problems };
}

/** The `repositories` input: one entry a line or comma-separated; blanks and `#` comments dropped. */
export function splitRepositories(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((e) => e.trim())
    .filter((e) => e !== '');
}
