// The Action's half of waiver approvals: reading the pull request's reviews and team membership for the
// engine's approval context, against the fake GitHub API.
import { describe, expect, it } from 'vitest';
import { parseApprover, type Approver } from '../../src/core/approvals.js';
import {
  approvalStage,
  pullRequestAuthor,
  pullRequestReviews,
  readApprovals,
  teamMembership,
} from '../../src/action/approvals/index.js';
import { MAX_REVIEW_PAGES, REVIEWS_PER_PAGE } from '../../src/action/approvals/reviews.js';
import { ConfigError, engineOptionsFromConfig, parseConfig } from '../../src/config/index.js';
import { buildReport, judgeFile } from '../../src/core/engine.js';
import { loadBaseConfig } from '../../src/action/config.js';
import { FakeGitHub, HEAD, OWNER, PR_NUMBER, REPO } from './fake-github.js';

const repo = { owner: OWNER, repo: REPO };
const AUTHOR = 'mallory';
const approvers = (...e: string[]): Approver[] => e.map((x) => parseApprover(x)!);
const approve = (login: string, minute = 0, state = 'APPROVED') => ({
  user: { login },
  state,
  submitted_at: `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`,
});

function read(gh: FakeGitHub, ...entries: string[]) {
  return readApprovals(gh, {
    repo,
    number: PR_NUMBER,
    author: AUTHOR,
    approvers: approvers(...entries),
  });
}

/** The gate of a self-waived core error under `approvers`, given what readApprovals found. */
async function gate(gh: FakeGitHub, approversYaml: string): Promise<boolean> {
  const config = parseConfig('.github/stack-verdict.yml', `approvers: ${approversYaml}\n`);
  const { context } = await readApprovals(gh, {
    repo,
    number: PR_NUMBER,
    author: AUTHOR,
    approvers: config.approvers,
  });
  const options = engineOptionsFromConfig(config, { today: '2026-03-01', approvals: context });
  const text =
    'service: svc\nlanguage: rust\nkind: http-api\nworkload:\n  bound: io\nwaivers:\n  - rule: rust-without-measured-constraint\n    reason: we like rust\n';
  return buildReport([judgeFile('proposals/p.yaml', text, options)], 'error').gate.passed;
}

