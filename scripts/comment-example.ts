// The comment shown in the README (docs/comment.md, and docs/comment.png made from it): a
// pull request that adds four proposals from examples/proposals, judged by the engine and
// rendered as the Action renders its comment; then the review comments the same run posts
// (docs/review.png), planned as the Action plans them. test/docs/comment-example.test.ts
// fails when docs/comment.md is not what this makes; `node scripts/render-comment.mjs`
// rewrites both pictures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markerFor } from '../src/action/comment/marker.js';
import { hunksOf } from '../src/action/review/diff.js';
import { planReview, type PlannedComment } from '../src/action/review/plan.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../src/core/engine.js';
import { renderMarkdown } from '../src/core/render/markdown.js';
import type { Report } from '../src/core/types.js';

/**
 * A Go service approved, a Rust service with warnings, a Rust service with an error, and a
 * Go service whose two slips (`language: Golang`, `go: 1.20`) carry fixes.
 */
const FILES: readonly [string, string][] = [
  ['proposals/orders-api.yaml', 'orders-api.yaml'],
  ['proposals/pricing-engine.yaml', 'pricing-engine.yaml'],
  ['proposals/customer-portal-api.md', 'customer-portal-api.md'],
  ['proposals/notifications-api.yaml', 'notifications-api.yaml'],
];
const REPOSITORY = {
  url: 'https://github.com/acme/platform',
  sha: 'c0ffee1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b',
};
const PREVIOUS_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';

/** The run: the report, and the text of each file by its path in the pull request. */
export function exampleRun(root: string): { report: Report; texts: Map<string, string> } {
  // A fixed day, so that the picture does not change with the calendar.
  const options = { ...defaultEngineOptions(), today: '2026-06-01' };
  const texts = new Map(
    FILES.map(([file, example]) => [
      file,
      readFileSync(path.join(root, 'examples/proposals', example), 'utf8'),
    ]),
  );
  const results = FILES.map(([file]) => judgeFile(file, texts.get(file)!, options));
  return { report: buildReport(results, 'error'), texts };
}

/** The sticky comment. */
export function exampleComment(root: string): string {
  const { report } = exampleRun(root);
  // The second push of the pull request: the constraint marked an estimate is new, and the
  // orders team fixed the missing team size the first run reported.
  const portal = report.proposals.find((p) => p.service === 'customer-portal-api');
  const fresh = portal?.findings.find((f) => f.rule === 'constraint-not-measured');
  return renderMarkdown(report, {
    marker: markerFor(''),
    repository: REPOSITORY,
    notes: [
      `Judged the ${FILES.length} proposal files changed in this pull request, at <code>${REPOSITORY.sha.slice(0, 7)}</code>.`,
    ],
    changes: {
      newFindings: new Set(fresh ? [fresh] : []),
      resolved: [{ file: 'proposals/orders-api.yaml', rule: 'team-missing', severity: 'warning' }],
      previousSha: PREVIOUS_SHA,
    },
    overflowHint: "The job summary of this run's workflow has the full report.",
  });
}

/** The review comments the same run posts (`review: suggestions`, the files all new). */
export function exampleReviews(root: string): PlannedComment[] {
  const { report, texts } = exampleRun(root);
  const hunks = new Map(
    [...texts].map(([file, text]) => [
      file,
      hunksOf(`@@ -0,0 +1,${text.split('\n').length - (text.endsWith('\n') ? 1 : 0)} @@`),
    ]),
  );
  return planReview({ report, texts, hunks, existing: [], mode: 'suggestions', tag: '' }).post;
}

/** What a review comment's heading in docs/comment.md says: its file and line. */
export function reviewHeading(comment: Pick<PlannedComment, 'path' | 'line'>): string {
  return `#### Review comment on line ${comment.line} of <code>${comment.path}</code>`;
}

/** docs/comment.md: the sticky comment, then each review comment under its file and line. */
export function exampleCommentPage(root: string): string {
  const reviews = exampleReviews(root);
  const parts = [
    exampleComment(root),
    '---',
    '',
    `<!-- The review comments of the same run (docs/review.md): ${reviews.length}, each on the line its suggested change replaces. -->`,
    '',
  ];
  for (const r of reviews) parts.push(reviewHeading(r), '', r.body);
  return parts.join('\n');
}
