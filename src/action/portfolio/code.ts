// The code and the developer portal of the repository a portfolio run judges, for the drift
// check: from the checkout, the working tree as the CLI reads it; without one, the paths of
// the tree listing the run already made and the catalog files read through the run's reader
// (the API, with the size cap), started beside the proposals' reads so they share their round
// trip. Undefined when neither is there to read.
import {
  catalogFiles,
  localRepositoryCode,
  repositoryCode,
  type LocalCode,
} from '../../io/repository-code.js';
import { errorMessage } from '../github.js';
import { makeReader, type Source } from '../read-files.js';
import type { Started } from '../types.js';
import type { Configuration } from '../stages/configuration.js';

export async function codeOfRun(
  run: Started,
  source: Source,
  settings: Pick<Configuration, 'config' | 'maxBytes'>,
  /** Every file's path at the commit (the listing's tree); needed without a checkout. */
  paths: readonly string[] | undefined,
  repository: string,
): Promise<LocalCode | undefined> {
  const { workspace, api, repo, ctx } = run;
  const limits = { catalog: settings.config.catalog, maxBytes: settings.maxBytes };
  if (source.kind === 'workspace') return localRepositoryCode(workspace, limits, repository);
  // Without the tree's paths nothing can be said of the code: no drift section, rather than
  // one saying all agree.
  if (paths === undefined) return undefined;
  const reader = makeReader({
    source,
    workspace,
    maxBytes: settings.maxBytes,
    api,
    repo,
    sha: ctx.sha,
  });
  const reads = await Promise.all(
    catalogFiles(paths, limits.catalog).map(async (file) => ({
      file,
      read: await reader.read(file).catch((err: unknown) => ({
        ok: false as const,
        message: `the file could not be read: ${errorMessage(err)}`,
      })),
    })),
  );
  return repositoryCode(paths, reads, repository);
}
