// What "safe" means for the Markdown we post, as checks shared by the escaping tests and the
// fuzz test. Each returns the list of violations (empty when the text is safe), so that a
// failing fuzz case says what went wrong. The raw text is checked for what GitHub does beyond
// GFM (mentions, issue references, math), and the Markdown is rendered with marked (GFM) for
// the links and images it would make.

import { marked } from 'marked';

/** Text from a pull request that tries everything a comment must not do. */
export const HOSTILE = [
  '@everyone',
  '@org/team',
  '<img src=x onerror=alert(1)>',
  '</details></code></summary><b>bold</b>',
  '<!-- stack-verdict:comment tag="" -->',
  '<!-- stack-verdict:state v1 e30= -->',
  'a|b||c',
  '[click](https://evil.example/p)',
  '[ref][1]',
  '![img](https://evil.example/i.png)',
  'https://evil.example/bare',
  'www.evil.example',
  '<https://evil.example/angle>',
  'mail@evil.example',
  '$\\href{https://evil.example}{math}$',
  '#1 GH-2 deadbeefcafe1234',
  '\u202eevil\u202c',
  '`code` `[x](https://evil.example/c)`',
  '\n### forged heading\n- 🔴 **error** forged',
  '\\|\\\\|',
  '&lt;img&gt; &#64;everyone',
  ':rocket: **bold** _it_ ~~s~~',
].join(' ');

/** Tags we write ourselves; any other `<` is a violation. */
const OUR_TAGS =
  /<\/?code>|<\/?details>|<\/?summary>|<br>|<!-- stack-verdict:comment tag="[A-Za-z0-9._-]{0,64}" -->|<!-- stack-verdict:state v1 [A-Za-z0-9+/=]* -->/g;

export interface SafetyOptions {
  /** URL prefixes our links may point to (line links, rule documentation). */
  links?: readonly string[];
  /** How many HTML comments we wrote (marker, state). */
  comments?: number;
}

/** True when the character at `i` is escaped by an odd run of backslashes before it. */
function escapedAt(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

function unescapedCount(text: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === ch && !escapedAt(text, i)) n++;
  return n;
}

/**
 * `md` with every pair `[…]` that renders as text blanked out: unescaped brackets with no
 * unescaped bracket or line break between them, the first not before `^` or `!` (a footnote,
 * an alert), the second before neither `(`, `[` nor `:` (a link, a reference, a definition)
 * nor the end of a line. Without link reference definitions in the page, such a pair is text.
 */
function withoutInertPairs(md: string): string {
  const chars = md.split('');
  let open = -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\n') open = -1;
    else if ((c === '[' || c === ']') && escapedAt(md, i)) continue;
    else if (c === '[') open = i;
    else if (c === ']') {
      const first = chars[open + 1];
      const after = chars[i + 1];
      if (
        open >= 0 &&
        first !== '^' &&
        first !== '!' &&
        after !== undefined &&
        !'([:\n'.includes(after)
      ) {
        chars[open] = ' ';
        chars[i] = ' ';
      }
      open = -1;
    }
  }
  return chars.join('');
}

