// The portfolio issue: one per repository and `comment-tag`, kept as the sticky comment is
// kept (comment/sticky.ts). It is found by its author (this token's identity) and by its whole
// body: the hidden marker first, the page's heading and summary, our closing line last, and
// with a `state-key` a signature that verifies (comment/body.ts frames and signs both). Never
// by its title, so people may retitle it. Anything else (another author's issue, or one of
// this identity that another workflow filled with pull request text) is never edited and
// never counted as a duplicate. After a create the list is read again: when two runs raced,
// the oldest issue gets the page and the one just created is closed without the marker.
// Issues cannot be deleted through the API, hence closing.

import { createIssue } from '../api/create-issue.js';
import { listIssuesBy, type Issue } from '../api/list-issues.js';
import { updateIssue } from '../api/update-issue.js';
import {
  readFrame,
  signatureProblem,
  signedBody,
  type Frame,
  type Signing,
} from '../comment/body.js';
import { resolveIdentity, writtenBy, type Identity } from '../comment/identity.js';
import { hasMarker, startsWithMarker } from '../comment/marker.js';
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

const PAGE: Frame = {
  kind: 'portfolio',
  heading: /^# [^\n]+$/,
  end: /\n\n(<!-- stack-verdict:portfolio-end v1)( sig=[0-9a-f]{64})? -->\n?$/,
  endStart: '<!-- stack-verdict:portfolio-end',
  endName: 'closing line',
};
/** The closing line of an issue a keyed run signed. */
const SIGNED_END = / sig=[0-9a-f]{64} -->\n?$/;
/** The page's first line after its heading (core/render/portfolio-markdown.ts). */
const SUMMARY = /^\*\*\d+ proposals?\*\* judged on \d{4}-\d{2}-\d{2} by Stack Verdict's /;

/** The issue's whole body: the page (which starts with the marker) and our closing line. */
export function portfolioBody(page: string, signing?: Signing): string {
  return signedBody(
    `${page.trimEnd()}\n\n<!-- stack-verdict:portfolio-end v1 -->\n`,
    'portfolio',
    signing,
  );
}

/** Whether `body` is wholly a portfolio page of this action for `marker` (see readFrame). */
export function readOurPortfolio(
  body: string,
  marker: string,
  signing?: Signing,
): { ok: true } | { ok: false; reason: string } {
  const framed = readFrame(body, marker, PAGE);
  if (!framed.ok) return framed;
  if (!SUMMARY.test(framed.text.split('\n', 4)[3] ?? '')) {
    return { ok: false, reason: "it lacks the page's summary line" };
  }
  if (signing) {
    const problem = signatureProblem(framed, PAGE, signing);
    if (problem) return { ok: false, reason: problem };
  }
  return { ok: true };
}

/** Ours: written by this identity and wholly a page of ours. Oldest first. */
function oursIn(
  issues: readonly Issue[],
  marker: string,
  identity: Identity,
  signing: Signing | undefined,
  log?: { info(m: string): void },
): Issue[] {
  const ours: Issue[] = [];
  for (const i of issues) {
    if (!hasMarker(i.body, marker)) continue;
    if (!writtenBy({ id: i.number, body: i.body, user: i.user }, identity)) continue;
    const adopted = startsWithMarker(i.body, marker)
      ? readOurPortfolio(i.body, marker, signing)
      : { ok: false as const, reason: 'it does not start with the marker' };
    if (adopted.ok) ours.push(i);
    else {
      // The reason is ours; nothing of the issue's text is quoted.
      log?.info(
        `Issue #${i.number} carries the portfolio marker but is not wholly a portfolio page of this action (${adopted.reason}); it is left as it is and is no duplicate.`,
      );
    }
  }
  return ours.sort((a, b) => a.number - b.number);
}

export async function syncPortfolioIssue(
  api: GitHubApi,
  repo: Repo,
  /** `markdown`: the rendered page, starting with `marker`; `signing` with a `state-key`. */
  page: { title: string; markdown: string; marker: string; signing?: Signing },
  log: { info(m: string): void },
  /** The token, when known: an installation token is not sent to GET /user (identity.ts). */
  token?: string,
): Promise<IssueResult> {
  const { title, marker, signing } = page;
  const body = portfolioBody(page.markdown, signing);
  let step = 'read the issues of';
  try {
    const identity = await resolveIdentity(api, log, token);
    const creator = creatorLogin(identity);
    log.info(`the portfolio issue is looked for among the issues opened by ${printable(creator)}`);
    const listed = await listIssuesBy(api, repo, creator);
    const mine = oursIn(listed, marker, identity, signing, log);
    const signed = signing ? undefined : mine.find((i) => SIGNED_END.test(i.body));
    if (signed) {
      // A keyed run signed it: rewritten unsigned, the next keyed run would refuse it and
      // open a second issue. Left as it is, and no other issue is opened.
      return {
        action: 'failed',
        reason: `the portfolio issue #${signed.number} is signed with a \`state-key\` and this run has none (is the secret missing?), so it was left as it is and no second issue was opened`,
        fatal: false,
      };
    }
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
    const again = oursIn(
      await listIssuesBy(api, repo, creatorLogin(author)),
      marker,
      author,
      signing,
    );
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
