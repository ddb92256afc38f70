// The seam between the shells, which read the files constraints cite, and the engine, which
// judges them. The engine never reads: a shell collects the cited paths after a first pass,
// reads each once through the guarded reader, and judges the citing files with what it read.
import type { EngineOptions, FileResult } from '../engine.js';
import type { ArtefactRead, Artefacts } from './types.js';

export type { ArtefactRead, Artefacts };

/**
 * The engine of a run's first pass, in a shell that reads artefacts after it: nothing read
 * yet. A link is then judged for good in that pass (it has nothing to read), and a cited
 * path counts as not read until judgeWithArtefacts judges its proposal again.
 */
export function beforeArtefacts(options: EngineOptions): EngineOptions {
  return { ...options, artefacts: new Map() };
}

/** The proposal cites a repository path as evidence: what is read there may change it. */
export function citesPath(result: FileResult): boolean {
  return (
    result.kind === 'proposal' && (result.evidence ?? []).some((c) => c.key.startsWith('path:'))
  );
}

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

/** Every `metric` the run's constraints ask of each cited path. */
function metricsByPath(results: readonly FileResult[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of results) {
    if (r.kind !== 'proposal') continue;
    for (const cite of r.evidence ?? []) {
      if (!cite.key.startsWith('path:') || cite.metric === undefined) continue;
      const path = cite.key.slice('path:'.length);
      const list = out.get(path) ?? [];
      if (!list.includes(cite.metric)) list.push(cite.metric);
      out.set(path, list);
    }
  }
  return out;
}

/**
 * The second pass over a run, the same in every shell: the paths the first pass's proposals
 * cite (citedArtefacts), read in one batch by `read` (the shell's guarded reader: inside the
 * repository, no link out, never `.git`, the size cap; a path it cannot name is `missing` or
 * `refused`), then each proposal that cites a path judged again by `rejudge` with them. The
 * first pass judged with beforeArtefacts, so a proposal that cites only links is final there.
 * A run that cites no path calls `read` not at all. Returns the results in the same order.
 */
export async function judgeWithArtefacts(
  results: readonly FileResult[],
  read: (paths: readonly string[]) => Promise<ReadonlyMap<string, ArtefactRead>>,
  rejudge: (file: string, artefacts: Artefacts) => FileResult | Promise<FileResult>,
): Promise<FileResult[]> {
  const paths = citedArtefacts(results);
  const got = paths.length > 0 ? await read(paths) : new Map<string, ArtefactRead>();
  const metrics = metricsByPath(results);
  const artefacts = new Map<string, ArtefactRead>();
  for (const p of paths) {
    const one = got.get(p);
    if (one === undefined) continue;
    const focus = metrics.get(p);
    artefacts.set(p, one.kind === 'text' && focus ? { ...one, focus } : one);
  }
  const out: FileResult[] = [];
  for (const r of results) {
    out.push(r.kind === 'proposal' && citesPath(r) ? await rejudge(r.report.file, artefacts) : r);
  }
  return out;
}
