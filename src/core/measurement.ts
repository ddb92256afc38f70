// What a constraint says about itself (docs/policy.md, "A measurement that says what it is"):
// whether it cites evidence at all, whether its words name another runtime than the one it
// claims, and whether `met` agrees with its own figures. A constraint that contradicts itself
// does not count as a measurement.
import { compareObserved, type Comparison } from './figures.js';
import type { EvidenceCheck } from './evidence/judge.js';
import type { Constraint } from './types.js';
import { goOlderThan, isGoRuntime, parseGoVersion } from './versions.js';

/** The release that made Green Tea GC the default: a fact, not a setting. */
export const GREEN_TEA_GO = '1.26';
/** The measurements Green Tea GC moves. */
export const GC_SENSITIVE = ['gc-pauses', 'tail-latency', 'cpu', 'throughput'];
/** Sources that claim a measurement, and so owe evidence of it. */
export const MEASURED_CLAIMS = ['production', 'load-test', 'benchmark'];

export type EvidenceForm = 'url' | 'path' | 'none';

/**
 * An `http(s)` URL, a repository path (relative or from the root, no spaces, a file name with
 * an extension), or nothing: "n/a", "TBD" and "see wiki" cite no measurement.
 */
export function evidenceForm(evidence: unknown): EvidenceForm {
  if (typeof evidence !== 'string') return 'none';
  const e = evidence.trim();
  if (e === '' || /\s/.test(e)) return 'none';
  if (/^https?:\/\//i.test(e)) {
    try {
      return new URL(e).hostname !== '' ? 'url' : 'none';
    } catch {
      return 'none';
    }
  }
  return repositoryPath(e) !== undefined ? 'path' : 'none';
}

/**
 * A repository path's segments from the root, given the folder of the proposal that cites it
 * (`./` and `../` start there; no prefix or a leading `/` start at the root); undefined when it
 * is not a path to a file inside the repository. Without the folder, whether it has a path's
 * form (a path that leads out of the repository is refused where it is read).
 */
export function repositoryPath(evidence: string, proposalDir?: string): string[] | undefined {
  const e = evidence.trim();
  if (e === '' || /[\s\\:]/.test(e) || /[?#]/.test(e)) return undefined;
  const relative = e.startsWith('./') || e.startsWith('../');
  const base = relative ? (proposalDir ?? '').split('/').filter((s) => s !== '' && s !== '.') : [];
  const out = [...base];
  for (const seg of e.replace(/^\/+/, '').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      // Without the proposal's folder only the form is checked: where `../` leads is not known.
      if (out.length === 0 && proposalDir !== undefined) return undefined;
      out.pop();
    } else out.push(seg);
  }
  const name = out[out.length - 1];
  // A file the measurement wrote has a name with an extension: "n/a" and "TBD" are not paths.
  if (name === undefined || !/^[^.].*\.[A-Za-z0-9]+$/.test(name)) return undefined;
  if (intoGit(out.join('/'))) return undefined;
  return out;
}

/** A path with a `.git` part, in any case: never read, whoever asks. */
export function intoGit(path: string): boolean {
  return /(?:^|\/)\.git(?:\/|$)/i.test(path);
}

/**
 * Runtimes other than Go that an observation may name; each a whole word, any case. Rust
 * counts too: the constraint says Go (its runtime, or none, which means Go).
 */
const OTHER_RUNTIMES = [
  'jvm',
  'java',
  'hotspot',
  'g1gc',
  'zgc',
  'cpython',
  'python',
  'pypy',
  'nodejs',
  'node.js',
  'v8',
  '.net',
  'clr',
  'ruby',
  'php',
  'beam',
  'erlang',
  'elixir',
];
const RUST_WORDS = ['rust', 'rustc'];

function wordPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((w) => w.replace(/\./g, '\\.')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'iu');
}
const OTHER_OR_RUST = wordPattern([...OTHER_RUNTIMES, ...RUST_WORDS]);
const NAMES_GO = /(?<![\p{L}\p{N}_.])(?:go|golang|go ?\d+(?:\.\d+)*)(?![\p{L}\p{N}_])/iu;

/** True when `runtime` is absent or blank: it then means Go of an unknown version. */
export function noRuntime(runtime: string | undefined): boolean {
  return runtime === undefined || runtime.trim() === '';
}

/** True when the constraint was measured on Go: its runtime says so, or it says nothing. */
export function onGo(c: Constraint): boolean {
  return noRuntime(c.runtime) || isGoRuntime(c.runtime!);
}

/**
 * The runtime `observed` names although the constraint says Go (its runtime, or none): the
 * word as written, or undefined. An observation that also names Go is taken at its word.
 */
export function otherRuntimeNamed(c: Constraint): string | undefined {
  if (typeof c.observed !== 'string' || !onGo(c)) return undefined;
  const m = OTHER_OR_RUST.exec(c.observed);
  if (!m || NAMES_GO.test(c.observed)) return undefined;
  return m[0];
}

/** "go 1.24" → "go1.24"; the version as written, without spaces. */
export function goRuntimeText(runtime: string): string {
  const v = parseGoVersion(runtime.trim().replace(/^go\s+/i, 'go')) ?? [];
  return `go${v.slice(0, v[2] ? 3 : 2).join('.')}`;
}

