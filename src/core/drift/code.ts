// Which languages the code of a repository is written in, from what a portfolio already has:
// the paths of a tree listing (or a working tree) and, through the API, GitHub's own
// language breakdown. Marker files say where a module lives; the breakdown says only that
// the language is there.

/** The languages of one repository's code, as far as the portfolio can tell. */
export interface CodeLanguages {
  /** Folders holding a `go.mod` (`.` for the root), sorted. */
  goModules: string[];
  /** Folders holding a `Cargo.toml` (`.` for the root), sorted. */
  rustCrates: string[];
  /** GitHub's breakdown (language → bytes), when it was read. */
  breakdown?: Readonly<Record<string, number>>;
}

/** Folders whose marker files belong to someone else's code, not the repository's. */
const VENDORED = /(?:^|\/)(?:vendor|node_modules|third_party|testdata|target|\.git)\//;

/** The marker files among `paths` (from the repository root, `/`-separated). */
export function codeFromPaths(
  paths: Iterable<string>,
  breakdown?: Readonly<Record<string, number>>,
): CodeLanguages {
  const go = new Set<string>();
  const rust = new Set<string>();
  for (const p of paths) {
    if (VENDORED.test(p)) continue;
    const slash = p.lastIndexOf('/');
    const name = p.slice(slash + 1);
    const folder = slash < 0 ? '.' : p.slice(0, slash);
    if (name === 'go.mod') go.add(folder);
    else if (name === 'Cargo.toml') rust.add(folder);
  }
  const out: CodeLanguages = { goModules: [...go].sort(), rustCrates: [...rust].sort() };
  if (breakdown) out.breakdown = breakdown;
  return out;
}

/** Whether the code holds the language (`go` or `rust`), by marker or by GitHub's count. */
export function hasLanguage(code: CodeLanguages, language: 'go' | 'rust'): boolean {
  const markers = language === 'go' ? code.goModules : code.rustCrates;
  if (markers.length > 0) return true;
  const name = language === 'go' ? 'Go' : 'Rust';
  return (code.breakdown?.[name] ?? 0) > 0;
}
