// Read and judge every listed file.

import { judgedReport } from '../../core/judge.js';
import type { Report } from '../../core/types.js';
import { incompleteReason } from '../notes.js';
import { judgeFiles, makeReader, type Source } from '../read-files.js';
import type { Started } from '../types.js';
import type { Configuration } from './configuration.js';
import type { Listing } from './files.js';

export interface Judged {
  report: Report;
  /** Why not every proposal could be seen, when so. */
  incomplete: string | undefined;
  /** The text judged of each proposal with an open finding, by its report path. */
  texts: Map<string, string>;
}

export async function judge(
  run: Started,
  source: Source,
  settings: Configuration,
  listing: Listing,
): Promise<Judged> {
  const { ctx, api, repo, sink, workspace } = run;
  const { files, widened } = listing;
  const reader = makeReader({
    source,
    workspace,
    maxBytes: settings.maxBytes,
    api,
    repo,
    sha: ctx.sha,
    globs: settings.globs,
  });
  const texts = new Map<string, string>();
  const report = judgedReport(
    await judgeFiles(files.files, reader, settings.options, texts),
    settings.failOn,
    settings.options,
    settings.config.chain,
  );
  const incomplete = incompleteReason(files, widened);
  if (incomplete) sink.warning(incomplete);
  return { report, incomplete, texts };
}
