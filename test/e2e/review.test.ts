// Review comments, end to end: the bundled Action under Node 24 against the local GitHub API
// (review comments and reviews checked against GitHub's OpenAPI description). A proposal with
// three mechanical mistakes gets three review comments with suggested changes; a push that
// fixes one deletes its comment and leaves the others; a push that changes nothing posts
// nothing; a fork's pull request gets none, and its summary says why.
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { fakeSha, type GitHubServer, type PullFile } from './support/github-server.js';
import { pullRequestEvent, PR_REPO } from './support/payloads.js';
import {
  exampleStep,
  expectConformant,
  node24,
  proposal,
  run as runStep,
  startServer,
} from './support/scenario.js';

const { owner: OWNER, repo: REPO, number: PR, baseSha: BASE } = PR_REPO;
const STEP = exampleStep('pull-request.yml');
const FILE = 'proposals/payments-api.yaml';
// orders-api.yaml with three mistakes a machine can fix: a language alias (line 6), an enum
// value in capitals (line 9), a version YAML reads as a number (line 27).
const PAYMENTS = proposal('orders-api.yaml')
  .replace('service: orders-api', 'service: payments-api')
  .replace(/^language: go$/m, 'language: Golang')
  .replace(/^ {2}bound: io$/m, '  bound: IO')
  .replace(/^ {2}go: '1\.26'$/m, '  go: 1.20');
const MARKER =
  /^<!-- stack-verdict:review tag="" rule="proposal-invalid" file="proposals%2Fpayments-api\.yaml" key="[0-9a-f]{16}" fix="[0-9a-f]{16}" -->$/;

function run(
  server: GitHubServer,
  head: string,
  files: Record<string, string>,
  o: { fork?: string; changed?: PullFile[] } = {},
) {
  const changed =
    o.changed ?? Object.keys(files).map((filename) => ({ filename, status: 'added' as const }));
  server.push(PR, head, files, changed);
  server.resetLog();
  const merge = fakeSha(`merge:${head}`);
  return runStep({
    node: node24(),
    server,
    event: 'pull_request',
    payload: pullRequestEvent('synchronize', {
      head,
      changedFiles: changed.length,
      ...(o.fork ? { fork: o.fork } : {}),
    }),
    sha: merge,
    ref: `refs/pull/${PR}/merge`,
    with: STEP,
    workspace: files,
    checkout: merge,
  });
}

/** The requests of the last run, round trip by round trip, each in name order. */
function byRound(server: GitHubServer): string[][] {
  const rounds = server.roundTripOf();
  const out: string[][] = [];
  server.calls().forEach((c, i) => (out[rounds[i]! - 1] ??= []).push(c));
  return out.map((r) => r.sort());
}

function suggestionOf(body: string): string[] {
  const out: string[] = [];
  marked.walkTokens(marked.lexer(body), (t: Token) => {
    if (t.type === 'code' && (t as Tokens.Code).lang === 'suggestion') {
      out.push((t as Tokens.Code).text);
    }
  });
  return out;
}

/** The review comments on the pull request: id, path, line and the change each suggests. */
function comments(server: GitHubServer) {
  return server.reviewComments
    .filter((c) => c.pull === PR)
    .map((c) => ({
      id: c.id,
      path: c.path,
      line: c.line,
      startLine: c.startLine,
      suggestion: suggestionOf(c.body),
      marker: c.body.split('\n')[0]!,
      by: c.user.login,
    }));
}

