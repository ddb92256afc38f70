// Proposals of other repositories, read through the API with no clone, for the portfolio of
// an organisation. Each repository is read at its default branch (or the ref asked for) with
// its own configuration (loadBaseConfig: the file, its globs and its `extends` chain, as the
// Action reads a base commit) and judged by the engine. Per repository: its metadata (skipped
// when an owner's listing gave it), then the recursive tree beside the configuration and
// GitHub's language breakdown, then the proposals and the catalog files together, in GraphQL
// batches of 100 (read-files.ts) or REST reads of one wave. A repository that cannot be read is
// kept with the reason, never dropped: the page says what it does not cover.

import { ConfigError, type Config, type ConfigProblem } from '../../config/index.js';
import { engineOptionsFromConfig } from '../../config/index.js';
import { decisionsFrom, type Decision } from '../../core/drift/index.js';
import type { Report } from '../../core/types.js';
import { DEFAULT_MAX_BYTES } from '../../io/files.js';
import { proposalMatcher } from '../../io/match.js';
import { everyPage } from '../api/paginate.js';
import { blobPaths, getTree } from '../api/get-tree.js';
import type { ApiResponse, GitHubApi, Repo } from '../api/types.js';
import { getRepository } from '../api/get-repository.js';
import { listOrgReposPage } from '../api/list-org-repos.js';
import { listUserReposPage } from '../api/list-user-repos.js';
import { loadBaseConfig } from '../config.js';
import { judgedReport } from '../../core/judge.js';
import { errorMessage, statusOf } from '../api/errors.js';
import { judgeFiles } from '../read-files.js';
import {
  catalogFiles,
  readBreakdown,
  readTogether,
  apiRepositoryCode,
  type ApiRepositoryCode,
} from './code.js';
import type { RepositorySpec } from './specs.js';

export { parseRepositorySpec, parseRepositorySpecs, type RepositorySpec } from './specs.js';

/** A repository to read, once owners are listed. */
export interface RepositoryTarget {
  owner: string;
  repo: string;
  /** Asked for; undefined: the default branch. */
  ref?: string;
  /** From an owner's listing: no metadata request is needed. */
  known?: { defaultBranch: string; archived: boolean };
}

/** What became of one repository. */
export type RepositoryRead =
  | {
      ok: true;
      /** OWNER/NAME as GitHub spells it. */
      name: string;
      /** The ref asked for; undefined: the default branch. */
      ref?: string;
      /** The branch, tag or commit read. */
      readAt: string;
      report: Report;
      /** The configuration file used; undefined: the built-in policy. */
      config: string | undefined;
      /** The tree was too large for GitHub to list whole: some proposals may be missing. */
      truncated: boolean;
      warningDays: number;
      title: string | undefined;
      /** Its proposals as decisions, for the drift check. */
      decisions: Decision[];
      /** Its code and developer portal catalog, for the drift check. */
      code: ApiRepositoryCode;
    }
  | {
      ok: false;
      name: string;
      ref?: string;
      error: { status?: number; reason: string };
    };

export interface ReadOptions {
  today: string;
  /** Where rule documentation links point (links.ts); default: the engine's. */
  docsBase?: string;
  /** Reads shared configurations of other repositories; default: api. */
  policyApi?: GitHubApi;
}

/** Why a request about a repository failed, for a person: the status and what it means. */
export function failureReason(err: unknown, what: string): { status?: number; reason: string } {
  const status = statusOf(err);
  const message = errorMessage(err);
  const limited =
    status === 429 ||
    (status === 403 && /rate limit/i.test(message)) ||
    /rate limit/i.test(message);
  let reason: string;
  if (limited) {
    reason = `GitHub's rate limit was reached while reading ${what}; run again later or with a token of a higher limit`;
  } else if (status === 404) {
    reason = `${what} was not found, or the token cannot read it (a private repository answers 404 to a token without access)`;
  } else if (status === 403 || status === 401) {
    reason = `the token may not read ${what} (it needs \`contents: read\` there; an organisation may also require SSO authorisation)`;
  } else if (status === 409) {
    reason = `${what} is empty`;
  } else if (status === 451) {
    reason = `${what} is unavailable for legal reasons`;
  } else {
    reason = `${what} could not be read: ${message}`;
  }
  return { ...(status !== undefined ? { status } : {}), reason };
}

