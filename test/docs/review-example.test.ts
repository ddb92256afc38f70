// docs/review.md shows the review comment the Action posts for a proposal that spells its
// language `Golang`: it must be what the planner makes now.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { exampleReviewComment, REVIEW_EXAMPLE_TEXT } from '../../scripts/review-example.js';
import { REPO_ROOT } from '../helpers.js';

describe('docs/review.md', () => {
  const made = exampleReviewComment();
  const doc = readFileSync(path.join(REPO_ROOT, 'docs/review.md'), 'utf8');

  it('shows the review comment the planner makes now, on the line the page names', () => {
    expect(doc).toContain(`<!-- review-example:start -->\n${made.body}<!-- review-example:end -->`);
    expect(REVIEW_EXAMPLE_TEXT.split('\n')[made.line - 1]).toBe('language: Golang');
    expect(doc).toContain(`\`language: Golang\` on line ${made.line}`);
  });

  it('the comment holds a suggested change of the whole line, as a GFM renderer reads it', () => {
    const blocks: string[] = [];
    marked.walkTokens(marked.lexer(made.body), (t: Token) => {
      if (t.type === 'code') blocks.push(`${(t as Tokens.Code).lang}: ${(t as Tokens.Code).text}`);
    });
    expect(blocks).toEqual(['suggestion: language: go']);
  });
});
