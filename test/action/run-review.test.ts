// The review stage through the whole run, against the mocked client: what is posted in
// findings mode, and that a token that cannot write a review is a warning and a note, never a
// failed run (the check is the gate; the sticky comment has every finding).
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanTempDirs,
  FakeGitHub,
  pullRequestPayload,
  runScenario,
  type Scenario,
} from './fake-github.js';

afterEach(cleanTempDirs);

const FILE = 'proposals/payments.yaml';
// Mistakes with a fix (the language alias, the unquoted version) and one without (no `kind`);
// the assertions read what the engine reported from the run's report.
const TEXT = [
  'service: payments',
  'language: Golang',
  'workload:',
  '  bound: io',
  'toolchain:',
  '  go: 1.20',
  '',
].join('\n');

function scenario(fake: FakeGitHub, inputs: Record<string, string> = {}): Scenario {
  return { event: 'pull_request_target', payload: pullRequestPayload(), fake, inputs };
}

describe('review comments in a run', () => {
  it('review: findings puts every open error and warning on its line; suggestions only those with a fix', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile(FILE, TEXT);
    const { result } = await runScenario(scenario(fake, { review: 'findings' }));
    const open = result!.report.proposals[0]!.findings.filter(
      (f) => !f.waived && f.severity !== 'notice',
    );
    const lines = [...new Set(open.map((f) => f.line))].sort((a, b) => a - b);
    expect(fake.reviewComments.map((c) => c.line).sort((a, b) => a! - b!)).toEqual(lines);
    expect(result!.review).toMatchObject({ action: 'posted', posted: lines.length });

    const other = new FakeGitHub();
    other.addPrFile(FILE, TEXT);
    const { result: r2 } = await runScenario(scenario(other));
    const fixed = r2!.report.proposals[0]!.findings.filter((f) => f.fixes?.length);
    expect(fixed.length).toBeGreaterThan(0);
    expect(other.reviewComments.map((c) => c.line)).toEqual(fixed.map((f) => f.line));
  });

  it('a refused review (no pull-requests: write) is a warning and a summary note; the sticky comment is still written', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile(FILE, TEXT);
    fake.reviewWriteStatus = 403;
    const { result, sink } = await runScenario(scenario(fake));
    expect(result?.comment.action).toBe('created');
    expect(result?.review?.action).toBe('failed');
    // The step fails for the gate only, never for the review.
    expect(sink.failed.join('\n')).not.toMatch(/review/i);
    expect(sink.messages('warning').join('\n')).toMatch(
      /could not post review comments on pull request #42 \(HTTP 403: the token lacks `pull-requests: write`/,
    );
    expect(sink.summaries.join('\n')).toContain('> [!NOTE]\n> No review comments were written:');
    expect(fake.reviewComments).toEqual([]);
  });

  it('review: off lists and posts nothing', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile(FILE, TEXT);
    const { result } = await runScenario(scenario(fake, { review: 'off' }));
    expect(
      fake
        .routes()
        .filter((r) => r.includes('/pulls/{pull_number}/comments') || r.includes('reviews')),
    ).toEqual([]);
    expect(result?.review).toEqual({ action: 'skipped', reason: 'review: off' });
  });
});
