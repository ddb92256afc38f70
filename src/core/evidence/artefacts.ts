// The seam between the shells, which read the files constraints cite, and the engine, which
// judges them. The engine never reads: a shell collects the cited paths after a first pass,
// reads each once through the guarded reader, and judges the citing files with what it read.
import type { FileResult } from '../engine.js';

/** What a shell found at one repository path a constraint cites as evidence. */
export type ArtefactRead =
  /**
   * The file's text at the commit judged; `added` when it is new in this pull request;
   * `focus`: every `metric` the run's constraints ask of it (the engine keeps those however
   * many tagged metrics the file holds; absent, the citing proposal's own).
   */
  | { kind: 'text'; text: string; added?: boolean; focus?: readonly string[] }
  /** Nothing at that path at the commit judged. */
  | { kind: 'missing' }
  /** Not read: outside the repository, a link that leads out, or inside `.git`. */
  | { kind: 'refused'; reason: string }
  /** Larger than `max-evidence-bytes`. */
  | { kind: 'too-large'; bytes: number; cap: number };

/** Repository paths from the root, as `EngineOptions.artefacts` is keyed. */
export type Artefacts = ReadonlyMap<string, ArtefactRead>;

/**
 * The repository paths (from the root, `/`-separated) that judged proposals cite as evidence,
 * each once, in the order first cited. URLs other than this repository's file links are not
 * artefacts and are absent.
 */
export function citedArtefacts(results: readonly FileResult[]): string[] {
  const seen = new Set<string>();
  for (const r of results) {
    if (r.kind !== 'proposal') continue;
    for (const cite of r.evidence ?? []) {
      if (cite.key.startsWith('path:')) seen.add(cite.key.slice('path:'.length));
    }
  }
  return [...seen];
}