describe('pullRequestReviews', () => {
  it('reads every page', async () => {
    const gh = new FakeGitHub();
    gh.reviews = Array.from({ length: REVIEWS_PER_PAGE + 5 }, (_, i) => approve(`u${i}`));
    const reviews = await pullRequestReviews(gh, repo, PR_NUMBER);
    expect(reviews).toHaveLength(REVIEWS_PER_PAGE + 5);
    expect(gh.count('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toBe(2);
    expect(reviews[0]).toEqual({
      login: 'u0',
      state: 'APPROVED',
      submittedAt: '2026-03-01T10:00:00Z',
      commitId: HEAD,
    });
  });

  it('stops after MAX_REVIEW_PAGES pages', async () => {
    const gh = new FakeGitHub();
    gh.reviews = Array.from({ length: REVIEWS_PER_PAGE * (MAX_REVIEW_PAGES + 2) }, () =>
      approve('x'),
    );
    await pullRequestReviews(gh, repo, PR_NUMBER);
    expect(gh.count('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toBe(
      MAX_REVIEW_PAGES,
    );
  });

  it('keeps a deleted account as a review by nobody', async () => {
    const gh = new FakeGitHub();
    gh.reviews = [{ user: null, state: 'APPROVED' }];
    expect(await pullRequestReviews(gh, repo, PR_NUMBER)).toEqual([
      { login: null, state: 'APPROVED', submittedAt: null, commitId: HEAD },
    ]);
  });
});

describe('readApprovals', () => {
  it('a listed login that approved grants; the author and others do not', async () => {
    const gh = new FakeGitHub();
    gh.reviews = [approve(AUTHOR), approve('Alice', 1), approve('bob', 2)];
    const { context, notes } = await read(gh, 'alice');
    expect(context).toMatchObject({
      kind: 'pull-request',
      author: AUTHOR,
      approving: ['alice', 'bob'],
    });
    expect(notes).toEqual([]);
    expect(await gate(gh, '[alice]')).toBe(true);
    expect(await gate(gh, `[${AUTHOR}]`)).toBe(false);
    expect(await gate(gh, '[carol]')).toBe(false);
  });

  it('a later dismissal or change request takes the approval back', async () => {
    const gh = new FakeGitHub();
    gh.reviews = [approve('alice', 1), approve('alice', 2, 'DISMISSED')];
    expect(await gate(gh, '[alice]')).toBe(false);
    gh.reviews = [approve('alice', 1), approve('alice', 2, 'CHANGES_REQUESTED')];
    expect(await gate(gh, '[alice]')).toBe(false);
  });

  it('a member of a listed team grants, when the token can read the team', async () => {
    const gh = new FakeGitHub();
    gh.reviews = [approve('dave')];
    gh.teams.set('acme/architecture', { active: ['Dave'] });
    const { context, notes } = await read(gh, '@acme/architecture');
    expect(notes).toEqual([]);
    expect(context).toMatchObject({ members: new Map([['acme/architecture', ['dave']]]) });
    expect(await gate(gh, '["@acme/architecture"]')).toBe(true);
  });

  it('an invited (pending) member or a non-member does not', async () => {
    const gh = new FakeGitHub();
    gh.reviews = [approve('dave'), approve('erin')];
    gh.teams.set('acme/architecture', { active: ['frank'], pending: ['dave'] });
    expect(await gate(gh, '[acme/architecture]')).toBe(false);
  });

  it('the author, a member of the listed team, cannot approve their own waiver', async () => {
    const gh = new FakeGitHub();
    gh.reviews = [approve(AUTHOR)];
    gh.teams.set('acme/architecture', { active: [AUTHOR] });
    expect(await gate(gh, '[acme/architecture]')).toBe(false);
    // Nobody else approved: the team is not even asked about.
    expect(gh.routes().filter((r) => r.startsWith('GET /orgs'))).toEqual([]);
  });

  it.each([403, 404])(
    'with the workflow token (teams answer %i) says so plainly, and logins still count',
    async (status) => {
      const gh = new FakeGitHub();
      gh.teamsStatus = status;
      gh.reviews = [approve('dave'), approve('alice', 1)];
      gh.teams.set('acme/architecture', { active: ['dave'] });
      const { context, notes } = await read(gh, 'acme/architecture', 'alice');
      expect(notes).toEqual([
        `Waiver approvals: team approvers need a token that can read organisation members: acme/architecture (HTTP ${status}) could not be read, so only the logins listed in \`approvers\` count. Pass a GitHub App token with the organisation permission Members: read (docs/governance.md).`,
      ]);
      expect(context.kind).toBe('pull-request');
      expect(await gate(gh, '[acme/architecture]')).toBe(false);
      expect(await gate(gh, '[acme/architecture, alice]')).toBe(true);
    },
  );

  it('reviews that cannot be read leave every needed approval pending, without failing', async () => {
    const gh = new FakeGitHub();
    gh.reviewsStatus = 403;
    gh.reviews = [approve('alice')];
    const { context, notes } = await read(gh, 'alice');
    expect(context).toEqual({ kind: 'unseen' });
    expect(notes[0]).toContain('cannot be read (HTTP 403)');
    expect(await gate(gh, '[alice]')).toBe(false);
  });

  it('asks nothing when no approvers are configured', async () => {
    const gh = new FakeGitHub();
    expect(await read(gh)).toEqual({ context: { kind: 'unseen' }, notes: [] });
    expect(gh.calls).toEqual([]);
  });
});

describe('teamMembership', () => {
  it('asks the membership route once per team and approving login', async () => {
    const gh = new FakeGitHub();
    gh.teams.set('acme/a', { active: ['x'] });
    gh.teams.set('acme/b', { active: ['y'] });
    const teams = approvers('acme/a', 'acme/b') as Extract<Approver, { kind: 'team' }>[];
    const got = await teamMembership(gh, teams, ['x', 'y']);
    expect(got.members).toEqual(
      new Map([
        ['acme/a', ['x']],
        ['acme/b', ['y']],
      ]),
    );
    expect(gh.count('GET /orgs/{org}/teams/{team_slug}/memberships/{username}')).toBe(4);
  });

  it('a team that does not exist (404 on the team) is unreadable, not empty', async () => {
    const gh = new FakeGitHub();
    const teams = approvers('acme/missing') as Extract<Approver, { kind: 'team' }>[];
    expect((await teamMembership(gh, teams, ['x'])).unreadable).toEqual([
      { slug: 'acme/missing', why: 'HTTP 404' },
    ]);
  });
});

describe('the base policy is read with its whole extends chain (loadBaseConfig)', () => {
  const BASE_SHA = 'c'.repeat(40);

  it('approvers named in a local shared file are the approvers', async () => {
    const gh = new FakeGitHub();
    gh.files.set('.github/stack-verdict.yml', 'extends: policy/shared.yml\n');
    gh.files.set('policy/shared.yml', 'approvers: [alice]\n');
    const config = await loadBaseConfig(gh, repo, BASE_SHA);
    expect(config.approvers.map((a) => a.text)).toEqual(['alice']);
    expect(config.approvalRequired).toEqual(['error']);
    expect(config.chain).toEqual(['.github/stack-verdict.yml', 'policy/shared.yml']);
  });

  it('an invalid base configuration is an error that says where, not what', async () => {
    const gh = new FakeGitHub();
    gh.files.set('.github/stack-verdict.yml', 'approvers: ["secret token here"]\n');
    const err = await loadBaseConfig(gh, repo, BASE_SHA).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems[0]).toMatchObject({ line: 1, column: 13 });
  });
});

describe('approvalStage', () => {
  const cfg = (text: string) => parseConfig('.github/stack-verdict.yml', text);
  const pr = { number: PR_NUMBER, author: AUTHOR };

  it('reads the author from the event payload', () => {
    expect(pullRequestAuthor({ pull_request: { user: { login: 'Mallory' } } })).toBe('Mallory');
    expect(pullRequestAuthor({ pull_request: { user: null } })).toBeUndefined();
    expect(pullRequestAuthor({})).toBeUndefined();
    expect(pullRequestAuthor(null)).toBeUndefined();
  });

  it('outside a pull request: nothing asked, approvals unseen', async () => {
    const gh = new FakeGitHub();
    const got = await approvalStage(gh, {
      repo,
      pr: undefined,
      config: cfg('approvers: [alice]'),
    });
    expect(got.context).toEqual({ kind: 'unseen' });
    expect(gh.calls).toEqual([]);
  });

  it('reads only the reviews: the configuration was read at the base already', async () => {
    const gh = new FakeGitHub();
    gh.reviews = [approve('alice')];
    const got = await approvalStage(gh, {
      repo,
      pr,
      config: cfg('approvers: [alice]'),
    });
    expect(gh.routes()).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews']);
    expect(got.notes).toEqual([]);
  });

  it('no approvers at the base: no reviews read', async () => {
    const gh = new FakeGitHub();
    const got = await approvalStage(gh, { repo, pr, config: cfg('') });
    expect(got.context).toEqual({ kind: 'unseen' });
    expect(gh.routes()).not.toContain('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews');
  });

  it('an unknown author leaves approvals pending and says so', async () => {
    const gh = new FakeGitHub();
    gh.reviews = [approve('alice')];
    const got = await approvalStage(gh, {
      repo,
      pr: { ...pr, author: undefined },
      config: cfg('approvers: [alice]'),
    });
    expect(got.context).toEqual({ kind: 'unseen' });
    expect(got.notes[0]).toContain('does not name the author');
  });
});