/**
 * A GC-sensitive constraint measured on Go older than 1.26, or with no runtime (Go of unknown
 * version): Green Tea GC may already have moved it, so it is not confirmed.
 */
export function unconfirmed(c: Pick<Constraint, 'type' | 'runtime'>): boolean {
  if (!GC_SENSITIVE.includes(c.type)) return false;
  if (noRuntime(c.runtime)) return true;
  return isGoRuntime(c.runtime!) && goOlderThan(goRuntimeText(c.runtime!), GREEN_TEA_GO);
}

export interface ConstraintReading {
  evidence: EvidenceForm;
  /** The other runtime `observed` names while the constraint says Go. */
  otherRuntime?: string;
  /** `observed` against `limit`, when both can be read and are of the same kind. */
  figures?: Comparison;
  /** `met` as given, else as the figures say, else false. */
  met: boolean;
  /** An explicit `met` that the figures contradict. */
  metContradicted: boolean;
  /**
   * Consistent with itself: evidence cited, no other runtime named, `met` not contradicted;
   * and, when its artefact was read, not contradicted by it nor naming nothing readable.
   */
  counts: boolean;
  /** What its artefact showed, when the shell read the evidence (evidence 1). */
  check?: EvidenceCheck;
}

const readings = new WeakMap<Constraint, ConstraintReading>();
const checks = new WeakMap<Constraint, EvidenceCheck>();

/**
 * The constraint as the rules judge it once its evidence was checked: a copy that carries the
 * check (readConstraint reads it), and, when the artefact verified it and names a Go version
 * the constraint does not state, that version as its runtime (docs/evidence.md).
 */
export function withEvidenceCheck(c: Constraint, check: EvidenceCheck): Constraint {
  const copy: Constraint = { ...c };
  if (check.status === 'verified' && check.runtime !== null && noRuntime(c.runtime)) {
    copy.runtime = check.runtime;
  }
  checks.set(copy, check);
  return copy;
}

/** The check of the constraint's artefact, when one was made. */
export function evidenceCheckOf(c: Constraint): EvidenceCheck | undefined {
  return checks.get(c);
}

/** What the constraint says about itself; remembered per constraint (every rule asks). */
export function readConstraint(c: Constraint): ConstraintReading {
  let r = readings.get(c);
  if (!r) {
    r = read(c);
    if (typeof c === 'object' && c !== null) readings.set(c, r);
  }
  return r;
}

function read(c: Constraint): ConstraintReading {
  const evidence = evidenceForm(c.evidence);
  const otherRuntime = otherRuntimeNamed(c);
  const figures = compareObserved(c.observed, c.limit);
  const metContradicted =
    typeof c.met === 'boolean' && figures !== undefined && figures.met !== c.met;
  const check = checks.get(c);
  // An artefact that shows the limit met makes the constraint met, whatever `observed` says.
  const met =
    check?.status === 'verified' && check.met !== null
      ? check.met
      : typeof c.met === 'boolean'
        ? c.met
        : (figures?.met ?? false);
  const out: ConstraintReading = {
    evidence,
    met,
    metContradicted,
    counts:
      evidence !== 'none' &&
      otherRuntime === undefined &&
      !metContradicted &&
      (check === undefined || check.counts),
  };
  if (otherRuntime !== undefined) out.otherRuntime = otherRuntime;
  if (figures) out.figures = figures;
  if (check) out.check = check;
  return out;
}

/**
 * What two citations of evidence are compared by: a URL without its fragment, with its query
 * sorted and no trailing slash; a repository path (or a link to a file of this repository on
 * GitHub, given `repository` as OWNER/REPO) resolved from the root. Undefined for no evidence.
 */
export function evidenceKey(
  evidence: unknown,
  proposalFile: string,
  repository?: string,
): string | undefined {
  const form = evidenceForm(evidence);
  if (form === 'none') return undefined;
  const e = (evidence as string).trim();
  const dir = proposalFile.includes('/')
    ? proposalFile.slice(0, proposalFile.lastIndexOf('/'))
    : '';
  if (form === 'path') {
    const inRepo = repositoryPath(e, dir);
    return inRepo ? `path:${inRepo.join('/')}` : undefined;
  }
  const url = new URL(e);
  const blob = /^\/([^/]+)\/([^/]+)\/blob\/[^/]+\/(.+)$/.exec(url.pathname);
  if (
    repository !== undefined &&
    blob &&
    url.hostname === 'github.com' &&
    `${blob[1]}/${blob[2]}`.toLowerCase() === repository.toLowerCase()
  ) {
    const linked = safeDecode(blob[3]!);
    const inRepo = repositoryPath(linked, '');
    if (inRepo) return `path:${inRepo.join('/')}`;
    // A link into this repository's .git is still a file of it: named as a path, which every
    // reader refuses, never a URL that would count as cited.
    if (intoGit(linked)) return `path:${linked.replace(/^\/+/, '')}`;
  }
  url.hash = '';
  url.searchParams.sort();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return `url:${url.toString()}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
