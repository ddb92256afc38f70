// Deciding from a pull request's reviews who has approved it, and whether that
// person is one of the configured approvers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approvingLogins,
  grantedBy,
  parseApprover,
  type Approver,
  type Review,
} from '../../src/core/approvals.js';

const approvers = (...entries: string[]): Approver[] => entries.map((e) => parseApprover(e)!);
const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`;
const review = (login: string | null, state: string, minute?: number): Review => ({
  login,
  state,
  ...(minute !== undefined ? { submittedAt: at(minute) } : {}),
});

function granted(entries: string[], reviews: Review[], author = 'author', members = {}) {
  return grantedBy(approvers(...entries), {
    kind: 'pull-request',
    author,
    approving: approvingLogins(reviews, author),
    members: new Map(Object.entries(members)),
  });
}

describe('parseApprover', () => {
  it.each([
    ['alice', { kind: 'login', login: 'alice', text: 'alice' }],
    ['@Alice-B', { kind: 'login', login: 'alice-b', text: 'Alice-B' }],
    ['acme/architecture', { kind: 'team', slug: 'acme/architecture', text: 'acme/architecture' }],
    ['@Acme/Arch_Team', { kind: 'team', slug: 'acme/arch_team', text: 'Acme/Arch_Team' }],
  ])('reads %s', (entry, expected) => {
    expect(parseApprover(entry)).toMatchObject(expected);
  });

  it.each([
    '',
    '@',
    '-alice',
    'alice-',
    'al--ice',
    'a'.repeat(40),
    'alice bob',
    'acme/',
    '/team',
    'acme/team/sub',
    '@@alice',
    'alice@example.com',
    'https://github.com/alice',
  ])('refuses %j', (entry) => {
    expect(parseApprover(entry)).toBeUndefined();
  });
});

describe('approvingLogins', () => {
  it('counts a reviewer whose latest deciding review approves', () => {
    expect(approvingLogins([review('bob', 'APPROVED')], 'author')).toEqual(['bob']);
  });

  it("never counts the author's own approval, whatever its spelling", () => {
    expect(approvingLogins([review('Author', 'APPROVED')], '@author')).toEqual([]);
  });

  it('a later CHANGES_REQUESTED replaces an earlier APPROVED', () => {
    expect(
      approvingLogins([review('bob', 'APPROVED', 1), review('bob', 'CHANGES_REQUESTED', 2)], 'a'),
    ).toEqual([]);
  });

  it('a dismissed approval does not count', () => {
    // GitHub rewrites a dismissed review's state to DISMISSED.
    expect(approvingLogins([review('bob', 'DISMISSED', 1)], 'a')).toEqual([]);
    expect(
      approvingLogins([review('bob', 'APPROVED', 1), review('bob', 'DISMISSED', 2)], 'a'),
    ).toEqual([]);
  });

  it('a comment after an approval keeps it; an approval after changes requested counts', () => {
    expect(
      approvingLogins([review('bob', 'APPROVED', 1), review('bob', 'COMMENTED', 2)], 'a'),
    ).toEqual(['bob']);
    expect(
      approvingLogins([review('bob', 'CHANGES_REQUESTED', 1), review('bob', 'APPROVED', 2)], 'a'),
    ).toEqual(['bob']);
  });

  it('orders by submission time, not by list position', () => {
    expect(
      approvingLogins([review('bob', 'CHANGES_REQUESTED', 5), review('bob', 'APPROVED', 1)], 'a'),
    ).toEqual([]);
  });

  it('treats the same login in another case as the same reviewer', () => {
    expect(
      approvingLogins([review('Bob', 'APPROVED', 1), review('bob', 'CHANGES_REQUESTED', 2)], 'a'),
    ).toEqual([]);
  });

  it('ignores pending reviews and deleted accounts', () => {
    expect(approvingLogins([review('bob', 'PENDING'), review(null, 'APPROVED')], 'a')).toEqual([]);
  });

  it('property: a login counts exactly when its last deciding review is APPROVED and it is not the author', () => {
    const states = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];
    const logins = ['bob', 'Bob', 'carol', 'author', 'AUTHOR'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ login: fc.constantFrom(...logins), state: fc.constantFrom(...states) }),
        ),
        (list) => {
          const reviews = list.map((r, i) => review(r.login, r.state, i));
          const got = new Set(approvingLogins(reviews, 'author'));
          for (const name of ['bob', 'carol', 'author']) {
            const deciding = list.filter(
              (r) =>
                r.login.toLowerCase() === name &&
                ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state),
            );
            const expected = name !== 'author' && deciding.at(-1)?.state === 'APPROVED';
            expect(got.has(name)).toBe(expected);
          }
        },
      ),
    );
  });
});

describe('grantedBy', () => {
  it('a listed login that approved grants, in any case and with or without @', () => {
    expect(granted(['@Bob'], [review('bob', 'APPROVED')])).toEqual(['Bob']);
    expect(granted(['bob'], [review('BOB', 'APPROVED')])).toEqual(['bob']);
  });

  it('an approval by someone not listed grants nothing', () => {
    expect(granted(['carol'], [review('bob', 'APPROVED')])).toEqual([]);
  });

  it('the author, even when listed, cannot grant their own waiver', () => {
    expect(granted(['author'], [review('author', 'APPROVED')], 'author')).toEqual([]);
    // Even if the shell passed the author's login among the approving ones.
    expect(
      grantedBy(approvers('Author'), {
        kind: 'pull-request',
        author: 'author',
        approving: ['author'],
      }),
    ).toEqual([]);
  });

  it('a member of a listed team grants; membership resolved for another team does not', () => {
    const reviews = [review('dave', 'APPROVED')];
    expect(
      granted(['acme/architecture'], reviews, 'author', { 'Acme/Architecture': ['Dave'] }),
    ).toEqual(['dave (acme/architecture)']);
    expect(
      granted(['acme/architecture'], reviews, 'author', { 'acme/platform': ['dave'] }),
    ).toEqual([]);
    expect(granted(['acme/architecture'], reviews)).toEqual([]);
  });

  it('the author as a member of a listed team cannot grant either', () => {
    expect(
      grantedBy(approvers('acme/architecture'), {
        kind: 'pull-request',
        author: 'dave',
        approving: ['dave'],
        members: new Map([['acme/architecture', ['dave']]]),
      }),
    ).toEqual([]);
  });

  it('nobody grants when approvals cannot be seen', () => {
    expect(grantedBy(approvers('bob'), { kind: 'unseen' })).toEqual([]);
  });
});
