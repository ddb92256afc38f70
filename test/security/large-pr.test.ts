// Over the pull request files API's cap of 3,000 files the Action says so, judges what it
// sees, and never claims a clean pass for what it did not see: exactly at and one over it.

import { afterEach, describe, expect, it } from 'vitest';
import { proposal } from '../helpers.js';
import {
  cleanTempDirs,
  FakeGitHub,
  pullRequestPayload,
  runScenario,
} from '../action/fake-github.js';

afterEach(cleanTempDirs);

const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';

/** A pull request of `total` changed files: a good proposal first, generated files after. */
function bigPullRequest(total: number, proposalAt = 0) {
  const fake = new FakeGitHub();
  for (let i = 0; i < total; i++) {
    if (i === proposalAt) fake.addPrFile('proposals/orders.yaml', proposal());
    else fake.prFiles.push({ filename: `gen/f${i}.go`, status: 'added' });
  }
  return fake;
}

async function run(fake: FakeGitHub, changedFiles: number | undefined) {
  return runScenario({
    event: 'pull_request_target',
    payload: pullRequestPayload(changedFiles === undefined ? {} : { changed_files: changedFiles }),
    fake,
  });
}

describe('the 3,000-file cap of the pull request files API', () => {
  it('exactly 3,000 files: complete, a clean pass may be claimed', async () => {
    const fake = bigPullRequest(3000);
    const { result, sink } = await run(fake, 3000);
    expect(fake.count(FILES)).toBe(30);
    expect(result?.files).toMatchObject({ listed: 3000, total: 3000, truncated: false });
    expect(fake.comments[0]!.body).toContain('## ✅ Stack Verdict: Approved\n');
    expect(result?.summary).not.toContain('incomplete');
    expect(sink.messages('warning')).toEqual([]);
  }, 30_000);

  it('3,001 files: incomplete, said in the comment, the summary and a warning; never ✅', async () => {
    const fake = bigPullRequest(3001);
    const { result, sink } = await run(fake, 3001);
    expect(fake.count(FILES)).toBe(30);
    expect(result?.files).toMatchObject({ listed: 3000, total: 3001, truncated: true });
    const body = fake.comments[0]!.body;
    expect(body).toContain('## ⚠️ Stack Verdict: Approved (incomplete)');
    expect(body).not.toContain('✅ Stack Verdict');
    expect(body).toMatch(
      /This pull request changes 3001 files, but GitHub lists only the first 3000/,
    );
    expect(result?.summary).toContain('(incomplete)');
    expect(sink.messages('warning').join('\n')).toMatch(/were not seen/);
  }, 30_000);

  it('3,001 files with the proposal past the cap: nothing seen, and it says it cannot know', async () => {
    const fake = bigPullRequest(3001, 3000);
    const { result } = await run(fake, 3001);
    expect(result?.report.proposals).toEqual([]);
    expect(fake.comments[0]!.body).toContain('No proposals (incomplete)');
  }, 30_000);

  it('no count in the payload: at the cap it asks the pull request, then decides', async () => {
    for (const [total, truncated] of [
      [3000, false],
      [3001, true],
    ] as const) {
      const fake = bigPullRequest(total);
      const { result } = await run(fake, undefined);
      expect(fake.count(PULL)).toBeGreaterThanOrEqual(1);
      expect(result?.files.truncated).toBe(truncated);
    }
  }, 60_000);
});
