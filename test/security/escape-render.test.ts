// The quoting helper, as a reader sees its output: rendered by a GFM renderer (marked), text
// from a stranger reads as exactly that text, wherever in a line it lands, and makes no
// element of its own. The raw Markdown (the CLI's output, a pasted summary) reads as text too:
// a character is escaped only where GFM would give it a meaning.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { escapeMarkdown, messageToMarkdown } from '../../src/core/render/escape.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderSummary } from '../../src/core/render/summary.js';
import { EXAMPLES, proposal } from '../helpers.js';
import { htmlTags, htmlText, renderGfm, squash, unneutralised } from '../rendered.js';
import { markdownViolations } from './safety.js';

const HOLE = 'QQQ';

/** Every kind of place our renderers put a piece of text from a proposal. */
const PLACES: [string, (t: string) => string][] = [
  ['a paragraph of its own', (t) => t],
  ['the end of a line', (t) => `Waived: ${t}`],
  ['a quote (a GitHub alert)', (t) => `> [!WARNING]\n> ${t}`],
  ['a table cell', (t) => `| A | B |\n|---|---|\n| ${t} | b |`],
  ['a heading', (t) => `### ✅ ${t}`],
  ['a list item, in and after <code>', (t) => `- 🔴 **error** <code>${t}</code> ${t} · x`],
  ['the text of our link', (t) => `[<code>${t}:7</code>](https://example.com/a#L7)`],
  ['parentheses', (t) => `- a (${t}) b`],
  ['the start of a list item', (t) => `- ${t} (x)`],
];

/** What escaping does to the text before it is placed: one line, no control characters. */
function asWritten(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

/** A mailto: link GFM makes of an e-mail address, as the address it shows. */
function withoutMailLinks(html: string): string {
  return html.replace(/<a href="mailto:([^"]*)">([^<]*)<\/a>/g, (link, href: string, text) =>
    href === text || `mailto:${href}` === text ? text : link,
  );
}

/** The differences between `text` placed escaped and what a reader should see; none when equal. */
function placed(text: string): string[] {
  const out: string[] = [];
  for (const [where, place] of PLACES) {
    const html = withoutMailLinks(renderGfm(place(escapeMarkdown(text))));
    // Nothing to show (an empty or blank text) makes no paragraph either.
    const blank = squash(asWritten(text)) === '';
    const expected = renderGfm(place(HOLE));
    // The elements are our template's, no more and no fewer.
    const tags = htmlTags(html);
    const want = htmlTags(blank ? renderGfm(place('')) : expected);
    if (JSON.stringify(tags) !== JSON.stringify(want)) {
      out.push(`${where}: elements ${JSON.stringify(tags)} instead of ${JSON.stringify(want)}`);
    }
    // The text is the text as written (no entity GFM would decode is left in it either).
    const seen = squash(unneutralised(htmlText(html)));
    const meant = squash(
      htmlText(expected)
        .split(HOLE)
        .join(unneutralised(asWritten(text))),
    );
    if (seen !== meant) out.push(`${where}: reads ${JSON.stringify(seen)}`);
  }
  return out;
}

/** A mention or issue reference GitHub would link in rendered text; none when there is none. */
function pings(text: string): RegExpExecArray | null {
  return /(?<![A-Za-z0-9_])@[\p{L}\p{N}_]|#\d|\bGH-\d/iu.exec(htmlText(renderGfm(text)));
}

const ADVERSARIAL = fc.string({
  unit: fc.constantFrom(
    ...'*_[]()<>!#|\\`~@&:-.$= \n\tab19/;'.split(''),
    'www.',
    'http://',
    'https://x.example',
    '@a',
    '#1',
    '&amp;',
    '&#64;',
    '<!--',
    '1. ',
    '- ',
    '```',
    '~~~',
    'jane@example.com',
    '\u200b',
  ),
  maxLength: 40,
});