interface RepoMeta {
  name: string;
  default_branch: string;
  archived: boolean;
}

function repoMeta(raw: unknown): RepoMeta | undefined {
  const r = raw as { full_name?: unknown; default_branch?: unknown; archived?: unknown } | null;
  if (!r || typeof r.full_name !== 'string' || typeof r.default_branch !== 'string') {
    return undefined;
  }
  return { name: r.full_name, default_branch: r.default_branch, archived: r.archived === true };
}

/** A configuration problem as file:line:column: message (the file alone when no line). */
function where(p: ConfigProblem): string {
  return `${p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file}: ${p.message}`;
}

/** Reads and judges one repository; never throws. */
export async function readRepository(
  api: GitHubApi,
  target: RepositoryTarget,
  options: ReadOptions,
): Promise<RepositoryRead> {
  let name = `${target.owner}/${target.repo}`;
  const refPart = target.ref !== undefined ? { ref: target.ref } : {};
  const fail = (error: { status?: number; reason: string }): RepositoryRead => ({
    ok: false,
    name,
    ...refPart,
    error,
  });
  let defaultBranch = target.known?.defaultBranch;
  if (defaultBranch === undefined) {
    try {
      const data = await getRepository(api, { owner: target.owner, repo: target.repo });
      const meta = repoMeta(data);
      if (!meta) return fail({ reason: `the API's answer about ${name} has no default branch` });
      name = meta.name;
      defaultBranch = meta.default_branch;
    } catch (err) {
      return fail(failureReason(err, `the repository ${name}`));
    }
  }
  const readAt = target.ref ?? defaultBranch;
  const repo: Repo = { owner: name.split('/')[0]!, repo: name.split('/')[1]! };
  const at = target.ref !== undefined ? `${name} at ${target.ref}` : `the repository ${name}`;

  // The tree, the configuration and the language breakdown do not wait for each other.
  const tree = getTree(api, repo, readAt).then(
    (t) => ({ ok: true as const, t }),
    (err: unknown) => ({ ok: false as const, err }),
  );
  const configured = loadBaseConfig(api, repo, readAt, undefined, options.policyApi);
  // GitHub counts the languages of the default branch only: another ref's code is told by its
  // marker files alone.
  const breakdown =
    target.ref === undefined || target.ref === defaultBranch ? readBreakdown(api, repo) : undefined;
  let config: Config;
  try {
    config = await configured;
  } catch (err) {
    await tree;
    if (err instanceof ConfigError) {
      const first = err.problems[0];
      const more = err.problems.length > 1 ? ` (and ${err.problems.length - 1} more)` : '';
      return fail({
        reason: `its configuration cannot be used, so nothing was judged: ${first ? where(first) : err.message}${more}`,
      });
    }
    return fail(failureReason(err, `the configuration of ${name}`));
  }
  const listed = await tree;
  if (!listed.ok) {
    const status = statusOf(listed.err);
    if (status === 404 || status === 422) {
      return fail({
        status,
        reason:
          target.ref !== undefined
            ? `${name} has no branch, tag or commit ${target.ref}`
            : `the default branch ${defaultBranch} of ${name} cannot be listed`,
      });
    }
    return fail(failureReason(listed.err, `the files of ${at}`));
  }
  const paths = blobPaths(listed.t.tree);
  const files = paths.filter(proposalMatcher(config.files)).sort();
  const catalog = catalogFiles(paths, config.catalog);
  const engine = engineOptionsFromConfig(config, {
    ...(options.docsBase !== undefined ? { docsBase: options.docsBase } : {}),
    today: options.today,
  });
  const maxBytes = config.maxBytes ?? DEFAULT_MAX_BYTES;
  // The catalog files go in the same requests as the proposals, with the same cap.
  const proposals = new Set(files);
  const reader = readTogether(api, repo, readAt, [...files, ...catalog], maxBytes, (f) =>
    proposals.has(f) ? 'a proposal' : 'a catalog file',
  );
  const results = await judgeFiles(files, reader, engine);
  const report = judgedReport(results, 'never', engine, config.chain);
  const code = await apiRepositoryCode(name, paths, catalog, reader, breakdown);
  return {
    ok: true,
    name,
    ...refPart,
    readAt,
    report,
    config: config.file,
    truncated: listed.t.truncated === true,
    warningDays: config.settings.waiverWarningDays,
    title: config.portfolioTitle,
    decisions: decisionsFrom(results, name),
    code,
  };
}

