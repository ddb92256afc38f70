// Read and judge every listed file; then read once the artefacts their constraints cite, and
// judge the files that cite a path again with what was read. Under `scope: changed`, the repository's
// other proposals are read too, for the rules across proposals.

import {
  beforeArtefacts,
  citedArtefacts,
  judgeWithArtefacts,
} from '../../core/evidence/artefacts.js';
import { judgedReport, judgeRead } from '../../core/judge.js';
import type { FileResult } from '../../core/engine.js';
import type { Report } from '../../core/types.js';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../../config/index.js';
import { MAX_IN_FLIGHT } from '../api/bounded.js';
import type { ArtefactReads } from '../artefacts.js';
import type { OtherProposals } from '../others.js';
import { incompleteReason } from '../notes.js';
import { judgeFiles, makeReader, type Reader, type Source } from '../read-files.js';
import type { Started } from '../types.js';
import type { Configuration } from './configuration.js';
import type { Listing } from './files.js';

export interface Judged {
  report: Report;
  /** Why not every proposal could be seen, when so. */
  incomplete: string | undefined;
  /** The text judged of each proposal with an open finding, by its report path. */
  texts: Map<string, string>;
  /** Each file's judgement, with the artefacts read (the portfolio's drift check reads them). */
  results: FileResult[];
}

export async function judge(
  run: Started,
  source: Source,
  settings: Configuration,
  listing: Listing,
  artefacts?: ArtefactReads,
  others?: OtherProposals,
  /** The run's reader, when the caller reads other files with the proposals (judgeReader). */
  reader: Reader = judgeReader(run, source, settings),
): Promise<Judged> {
  const { sink } = run;
  const { files, widened } = listing;
  // Rules across proposals compare the changed ones with the repository's others: their
  // list is asked beside the proposals' reads, their text with the cited artefacts.
  const acrossRun = settings.options.rules.some(({ rule }) => rule.checkRun !== undefined);
  const listed =
    others && acrossRun && files.files.length > 0 ? others.list(settings.globs) : undefined;
  const texts = new Map<string, string>();
  const citing = new Map<string, string>();
  // Artefacts are read after this pass: it judges links for good, and the proposals that
  // cite a path are judged again below.
  let options = artefacts ? beforeArtefacts(settings.options) : settings.options;
  let results = await judgeFiles(files.files, reader, options, texts, citing);
  const judged = new Set(files.files);
  const otherFiles = listed ? (await listed).filter((f) => !judged.has(f)) : [];
  const othersRead =
    others && otherFiles.length > 0
      ? others.read(otherFiles, {
          maxBytes: settings.maxBytes,
          globs: settings.globs,
          // One round trip with the artefacts: REST while both fit in it, else a batch.
          batched: otherFiles.length + citedArtefacts(results).length > MAX_IN_FLIGHT,
        })
      : Promise.resolve([]);
  if (artefacts) {
    const cap = settings.config.maxEvidenceBytes ?? DEFAULT_MAX_EVIDENCE_BYTES;
    results = await judgeWithArtefacts(
      results,
      (paths) => artefacts.read(paths, cap),
      (file, read) => {
        options = { ...settings.options, artefacts: read };
        // Every file that cites a path was read whole (judgeFiles kept its text).
        return judgeRead(file, { ok: true, text: citing.get(file)! }, options);
      },
    );
  }
  // Judged again, a file citing a path may have gained open findings: review comments quote it.
  for (const r of results) {
    const text = r.kind === 'proposal' ? citing.get(r.report.file) : undefined;
    if (text !== undefined && r.kind === 'proposal' && r.report.findings.some((f) => !f.waived))
      texts.set(r.report.file, text);
  }
  const report = judgedReport(
    results,
    settings.failOn,
    options,
    settings.config.chain,
    await othersRead,
  );
  const incomplete = incompleteReason(files, widened);
  if (incomplete) sink.warning(incomplete);
  return { report, incomplete, texts, results };
}

/** The reader of the proposals at the commit judged (the workspace, else the API). */
export function judgeReader(
  run: Started,
  source: Source,
  settings: Pick<Configuration, 'maxBytes' | 'globs'>,
  whatOf?: (file: string) => string,
): Reader {
  const { ctx, api, repo, workspace } = run;
  return makeReader({
    source,
    workspace,
    maxBytes: settings.maxBytes,
    api,
    repo,
    sha: ctx.sha,
    globs: settings.globs,
    ...(whatOf ? { whatOf } : {}),
  });
}
