// docs/portfolio.md is the page behind the README's portfolio picture: it must be what the
// renderer makes now from examples/proposals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePortfolio } from '../../scripts/portfolio-example.js';
import { renderPortfolioMarkdown } from '../../src/core/render/portfolio-markdown.js';
import { REPO_ROOT } from '../helpers.js';

describe('docs/portfolio.md', () => {
  const portfolio = examplePortfolio(REPO_ROOT);

  it('is what the renderer makes now (run `node scripts/render-portfolio.mjs` to update it)', () => {
    const stored = readFileSync(path.join(REPO_ROOT, 'docs/portfolio.md'), 'utf8');
    expect(stored).toBe(renderPortfolioMarkdown(portfolio));
  });

  it('shows every example, with the Rust costs summed', () => {
    expect(portfolio.counts.proposals).toBeGreaterThanOrEqual(10);
    expect(portfolio.costTotals.proposals).toBeGreaterThan(0);
    expect(portfolio.costTotals.premiumPerYear[0]).toBeGreaterThan(0);
  });
});
