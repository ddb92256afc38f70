// The portfolio's evidence counts and the contradicted measurements, as a reader sees them:
// the Markdown page rendered by a GFM renderer and the HTML page, read back and compared with
// the JSON page of the same run.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import type { ArtefactRead } from '../../src/core/evidence/index.js';
import {
  buildPortfolio,
  mergePortfolios,
  type EvidenceTotals,
  type Portfolio,
} from '../../src/core/portfolio.js';
import { renderPortfolioHtml } from '../../src/core/render/portfolio-html.js';
import { renderPortfolioMarkdown } from '../../src/core/render/portfolio-markdown.js';
import { example } from '../evidence/helpers.js';
import { fakeIo, REPO_ROOT } from '../helpers.js';
import { renderGfm } from '../rendered.js';
import { htmlSections, markdownSections, records, type Section } from './page-tables.js';

const TITLE = 'Evidence behind the measurements';
const TODAY = '2026-06-01';

async function cli(args: string[]) {
  const t = fakeIo(REPO_ROOT);
  const code = await runCli(args, t.io);
  expect([code, t.stderr()]).toEqual([0, '']);
  return t.stdout();
}

/** The counts the section's table shows, by the JSON page's names. */
function shownCounts(section: Section | undefined): Record<string, number> {
  const key = (words: string): string => {
    if (/^✅ Verified/.test(words)) return 'verified';
    if (/^🔗 Cites a link/.test(words)) return 'urlOnly';
    if (/^❔ File read/.test(words)) return 'unchecked';
    if (/^❌ Contradicted/.test(words)) return 'contradicted';
    return words;
  };
  return Object.fromEntries(
    records(section).map((r) => [key(r.Evidence!.text), Number(r.Constraints!.text)]),
  );
}