describe('rendered with GFM, escaped text reads as the text and makes no element', () => {
  it.each([
    'billing-engine',
    'go1.24 and 1.26',
    'costs $25,000–$30,000 a year',
    'a_b_c snake_case __init__',
    '**bold** _it_ ~~s~~ `code` ~a~',
    '[click](https://evil.example/p) ![img](https://evil.example/i.png) [ref][1] [^1]',
    '<img src=x onerror=alert(1)> </details> <!-- x --> <https://evil.example>',
    'https://bare.example www.evil.example ftp://x.example',
    '# heading',
    'ends with #',
    '- item',
    '+ item',
    '1. item',
    '3) item',
    '> quote',
    '---',
    // Under a quote's first line, marked reads a line of only - and : as a delimiter row.
    '-:',
    ':-:',
    '===',
    '    indented',
    'a|b||c \\| \\\\|',
    '&amp; &#64; &#x40; &copy',
    '\\*not\\* a \\ backslash\\',
    '$x$ $$y$$',
    ':rocket: (x) {y} a=b+c!',
    '<-jane@example.com> <_a@b.example>',
    '[STAT] OP FIGURE',
    '[x](https://evil.example) [x]: https://evil.example',
    '[x]: https://evil.example',
    '[x][y] [y][] [y]',
    '[ ] open [x] done',
    '[x] done',
    '[^1] [!NOTE] ![i] [a [b] c] [[w]] [a\\] x',
  ])('%j', (text) => {
    expect(placed(text)).toEqual([]);
  });

  it('any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(placed(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('text made of what Markdown gives a meaning (property)', () => {
    fc.assert(
      fc.property(ADVERSARIAL, (text) => {
        expect(placed(text)).toEqual([]);
        expect(pings(escapeMarkdown(text))).toBeNull();
      }),
      { numRuns: 1500 },
    );
  });

  it('a rule message: backticked parts are code, the rest text (property)', () => {
    fc.assert(
      fc.property(fc.array(ADVERSARIAL, { maxLength: 4 }), (parts) => {
        const message = parts.join('`');
        const html = withoutMailLinks(renderGfm(`x ${messageToMarkdown(message)}`));
        // Only our <code> elements: one per backticked part.
        const tags = htmlTags(html).filter((t) => !/^<\/?p>$/.test(t));
        expect(tags.every((t) => t === '<code>' || t === '</code>')).toBe(true);
        expect(squash(unneutralised(htmlText(html)))).toBe(
          squash(`x ${unneutralised(asWritten(message.replace(/`/g, ' ')))}`),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('mentions and issue references stay neutralised: nobody is pinged, nothing links', () => {
    for (const text of ['@everyone', '(@org/team)', 'x @a_b', '#12', 'org/repo#3', 'GH-4']) {
      const md = escapeMarkdown(text);
      expect(pings(md), text).toBeNull();
      // The same text, but for the zero-width space between `@` or `#` and the name.
      expect(unneutralised(htmlText(renderGfm(md)))).toBe(text);
      expect(md.replace('\u200b', '')).toBe(text);
    }
  });
});

