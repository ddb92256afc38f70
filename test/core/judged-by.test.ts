// The footer naming the configuration is data from a configuration file (and, in
// from-report mode, from another run's report): it never injects markup, mentions or lines.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/engine.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderText } from '../../src/core/render/text.js';
import type { Report } from '../../src/core/types.js';
import { markdownViolations } from '../security/safety.js';

function report(chain: unknown): Report {
  return { ...buildReport([], 'error'), config: { chain } as Report['config'] };
}

describe('the judged-by footer', () => {
  it('escapes a hostile chain in Markdown and keeps it to one line in text', () => {
    const r = report([
      '.github/<img src=x onerror=alert(1)>.yml',
      'acme/@everyone/x.yml@v1\n# forged',
    ]);
    const md = renderMarkdown(r);
    expect(markdownViolations(md)).toEqual([]);
    expect(md.trimEnd().split('\n').at(-1)).toMatch(
      /^_Judged by policy 1\.2 with <code>.*<\/code>_$/,
    );
    const text = renderText(r, { color: false });
    const last = text.trimEnd().split('\n').at(-1)!;
    expect(last).toBe(
      'Judged by policy 1.2 with .github/<img src=x onerror=alert(1)>.yml → acme/@everyone/x.yml@v1 # forged',
    );
  });

  it('says the built-in configuration for an empty chain, and nothing without config', () => {
    expect(renderText(report([]), { color: false }).trimEnd().split('\n').at(-1)).toBe(
      'Judged by policy 1.2 with the built-in configuration',
    );
    const bare = buildReport([], 'error');
    expect(renderText(bare, { color: false })).not.toMatch(/Judged by/);
    expect(renderMarkdown(bare)).not.toMatch(/Judged by/);
    // A report from elsewhere with a chain that is not a list shows no footer.
    expect(renderMarkdown(report('x'))).not.toMatch(/Judged by/);
  });

  it('keeps the comment within its limit with the footer', () => {
    const r = report(Array.from({ length: 6 }, (_, i) => `${'p'.repeat(190)}${i}.yml`));
    for (const max of [300, 1000, 5000]) {
      expect(renderMarkdown(r, { maxLength: max }).length).toBeLessThanOrEqual(max);
    }
  });
});
