// What a checkout holds besides its decisions, for the portfolio's drift check: the marker
// files of the working tree and the developer portal's catalog files, read through the one
// guarded reader like every other file.
import type { Config } from '../config/index.js';
import {
  catalogComponents,
  codeFromPaths,
  MAX_CATALOG_FILES,
  type CatalogComponent,
  type RepositoryCode,
} from '../core/drift/index.js';
import { DEFAULT_MAX_BYTES, readGuardedFile, toReportPath, walk } from '../io/files.js';
import { proposalMatcher } from '../io/match.js';

export interface LocalCode extends RepositoryCode {
  /** Catalog files that could not be read, each with why (nothing of the file quoted). */
  unread: { file: string; message: string }[];
}

/** The code and the catalog of the working tree at `root`. */
export function localRepositoryCode(
  root: string,
  config: Pick<Config, 'catalog' | 'maxBytes'>,
): LocalCode {
  const paths = walk(root, root).map((f) => toReportPath(root, f));
  const isCatalog = proposalMatcher(config.catalog);
  const catalog: CatalogComponent[] = [];
  const unread: LocalCode['unread'] = [];
  for (const file of paths.filter(isCatalog).slice(0, MAX_CATALOG_FILES)) {
    const read = readGuardedFile(
      root,
      file,
      config.maxBytes ?? DEFAULT_MAX_BYTES,
      'a catalog file',
    );
    if (read.ok) catalog.push(...catalogComponents(file, read.text));
    else unread.push({ file, message: read.message });
  }
  return { code: codeFromPaths(paths), catalog, unread };
}