describe('brackets: as written, and never a link', () => {
  it('`[STAT] OP FIGURE` reads as written, raw and rendered, in text and in <code>', () => {
    expect(escapeMarkdown('a limit of the form [STAT] OP FIGURE here')).toBe(
      'a limit of the form [STAT] OP FIGURE here',
    );
    const md = messageToMarkdown('with a limit of the form `[STAT] OP FIGURE`, so');
    expect(md).toBe('with a limit of the form <code>[STAT] OP FIGURE</code>, so');
    expect(renderGfm(md)).toContain('<code>[STAT] OP FIGURE</code>');
    // As the comment shows evidence-unverified's message: no backslash before a bracket.
    const file = readFileSync(path.join(EXAMPLES, 'edge-proxy.yaml'), 'utf8');
    const report = buildReport(
      // The artefacts read (none: the constraint cites a link), as every shell's second pass.
      [judgeFile('proposals/edge.yaml', file, { ...defaultEngineOptions(), artefacts: new Map() })],
      'error',
    );
    expect(report.proposals[0]!.findings.map((f) => f.rule)).toContain('evidence-unverified');
    for (const out of [renderMarkdown(report), renderSummary(report)]) {
      expect(out).toContain('<code>[STAT] OP FIGURE</code>');
      expect(out).not.toContain('\\[STAT');
    }
  });

  const STRANGERS = [
    '[x](https://evil.example)',
    '[x]: https://evil.example',
    '[y]: https://evil.example "title"',
    '[x][y]',
    '[y][]',
    '[y]',
    '![y]',
    '[^y]',
    '[x] (https://evil.example)',
    '[x]\n(https://evil.example)',
  ];

  it.each(STRANGERS)('%j reads as written wherever it lands', (text) => {
    expect(placed(text)).toEqual([]);
  });

  /** Each stranger's text on a line of its own, in paragraphs and in list items. */
  const documents = (texts: readonly string[]): string[] => [
    texts.map((t) => escapeMarkdown(t)).join('\n\n'),
    texts.map((t) => escapeMarkdown(t)).join('\n'),
    texts.map((t) => `- ${escapeMarkdown(t)}`).join('\n'),
  ];

  it("a definition one stranger writes never makes another stranger's reference a link", () => {
    for (const md of documents(STRANGERS)) {
      const html = renderGfm(md);
      expect(html, md).not.toMatch(/<a |<img|<input|<sup/);
      expect(squash(htmlText(html).replace(/\u200b/g, ''))).toBe(
        squash(STRANGERS.map((t) => t.replace(/\n/g, ' ')).join(' ')),
      );
    }
  });

  it('texts made of brackets, links and definitions make no link (property)', () => {
    const BRACKETS = fc.string({
      unit: fc.constantFrom(
        '[',
        ']',
        '(',
        ')',
        ':',
        ' ',
        '!',
        '^',
        'x',
        'y',
        '\\',
        'https://e.example',
      ),
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.array(BRACKETS, { minLength: 1, maxLength: 4 }), (texts) => {
        for (const text of texts) expect(placed(text)).toEqual([]);
        for (const md of documents(texts)) {
          expect(renderGfm(md), md).not.toMatch(/<a |<img|<input/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the raw Markdown reads as text', () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  const text = [
    'billing-engine',
    'go1.24',
    '1.26',
    '$25,000',
    'a_b_c',
    SHA,
    'jane@example.com',
    'org-chart-api',
    'engineer-months',
  ];

  it.each(text)('%s is left as written', (word) => {
    expect(escapeMarkdown(`see ${word} here`)).toBe(`see ${word} here`);
  });

  it('in the comment, the job summary and the CLI output of a real report', () => {
    const reason = `Budgeted by jane@example.com for billing-engine on go1.24 (commit ${SHA}), a_b_c.`;
    const file = [
      'service: billing-engine',
      'language: rust',
      'kind: http-api',
      'workload:',
      '  bound: io',
      'team:',
      '  size: 4',
      'waivers:',
      '  - rule: rust-without-measured-constraint',
      `    reason: "${reason}"`,
      '',
    ].join('\n');
    const report = buildReport(
      [judgeFile('proposals/billing-engine.yaml', file, defaultEngineOptions())],
      'error',
    );
    for (const md of [renderMarkdown(report), renderSummary(report)]) {
      expect(md).toContain(`Waived: ${reason}`);
      expect(md).toMatch(/^### \S+ billing-engine$/m);
      expect(md).toContain('<code>proposals/billing-engine.yaml</code>');
      // The numbers of the rule messages: a price, a version, months.
      expect(md).toMatch(/\$\d{2,3},000–\$\d{2,3},000 a year/);
      expect(md).not.toMatch(/&#8203;|\\[-.$(]/);
      expect(markdownViolations(md, { links: ['https://github.com/stack-verdict/'] })).toEqual([]);
    }
  });
});

describe('the proposals in the comment: failing the gate first', () => {
  const file = (name: string, lang: string, extra = '') =>
    proposal({ language: lang }).replace('service: svc', `service: ${name}`) + extra;
  const judge = (files: Record<string, string>) =>
    Object.entries(files).map(([f, t]) => judgeFile(f, t, defaultEngineOptions()));
  const headings = (md: string) =>
    md
      .split('\n')
      .filter((l) => l.startsWith('### '))
      .map((l) => l.slice(4));
  const rows = (md: string) =>
    md
      .split('\n')
      .filter((l) => /^\| \S/.test(l) && !l.startsWith('| Service'))
      .map((l) => l.split(' | ')[0]!.slice(2));

  const judged = judge({
    'proposals/a-ok.yaml': file('a-ok', 'go'),
    'proposals/b-draft.yaml': file('b-draft', 'rust', 'status: draft\n'),
    'proposals/c-warn.yaml': file('c-warn', 'rust'),
    'proposals/d-fail.yaml': file('d-fail', 'rust'),
    'proposals/e-fail.yaml': file('e-fail', 'rust'),
  });

  // c-warn's errors made warnings: a proposal with warnings only.
  const results = judged.map((r) =>
    r.kind === 'proposal' && r.report.service === 'c-warn'
      ? {
          ...r,
          report: {
            ...r.report,
            verdict: 'approved-with-warnings' as const,
            findings: r.report.findings.map((f) => ({ ...f, severity: 'warning' as const })),
          },
        }
      : r,
  );

  it('then those with errors or warnings that do not fail it, then the rest, stable within each', () => {
    const report = buildReport(results, 'error');
    const verdicts = report.proposals.map((p) => `${p.service} ${p.verdict}`);
    // The report is in file order; the verdicts are what the order below rests on.
    expect(verdicts).toEqual([
      'a-ok approved',
      'b-draft changes-requested',
      'c-warn approved-with-warnings',
      'd-fail changes-requested',
      'e-fail changes-requested',
    ]);
    const md = renderMarkdown(report);
    // The draft's errors do not fail the gate: it comes after those that do.
    expect(headings(md)).toEqual(['❌ d-fail', '❌ e-fail', '❌ b-draft', '⚠️ c-warn', '✅ a-ok']);
    // The table lists them in the same order.
    expect(rows(md)).toEqual(['d-fail', 'e-fail', 'b-draft (draft)', 'c-warn', 'a-ok']);
    // Under fail-on: warning, a warning fails the gate too; the draft still does not.
    const strict = buildReport(results, 'warning');
    expect(headings(renderMarkdown(strict))).toEqual([
      '⚠️ c-warn',
      '❌ d-fail',
      '❌ e-fail',
      '❌ b-draft',
      '✅ a-ok',
    ]);
  });

  it('with drafts that gate (the configuration says so), a failing draft is among the failing', () => {
    const report = buildReport(results, 'error');
    const md = renderMarkdown(report, { gatePolicy: { drafts: 'gate' } });
    expect(headings(md)).toEqual(['❌ b-draft', '❌ d-fail', '❌ e-fail', '⚠️ c-warn', '✅ a-ok']);
  });
});