/** Most repositories an owner's listing reads (100 pages of 100). */
export const MAX_OWNER_REPOSITORIES = 10_000;

/** An owner's repositories: an organisation's (`/orgs`) or else a user's (`/users`). */
async function listOwner(api: GitHubApi, owner: string): Promise<RepoMeta[]> {
  const list = (page: (n: number) => Promise<ApiResponse>) =>
    everyPage(page, { perPage: 100, maxPages: MAX_OWNER_REPOSITORIES / 100, item: repoMeta });
  try {
    return await list((n) => listOrgReposPage(api, owner, n));
  } catch (err) {
    if (statusOf(err) !== 404) throw err;
  }
  return list((n) => listUserReposPage(api, owner, n));
}

/**
 * Every repository to read: the ones named, and every repository of each owner given as
 * OWNER/* that the token can read. An owner's archived repositories are listed as skipped;
 * a repository named on its own is read even when archived (it was asked for).
 */
export async function readRepositories(
  api: GitHubApi,
  specs: readonly RepositorySpec[],
  options: ReadOptions & { log?: (message: string) => void },
): Promise<RepositoryRead[]> {
  const groups = await Promise.all(
    specs.map(async (spec): Promise<(RepositoryTarget | RepositoryRead)[]> => {
      if (spec.kind === 'repository') return [spec];
      let listed: RepoMeta[];
      try {
        listed = await listOwner(api, spec.owner);
      } catch (err) {
        return [
          {
            ok: false,
            name: `${spec.owner}/*`,
            error: failureReason(err, `the repositories of ${spec.owner}`),
          },
        ];
      }
      options.log?.(`${spec.owner}: ${listed.length} repositories the token can read`);
      return listed.map((m): RepositoryTarget | RepositoryRead => {
        const [owner, repo] = m.name.split('/') as [string, string];
        return m.archived
          ? { ok: false, name: m.name, error: { reason: 'archived; skipped' } }
          : { owner, repo, known: { defaultBranch: m.default_branch, archived: false } };
      });
    }),
  );
  // A repository named and also in an owner's listing is read once, as named.
  const seen = new Set<string>();
  const unique = groups.flat().filter((t) => {
    const key = (
      'ok' in t ? `${t.name}@${t.ref ?? ''}` : `${t.owner}/${t.repo}@${t.ref ?? ''}`
    ).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A few repositories at a time: their requests share the bounded client, and judging one
  // (synchronous work) must not hold up the answers the others are waiting for.
  const out: RepositoryRead[] = new Array(unique.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const i = next++;
      const t = unique[i]!;
      out[i] = 'ok' in t ? t : await readRepository(api, t, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(REPOSITORIES_AT_ONCE, unique.length) }, worker));
  return out;
}

/** Repositories read at once: enough to keep the bounded client's slots busy. */
export const REPOSITORIES_AT_ONCE = 4;
