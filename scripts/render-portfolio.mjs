// Makes the README's picture of the portfolio from the current renderers: docs/portfolio.md
// (the Markdown page, checked by test/docs/portfolio-example.test.ts) and docs/portfolio.png
// (the HTML page of the same portfolio in headless Chromium; GitHub draws the Markdown page's
// Mermaid chart itself, the HTML page carries its own SVG chart).
// Usage: node scripts/render-portfolio.mjs [--md-only]. The PNG needs Debian's chromium.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createViteServer } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '..');
const vite = await createViteServer({
  root,
  logLevel: 'silent',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
let markdown;
let html;
try {
  const { examplePortfolio, EXAMPLE_LINKS, GENERATED_BELOW } = await vite.ssrLoadModule(
    '/scripts/portfolio-example.ts',
  );
  const md = await vite.ssrLoadModule('/src/core/render/portfolio-markdown.ts');
  const web = await vite.ssrLoadModule('/src/core/render/portfolio-html.ts');
  const portfolio = examplePortfolio(root);
  // The text above the marker is written by hand: kept as it is.
  const stored = readFileSync(path.join(root, 'docs/portfolio.md'), 'utf8');
  const at = stored.indexOf(GENERATED_BELOW);
  const prose =
    at === -1 ? `${GENERATED_BELOW}\n\n` : `${stored.slice(0, at + GENERATED_BELOW.length)}\n\n`;
  markdown = prose + md.renderPortfolioMarkdown(portfolio, EXAMPLE_LINKS);
  html = web.renderPortfolioHtml(portfolio, undefined, EXAMPLE_LINKS);
} finally {
  await vite.close();
}
writeFileSync(path.join(root, 'docs/portfolio.md'), markdown);
console.log('wrote docs/portfolio.md');
if (process.argv.includes('--md-only')) process.exit(0);

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1100, height: 600 },
    deviceScaleFactor: 1,
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: path.join(root, 'docs/portfolio.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log('wrote docs/portfolio.png');
