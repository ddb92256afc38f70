// What a repository read through the API holds besides its decisions, for the portfolio's
// drift check, at no extra round trip: the marker files of the tree listing already read, the
// developer portal's catalog files read in the same requests as the proposals (the same
// GraphQL batches or the same wave of REST reads, with the same size cap and the same
// refusals: no link followed, no binary, nothing over `max-bytes`), and GitHub's language
// breakdown, asked for beside the tree listing.

import {
  catalogComponents,
  codeFromPaths,
  MAX_CATALOG_FILES,
  type CatalogComponent,
  type RepositoryCode,
} from '../../core/drift/index.js';
import type { ReadResult } from '../../io/files.js';
import { proposalMatcher } from '../../io/match.js';
import { errorMessage, statusOf } from '../api/errors.js';
import { getLanguages } from '../api/get-languages.js';
import type { GitHubApi, Repo } from '../api/types.js';
import { GRAPHQL_FROM, readApiFile, readApiFiles, type Reader } from '../read-files.js';

/** A repository's code and catalog as read through the API. */
export interface ApiRepositoryCode extends RepositoryCode {
  /** OWNER/NAME: drift findings name it. */
  repository: string;
  /** Catalog files that could not be read, each with why (nothing of the file quoted). */
  unread: { file: string; message: string }[];
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

/** The catalog files among a tree's file paths that the globs match, at most MAX_CATALOG_FILES. */
export function catalogFiles(paths: readonly string[], globs: readonly string[]): string[] {
  const isCatalog = proposalMatcher(globs);
  return paths.filter(isCatalog).sort().slice(0, MAX_CATALOG_FILES);
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
export async function repositoryCode(
  repository: string,
  paths: readonly string[],
  catalog: readonly string[],
  reader: Reader,
  breakdown: Promise<BreakdownRead> | undefined,
): Promise<ApiRepositoryCode> {
  const components: CatalogComponent[] = [];
  const unread: ApiRepositoryCode['unread'] = [];
  for (const file of catalog) {
    const read = await reader.read(file).catch((err: unknown): ReadResult => ({
      ok: false,
      message: `the file could not be read: ${errorMessage(err)}`,
    }));
    if (read.ok) components.push(...catalogComponents(file, read.text));
    else unread.push({ file, message: read.message });
  }
  const languages = await breakdown;
  const out: ApiRepositoryCode = {
    repository,
    code: codeFromPaths(paths, languages?.ok ? languages.breakdown : undefined),
    catalog: components,
    unread,
  };
  if (languages && !languages.ok) out.breakdownUnread = languages.reason;
  return out;
}
