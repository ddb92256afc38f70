// The event that started the workflow, reduced to what the Action needs. Built from the
// environment and the event payload only (no API call), so tests pass both in.

import { readFileSync } from 'node:fs';

export type EventKind = 'pull-request' | 'push' | 'merge-group' | 'dispatch' | 'schedule' | 'other';

export interface PullRequestInfo {
  number: number;
  /** The commit the pull request's branch points at: what is judged and linked to. */
  headSha: string;
  baseSha: string | undefined;
  baseRef: string | undefined;
  /** The head comes from another repository (a fork). */
  fromFork: boolean;
  draft: boolean;
  /** How many files the pull request changes, as the payload says (undefined if absent). */
  changedFiles: number | undefined;
  /** The names of its labels when the event happened (a re-run sees the same ones). */
  labels: string[];
  /** Who opened it (`pull_request.user.login`): their own approval never counts. */
  author?: string;
}

/** The run of another workflow that a workflow_run event is about (GitHub's data). */
export interface WorkflowRunInfo {
  id: number | undefined;
  /** The commit that run judged. */
  headSha: string | undefined;
  /** owner/repo the commit came from (a fork for fork pull requests). */
  headRepository: string | undefined;
  htmlUrl: string | undefined;
  name: string | undefined;
}

export interface RunContext {
  eventName: string;
  kind: EventKind;
  owner: string;
  repo: string;
  /** The commit that is judged: the PR head, the merge group head, or GITHUB_SHA. */
  sha: string;
  /** GITHUB_SHA: for pull_request the merge commit, for pull_request_target the base. */
  githubSha: string;
  pr: PullRequestInfo | undefined;
  /** Set on workflow_run events. */
  workflowRun?: WorkflowRunInfo;
  /** merge_group: the commit of the branch the queue merges into (its configuration judges). */
  mergeBaseSha?: string;
  serverUrl: string;
  /** The payload's `repository.private`; undefined when it does not say. */
  repositoryPrivate?: boolean;
}

export class ContextError extends Error {}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Reads GITHUB_EVENT_PATH (when there is one) and builds the context. */
export async function loadContext(
  env: Readonly<Record<string, string | undefined>>,
): Promise<RunContext> {
  let payload: unknown = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch (err) {
      throw new ContextError(
        `cannot read the event payload at ${eventPath}: ${(err as Error).message}`,
      );
    }
  }
  return contextFromEvent(env, payload);
}

export function contextFromEvent(
  env: Readonly<Record<string, string | undefined>>,
  payload: unknown,
): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new ContextError(
      `GITHUB_REPOSITORY must be "owner/repo"; got "${env.GITHUB_REPOSITORY ?? ''}". Is this running in GitHub Actions?`,
    );
  }
  const githubSha = (env.GITHUB_SHA ?? '').toLowerCase();
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const body = record(payload);
  const visibility = record(body.repository).private;
  const base = {
    eventName,
    owner,
    repo,
    githubSha,
    serverUrl,
    ...(typeof visibility === 'boolean' ? { repositoryPrivate: visibility } : {}),
  };

  const pull = record(body.pull_request);
  if (eventName.startsWith('pull_request') && body.pull_request !== undefined) {
    const pr = pullRequestInfo(pull, owner, repo);
    return { ...base, kind: 'pull-request', sha: pr.headSha, pr };
  }
  if (eventName.startsWith('pull_request')) {
    throw new ContextError(`the ${eventName} event payload has no pull_request`);
  }

  let kind: EventKind = 'other';
  let sha = githubSha;
  let mergeBaseSha: string | undefined;
  if (eventName === 'push') kind = 'push';
  else if (eventName === 'workflow_dispatch') kind = 'dispatch';
  else if (eventName === 'schedule') kind = 'schedule';
  else if (eventName === 'merge_group') {
    kind = 'merge-group';
    const head = string(record(body.merge_group).head_sha);
    if (head && SHA.test(head.toLowerCase())) sha = head.toLowerCase();
    const mergeBase = string(record(body.merge_group).base_sha)?.toLowerCase();
    if (mergeBase && SHA.test(mergeBase)) mergeBaseSha = mergeBase;
  }
  if (!SHA.test(sha)) {
    throw new ContextError(`GITHUB_SHA must be a commit id; got "${env.GITHUB_SHA ?? ''}"`);
  }
  const workflowRun =
    eventName === 'workflow_run' ? workflowRunInfo(record(body.workflow_run)) : undefined;
  return {
    ...base,
    kind,
    sha,
    pr: undefined,
    ...(workflowRun ? { workflowRun } : {}),
    ...(mergeBaseSha ? { mergeBaseSha } : {}),
  };
}

function workflowRunInfo(run: Record<string, unknown>): WorkflowRunInfo {
  const headSha = string(run.head_sha)?.toLowerCase();
  const id = run.id;
  return {
    id: typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined,
    headSha: headSha && SHA.test(headSha) ? headSha : undefined,
    headRepository: string(record(run.head_repository).full_name),
    htmlUrl: string(run.html_url),
    name: string(run.name),
  };
}

/** Label names from a payload or the API: strings only, at most 100 of them. */
export function labelNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .slice(0, 100)
    .map((l) => (typeof l === 'string' ? l : record(l).name))
    .filter((n): n is string => typeof n === 'string' && n !== '' && n.length <= 100);
}

function pullRequestInfo(pull: Record<string, unknown>, owner: string, repo: string) {
  const number = pull.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    throw new ContextError('the pull request in the event payload has no number');
  }
  const head = record(pull.head);
  const headSha = (string(head.sha) ?? '').toLowerCase();
  if (!SHA.test(headSha)) {
    throw new ContextError(`pull request #${number} in the event payload has no head commit`);
  }
  const baseRecord = record(pull.base);
  const headRepo = string(record(head.repo).full_name);
  const changed = pull.changed_files;
  return {
    number,
    headSha,
    baseSha: string(baseRecord.sha),
    baseRef: string(baseRecord.ref),
    fromFork: headRepo !== undefined && headRepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
    draft: pull.draft === true,
    changedFiles:
      typeof changed === 'number' && Number.isSafeInteger(changed) && changed >= 0
        ? changed
        : undefined,
    labels: labelNames(pull.labels),
    author: string(record(pull.user).login),
  } satisfies PullRequestInfo;
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {};
}

function string(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
