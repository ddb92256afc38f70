// POST /graphql (octokit.graphql): many files of one commit in one request. Each path's blob
// (`object(expression: "SHA:path")`: text, size, binary, truncated) and the entries of each
// folder holding one (name, mode, type): a blob does not say whether it is a file or a link.
// Expressions go in as variables, never into the query text.

import type { GitHubApi, Repo } from './types.js';

export interface BatchBlob {
  text: string | null;
  byteSize: number;
  isBinary: boolean | null;
  isTruncated: boolean;
}

export interface BatchEntry {
  name: string;
  /** Git's file mode as a number: 0o100644 a file, 0o120000 a link, 0o160000 a submodule. */
  mode: number;
  /** blob, tree or commit (a submodule). */
  type: string;
}

export interface FileBatch {
  /** By path: its blob, or null when the path is no blob (absent, a folder, a submodule). */
  blobs: Map<string, BatchBlob | null>;
  /** By folder ('' for the root): its entries, or null when it is no folder at the commit. */
  folders: Map<string, BatchEntry[] | null>;
}

const BLOB = '... on Blob { byteSize isBinary isTruncated text }';
const TREE = '... on Tree { entries { mode name type } }';

/** The folder of a repository path: '' for the root. */
export function folderOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

/** The query and its variables for `files` at `sha` (exported for the tests' fake). */
export function fileBatchQuery(
  repo: Repo,
  sha: string,
  files: readonly string[],
): { query: string; variables: Record<string, string> } {
  const folders = [...new Set(files.map(folderOf))];
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
  const fields: string[] = [];
  files.forEach((f, i) => {
    variables[`f${i}`] = `${sha}:${f}`;
    fields.push(`f${i}: object(expression: $f${i}) { ${BLOB} }`);
  });
  folders.forEach((d, i) => {
    variables[`d${i}`] = `${sha}:${d}`;
    fields.push(`d${i}: object(expression: $d${i}) { ${TREE} }`);
  });
  const declared = Object.keys(variables)
    .map((v) => `$${v}: String!`)
    .join(', ');
  const query = `query(${declared}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
  return { query, variables };
}

/**
 * The blobs of `files` and the entries of their folders, at `sha`. Throws when the client has
 * no GraphQL, the answer has errors, or it is not in the shape asked for: the caller then
 * reads each file through REST.
 */
export async function getFileBatch(
  api: GitHubApi,
  repo: Repo,
  sha: string,
  files: readonly string[],
): Promise<FileBatch> {
  if (!api.graphql) throw new Error('the client has no GraphQL');
  const { query, variables } = fileBatchQuery(repo, sha, files);
  const data = (await api.graphql(query, variables)) as {
    repository?: Record<string, unknown> | null;
  } | null;
  const answer = data?.repository;
  if (!answer || typeof answer !== 'object') throw new Error('the answer has no repository');
  const blobs = new Map<string, BatchBlob | null>();
  files.forEach((f, i) => blobs.set(f, blobOf(answer[`f${i}`])));
  const folders = new Map<string, BatchEntry[] | null>();
  [...new Set(files.map(folderOf))].forEach((d, i) => folders.set(d, entriesOf(answer[`d${i}`])));
  return { blobs, folders };
}

function blobOf(value: unknown): BatchBlob | null {
  if (value === null || value === undefined) return null;
  const b = value as Record<string, unknown>;
  // Another kind of object (a tree, a commit) answers the fragment with no field.
  if (!('byteSize' in b)) return null;
  if (
    !(typeof b.text === 'string' || b.text === null) ||
    typeof b.byteSize !== 'number' ||
    !Number.isSafeInteger(b.byteSize) ||
    b.byteSize < 0 ||
    !(typeof b.isBinary === 'boolean' || b.isBinary === null) ||
    typeof b.isTruncated !== 'boolean'
  ) {
    throw new Error('a blob in the answer is not in the shape asked for');
  }
  return { text: b.text, byteSize: b.byteSize, isBinary: b.isBinary, isTruncated: b.isTruncated };
}

function entriesOf(value: unknown): BatchEntry[] | null {
  if (value === null || value === undefined) return null;
  const entries = (value as { entries?: unknown }).entries;
  if (entries === undefined || entries === null) return null; // not a folder
  if (!Array.isArray(entries)) throw new Error('a folder in the answer has no entries list');
  return entries.map((e) => {
    const { name, mode, type } = (e ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof mode !== 'number' || typeof type !== 'string') {
      throw new Error('a folder entry in the answer is not in the shape asked for');
    }
    return { name, mode, type };
  });
}