/** Each contradiction as a reader should see it: the service, the file and line, the message. */
function expectedItems(e: EvidenceTotals, many = false): string[] {
  return e.contradictions.map((c) =>
    `${many ? `${c.repository}: ` : ''}${c.service ? `${c.service} ` : ''}(${c.file}:${c.line}): ${c.message.replace(/`/g, '')}`.replace(
      /\s+/g,
      ' ',
    ),
  );
}

function bothPages(md: string, html: string): [string, Map<string, Section>][] {
  return [
    ['Markdown', markdownSections(md)],
    ['HTML', htmlSections(html)],
  ];
}

describe('the portfolio of examples/proposals (CLI), which cite examples/evidence', async () => {
  const json = JSON.parse(
    await cli(['portfolio', 'examples/proposals', '--format', 'json']),
  ) as Portfolio;
  const md = await cli(['portfolio', 'examples/proposals']);
  const html = await cli(['portfolio', 'examples/proposals', '--format', 'html']);

  it('JSON: counts a verified, a URL-only and a contradicted measurement', () => {
    const e = json.evidence!;
    expect(e.verified).toBeGreaterThan(0);
    expect(e.urlOnly).toBeGreaterThan(0);
    expect(e.contradicted).toBeGreaterThan(0);
    expect(e.contradictions.length).toBe(e.contradicted);
  });

  for (const [format, sections] of bothPages(md, html)) {
    it(`${format}: the counts and each contradiction, as the JSON page has them`, () => {
      const e = json.evidence!;
      const section = sections.get(TITLE);
      expect(shownCounts(section)).toEqual({
        verified: e.verified,
        urlOnly: e.urlOnly,
        unchecked: e.unchecked,
        contradicted: e.contradicted,
      });
      expect(section!.items.map((i) => i.text)).toEqual(expectedItems(e));
      expect(section!.items[0]!.text).toMatch(
        /^quote-hot-path \(examples\/proposals\/quote-hot-path\.yaml:\d+\): .*2400 ns\/op.*1049 ns\/op/,
      );
    });
  }
});

const K6 = example('k6-summary-export.json'); // p99.9 95.2 ms

function constraint(evidence: string, extra = ''): string {
  return [
    'constraints:',
    '  - type: tail-latency',
    '    source: load-test',
    `    evidence: ${evidence}`,
    '    limit: p99.9 <= 40 ms',
    '    runtime: go1.26',
    extra,
  ].join('\n');
}

function rust(service: string, body: string): string {
  return `service: ${JSON.stringify(service)}\nlanguage: rust\nkind: http-api\nworkload:\n  bound: mixed\n${body}\n`;
}

const artefacts = new Map<string, ArtefactRead>([['bench/k6.json', { kind: 'text', text: K6 }]]);
const engine = { ...defaultEngineOptions(), today: TODAY, artefacts };

function page(files: Record<string, string>, repository?: string): Portfolio {
  const results = Object.entries(files).map(([f, t]) => judgeFile(f, t, engine));
  return buildPortfolio(buildReport(results, 'error', engine), {
    today: TODAY,
    ...(repository ? { repository: { name: repository } } : {}),
  });
}

describe('the evidence section', () => {
  it('is absent when the run read no artefact, on both pages', () => {
    const results = [
      judgeFile('proposals/a.yaml', rust('a', constraint('bench/k6.json')), defaultEngineOptions()),
    ];
    const plain = buildPortfolio(buildReport(results, 'error'), { today: TODAY });
    expect(plain.evidence).toBeUndefined();
    for (const [, sections] of bothPages(
      renderPortfolioMarkdown(plain),
      renderPortfolioHtml(plain),
    )) {
      expect([...sections.keys()]).not.toContain(TITLE);
      expect([...sections.keys()].length).toBeGreaterThan(5);
    }
  });

  it('says "None." under the contradictions when the evidence agrees', () => {
    const p = page({ 'proposals/a.yaml': rust('a', constraint('bench/k6.json')) });
    expect(p.evidence).toMatchObject({ verified: 1, contradicted: 0 });
    for (const [, sections] of bothPages(renderPortfolioMarkdown(p), renderPortfolioHtml(p))) {
      const section = sections.get(TITLE)!;
      expect(shownCounts(section)).toEqual({
        verified: 1,
        urlOnly: 0,
        unchecked: 0,
        contradicted: 0,
      });
      expect(section.items).toEqual([]);
      expect(section.paragraphs).toContain('None.');
    }
  });

  it("quotes a stranger's service name as text: no link, no mention, no markup", () => {
    const hostile = '@octocat [x](https://evil.example) <img src=x> [y]: https://evil.example';
    const p = page({
      'proposals/h.yaml': rust(hostile, constraint('bench/k6.json', '    met: true')),
    });
    expect(p.evidence!.contradictions).toHaveLength(1);
    const md = renderPortfolioMarkdown(p);
    const html = renderPortfolioHtml(p);
    for (const rendered of [renderGfm(md), html]) {
      expect(rendered).not.toContain('href="https://evil');
      expect(rendered).not.toContain('<img');
    }
    expect(md).not.toMatch(/(?<!\u200b)@octocat/);
    for (const [, sections] of bothPages(md, html)) {
      expect(sections.get(TITLE)!.items.map((i) => i.text)).toEqual(expectedItems(p.evidence!));
    }
  });

  it('names the repository of each contradiction on a page of several', () => {
    const merged = mergePortfolios([
      page(
        { 'proposals/a.yaml': rust('a', constraint('bench/k6.json', '    met: true')) },
        'acme/one',
      ),
      page(
        { 'proposals/b.yaml': rust('b', constraint('https://grafana.example.com/d/b')) },
        'acme/two',
      ),
    ]);
    expect(merged.evidence).toMatchObject({ urlOnly: 1, contradicted: 1 });
    for (const [, sections] of bothPages(
      renderPortfolioMarkdown(merged),
      renderPortfolioHtml(merged),
    )) {
      const section = sections.get(TITLE)!;
      expect(shownCounts(section)).toMatchObject({ urlOnly: 1, contradicted: 1 });
      expect(section.items.map((i) => i.text)).toEqual(expectedItems(merged.evidence!, true));
      expect(section.items[0]!.text).toMatch(/^acme\/one: a \(proposals\/a\.yaml:\d+\): /);
    }
  });

  it('keeps its counts whole when the page is cut to fit, and says rows were left out', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++)
      files[`proposals/r${String(i).padStart(3, '0')}.yaml`] = rust(
        `r${i}`,
        constraint('bench/k6.json', '    met: true'),
      );
    const p = page(files);
    expect(p.evidence!.contradicted).toBe(300);
    const md = renderPortfolioMarkdown(p, { maxLength: 30_000, fullPageHint: 'See the summary.' });
    expect(md.length).toBeLessThanOrEqual(30_000);
    expect(md).toMatch(/rows? left out to stay within GitHub's limits\. See the summary\./);
    const section = markdownSections(md).get(TITLE)!;
    expect(shownCounts(section).contradicted).toBe(300);
    const items = section.items.map((i) => i.text);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(300);
    // The rows kept are the first ones, whole.
    expect(items).toEqual(expectedItems(p.evidence!).slice(0, items.length));
    expect(md).toContain('### Contradicted by their own artefact (300)');
  });
});
