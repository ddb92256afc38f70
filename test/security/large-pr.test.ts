// Over the pull request files API's cap of 3,000 files a proposal past the cap cannot be told
// apart, so padding a pull request past it must not let a proposal slip through the gate:
// such a run judges every proposal at the head instead (as scope: all does), and says so.
// Exactly at and one over the cap; and a head too large to list fails the step.

import { afterEach, describe, expect, it } from 'vitest';
import { proposal } from '../helpers.js';
import {
  cleanTempDirs,
  example,
  FakeGitHub,
  HEAD,
  pullRequestPayload,
  runScenario,
} from '../action/fake-github.js';

afterEach(cleanTempDirs);

const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';

/** A pull request of `total` changed files: a good proposal first, generated files after. */
function bigPullRequest(total: number, proposalAt = 0, text = proposal()) {
  const fake = new FakeGitHub();
  for (let i = 0; i < total; i++) {
    if (i === proposalAt) fake.addPrFile('proposals/orders.yaml', text);
    else fake.prFiles.push({ filename: `gen/f${i}.go`, status: 'added' });
  }
  return fake;
}

async function run(
  fake: FakeGitHub,
  changedFiles: number | undefined,
  inputs: Record<string, string> = {},
) {
  return runScenario({
    event: 'pull_request_target',
    payload: pullRequestPayload(changedFiles === undefined ? {} : { changed_files: changedFiles }),
    fake,
    inputs,
  });
}

const WIDENED = /changes 3001 files, but GitHub lists only the first 3000 files of a pull request/;

describe('the 3,000-file cap of the pull request files API', () => {
  it('exactly 3,000 files: the changed files, complete; a clean pass may be claimed', async () => {
    const fake = bigPullRequest(3000);
    const { result, sink } = await run(fake, 3000);
    expect(fake.count(FILES)).toBe(30);
    // One listing of the repository's proposals, for duplicate-service to compare the changed
    // ones with the others; the judged files stay the changed ones.
    expect(fake.count(TREE)).toBe(1);
    expect(result?.scope).toBe('changed');
    expect(result?.files).toMatchObject({ listed: 3000, total: 3000, truncated: false });
    expect(fake.comments[0]!.body).toContain('## ✅ Stack Verdict: Approved\n');
    expect(result?.summary).not.toContain('incomplete');
    expect(result?.summary).not.toContain('Every proposal in the repository was judged');
    expect(sink.messages('warning')).toEqual([]);
  }, 30_000);

  it('3,001 files: every proposal at the head is judged instead, said in the comment, the summary and the log', async () => {
    const fake = bigPullRequest(3001);
    // A proposal the pull request does not touch is judged too.
    // Its own service: one service in two files is a duplicate-service error (policy 1.1).
    fake.files.set('proposals/ledger.yaml', proposal().replace('service: svc', 'service: ledger'));
    const { result, sink } = await run(fake, 3001);
    // The payload's count is over the cap: no file page is asked for, the head's tree is.
    expect(fake.count(FILES)).toBe(0);
    expect(fake.calls.filter((c) => c.route === TREE).map((c) => c.params.tree_sha)).toEqual([
      HEAD,
    ]);
    expect(result?.scope).toBe('all');
    expect(result?.widened).toMatch(WIDENED);
    expect(result?.report.proposals.map((p) => p.file)).toEqual([
      'proposals/ledger.yaml',
      'proposals/orders.yaml',
    ]);
    const body = fake.comments[0]!.body;
    expect(body).toContain('**Every proposal in the repository was judged**');
    expect(body).toMatch(WIDENED);
    expect(result?.summary).toContain('**Every proposal in the repository was judged**');
    expect(sink.messages('info').join('\n')).toMatch(WIDENED);
    expect(sink.failed).toEqual([]);
  }, 30_000);

  it('a pull request padded past the cap cannot hide a failing proposal: the gate fails', async () => {
    const fake = bigPullRequest(3001, 3000, await example('customer-portal-api.md'));
    const { result, sink } = await run(fake, 3001);
    expect(result?.report.proposals.map((p) => p.file)).toEqual(['proposals/orders.yaml']);
    expect(result?.report.verdict).toBe('changes-requested');
    expect(sink.failed).toHaveLength(1);
    expect(sink.failed[0]).toMatch(/the gate fails \(fail-on: error\)/);
    expect(sink.annotations('error').map((a) => a.props?.file)).toEqual(['proposals/orders.yaml']);
    expect(fake.comments[0]!.body).toContain('## ❌ Stack Verdict: Changes requested');
  }, 30_000);

  it('no count in the payload: it lists to the cap, asks the pull request, then decides', async () => {
    for (const [total, scope] of [
      [3000, 'changed'],
      [3001, 'all'],
    ] as const) {
      const fake = bigPullRequest(total, total - 1, await example('customer-portal-api.md'));
      const { result, sink } = await run(fake, undefined);
      expect(fake.count(FILES)).toBe(30);
      expect(fake.count(PULL)).toBe(1);
      expect(result?.scope).toBe(scope);
      // Seen either way: at 3,000 as the 3,000th changed file, at 3,001 in the head's tree.
      expect(result?.report.proposals).toHaveLength(1);
      expect(sink.failed.join('\n')).toMatch(/the gate fails/);
    }
  }, 60_000);

  it('a head too large to list (a truncated tree): the step fails, even with nothing seen; never ✅', async () => {
    const fake = bigPullRequest(3001, 3000);
    fake.files.clear();
    fake.treeTruncated = true;
    const { result, sink } = await run(fake, 3001);
    expect(result?.report.proposals).toEqual([]);
    expect(result?.report.gate.passed).toBe(false);
    expect(sink.failed).toHaveLength(1);
    expect(sink.failed[0]).toMatch(/not every proposal was seen/);
    expect(sink.failed[0]).toMatch(/Check out the pull request head/);
    expect(fake.comments[0]!.body).toContain('No proposals (incomplete)');
    expect(fake.comments[0]!.body).not.toContain('✅ Stack Verdict');
    expect(result?.summary).toContain('(incomplete)');
  }, 30_000);

  it('… and with fail-on: never it passes with a warning', async () => {
    const fake = bigPullRequest(3001, 3000);
    fake.treeTruncated = true;
    const { sink } = await run(fake, 3001, { 'fail-on': 'never' });
    expect(sink.failed).toEqual([]);
    expect(sink.messages('warning').join('\n')).toMatch(/some proposals were not seen/);
  }, 30_000);
});
