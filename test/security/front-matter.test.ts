// Markdown under the proposal globs whose front matter does not open on line 1 is
// a finding, not a silent skip; a Markdown file with no front matter is still skipped.

import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';

const options = defaultEngineOptions();
const FM = '---\nservice: svc\nlanguage: go\n---\n# Notes\n';

describe('front matter that does not open on line 1', () => {
  it.each([
    ['blank lines', `\n\n${FM}`, 3],
    ['an HTML comment', `<!-- template v2 -->\n${FM}`, 2],
    ['an HTML comment', `<!--\nmulti\nline\n-->\n\n${FM}`, 6],
  ])('after %s: proposal-invalid at the --- line, saying how to fix it', (what, text, line) => {
    const result = judgeFile('proposals/a.md', text, options);
    expect(result.kind).toBe('proposal');
    if (result.kind !== 'proposal') return;
    expect(result.report.findings).toHaveLength(1);
    expect(result.report.findings[0]).toMatchObject({ rule: 'proposal-invalid', line, column: 1 });
    expect(result.report.findings[0]!.message).toContain(`after ${what}`);
    expect(result.report.findings[0]!.message).toMatch(/move the `---` block to the top/);
  });

  it('Markdown with no front matter, or a lone rule (---) in the text, is still skipped and listed', () => {
    for (const text of ['# Just notes\n', '<!-- c -->\n\nText\n\n---\n\nMore\n']) {
      const result = judgeFile('proposals/readme.md', text, options);
      expect(result.kind).toBe('skipped');
      expect(buildReport([result], 'error').skipped).toEqual([
        expect.objectContaining({ file: 'proposals/readme.md' }),
      ]);
    }
  });
});
