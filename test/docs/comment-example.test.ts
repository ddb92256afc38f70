// docs/comment.md is the Markdown behind the README's pictures (docs/comment.png and
// docs/review.png): it must be what the renderer and the review planner make now, so that
// the pictures never show an older comment.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  exampleComment,
  exampleCommentPage,
  exampleRun,
  reviewHeading,
} from '../../scripts/comment-example.js';
import { hunksOf } from '../../src/action/review/diff.js';
import { planReview } from '../../src/action/review/plan.js';
import { applyFixes } from '../../src/core/proposal/fixes.js';
import { REPO_ROOT } from '../helpers.js';

describe('docs/comment.md', () => {
  const made = exampleComment(REPO_ROOT);
  const page = exampleCommentPage(REPO_ROOT);
  const stored = readFileSync(path.join(REPO_ROOT, 'docs/comment.md'), 'utf8');

  it('is what the renderer makes now (run `node scripts/render-comment.mjs` to update it)', () => {
    expect(stored).toBe(page);
    expect(stored.startsWith(made)).toBe(true);
  });

  it('shows what the README promises: four proposals, each verdict, one-line findings', () => {
    expect(made).toMatch(
      /^<!-- stack-verdict:comment tag="" -->\n## ❌ Stack Verdict: Changes requested\n/,
    );
    // The failing proposals first, the one with warnings next, the approved one last.
    const headings = made.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual([
      '### ❌ customer-portal-api',
      '### ❌ notifications-api',
      '### ⚠️ pricing-engine',
      '### ✅ orders-api',
    ]);
    expect(made).toMatch(/^- 🔴 \*\*error\*\* 🆕|^- 🔴 \*\*error\*\* \[<code>rust-without/m);
    expect(made).toContain('): 1 new, 1 resolved.');
  });

  it('then shows the review comments the planner makes for the same run, each on its line', () => {
    const { report, texts } = exampleRun(REPO_ROOT);
    // The pull request adds each file: every line is in its one hunk.
    const hunks = new Map(
      [...texts].map(([f, t]) => [f, hunksOf(`@@ -0,0 +1,${t.split('\n').length - 1} @@`)]),
    );
    const plan = planReview({ report, texts, hunks, existing: [], mode: 'suggestions', tag: '' });
    // The findings with a fix in the report: each is one review comment, on its line.
    const fixed = report.proposals.flatMap((p) =>
      p.findings.filter((f) => f.fixes).map((f) => ({ file: p.file, f })),
    );
    expect(fixed.map(({ file, f }) => `${file}:${f.line}`)).toEqual([
      'proposals/notifications-api.yaml:6',
      'proposals/notifications-api.yaml:16',
    ]);
    expect(plan.post.map((c) => `${c.path}:${c.line}`)).toEqual(
      fixed.map(({ file, f }) => `${file}:${f.line}`),
    );
    const reviews = page.slice(made.length);
    for (const [i, c] of plan.post.entries()) {
      expect(reviews).toContain(`${reviewHeading(c)}\n\n${c.body}`);
      // The suggestion, as a GFM renderer reads it, is the line with the finding's fix applied.
      const blocks: string[] = [];
      marked.walkTokens(marked.lexer(c.body), (t: Token) => {
        if (t.type === 'code' && (t as Tokens.Code).lang === 'suggestion') {
          blocks.push((t as Tokens.Code).text);
        }
      });
      const text = texts.get(c.path)!;
      const line = text.split('\n')[c.line - 1]!;
      const fixedText = applyFixes(text, fixed[i]!.f.fixes!);
      expect(blocks).toEqual([fixedText.split('\n')[c.line - 1]]);
      expect(blocks[0]).not.toBe(line);
    }
    expect(plan.post.map((c) => texts.get(c.path)!.split('\n')[c.line - 1])).toEqual([
      'language: Golang',
      '  go: 1.20',
    ]);
    // Rendered, each comment sits under a heading naming its line and file.
    const html = marked.parse(reviews, { gfm: true, async: false });
    expect(html).toContain(
      '<h4>Review comment on line 6 of <code>proposals/notifications-api.yaml</code></h4>',
    );
    expect(html).toContain(
      '<h4>Review comment on line 16 of <code>proposals/notifications-api.yaml</code></h4>',
    );
  });
});
