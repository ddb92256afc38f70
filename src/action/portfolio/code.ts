// What a repository holds besides its decisions, read through the API or the run's reader, for
// the portfolio's drift check at no extra round trip. Across repositories (repositories.ts):
// the marker files of the tree listing already read, the developer portal's catalog files read
// in the same requests as the proposals (the same GraphQL batches or the same wave of REST
// reads, with the same size cap and refusals), and GitHub's language breakdown, asked for
// beside the tree listing. For the run's own repository (run.ts): the working tree from a
// checkout, else the paths of the listing the run made and the catalog files through its reader.

import type { ReadResult } from '../../io/files.js';
import {
  catalogFiles,
  localRepositoryCode,
  repositoryCode,
  type LocalCode,
} from '../../io/repository-code.js';
import { errorMessage, statusOf } from '../api/errors.js';
import { getLanguages } from '../api/get-languages.js';
import type { GitHubApi, Repo } from '../api/types.js';
import {
  GRAPHQL_FROM,
  readApiFile,
  readApiFiles,
  type Reader,
  type Source,
} from '../read-files.js';
import type { Configuration } from '../stages/configuration.js';
import type { Started } from '../types.js';

export { catalogFiles };

/** A repository's code and catalog as read through the API. */
export interface ApiRepositoryCode extends LocalCode {
  /** OWNER/NAME: drift findings name it. */
  repository: string;
  /** Why GitHub's language breakdown is not in `code`, when it was asked for and not read. */
  breakdownUnread?: string;
}

/** What the breakdown request gave: the breakdown, or why there is none. */
export type BreakdownRead =
  { ok: true; breakdown: Record<string, number> } | { ok: false; reason: string };

/**
 * GitHub's language breakdown of the default branch. It needs nothing but the repository's
 * name, so it goes out with the tree listing and adds no round trip. Never rejects.
 */
export function readBreakdown(api: GitHubApi, repo: Repo): Promise<BreakdownRead> {
  return getLanguages(api, repo).then(
    (breakdown): BreakdownRead => ({ ok: true, breakdown }),
    (err: unknown): BreakdownRead => {
      const status = statusOf(err);
      return {
        ok: false,
        reason: `GitHub's language breakdown could not be read${status ? ` (HTTP ${status})` : ''}: ${errorMessage(err)}`,
      };
    },
  );
}

/**
 * Starts reading every file of `files` at `ref` together: in GraphQL batches when there are
 * enough of them to be worth one (read-files.ts), else each through the contents API, all at
 * once (the bounded client paces them). The reader hands out what was started; a file not
 * among `files` is read on its own.
 */
export function readTogether(
  api: GitHubApi,
  repo: Repo,
  ref: string,
  files: readonly string[],
  maxBytes: number,
  whatOf: (file: string) => string,
): Reader {
  const unique = [...new Set(files)];
  let started: Map<string, Promise<ReadResult>>;
  if (api.graphql && unique.length >= GRAPHQL_FROM) {
    started = readApiFiles(api, repo, ref, unique, maxBytes, whatOf);
  } else {
    started = new Map(
      unique.map((f) => [f, readApiFile(api, repo, ref, f, maxBytes, whatOf(f))] as const),
    );
  }
  return {
    read: (file) => started.get(file) ?? readApiFile(api, repo, ref, file, maxBytes, whatOf(file)),
  };
}

/** The code of one repository: its tree's markers, its catalog files, its breakdown. */
export async function apiRepositoryCode(
  repository: string,
  paths: readonly string[],
  catalog: readonly string[],
  reader: Reader,
  breakdown: Promise<BreakdownRead> | undefined,
): Promise<ApiRepositoryCode> {
  // All at once: a reader that did not batch them reads each through the contents API.
  const reads = await Promise.all(
    catalog.map(async (file) => ({
      file,
      read: await reader.read(file).catch((err: unknown): ReadResult => ({
        ok: false,
        message: `the file could not be read: ${errorMessage(err)}`,
      })),
    })),
  );
  const languages = await breakdown;
  const code = repositoryCode(
    paths,
    reads,
    repository,
    languages?.ok ? languages.breakdown : undefined,
  );
  const out: ApiRepositoryCode = { ...code, repository };
  if (languages && !languages.ok) out.breakdownUnread = languages.reason;
  return out;
}

/** The code of the repository a portfolio run judges; undefined when nothing can be read. */
export async function codeOfRun(
  run: Started,
  source: Source,
  settings: Pick<Configuration, 'config' | 'maxBytes'>,
  /** Every file's path at the commit (the listing's tree); needed without a checkout. */
  paths: readonly string[] | undefined,
  repository: string,
  /** The run's reader, which started the catalog files with the proposals. */
  reader: Reader,
): Promise<LocalCode | undefined> {
  const limits = { catalog: settings.config.catalog, maxBytes: settings.maxBytes };
  if (source.kind === 'workspace') return localRepositoryCode(run.workspace, limits, repository);
  // Without the tree's paths nothing can be said of the code: no drift section, rather than
  // one saying all agree.
  if (paths === undefined) return undefined;
  return apiRepositoryCode(
    repository,
    paths,
    catalogFiles(paths, limits.catalog),
    reader,
    undefined,
  );
}
