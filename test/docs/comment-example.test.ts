// docs/comment.md is the Markdown behind the README's picture (docs/comment.png): it must be
// what the renderer makes now, so that the picture never shows an older comment.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleComment } from '../../scripts/comment-example.js';
import { REPO_ROOT } from '../helpers.js';

describe('docs/comment.md', () => {
  const made = exampleComment(REPO_ROOT);

  it('is what the renderer makes now (run `node scripts/render-comment.mjs` to update it)', () => {
    const stored = readFileSync(path.join(REPO_ROOT, 'docs/comment.md'), 'utf8');
    expect(stored).toBe(made);
  });

  it('shows what the README promises: three proposals, each verdict, one-line findings', () => {
    expect(made).toMatch(
      /^<!-- stack-verdict:comment tag="" -->\n## ❌ Stack Verdict: Changes requested\n/,
    );
    // The failing proposal first, the one with warnings next, the approved one last.
    const headings = made.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual([
      '### ❌ customer-portal-api',
      '### ⚠️ pricing-engine',
      '### ✅ orders-api',
    ]);
    expect(made).toMatch(/^- 🔴 \*\*error\*\* 🆕|^- 🔴 \*\*error\*\* \[<code>rust-without/m);
    expect(made).toContain('): 1 new, 1 resolved.');
  });
});
