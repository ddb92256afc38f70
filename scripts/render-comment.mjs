// Makes the README's picture of the comment from the current renderer: docs/comment.md (the
// Markdown, checked by test/docs/comment-example.test.ts) and docs/comment.png (that Markdown →
// HTML with marked (GFM) → GitHub's Markdown CSS → headless Chromium).
// Usage: node scripts/render-comment.mjs [--md-only]. The PNG needs Debian's chromium
// (apt-get install chromium, or CHROMIUM=/path/to/chrome).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
// Vite as vitest (a direct dev dependency) ships it.
import { createViteServer } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '..');

// The TypeScript sources, loaded through Vite (as the tests load them): no build needed.
const vite = await createViteServer({
  root,
  logLevel: 'silent',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
let markdown;
try {
  const { exampleComment } = await vite.ssrLoadModule('/scripts/comment-example.ts');
  markdown = exampleComment(root);
} finally {
  await vite.close();
}
writeFileSync(path.join(root, 'docs/comment.md'), markdown);
console.log('wrote docs/comment.md');
if (process.argv.includes('--md-only')) process.exit(0);

const { chromium } = await import('playwright-core');
const css = readFileSync(
  path.join(root, 'node_modules/github-markdown-css/github-markdown-light.css'),
  'utf8',
);
// GitHub shows the comment in a box 880 pixels wide at most; <details> closed, as a reader
// first sees it.
const html = `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: 880px; padding: 16px 24px; border: 1px solid #d0d7de; border-radius: 6px; margin: 16px; font-size: 14px; }
</style><article class="markdown-body">${marked.parse(markdown, { gfm: true })}</article>`;
const dir = mkdtempSync(path.join(tmpdir(), 'stack-verdict-'));
const file = path.join(dir, 'comment.html');
writeFileSync(file, html);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({
    viewport: { width: 914, height: 600 },
    deviceScaleFactor: 1,
  });
  await page.goto(`file://${file}`);
  await page.screenshot({ path: path.join(root, 'docs/comment.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log('wrote docs/comment.png');
