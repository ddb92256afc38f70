// The comment shown in the README (docs/comment.md, and docs/comment.png made from it): a
// pull request that adds three proposals from examples/proposals, judged by the engine and
// rendered as the Action renders its comment. test/docs/comment-example.test.ts fails when
// docs/comment.md is not what this makes; `node scripts/render-comment.mjs` rewrites both.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markerFor } from '../src/action/comment/marker.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../src/core/engine.js';
import { renderMarkdown } from '../src/core/render/markdown.js';

/** A Go service approved, a Rust service with warnings, and a Rust service with an error. */
const FILES: readonly [string, string][] = [
  ['proposals/orders-api.yaml', 'orders-api.yaml'],
  ['proposals/pricing-engine.yaml', 'pricing-engine.yaml'],
  ['proposals/customer-portal-api.md', 'customer-portal-api.md'],
];
const REPOSITORY = {
  url: 'https://github.com/acme/platform',
  sha: 'c0ffee1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b',
};
const PREVIOUS_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';

export function exampleComment(root: string): string {
  // A fixed day, so that the picture does not change with the calendar.
  const options = { ...defaultEngineOptions(), today: '2026-06-01' };
  const results = FILES.map(([file, example]) =>
    judgeFile(file, readFileSync(path.join(root, 'examples/proposals', example), 'utf8'), options),
  );
  const report = buildReport(results, 'error');
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
