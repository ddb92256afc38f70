// The portfolio issue: one per repository and `comment-tag`, kept as the sticky comment is
// kept (comment/sticky.ts). It is found by the hidden marker its body starts with and by its
// author (this token's identity), never by its title, so people may retitle it. An issue by
// anyone else is never adopted. After a create the list is read again: when two runs raced,
// the oldest issue gets the page and the one just created is closed without the marker.
// Issues cannot be deleted through the API, hence closing.

import { createIssue } from '../api/create-issue.js';
import { listIssuesBy, type Issue } from '../api/list-issues.js';
import { updateIssue } from '../api/update-issue.js';
import { resolveIdentity, writtenBy, type Identity } from '../comment/identity.js';
import { startsWithMarker } from '../comment/marker.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';
import { printable } from '../printable.js';
import type { Repo } from '../api/types.js';

export type IssueResult =
  | { action: 'created' | 'updated'; number: number; url: string | undefined }
  | { action: 'unchanged'; number: number; url: string | undefined }
  | { action: 'skipped'; reason: string }
  | { action: 'failed'; reason: string; fatal: boolean };

/** The hidden first line of the portfolio issue (the tag is validated by inputs.ts). */
export function portfolioMarker(tag: string): string {
  return `<!-- stack-verdict:portfolio tag="${tag}" -->`;
}

/** The login to list issues by: an app's bot is listed as `name[bot]`. */
function creatorLogin(identity: Identity): string {
  return identity.bot && !identity.login.endsWith('[bot]')
    ? `${identity.login}[bot]`
    : identity.login;
}

/** Ours: starts with the marker, and written by this identity. Oldest first. */
function oursIn(issues: readonly Issue[], marker: string, identity: Identity): Issue[] {
  return issues
    .filter(
      (i) =>
        startsWithMarker(i.body, marker) &&
        writtenBy({ id: i.number, body: i.body, user: i.user }, identity),
    )
    .sort((a, b) => a.number - b.number);
}

export async function syncPortfolioIssue(
  api: GitHubApi,
  repo: Repo,
  page: { title: string; body: string; marker: string },
  log: { info(m: string): void },
  /** The token, when known: an installation token is not sent to GET /user (identity.ts). */
  token?: string,
): Promise<IssueResult> {
  const { title, body, marker } = page;
  let step = 'read the issues of';
  try {
    const identity = await resolveIdentity(api, log, token);
    const creator = creatorLogin(identity);
    log.info(`the portfolio issue is looked for among the issues opened by ${printable(creator)}`);
    const mine = oursIn(await listIssuesBy(api, repo, creator), marker, identity);
    const ours = mine[0];
    if (ours) {
      step = `update issue #${ours.number} in`;
      for (const extra of mine.slice(1)) await closeDuplicate(api, repo, extra, ours.number, log);
      if (ours.state === 'closed') {
        log.info(
          `The portfolio issue #${ours.number} is closed; its page is updated, and it stays closed.`,
        );
      }
      if (ours.body === body)
        return { action: 'unchanged', number: ours.number, url: ours.html_url };
      const updated = await updateIssue(api, repo, ours.number, { body });
      return { action: 'updated', number: ours.number, url: updated?.html_url ?? ours.html_url };
    }
    step = 'create an issue in';
    const created = await createIssue(api, repo, title, body);
    if (!created) return { action: 'created', number: 0, url: undefined };
    step = `check for a second portfolio issue in`;
    // GitHub records the author of the issue just created: this token's identity, for free.
    const author: Identity = created.user
      ? {
          login: created.user.login,
          bot: created.user.type === 'Bot',
          how: 'the issue just created',
        }
      : identity;
    const again = oursIn(await listIssuesBy(api, repo, creatorLogin(author)), marker, author);
    const oldest = again[0];
    if (
      !again.some((i) => i.number === created.number) ||
      !oldest ||
      oldest.number === created.number
    ) {
      return { action: 'created', number: created.number, url: created.html_url };
    }
    log.info(
      `Another run created portfolio issue #${oldest.number} at the same time; the page goes there and issue #${created.number} is closed.`,
    );
    step = `update issue #${oldest.number} in`;
    const kept =
      oldest.body === body ? oldest : await updateIssue(api, repo, oldest.number, { body });
    await closeDuplicate(api, repo, created, oldest.number, log);
    return { action: 'updated', number: oldest.number, url: kept?.html_url ?? oldest.html_url };
  } catch (err) {
    const status = statusOf(err);
    const where = `${repo.owner}/${repo.repo}`;
    if (status === 403 || status === 404) {
      return {
        action: 'failed',
        reason: `Stack Verdict cannot ${step} ${where}: the token lacks \`issues: write\` (${status}: ${errorMessage(err)}). Add \`issues: write\` to the workflow's permissions to keep the portfolio issue.`,
        fatal: false,
      };
    }
    return {
      action: 'failed',
      reason: `Stack Verdict could not ${step} ${where}: ${errorMessage(err)}`,
      fatal: true,
    };
  }
}

/** A second issue of ours: its marker is removed (so it is never found again) and it is closed. */
async function closeDuplicate(
  api: GitHubApi,
  repo: Repo,
  issue: Issue,
  kept: number,
  log: { info(m: string): void },
): Promise<void> {
  try {
    await updateIssue(api, repo, issue.number, {
      body: `This issue duplicated the portfolio issue #${kept}, which Stack Verdict keeps up to date.`,
      state: 'closed',
      state_reason: 'not_planned',
    });
    log.info(`Closed issue #${issue.number}, a second portfolio issue; #${kept} is kept.`);
  } catch (err) {
    log.info(
      `Could not close issue #${issue.number}, a second portfolio issue (${statusOf(err) ?? errorMessage(err)}); the next run tries again.`,
    );
  }
}
