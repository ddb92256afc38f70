// What a repository holds besides its decisions, for the portfolio's drift check: the marker
// files of its tree and the developer portal's catalog files. The CLI and the Action on a
// checkout read the working tree here, through the one guarded reader like every other file;
// the Action without a checkout gives the paths of its tree listing and what its reader read.
import type { Config } from '../config/index.js';
import {
  catalogComponents,
  codeFromPaths,
  MAX_CATALOG_FILES,
  type CatalogComponent,
  type RepositoryCode,
} from '../core/drift/index.js';
import {
  DEFAULT_MAX_BYTES,
  readGuardedFile,
  toReportPath,
  walk,
  type ReadResult,
} from './files.js';
import { proposalMatcher } from './match.js';

export interface LocalCode extends RepositoryCode {
  /** Catalog files that could not be read, each with why (nothing of the file quoted). */
  unread: { file: string; message: string }[];
}

/** The catalog files among `paths` (from the root) by the `catalog` globs, capped. */
export function catalogFiles(paths: readonly string[], globs: readonly string[]): string[] {
  const isCatalog = proposalMatcher(globs);
  return paths.filter(isCatalog).sort().slice(0, MAX_CATALOG_FILES);
}

/**
 * The code of a repository from the paths of its tree, and its catalog from each catalog
 * file's read: the components of those read, why for those not.
 */
export function repositoryCode(
  paths: readonly string[],
  reads: readonly { file: string; read: ReadResult }[],
  repository?: string,
  /** GitHub's language breakdown, when it was read (the API). */
  breakdown?: Readonly<Record<string, number>>,
): LocalCode {
  const catalog: CatalogComponent[] = [];
  const unread: LocalCode['unread'] = [];
  for (const { file, read } of reads) {
    if (read.ok) catalog.push(...catalogComponents(file, read.text));
    else unread.push({ file, message: read.message });
  }
  return {
    ...(repository !== undefined ? { repository } : {}),
    code: codeFromPaths(paths, breakdown),
    catalog,
    unread,
  };
}

/** The code and the catalog of the working tree at `root`. */
export function localRepositoryCode(
  root: string,
  config: Pick<Config, 'catalog' | 'maxBytes'>,
  repository?: string,
): LocalCode {
  const paths = walk(root, root).map((f) => toReportPath(root, f));
  const maxBytes = config.maxBytes ?? DEFAULT_MAX_BYTES;
  const reads = catalogFiles(paths, config.catalog).map((file) => ({
    file,
    read: readGuardedFile(root, file, maxBytes, 'a catalog file'),
  }));
  return repositoryCode(paths, reads, repository);
}
