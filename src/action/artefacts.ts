// The files constraints cite as evidence, read once each at the commit judged: from the
// workspace through the guarded reader, or without a checkout through the API in one more
// round trip (REST for a few, one GraphQL batch for more). What was read becomes the engine's
// ArtefactRead; nothing read is executed, and nothing under `.git` is ever asked for.

import type { ArtefactRead } from '../core/evidence/artefacts.js';
import { decode, readGuardedFile, type ReadResult } from '../io/files.js';
import { MAX_IN_FLIGHT } from './api/bounded.js';
import { getBlob } from './api/get-blob.js';
import { getContent } from './api/get-content.js';
import { folderOf, getFileBatch, type FileBatch } from './api/get-file-batch.js';
import type { Repo } from './api/types.js';
import type { PullFile } from './changed-files.js';
import { errorMessage, statusOf, type GitHubApi } from './github.js';
import type { Source } from './read-files.js';

/** Where and how artefacts are read in this run. */
export interface ArtefactPlace {
  source: Source;
  workspace: string;
  api: GitHubApi | undefined;
  repo: Repo;
  /** The commit judged. */
  sha: string;
  /** `max-evidence-bytes`. */
  cap: number;
  /** Paths the pull request adds, when its file list was read. */
  added?: ReadonlySet<string>;
}

/** A `.git` segment in any case: a case-insensitive checkout finds the same folder. */
const GIT_PART = /(?:^|\/)\.git(?:\/|$)/i;

/**
 * Why a path from the root is refused before anything is asked for it; undefined when it may
 * be read. The engine gives paths in normal form; anything else is refused, not repaired.
 */
export function refusedPath(file: string): string | undefined {
  if (GIT_PART.test(file)) return 'the path leads into .git; it was not read';
  const parts = file.split('/');
  if (file === '' || parts.some((p) => p === '' || p === '.' || p === '..')) {
    return 'the path is not a path from the repository root; it was not read';
  }
  if (/[\\\0]/.test(file)) return 'the path holds a backslash or a NUL; it was not read';
  return undefined;
}

/**
 * Reads each path once, at the commit judged. Without a checkout: REST reads all at once
 * when they fit in one round trip (the client's bound), else one GraphQL batch of them (a
 * file the batch cannot settle, such as a link, through REST), so a run pays one more round
 * trip, and none when nothing is cited. A file over 1 MB through REST costs a blob read after.
 */
export async function readArtefacts(
  paths: readonly string[],
  place: ArtefactPlace,
): Promise<Map<string, ArtefactRead>> {
  const out = new Map<string, ArtefactRead>();
  const wanted: string[] = [];
  for (const file of new Set(paths)) {
    const refused = refusedPath(file);
    if (refused) out.set(file, { kind: 'refused', reason: refused });
    else wanted.push(file);
  }
  if (place.source.kind === 'workspace') {
    for (const file of wanted) {
      out.set(file, fromWorkspace(file, place));
    }
  } else {
    const { api } = place;
    const reads: Promise<ArtefactRead>[] =
      api === undefined
        ? wanted.map(() =>
            Promise.resolve<ArtefactRead>({
              kind: 'refused',
              reason: 'there is no checkout and no API client to read it; it was not read',
            }),
          )
        : viaApi(api, wanted, place);
    const settled = await Promise.all(reads);
    wanted.forEach((file, i) => out.set(file, settled[i]!));
  }
  for (const [file, read] of out) {
    if (read.kind === 'text' && place.added?.has(file)) out.set(file, { ...read, added: true });
  }
  return out;
}

function fromWorkspace(file: string, place: ArtefactPlace): ArtefactRead {
  const read = readGuardedFile(place.workspace, file, place.cap, 'an evidence file');
  if (read.ok) return { kind: 'text', text: read.text };
  if ('missing' in read) return { kind: 'missing' };
  if (read.bytes !== undefined) return { kind: 'too-large', bytes: read.bytes, cap: place.cap };
  return notText(read) ?? { kind: 'refused', reason: read.message };
}

/**
 * A file that is there but holds no text (a PDF report, a screenshot) has no figures a reader
 * could find: it is given as empty text, which no reader recognises, so it counts as a file
 * of no known format (a person can still open it), not as a path that names nothing.
 */
function notText(read: ReadResult): ArtefactRead | undefined {
  if (read.ok) return undefined;
  return /binary|UTF-16|not valid UTF-8/.test(read.message)
    ? { kind: 'text', text: '' }
    : undefined;
}

function viaApi(
  api: GitHubApi,
  files: readonly string[],
  place: ArtefactPlace,
): Promise<ArtefactRead>[] {
  const rest = (file: string) => readApiArtefact(api, place.repo, place.sha, file, place.cap);
  if (files.length <= MAX_IN_FLIGHT || !api.graphql) return files.map(rest);
  const batch = getFileBatch(api, place.repo, place.sha, files).catch(() => undefined);
  return files.map((file) => batch.then((b) => (b && fromBatch(b, file, place.cap)) ?? rest(file)));
}

const MODE_FILE = 0o100644;
const MODE_EXECUTABLE = 0o100755;

