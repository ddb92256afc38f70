// Renders the Markdown comment the Action posts to docs/comment.png for the README:
// the CLI's markdown output → HTML (marked, GFM) → GitHub's Markdown CSS → headless Chromium.
// Needs Debian's chromium (apt-get install chromium); not part of the test suite.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { chromium } from 'playwright-core';

const examples = [
  'examples/proposals/customer-portal-api.md',
  'examples/proposals/session-store.md',
  'examples/proposals/edge-proxy.yaml',
];
let markdown;
try {
  markdown = execFileSync(
    'node',
    ['dist/cli/index.js', 'check', ...examples, '--format', 'markdown'],
    {
      encoding: 'utf8',
    },
  );
} catch (err) {
  // Exit status 1 means the gate failed, which this example is meant to show.
  markdown = err.stdout;
}
const css = readFileSync('node_modules/github-markdown-css/github-markdown-light.css', 'utf8');
const html = `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: 880px; padding: 24px 32px; border: 1px solid #d0d7de; border-radius: 6px; margin: 16px; }
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
const page = await browser.newPage({ viewport: { width: 914, height: 600 }, deviceScaleFactor: 1 });
await page.goto(`file://${file}`);
await page.screenshot({ path: 'docs/comment.png', fullPage: true });
await browser.close();
console.log('wrote docs/comment.png');
