// Makes the README's pictures of the comment and of the review comments from the current
// renderer and planner: docs/comment.md (the Markdown of both, checked by
// test/docs/comment-example.test.ts), docs/comment.png (the sticky comment's Markdown → HTML
// with marked (GFM) → GitHub's Markdown CSS → headless Chromium) and docs/review.png (each
// review comment under the lines it is on, its suggested change drawn as GitHub draws one:
// the line it replaces and the line it suggests).
// Usage: node scripts/render-comment.mjs [--md-only]. The PNG needs Debian's chromium
// (apt-get install chromium, or CHROMIUM=/path/to/chrome).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Marked, marked } from 'marked';
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
let page;
let reviews;
let texts;
try {
  const example = await vite.ssrLoadModule('/scripts/comment-example.ts');
  markdown = example.exampleComment(root);
  page = example.exampleCommentPage(root);
  reviews = example.exampleReviews(root);
  texts = example.exampleRun(root).texts;
} finally {
  await vite.close();
}
writeFileSync(path.join(root, 'docs/comment.md'), page);
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

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One review comment as GitHub's conversation shows it: the file, its last lines, the comment. */
function reviewThread(comment) {
  const lines = texts.get(comment.path).split('\n');
  const first = comment.startLine ?? comment.line;
  const context = [];
  for (let n = Math.max(1, first - 3); n <= comment.line; n++) {
    context.push(
      `<tr class="add${n >= first ? ' here' : ''}"><td class="num">${n}</td><td class="code">+ ${escapeHtml(lines[n - 1])}</td></tr>`,
    );
  }
  // The suggestion block as GitHub draws it: the lines it replaces, then the lines it writes.
  const renderer = {
    code({ text, lang }) {
      if (lang !== 'suggestion') return false;
      const removed = lines
        .slice(first - 1, comment.line)
        .map(
          (l, i) =>
            `<tr class="del"><td class="num">${first + i}</td><td class="code">- ${escapeHtml(l)}</td></tr>`,
        );
      const added = text
        .split('\n')
        .map(
          (l, i) =>
            `<tr class="add"><td class="num">${first + i}</td><td class="code">+ ${escapeHtml(l)}</td></tr>`,
        );
      return `<div class="suggestion"><div class="suggestion-head">Suggested change</div><table class="lines">${removed.join('')}${added.join('')}</table><div class="suggestion-foot"><span class="button primary">Commit suggestion</span><span class="button">Add suggestion to batch</span></div></div>`;
    },
  };
  const body = new Marked({ gfm: true, renderer }).parse(comment.body);
  return `<section class="thread">
<div class="file">${escapeHtml(comment.path)}</div>
<table class="lines context">${context.join('')}</table>
<div class="comment"><div class="head"><span class="avatar">SV</span><b>github-actions</b><span class="bot">bot</span><span class="muted">commented on line ${comment.line}</span></div>
<article class="markdown-body">${body}</article></div>
</section>`;
}

const reviewHtml = `<!doctype html><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px; color: #1f2328; }
.thread { box-sizing: border-box; width: 880px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
.file { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; font-weight: 600; }
table.lines { width: 100%; border-collapse: collapse; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; line-height: 20px; }
table.lines td { padding: 0 10px; white-space: pre; border: 0; }
table.lines td.num { width: 1%; color: #59636e; text-align: right; }
tr.add { background: #dafbe1; } tr.add td.num { background: #ccffd8; }
tr.del { background: #ffebe9; } tr.del td.num { background: #ffd7d5; }
tr.here { background: #fff8c5; } tr.here td.num { background: #fae17d; }
.markdown-body table.lines { display: table; width: 100%; margin: 0; }
.markdown-body table.lines tr { border: 0; }
.markdown-body table.lines td { border: 0; padding: 0 10px; }
.markdown-body table.lines tr.add { background: #dafbe1; }
.markdown-body table.lines tr.del { background: #ffebe9; }
.comment { border-top: 1px solid #d0d7de; padding: 12px 16px; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
.avatar { display: inline-flex; align-items: center; justify-content: center; width: 24px; height: 24px; border-radius: 50%; background: #0969da; color: #fff; font-size: 10px; font-weight: 700; }
.bot { border: 1px solid #d0d7de; border-radius: 2em; padding: 0 7px; font-size: 12px; color: #59636e; }
.muted { color: #59636e; }
.comment .markdown-body { font-size: 14px; }
.suggestion { border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; margin-bottom: 8px; }
.suggestion-head { padding: 6px 10px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; font-size: 12px; font-weight: 600; color: #59636e; }
.suggestion-foot { padding: 8px 10px; background: #f6f8fa; border-top: 1px solid #d0d7de; display: flex; justify-content: flex-end; gap: 8px; }
.button { border: 1px solid #d0d7de; border-radius: 6px; padding: 3px 12px; font-size: 12px; font-weight: 500; background: #f6f8fa; }
.button.primary { background: #1f883d; border-color: #1a7f37; color: #fff; }
</style>${reviews.map(reviewThread).join('\n')}`;

const dir = mkdtempSync(path.join(tmpdir(), 'stack-verdict-'));
const pages = [
  ['comment.html', html, 'docs/comment.png'],
  ['review.html', reviewHtml, 'docs/review.png'],
];
for (const [name, content] of pages) writeFileSync(path.join(dir, name), content);

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
  for (const [name, , out] of pages) {
    const tab = await browser.newPage({
      viewport: { width: 914, height: 400 },
      deviceScaleFactor: 1,
    });
    await tab.goto(`file://${path.join(dir, name)}`);
    await tab.screenshot({ path: path.join(root, out), fullPage: true });
    await tab.close();
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
}
