// An approval vouches for the waivers as they stood on the commit reviewed (`commit_id`), not
// for what a later push wrote. So a review approves a waiver only when the reviewed commit
// already held that waiver as it stands now (rule, reason, expiry, approved-by); a push that
// leaves the waiver unchanged keeps the approval. Reviews of the head commit need no read;
// for an older one, the waived proposals are read at that commit, one GraphQL batch per
// commit (REST when the batch fails).

import { waiverKey } from '../../core/approvals.js';
import { judgeFile, type EngineOptions } from '../../core/engine.js';
import type { Report } from '../../core/types.js';
import { decode } from '../../io/files.js';
import { getContent } from '../api/get-content.js';
import { getFileBatch } from '../api/get-file-batch.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';
import type { Repo } from '../api/types.js';

export interface StaleCheck {
  /** By waiverKey: the logins whose approval does not count for that waiver. */
  stale: Map<string, string[]>;
  /** Lines for the log. */
  notes: string[];
}

/**
 * Which approvals predate the waivers they would approve. undefined when every approving
 * review was given on the head commit or no approved waiver is in the report.
 */
export async function staleApprovals(
  api: GitHubApi,
  repo: Repo,
  head: string,
  commits: ReadonlyMap<string, string | null>,
  report: Report,
  options: EngineOptions,
): Promise<StaleCheck | undefined> {
  const older = [...commits].filter(([, c]) => c !== head.toLowerCase());
  if (older.length === 0) return undefined;
  // The waivers an approval is counted for now: those of findings it approved.
  const checked: { file: string; key: string }[] = [];
  for (const p of report.proposals) {
    const approvedRules = new Set(
      p.findings.filter((f) => f.waiverApproval?.status === 'approved').map((f) => f.rule),
    );
    for (const w of p.waivers ?? []) {
      if (w.state === 'active' && approvedRules.has(w.rule)) {
        checked.push({ file: p.file, key: waiverKey(p.file, w) });
      }
    }
  }
  if (checked.length === 0) return undefined;
  const files = [...new Set(checked.map((c) => c.file))];
  const notes: string[] = [];
  const heldAt = new Map<string, Set<string>>();
  for (const commit of new Set(older.map(([, c]) => c).filter((c): c is string => c !== null))) {
    try {
      heldAt.set(commit, await waiversAt(api, repo, commit, files, options));
    } catch (err) {
      notes.push(
        `Waiver approvals: the proposals at the reviewed commit ${commit.slice(0, 7)} cannot be read (${errorMessage(err)}); approvals given there do not count.`,
      );
    }
  }
  const stale = new Map<string, string[]>();
  for (const { key } of checked) {
    for (const [login, commit] of older) {
      if (commit !== null && heldAt.get(commit)?.has(key)) continue;
      const list = stale.get(key) ?? [];
      if (!list.includes(login)) list.push(login);
      stale.set(key, list);
    }
  }
  return { stale, notes };
}

/** The waivers (waiverKey) of `files` at `commit`; a file absent there has none. */
async function waiversAt(
  api: GitHubApi,
  repo: Repo,
  commit: string,
  files: readonly string[],
  options: EngineOptions,
): Promise<Set<string>> {
  const texts = await textsAt(api, repo, commit, files);
  const keys = new Set<string>();
  for (const [file, text] of texts) {
    const result = judgeFile(file, text, { ...options, rules: [] });
    if (result.kind !== 'proposal') continue;
    for (const w of result.report.waivers ?? []) keys.add(waiverKey(file, w));
  }
  return keys;
}

async function textsAt(
  api: GitHubApi,
  repo: Repo,
  commit: string,
  files: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const batch = await getFileBatch(api, repo, commit, files);
    for (const [file, blob] of batch.blobs) {
      if (blob?.text != null && !blob.isTruncated && blob.isBinary !== true)
        out.set(file, blob.text);
    }
    return out;
  } catch {
    // REST below.
  }
  for (const file of files) {
    let data: unknown;
    try {
      data = await getContent(api, repo, file, commit);
    } catch (err) {
      if (statusOf(err) === 404) continue;
      throw err;
    }
    const entry = (data ?? {}) as { type?: unknown; encoding?: unknown; content?: unknown };
    if (entry.type !== 'file' || entry.encoding !== 'base64' || typeof entry.content !== 'string') {
      continue;
    }
    const text = decode(Buffer.from(entry.content.replace(/\s+/g, ''), 'base64'));
    if (text.ok) out.set(file, text.text);
  }
  return out;
}
