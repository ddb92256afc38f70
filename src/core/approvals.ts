// Who may grant a waiver, and whether they have. Pure: the shells fetch reviews and
// team membership; this module only decides from them.
import type { Severity } from './types.js';

/**
 * An entry of `approvers`: a GitHub login (letters, digits, single inner hyphens, at most 39)
 * or `org/team-slug`, either written with a leading `@` as CODEOWNERS does.
 */
export const APPROVER_PATTERN =
  '^@?[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})?$';

const APPROVER = new RegExp(APPROVER_PATTERN);

/** One configured approver: a login, or a team whose members may approve. */
export type Approver =
  | { kind: 'login'; login: string; text: string }
  | { kind: 'team'; org: string; team: string; slug: string; text: string };

/** GitHub compares logins and slugs without case; `@` is how people write them. */
export function canonical(name: string): string {
  return name.replace(/^@/, '').toLowerCase();
}

/** The approver an entry of `approvers` names; undefined when it has neither shape. */
export function parseApprover(entry: string): Approver | undefined {
  if (!APPROVER.test(entry)) return undefined;
  const text = entry.replace(/^@/, '');
  const [org, team] = canonical(entry).split('/') as [string, string | undefined];
  if (team === undefined) return { kind: 'login', login: org, text };
  return { kind: 'team', org, team, slug: `${org}/${team}`, text };
}

/** One review of a pull request, as the reviews API lists it (oldest first). */
export interface Review {
  /** The reviewer's login; null for a deleted account. */
  login: string | null;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  state: string;
  /** ISO time; reviews without one keep the API's order. */
  submittedAt?: string | null;
  /** The commit the review was given on (`commit_id`). */
  commitId?: string | null;
}

/**
 * The logins whose latest deciding review approves the pull request, the author's excepted.
 * A comment-only review does not change an earlier decision (GitHub keeps the approval too);
 * a later CHANGES_REQUESTED, or the approval's dismissal (its state becomes DISMISSED),
 * replaces it.
 */
export function approvingLogins(reviews: readonly Review[], author: string): string[] {
  return [...approvedCommits(reviews, author).keys()];
}

/**
 * The same logins, each with the commit its approving review was given on (null when the API
 * did not say): an approval vouches for the waivers as they stood at that commit.
 */
export function approvedCommits(
  reviews: readonly Review[],
  author: string,
): Map<string, string | null> {
  const ordered = reviews
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const ta = a.r.submittedAt ? Date.parse(a.r.submittedAt) : NaN;
      const tb = b.r.submittedAt ? Date.parse(b.r.submittedAt) : NaN;
      return Number.isNaN(ta) || Number.isNaN(tb) || ta === tb ? a.i - b.i : ta - tb;
    });
  const latest = new Map<string, { state: string; commit: string | null }>();
  for (const { r } of ordered) {
    if (!r.login) continue;
    const state = r.state.toUpperCase();
    if (state === 'APPROVED' || state === 'CHANGES_REQUESTED' || state === 'DISMISSED') {
      latest.set(canonical(r.login), { state, commit: r.commitId?.toLowerCase() ?? null });
    }
  }
  const self = canonical(author);
  const out = new Map<string, string | null>();
  for (const [login, l] of latest) {
    if (l.state === 'APPROVED' && login !== self) out.set(login, l.commit);
  }
  return out;
}

/** A waiver as it stands: what an approval vouches for (rule, reason, expiry, approved-by). */
export function waiverKey(
  file: string,
  w: { rule: string; reason?: string; expires?: string; approvedBy?: string },
): string {
  return JSON.stringify([file, w.rule, w.reason ?? '', w.expires ?? '', w.approvedBy ?? '']);
}

/** What the shell knows about approvals on the run's pull request. */
export type ApprovalContext =
  | {
      kind: 'pull-request';
      /** The pull request's author: their own approval never counts. */
      author: string;
      /** Logins whose latest review approves (approvingLogins). */
      approving: readonly string[];
      /** Per team slug (`org/team`, any case): the approving logins that are members. */
      members?: ReadonlyMap<string, readonly string[]>;
      /**
       * By waiverKey: the approving logins whose review was given on a commit where the waiver
       * did not stand as it does now. Their approval does not count for it.
       */
      stale?: ReadonlyMap<string, readonly string[]>;
    }
  /** The CLI, or a run without a pull request: approvals cannot be seen. */
  | { kind: 'unseen' }
  /** `--assume-approved`: a local run that takes every needed approval as given. */
  | { kind: 'assumed' };

/** The configured approvers that granted approval, as the configuration spells them. */
export function grantedBy(approvers: readonly Approver[], context: ApprovalContext): string[] {
  if (context.kind !== 'pull-request') return [];
  const self = canonical(context.author);
  const approving = new Set(context.approving.map(canonical));
  approving.delete(self);
  const members = new Map<string, Set<string>>();
  for (const [slug, logins] of context.members ?? []) {
    members.set(canonical(slug), new Set(logins.map(canonical)));
  }
  const by: string[] = [];
  for (const a of approvers) {
    if (a.kind === 'login') {
      if (approving.has(a.login)) by.push(a.text);
    } else {
      const team = members.get(a.slug);
      for (const login of approving) if (team?.has(login)) by.push(`${login} (${a.text})`);
    }
  }
  return [...new Set(by)];
}

/** The policy from the configuration: who may approve, and which severities need it. */
export interface ApprovalPolicy {
  approvers: readonly Approver[];
  /** Severities whose waivers need an approval. */
  required: readonly Severity[];
  context: ApprovalContext;
}
