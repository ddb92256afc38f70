// The review comment shown in docs/review.md: a proposal that spells its language `Golang`,
// judged by the engine and planned as the Action plans its review comments.
// test/docs/review-example.test.ts fails when docs/review.md does not show what this makes.
import { planReview } from '../src/action/review/plan.js';
import { hunksOf } from '../src/action/review/diff.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../src/core/engine.js';

export const REVIEW_EXAMPLE_FILE = 'proposals/payments-api.yaml';
export const REVIEW_EXAMPLE_TEXT = [
  'service: payments-api',
  'owner: payments-team',
  'status: proposed',
  'language: Golang',
  'kind: crud-service',
  'workload:',
  '  bound: io',
  'team:',
  '  size: 5',
  '',
].join('\n');

/** The body of the one review comment a pull request adding that file gets. */
export function exampleReviewComment(): { line: number; body: string } {
  const options = { ...defaultEngineOptions(), today: '2026-06-01' };
  const report = buildReport(
    [judgeFile(REVIEW_EXAMPLE_FILE, REVIEW_EXAMPLE_TEXT, options)],
    'error',
  );
  const lines = REVIEW_EXAMPLE_TEXT.split('\n').length - 1;
  const plan = planReview({
    report,
    texts: new Map([[REVIEW_EXAMPLE_FILE, REVIEW_EXAMPLE_TEXT]]),
    hunks: new Map([[REVIEW_EXAMPLE_FILE, hunksOf(`@@ -0,0 +1,${lines} @@`)]]),
    existing: [],
    mode: 'suggestions',
    tag: '',
  });
  const only = plan.post[0];
  if (plan.post.length !== 1 || !only)
    throw new Error(`expected one comment, got ${plan.post.length}`);
  return { line: only.line, body: only.body };
}
