// The portfolio shown in the README (docs/portfolio.md, and docs/portfolio.png made from the
// same data): every proposal in examples/proposals, judged on a fixed day so that the picture
// does not change with the calendar. test/docs/portfolio-example.test.ts fails when
// docs/portfolio.md is not what this makes; `node scripts/render-portfolio.mjs` rewrites both.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildReport, defaultEngineOptions, judgeFile } from '../src/core/engine.js';
import { buildPortfolio, type Portfolio } from '../src/core/portfolio.js';

export const EXAMPLE_DAY = '2026-06-01';

export function examplePortfolio(root: string): Portfolio {
  const options = { ...defaultEngineOptions(), today: EXAMPLE_DAY };
  const dir = path.join(root, 'examples/proposals');
  const results = readdirSync(dir)
    .filter((f) => /\.(ya?ml|md)$/.test(f))
    .sort()
    .map((f) => judgeFile(`proposals/${f}`, readFileSync(path.join(dir, f), 'utf8'), options));
  return buildPortfolio(buildReport(results, 'error'), { today: EXAMPLE_DAY });
}
