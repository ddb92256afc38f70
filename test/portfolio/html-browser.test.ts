// The HTML portfolio in a real headless browser: the chart renders to scale and nothing from a
// proposal becomes markup. Needs Debian's chromium (.ci/run installs it); skipped where it is
// absent outside CI, and failing in CI so that the check cannot silently go away.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions } from '../../src/core/engine.js';
import { buildPortfolio } from '../../src/core/portfolio.js';
import { renderPortfolioHtml } from '../../src/core/render/portfolio-html.js';
import { judge, proposal } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it`);

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const files: Record<string, string> = {
  'proposals/a.yaml': proposal(),
  'proposals/b.yaml': proposal(),
  'proposals/c.yaml': proposal({ kind: 'database' }),
  'proposals/d.yaml': proposal({ language: 'rust' }, 'team:\n  size: 2\n  rust-experience: 2\n'),
  'proposals/e.yaml': `service: ${JSON.stringify(HOSTILE)}\nlanguage: python\nkind: http-api\nworkload:\n  bound: io\nwaivers:\n  - rule: language-not-covered\n    reason: ${JSON.stringify(`<a href="javascript:alert(4)">x</a>`)}\n`,
};
const options = { ...defaultEngineOptions(), today: '2026-11-29' };
const report = buildReport(
  Object.entries(files).map(([f, t]) => ({
    kind: 'proposal' as const,
    report: judge(t, f, options),
  })),
  'error',
);
const portfolio = buildPortfolio(report, { today: '2026-11-29' });

describe.skipIf(!available)('the HTML portfolio in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open() {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(renderPortfolioHtml(portfolio), { waitUntil: 'load' });
    return { page, dialogs, requests };
  }

  it('draws one bar per language, to scale, labelled with its count', async () => {
    const { page } = await open();
    const bars = await page.$$eval('svg g.bar', (gs) =>
      gs.map((g) => ({
        label: g.querySelector('text')!.textContent,
        width: Number(g.querySelector('rect')!.getAttribute('width')),
        shown: g.querySelector('rect')!.getBoundingClientRect().width,
        count: Number(g.querySelectorAll('text')[1]!.textContent),
      })),
    );
    expect(bars.map((b) => [b.label, b.count])).toEqual(
      portfolio.byLanguage.map((r) => [r.language, r.proposals]),
    );
    const widest = bars[0]!;
    expect(widest.count).toBe(3);
    for (const b of bars) {
      expect(b.shown).toBeGreaterThan(0);
      expect(b.width / widest.width).toBeCloseTo(b.count / widest.count, 1);
    }
    await page.close();
  });

  it('shows proposal text as text: no element, script, dialog or request comes from it', async () => {
    const { page, dialogs, requests } = await open();
    const count = (selector: string) => page.$$eval(selector, (found) => found.length);
    const counts = {
      img: await count('img'),
      script: await count('script'),
      a: await count('a'),
      svg: await count('svg'),
      text: await page.innerText('body'),
    };
    expect(counts).toMatchObject({ img: 0, script: 0, svg: 1 });
    // The only links are ours: one per proposal, to its file.
    const links = await page.$$eval('a', (found) => found.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(Object.keys(files).sort());
    expect(counts.text).toContain(HOSTILE);
    expect(counts.text).toContain('<a href="javascript:alert(4)">x</a>');
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});