export function markdownViolations(md: string, options: SafetyOptions = {}): string[] {
  const out: string[] = [];
  const links = options.links ?? [];

  // Mentions: @ and a name, after no letter, digit or underscore (that is an e-mail address).
  const mention = /(?<![A-Za-z0-9_])@[\p{L}\p{N}_]/u.exec(md);
  if (mention) out.push(`a mention at ${mention.index}: ${around(md, mention.index)}`);

  // HTML: only our own tags. A `<` starts HTML (or an autolink) before a letter, `/`, `!`, `?`.
  const stripped = md.replace(OUR_TAGS, (tag, at: number) => (escapedAt(md, at) ? tag : ''));
  const lt = [...stripped.matchAll(/<(?=[A-Za-z/!?]|$)/g)].find(
    (m) => !escapedAt(stripped, m.index),
  );
  if (lt) out.push(`raw HTML: ${around(stripped, lt.index)}`);
  const comments = [...md.matchAll(/<!--/g)].filter((m) => !escapedAt(md, m.index)).length;
  if (comments > (options.comments ?? 0)) out.push(`${comments} HTML comments`);
  const tags = (tag: string) =>
    [...md.matchAll(new RegExp(tag, 'g'))].filter((m) => !escapedAt(md, m.index)).length;
  const opened = tags('<details>');
  const closed = tags('</details>');
  if (opened !== closed) out.push(`${opened} <details> for ${closed} </details>`);
  const codeOpen = tags('<code>');
  const codeClose = tags('</code>');
  if (codeOpen !== codeClose) out.push(`${codeOpen} <code> for ${codeClose} </code>`);

  // Links: `](` only in `[<code>rule</code>](url)` and `[line N](url)`, to our URLs.
  for (const m of md.matchAll(/\]\(/g)) {
    if (escapedAt(md, m.index)) continue;
    const before = md.slice(Math.max(0, m.index - 400), m.index);
    const after = md.slice(m.index + 2, m.index + 2 + 2000);
    const ours =
      /\[<code>(?:\\.|(?!<\/?code>)[^\\])*<\/code>$/.test(before) || /\[line \d+$/.test(before);
    const target = /^([^\s()]*)\)/.exec(after)?.[1];
    if (!ours || target === undefined || !links.some((l) => target.startsWith(l))) {
      out.push(`a link we did not write: ${around(md, m.index)}`);
    }
  }
  // Every unescaped bracket is one of our links' brackets, or of a pair GFM shows as text.
  const active = withoutInertPairs(md);
  for (const bracket of ['[', ']']) {
    const ourLinks = (md.match(/\[(<code>(?:\\.|(?!<\/?code>)[^\\])*<\/code>|line \d+)\]\(/g) ?? [])
      .length;
    const n = unescapedCount(active, bracket);
    if (n > ourLinks + (md.match(/> \[!(NOTE|WARNING)\]/g) ?? []).length) {
      out.push(`${n} unescaped "${bracket}" for ${ourLinks} links`);
    }
  }
  // Links and images as GFM renders them: only to our URLs, or an e-mail address written out
  // (GFM links it to mailto:, and it reads as the address it is).
  const html = marked.parse(md, { gfm: true, async: false });
  if (/<img/i.test(html)) out.push('an image');
  for (const a of html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)) {
    const href = a[1]!.replace(/&amp;/g, '&');
    const text = a[2]!.replace(/&amp;/g, '&');
    const mail = href === `mailto:${text}` || (href.startsWith('mailto:') && href === text);
    if (!mail && !links.some((l) => href.startsWith(l))) out.push(`a link to ${href}`);
  }
  // Autolinks: no bare URL or www. once our own links are taken out.
  const text = md.replace(/\]\([^)\s]*\)/g, ']');
  const bare = /https?:\/\/|\bwww\./i.exec(text);
  if (bare) out.push(`an autolink: ${around(text, bare.index)}`);
  // References GitHub links by itself: #123, GH-123, commit ids.
  const ref = /(?<![\w&])#\d|\bGH-\d/i.exec(text.replace(/\\(.)/gs, '$1'));
  if (ref) out.push(`an issue reference: ${around(text, ref.index)}`);
  // A commit id is left as written: GitHub links it to a commit of this repository only.

  // Math: GitHub's `$…$` closes on a `$` after a non-space and before no letter or digit.
  for (let i = 0; i < md.length; i++) {
    if (md[i] !== '$' || escapedAt(md, i)) continue;
    const prev = md[i - 1];
    const next = md[i + 1];
    const closes =
      prev !== undefined && !/\s/.test(prev) && (next === undefined || !/[A-Za-z0-9]/.test(next));
    if (closes || prev === '$' || next === '$')
      out.push(`a $ that could close math: ${around(md, i)}`);
  }
  if (/[\u202a-\u202e\u2066-\u2069]/.test(md)) out.push('a bidi control');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(md)) out.push('a control character');
  for (const line of md.split('\n')) {
    if (line.startsWith('| ') && unescapedCount(line, '|') !== 5) {
      out.push(`a table row with ${unescapedCount(line, '|') - 1} columns: ${line.slice(0, 200)}`);
    }
    if (line.startsWith('#') && !/^## .*Stack Verdict: /.test(line) && !line.startsWith('### ')) {
      out.push(`a heading we did not write: ${line.slice(0, 200)}`);
    }
  }
  if (/^(#{1,6} forged|- 🔴 \*\*error\*\* forged)/m.test(md)) out.push('a forged line');
  return out;
}

function around(text: string, i: number): string {
  return JSON.stringify(text.slice(Math.max(0, i - 40), i + 60));
}

/** Plain text for a terminal or log: no control characters but newlines. */
export function textViolations(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(text);
  return control ? [`a control character ${JSON.stringify(control[0])} at ${control.index}`] : [];
}
