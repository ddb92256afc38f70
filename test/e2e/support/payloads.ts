// Real webhook payloads, from @octokit/webhooks-examples (what GitHub documents it sends),
// adjusted only where a scenario needs it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Payload = Record<string, unknown>;
interface Definition {
  name: string;
  examples: Payload[];
}

const definitions = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples'), 'utf8'),
) as Definition[];

/** A deep copy of the first example of `event` (with `action`, when given). */
export function example(event: string, action?: string): Payload {
  const def = definitions.find((d) => d.name === event);
  const found = def?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} ${action ?? ''} example`);
  return structuredClone(found);
}

interface PullRequestPayload extends Payload {
  number: number;
  pull_request: {
    number: number;
    changed_files: number;
    head: {
      sha: string;
      ref: string;
      repo: { full_name: string; name: string; owner: { login: string }; fork: boolean };
    };
    base: { sha: string; ref: string; repo: { full_name: string } };
  };
  repository: { full_name: string; name: string; owner: { login: string } };
  before?: string;
  after?: string;
}

/**
 * A pull_request event (`opened`, `synchronize`, `reopened`, …) from the examples, with the
 * head commit and the number of changed files of the scenario; `fork` makes the head a fork's.
 */
export function pullRequestEvent(
  action: 'opened' | 'synchronize' | 'reopened',
  o: { head: string; before?: string; changedFiles: number; fork?: string },
): PullRequestPayload {
  const payload = example('pull_request', action) as PullRequestPayload;
  const pr = payload.pull_request;
  pr.head.sha = o.head;
  pr.changed_files = o.changedFiles;
  if (action === 'synchronize') {
    payload.before = o.before ?? payload.before;
    payload.after = o.head;
  }
  if (o.fork) {
    const [owner, name] = o.fork.split('/') as [string, string];
    pr.head.repo.full_name = o.fork;
    pr.head.repo.name = name;
    pr.head.repo.owner.login = owner;
    pr.head.repo.fork = true;
  }
  return payload;
}

/** The repository of the pull_request examples, and their pull request. */
export const PR_REPO = (() => {
  const p = example('pull_request', 'opened') as PullRequestPayload;
  return {
    owner: p.repository.owner.login,
    repo: p.repository.name,
    number: p.number,
    headRef: p.pull_request.head.ref,
    baseRef: p.pull_request.base.ref,
    /** The base commit: where the Action reads the configuration when it uses the API. */
    baseSha: p.pull_request.base.sha,
  };
})();

/** A workflow_dispatch event from the examples, with the inputs the person chose. */
export function dispatchEvent(inputs: Record<string, string>): Payload {
  const payload = example('workflow_dispatch');
  payload.inputs = inputs;
  return payload;
}

export const DISPATCH_REPO = (() => {
  const p = example('workflow_dispatch') as {
    repository: { name: string; owner: { login: string } };
    ref: string;
  };
  return { owner: p.repository.owner.login, repo: p.repository.name, ref: p.ref };
})();

/**
 * A workflow_run `completed` event from the examples, about a run of the check workflow on a
 * pull request: its name, event, conclusion, head commit and head repository.
 */
export function workflowRunEvent(o: {
  name: string;
  head: string;
  headRepository: string;
  conclusion: 'success' | 'failure';
}): Payload {
  const payload = example('workflow_run', 'completed') as {
    workflow_run: Record<string, unknown> & { head_repository: Record<string, unknown> };
  };
  const run = payload.workflow_run;
  run.name = o.name;
  run.event = 'pull_request';
  run.conclusion = o.conclusion;
  run.head_sha = o.head;
  run.head_repository.full_name = o.headRepository;
  // workflow_run.pull_requests is empty for a fork's pull request.
  run.pull_requests = [];
  return payload;
}

/** The pull request of the examples as the REST API returns it (GET /pulls/{n}), at `head`. */
export function pullRequestResource(head: string): Record<string, unknown> {
  const pr = (example('pull_request', 'opened') as PullRequestPayload)
    .pull_request as unknown as Record<string, unknown> & { head: { sha: string } };
  pr.head.sha = head;
  // The REST resource has auto_merge (null unless enabled); the webhook example leaves it out.
  pr.auto_merge = null;
  return pr;
}

/**
 * A pull_request_review event (`submitted` or `dismissed`) from the examples, on the examples'
 * pull request at `head`, by `reviewer` with the review's new state.
 */
export function pullRequestReviewEvent(
  action: 'submitted' | 'dismissed',
  o: { head: string; reviewer: string; state: 'approved' | 'commented' | 'dismissed' },
): Payload {
  const payload = example('pull_request_review', action) as {
    pull_request: { head: { sha: string } };
    review: { state: string; user: { login: string } };
  };
  payload.pull_request.head.sha = o.head;
  payload.review.state = o.state;
  payload.review.user.login = o.reviewer;
  return payload as unknown as Payload;
}

/**
 * A schedule event as GitHub sends it to a workflow: the cron line, the repository and the
 * workflow file (not a webhook, so @octokit/webhooks-examples has none; the repository is the
 * workflow_dispatch example's).
 */
export function scheduleEvent(cron: string): Payload {
  const dispatch = example('workflow_dispatch');
  return {
    schedule: cron,
    repository: dispatch.repository,
    organization: dispatch.organization,
    sender: dispatch.sender,
    workflow: '.github/workflows/stack-verdict-portfolio.yml',
  };
}