describe('review comments across pushes', () => {
  it('first run, a push that fixes one finding, a push that changes nothing', async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });

    // 1. The first run: one review holding the three comments, each on its line.
    const first = await run(server, fakeSha('review-1'), { [FILE]: PAYMENTS });
    expect(first.outputs.verdict).toBe('changes-requested');
    const posted = comments(server);
    expect(
      posted.map(({ path, line, startLine, suggestion, by }) => ({
        path,
        line,
        startLine,
        suggestion,
        by,
      })),
    ).toEqual([
      {
        path: FILE,
        line: 6,
        startLine: null,
        suggestion: ['language: go'],
        by: 'github-actions[bot]',
      },
      {
        path: FILE,
        line: 9,
        startLine: null,
        suggestion: ['  bound: io'],
        by: 'github-actions[bot]',
      },
      {
        path: FILE,
        line: 27,
        startLine: null,
        suggestion: ['  go: "1.20"'],
        by: 'github-actions[bot]',
      },
    ]);
    for (const c of posted) expect(c.marker).toMatch(MARKER);
    // What a reader sees: the finding's message above the suggestion.
    const first6 = server.reviewComments.find((c) => c.line === 6)!.body;
    expect(marked.parse(first6, { async: false })).toContain(
      '<code>language</code> names Go: write <code>go</code>; found &quot;Golang&quot;.',
    );
    const review = server.of('pulls/create-review');
    expect(review).toHaveLength(1);
    expect(review[0]!.body).toMatchObject({ event: 'COMMENT', commit_id: fakeSha('review-1') });
    // The reads together (review comments among them); the sticky comment; then the review,
    // which octokit's throttling sends a second after the comment (writes go one a second,
    // as GitHub asks), while the comments are listed again for a racing run; last the review
    // comments listed again, for the same reason.
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['issues/create-comment 201'],
      ['issues/list-comments 200'],
      ['pulls/create-review 200'],
      ['pulls/list-review-comments 200'],
    ]);
    // Every finding is on a changed line: the sticky comment has no line about review comments.
    expect(server.commentsOn(PR)[0]!.body).not.toContain('Review comments:');
    expectConformant(server);

    // 2. A push that fixes the language: its comment is deleted, the other two stay.
    const fixed = PAYMENTS.replace('language: Golang', 'language: go');
    await run(server, fakeSha('review-2'), { [FILE]: fixed });
    const after = comments(server);
    expect(after).toEqual(posted.filter((c) => c.line !== 6));
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['issues/update-comment 200'],
      ['pulls/delete-review-comment 204'],
    ]);
    expect(
      server.of('pulls/delete-review-comment').map((r) => Number(r.params.comment_id)),
    ).toEqual([posted[0]!.id]);
    expectConformant(server);

    // 3. A push that changes nothing: nothing posted, nothing deleted.
    await run(server, fakeSha('review-3'), { [FILE]: fixed });
    expect(comments(server)).toEqual(after);
    expect(byRound(server)).toEqual([
      [
        'issues/list-comments 200',
        'pulls/list-files 200',
        'pulls/list-review-comments 200',
        'repos/get-content 404',
      ],
      ['issues/update-comment 200'],
    ]);
    expectConformant(server);
  });

  it("a line outside the diff stays in the sticky comment, which says so; other accounts' comments are left alone", async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n', [FILE]: PAYMENTS });
    // Someone's own review comment that quotes our marker: never ours to delete.
    server.reviewComments.push({
      id: 77,
      pull: PR,
      review: 7,
      path: FILE,
      line: 6,
      startLine: null,
      body: `<!-- stack-verdict:review tag="" rule="x" file="y" key="z" fix="" -->\nmine`,
      user: { login: 'octocat', id: 1, type: 'User' },
      commitId: BASE,
    });
    // The pull request changes only lines 26 to 28 (the toolchain).
    const changed: PullFile[] = [
      {
        filename: FILE,
        status: 'modified',
        patch:
          "@@ -26,3 +26,3 @@ delivery:\n toolchain:\n-  go: '1.26'\n+  go: 1.20\n rationale: >-",
      },
    ];
    await run(server, fakeSha('outside-1'), { [FILE]: PAYMENTS }, { changed });
    expect(
      comments(server).map((c) => [c.id === 77 ? 'octocat' : 'ours', c.line, c.suggestion]),
    ).toEqual([
      ['octocat', 6, []],
      ['ours', 27, ['  go: "1.20"']],
    ]);
    const sticky = server.commentsOn(PR)[0]!.body;
    expect(sticky).toContain(
      '> [!NOTE]\n> Review comments: 2 findings are on lines this pull request does not change, where GitHub takes no review comment; they are in this comment only.',
    );
    expectConformant(server);
  });

  it("a fork's pull request: no review comment is tried, and the summary says why", async () => {
    const server = await startServer(OWNER, REPO);
    server.commit(BASE, { 'README.md': '# Services\n' });
    const out = await run(
      server,
      fakeSha('fork-1'),
      { [FILE]: PAYMENTS },
      { fork: 'mallory/services' },
    );
    expect(out.outputs.verdict).toBe('changes-requested');
    expect(server.calls().filter((c) => c.startsWith('pulls/') && c.includes('review'))).toEqual(
      [],
    );
    expect(server.reviewComments).toEqual([]);
    expect(out.summary).toContain(
      '> [!NOTE]\n> No review comments were written: on the pull_request event, GitHub gives a pull request from a fork in a public repository a token that can only read, so no review comment is tried; the findings are in this summary and the annotations.',
    );
    expectConformant(server);
  });
});