/** What the batch says of `file`; undefined: REST must say (a link, a truncated blob). */
function fromBatch(batch: FileBatch, file: string, cap: number): ArtefactRead | undefined {
  const entries = batch.folders.get(folderOf(file));
  const blob = batch.blobs.get(file);
  // No folder at the commit: nothing at the path.
  if (entries === null) return blob ? undefined : { kind: 'missing' };
  if (entries === undefined) return undefined;
  const entry = entries.find((e) => e.name === file.slice(file.lastIndexOf('/') + 1));
  if (!entry) return blob ? undefined : { kind: 'missing' };
  if (entry.type !== 'blob' || (entry.mode !== MODE_FILE && entry.mode !== MODE_EXECUTABLE)) {
    return undefined;
  }
  if (!blob) return undefined;
  if (blob.byteSize > cap) return { kind: 'too-large', bytes: blob.byteSize, cap };
  if (blob.isBinary === true) return { kind: 'text', text: '' };
  if (blob.isTruncated || blob.text === null) return undefined;
  // GitHub gives text as UTF-8 with invalid bytes replaced: only the same bytes are judged.
  const bytes = Buffer.from(blob.text, 'utf8');
  if (bytes.length !== blob.byteSize || blob.text.includes('\uFFFD')) return undefined;
  return { kind: 'text', text: blob.text };
}

interface ContentEntry {
  type?: unknown;
  size?: unknown;
  encoding?: unknown;
  content?: unknown;
  sha?: unknown;
  path?: unknown;
}

/**
 * One artefact through the contents API. Its size is known before its bytes: a file over the
 * cap is not downloaded (the contents API leaves out files over 1 MB; only one under the cap
 * is then fetched as a blob).
 */
export async function readApiArtefact(
  api: GitHubApi,
  repo: Repo,
  ref: string,
  file: string,
  cap: number,
): Promise<ArtefactRead> {
  let entry: ContentEntry;
  try {
    const data = await getContent(api, repo, file, ref);
    if (Array.isArray(data)) return { kind: 'refused', reason: 'this is a folder, not a file' };
    entry = (data ?? {}) as ContentEntry;
  } catch (err) {
    return apiFailure(err);
  }
  // The contents API follows a link only to a file of the same commit; that file must not be
  // under .git either (git keeps none there, but the answer is checked, not trusted).
  if (typeof entry.path === 'string' && entry.path !== file && GIT_PART.test(entry.path)) {
    return { kind: 'refused', reason: 'the file is a link into .git; it was not read' };
  }
  if (entry.type === 'symlink') {
    return {
      kind: 'refused',
      reason:
        'the file is a symbolic link that does not lead to a file of the repository; it was not read',
    };
  }
  if (entry.type !== 'file') {
    return { kind: 'refused', reason: 'the GitHub API did not give it as a file; it was not read' };
  }
  const size = entry.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    return { kind: 'refused', reason: 'the GitHub API gave no valid size for it; it was not read' };
  }
  if (size > cap) return { kind: 'too-large', bytes: size, cap };
  let content = typeof entry.content === 'string' ? entry.content : '';
  if (entry.encoding !== 'base64' || (content === '' && size !== 0)) {
    if (typeof entry.sha !== 'string') {
      return { kind: 'refused', reason: 'the GitHub API gave no content; it was not read' };
    }
    try {
      const blob = ((await getBlob(api, repo, entry.sha)) ?? {}) as ContentEntry;
      if (blob.encoding !== 'base64' || typeof blob.content !== 'string') {
        return { kind: 'refused', reason: 'the GitHub API gave it in an unknown encoding' };
      }
      content = blob.content;
    } catch (err) {
      return apiFailure(err);
    }
  }
  const bytes = Buffer.from(content.replace(/\s+/g, ''), 'base64');
  // The size said is what was checked; content longer than it is not trusted.
  if (bytes.length > cap) return { kind: 'too-large', bytes: bytes.length, cap };
  const read = decode(bytes);
  return read.ok
    ? { kind: 'text', text: read.text }
    : (notText(read) ?? { kind: 'refused', reason: read.message });
}

/**
 * Not found at the commit: missing. Any other failure is no reading either; the reason says
 * which, so a reviewer can run again (the constraint does not count until it is read).
 */
function apiFailure(err: unknown): ArtefactRead {
  const status = statusOf(err);
  if (status === 404) return { kind: 'missing' };
  return {
    kind: 'refused',
    reason: `the GitHub API could not give it${status ? ` (HTTP ${status})` : ''}: ${errorMessage(err)}`,
  };
}

/**
 * Reads artefacts once per run, whichever stage asks (the first judging, a judging again
 * without a stale approval, the head's configuration): a path already read is not asked again.
 */
export class ArtefactReads {
  private readonly done = new Map<string, Promise<ArtefactRead>>();

  constructor(private readonly place: Omit<ArtefactPlace, 'cap'>) {}

  async read(paths: readonly string[], cap: number): Promise<Map<string, ArtefactRead>> {
    const key = (p: string) => `${cap}\0${p}`;
    const fresh = [...new Set(paths)].filter((p) => !this.done.has(key(p)));
    if (fresh.length > 0) {
      const batch = readArtefacts(fresh, { ...this.place, cap });
      for (const p of fresh)
        this.done.set(
          key(p),
          batch.then((m) => m.get(p)!),
        );
    }
    const out = new Map<string, ArtefactRead>();
    for (const p of new Set(paths)) out.set(p, await this.done.get(key(p))!);
    return out;
  }
}

/** The paths a pull request adds (its files API listing): an artefact there is new in it. */
export function addedPaths(entries: readonly PullFile[]): Set<string> {
  return new Set(entries.filter((e) => e.status === 'added').map((e) => e.filename));
}
