// The review planner: which review comments a run posts, keeps and deletes, from the report,
// the files' texts, the diff and the comments of earlier runs. Fixes are made by hand here
// (the fix model's shape), so the planner is tested apart from the rules that attach them.
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../src/action/api/list-review-comments.js';
import { hunksOf } from '../../src/action/review/diff.js';
import {
  firstLine,
  planReview,
  reviewNote,
  type PlanInput,
  type PlannedComment,
} from '../../src/action/review/plan.js';
import { judgedReport } from '../../src/core/judge.js';
import { defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import type { Finding, Report } from '../../src/core/types.js';

const FILE = 'proposals/payments.yaml';
const TEXT = [
  'service: payments',
  'language: Golang',
  'kind: http-api',
  'workload:',
  '  bound: IO',
  'toolchain:',
  '  go: 1.20',
  '',
].join('\n');

/**
 * The report of judging `files`, as the Action builds it, without the fixes the engine
 * attaches (`engineFixes` keeps them): the tests below make their own.
 */
function reportOf(files: Record<string, string>, engineFixes = false): Report {
  const options = defaultEngineOptions();
  const report = judgedReport(
    Object.entries(files).map(([file, text]) => judgeFile(file, text, options)),
    'error',
    options,
    undefined,
  );
  if (!engineFixes) for (const p of report.proposals) for (const f of p.findings) delete f.fixes;
  return report;
}

/** Gives the finding that starts at `token` on its line a fix replacing it with `text`. */
function fix(
  report: Report,
  file: string,
  texts: Record<string, string>,
  token: string,
  text: string,
) {
  const source = texts[file]!;
  const at = source.indexOf(token);
  if (at < 0) throw new Error(`no ${token}`);
  const line = source.slice(0, at).split('\n').length;
  const p = report.proposals.find((x) => x.file === file)!;
  const f = p.findings.find((x) => x.line === line);
  if (!f) throw new Error(`no finding on line ${line}`);
  (f.fixes ??= []).push({ range: [at, at + token.length], text, description: `write ${text}` });
  return f;
}

function input(
  report: Report,
  texts: Record<string, string>,
  over: Partial<PlanInput> = {},
): PlanInput {
  return {
    report,
    texts: new Map(Object.entries(texts)),
    hunks: new Map(
      Object.entries(texts).map(([f, t]) => [f, hunksOf(`@@ -0,0 +1,${t.split('\n').length} @@`)]),
    ),
    existing: [],
    mode: 'suggestions',
    tag: '',
    ...over,
  };
}

/** The posted comments as GitHub lists them afterwards (ids in posting order). */
function asListed(planned: PlannedComment[], firstId = 100): ReviewComment[] {
  return planned.map((c, i) => ({
    id: firstId + i,
    body: c.body,
    user: { login: 'github-actions[bot]', type: 'Bot' },
    path: c.path,
    line: c.line,
    startLine: c.startLine ?? null,
    reviewId: 1,
  }));
}

/** The suggestion blocks of a body, as a GFM renderer reads them. */
function suggestions(body: string): string[] {
  const out: string[] = [];
  marked.walkTokens(marked.lexer(body), (t: Token) => {
    if (t.type === 'code' && (t as Tokens.Code).lang === 'suggestion')
      out.push((t as Tokens.Code).text);
  });
  return out;
}

function textOf(body: string): string {
  return marked
    .parse(body, { async: false })
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('planReview: suggestions', () => {
  it("takes the engine's fixes: a language alias, an enum near miss, an unquoted version", () => {
    const texts = { [FILE]: TEXT };
    const plan = planReview(input(reportOf(texts, true), texts));
    expect(plan.post.map((c) => [c.line, suggestions(c.body)])).toEqual([
      [2, ['language: go']],
      [5, ['  bound: io']],
      [7, ['  go: "1.20"']],
    ]);
  });

  it('posts each finding that carries a fix on its line, with the whole fixed line as a suggestion', () => {
    const texts = { [FILE]: TEXT };
    const report = reportOf(texts);
    const golang = fix(report, FILE, texts, 'Golang', 'go');
    fix(report, FILE, texts, '1.20', "'1.20'");
    const plan = planReview(input(report, texts));

    expect(plan.post.map((c) => [c.path, c.line, c.startLine])).toEqual([
      [FILE, 2, undefined],
      [FILE, 7, undefined],
    ]);
    expect(plan.post.map((c) => suggestions(c.body))).toEqual([['language: go'], ["  go: '1.20'"]]);
    // The finding without a fix (bound: IO) is a review comment only with review: findings.
    expect(plan.post.some((c) => c.line === 5)).toBe(false);
    expect(plan.commented).toBe(2);
    // What a reader sees: the severity, the rule, the message and what the change does.
    const shown = textOf(plan.post[0]!.body);
    expect(shown).toContain(`error ${golang.rule}: ${golang.message.replace(/`/g, '')}`);
    expect(shown).toContain('Suggested change: write go.');
    expect(plan.keep).toEqual([]);
    expect(plan.remove).toEqual([]);
  });

  it('combines several fixes on one line into one suggestion of the line', () => {
    const text = [
      'service: payments',
      'language: go',
      'kind: http-api',
      'workload: {bound: IO, protocol: HTTP}',
      '',
    ].join('\n');
    const texts = { [FILE]: text };
    const report = reportOf(texts);
    const line4 = report.proposals[0]!.findings.filter((f) => f.line === 4);
    expect(line4.length).toBeGreaterThanOrEqual(1);
    // Two findings of the line, each with its own fix (made here by hand).
    const a = text.indexOf('IO');
    const b = text.indexOf('HTTP');
    line4[0]!.fixes = [{ range: [a, a + 2], text: 'io' }];
    const second: Finding = {
      ...line4[0]!,
      message: 'protocol spelled HTTP',
      fixes: [{ range: [b, b + 4], text: 'http' }],
    };
    report.proposals[0]!.findings.push(second);

    const plan = planReview(input(report, texts));
    expect(plan.post).toHaveLength(1);
    expect(plan.post[0]!.line).toBe(4);
    expect(suggestions(plan.post[0]!.body)).toEqual(['workload: {bound: io, protocol: http}']);
    expect(plan.commented).toBe(2);
  });

  it('a fix over several lines is one comment from its first line to its last', () => {
    const texts = { [FILE]: TEXT };
    const report = reportOf(texts);
    const f = report.proposals[0]!.findings.find((x) => x.line === 7)!;
    const from = TEXT.indexOf('toolchain:');
    const to = TEXT.indexOf('1.20') + 4;
    f.fixes = [{ range: [from, to], text: "toolchain: {go: '1.20'}" }];
    // Mid-range split lines give one comment over lines 6 to 7.
    const plan = planReview(input(report, texts));
    expect(plan.post.map((c) => [c.startLine, c.line])).toEqual([[6, 7]]);
    expect(suggestions(plan.post[0]!.body)).toEqual(["toolchain: {go: '1.20'}"]);
  });

  it('keeps CRLF files byte for byte outside the fix: the suggestion is the line without its break', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const texts = { [FILE]: crlf };
    const report = reportOf(texts);
    fix(report, FILE, texts, 'Golang', 'go');
    const plan = planReview(input(report, texts));
    expect(suggestions(plan.post[0]!.body)).toEqual(['language: go']);
    expect(plan.post[0]!.body).not.toContain('\r');
  });

  it('a fix that does not fit the text (outside it, or splitting CRLF) is no suggestion', () => {
    const texts = { [FILE]: TEXT.replace(/\n/g, '\r\n') };
    const report = reportOf(texts);
    const f = report.proposals[0]!.findings[0]!;
    const cr = texts[FILE].indexOf('\r');
    f.fixes = [
      { range: [cr + 1, cr + 2], text: 'x' },
      { range: [0, texts[FILE].length + 5], text: 'x' },
    ];
    expect(planReview(input(report, texts)).post).toEqual([]);
  });

  it('a fenced line of the file cannot close the suggestion block', () => {
    const text = [
      'service: payments',
      'language: go ```@oops```',
      'kind: http-api',
      'workload:',
      '  bound: io',
      '',
    ].join('\n');
    const texts = { [FILE]: text };
    const report = reportOf(texts);
    const f: Finding = {
      rule: 'proposal-invalid',
      severity: 'error',
      message: 'trailing text after `go`',
      line: 2,
      column: 14,
      waived: false,
      fixes: [{ range: [text.indexOf(' ```'), text.indexOf('\nkind')], text: '' }],
    };
    report.proposals[0]!.findings.push(f);
    const plan = planReview(input(report, texts));
    expect(suggestions(plan.post[0]!.body)).toEqual(['language: go']);
    const withFence = {
      ...f,
      fixes: [
        {
          range: [text.indexOf('go '), text.indexOf('go ') + 2] as [number, number],
          text: 'golang',
        },
      ],
    };
    report.proposals[0]!.findings = [withFence];
    const again = planReview(input(report, texts));
    expect(suggestions(again.post[0]!.body)).toEqual(['language: golang ```@oops```']);
  });
});

describe('planReview: findings', () => {
  it('also posts every open error and warning, without a suggestion when it has no fix; never a notice or a waived finding', () => {
    const texts = { [FILE]: TEXT };
    const report = reportOf(texts);
    fix(report, FILE, texts, 'Golang', 'go');
    const findings = report.proposals[0]!.findings;
    findings.push(
      { ...findings[0]!, severity: 'notice', line: 3, message: 'a notice', fixes: undefined },
      {
        ...findings[0]!,
        severity: 'warning',
        line: 1,
        message: 'waived',
        waived: true,
        fixes: undefined,
      },
    );
    const plan = planReview(input(report, texts, { mode: 'findings' }));
    expect(plan.post.map((c) => [c.line, suggestions(c.body)])).toEqual([
      [2, ['language: go']],
      [5, []],
      [7, []],
    ]);
  });

  it('past 30 comments, errors first: the rest stay in the sticky comment, which says so', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `k${i}: v`);
    const text = [
      'service: many',
      'language: go',
      'kind: http-api',
      'workload:',
      '  bound: io',
      ...lines,
      '',
    ].join('\n');
    const texts = { [FILE]: text };
    const report = reportOf(texts);
    const base = { rule: 'proposal-invalid', column: 1, waived: false } as const;
    report.proposals[0]!.findings = lines.map((_, i) => ({
      ...base,
      severity: i % 2 ? 'error' : 'warning',
      line: 6 + i,
      message: `finding ${i}`,
    }));
    const plan = planReview(input(report, texts, { mode: 'findings' }));
    expect(plan.post).toHaveLength(30);
    expect(plan.overLimit).toBe(10);
    expect(plan.post.slice(0, 20).every((c) => c.body.includes('**error**'))).toBe(true);
    expect(reviewNote(plan)).toBe(
      '> [!NOTE]\n> Review comments: 10 findings are past the 30 review comments a run keeps; they are in this comment only.',
    );
  });
});

describe('planReview: the diff', () => {
  it('a finding on a line the pull request does not change stays in the sticky comment', () => {
    const texts = { [FILE]: TEXT };
    const report = reportOf(texts);
    fix(report, FILE, texts, 'Golang', 'go');
    fix(report, FILE, texts, '1.20', "'1.20'");
    // Only lines 6 to 8 changed.
    const hunks = new Map([
      [FILE, hunksOf('@@ -6,1 +6,3 @@ toolchain\n+toolchain:\n+  go: 1.20\n+\n')],
    ]);
    const plan = planReview(input(report, texts, { hunks }));
    expect(plan.post.map((c) => c.line)).toEqual([7]);
    expect(plan.outsideDiff).toBe(1);
    const note = reviewNote(plan)!;
    expect(note).toBe(
      '> [!NOTE]\n> Review comments: 1 finding is on lines this pull request does not change, where GitHub takes no review comment; it is in this comment only.',
    );
    expect(textOf(note).trim()).toBe(
      '[!NOTE]\nReview comments: 1 finding is on lines this pull request does not change, where GitHub takes no review comment; it is in this comment only.',
    );
    // A file with no patch (binary, or too large) takes no comment at all.
    const none = planReview(input(report, texts, { hunks: new Map() }));
    expect([none.post.length, none.outsideDiff]).toEqual([0, 2]);
  });

  it('reads the head-side lines of each hunk', () => {
    expect(
      hunksOf('@@ -1,3 +1,4 @@\n a\n+b\n@@ -10 +11 @@\n-x\n+y\n@@ -20,2 +22,0 @@\n-z\n'),
    ).toEqual([
      [1, 4],
      [11, 11],
    ]);
  });
});

describe('planReview: across runs', () => {
  it('an unchanged finding is not posted again; a fixed one has its comment deleted; a new one is posted', () => {
    const texts = { [FILE]: TEXT };
    const report1 = reportOf(texts);
    fix(report1, FILE, texts, 'Golang', 'go');
    fix(report1, FILE, texts, '1.20', "'1.20'");
    const first = planReview(input(report1, texts));
    const listed = asListed(first.post);

    // The same push again: nothing to post, nothing to delete.
    const same = planReview(input(report1, texts, { existing: listed }));
    expect([same.post, same.remove, same.keep]).toEqual([[], [], listed]);

    // A push that fixes the language: that comment goes, the other stays.
    const text2 = TEXT.replace('Golang', 'go');
    const texts2 = { [FILE]: text2 };
    const report2 = reportOf(texts2);
    fix(report2, FILE, texts2, '1.20', "'1.20'");
    const second = planReview(input(report2, texts2, { existing: listed }));
    expect(second.post).toEqual([]);
    expect(second.remove.map((c) => c.line)).toEqual([2]);
    expect(second.keep.map((c) => c.line)).toEqual([7]);
  });

  it('a finding whose line moved keeps its identity; the comment is kept where GitHub moved it', () => {
    const texts = { [FILE]: TEXT };
    const report = reportOf(texts);
    fix(report, FILE, texts, 'Golang', 'go');
    const first = planReview(input(report, texts));
    const moved = `# a comment line\n${TEXT}`;
    const texts2 = { [FILE]: moved };
    const report2 = reportOf(texts2);
    fix(report2, FILE, texts2, 'Golang', 'go');
    const planned = planReview(input(report2, texts2)).post[0]!;
    expect(firstLine(planned.body).replace(/fix="[^"]*"/, '')).toBe(
      firstLine(first.post[0]!.body).replace(/fix="[^"]*"/, ''),
    );
    const listed = asListed(first.post).map((c) => ({ ...c, line: 3 }));
    const again = planReview(input(report2, texts2, { existing: listed }));
    expect([again.post.length, again.keep.length, again.remove.length]).toEqual([0, 1, 0]);
    // Outdated (its line changed): deleted and posted again on the finding's line.
    const outdated = asListed(first.post).map((c) => ({ ...c, line: null }));
    const re = planReview(input(report2, texts2, { existing: outdated }));
    expect([re.post.length, re.keep.length, re.remove.length]).toEqual([1, 0, 1]);
  });

  it('only our own comments are ever deleted: another tag, a quoted marker, a reply stay', () => {
    const texts = { [FILE]: TEXT };
    const report = reportOf(texts);
    fix(report, FILE, texts, 'Golang', 'go');
    const ours = asListed(planReview(input(report, texts)).post);
    const otherTag = asListed(planReview(input(report, texts, { tag: 'other' })).post, 200);
    const quoted = { ...ours[0]!, id: 300, body: `> ${ours[0]!.body}` };
    const plan = planReview(
      input(
        reportOf({ [FILE]: TEXT.replace('Golang', 'go') }),
        { [FILE]: TEXT.replace('Golang', 'go') },
        {
          existing: [...ours, ...otherTag, quoted],
        },
      ),
    );
    expect(plan.remove.map((c) => c.id)).toEqual([100]);
  });

  it('two copies of one comment (two runs raced): the oldest is kept, the other deleted', () => {
    const texts = { [FILE]: TEXT };
    const report = reportOf(texts);
    fix(report, FILE, texts, 'Golang', 'go');
    const planned = planReview(input(report, texts)).post;
    const twice = [...asListed(planned, 500), ...asListed(planned, 400)];
    const plan = planReview(input(report, texts, { existing: twice }));
    expect(plan.keep.map((c) => c.id)).toEqual([400]);
    expect(plan.remove.map((c) => c.id)).toEqual([500]);
  });
});

describe('review comments are data from strangers, shown safely', () => {
  it('the marker names the rule, the file, a key and the fix, and a file name cannot end it', () => {
    const file = 'proposals/a --> b "x".yaml';
    const texts = { [file]: TEXT };
    const report = reportOf(texts);
    fix(report, file, texts, 'Golang', 'go');
    const body = planReview(input(report, texts)).post[0]!.body;
    const marker = firstLine(body);
    expect(marker).toMatch(
      /^<!-- stack-verdict:review tag="" rule="proposal-invalid" file="proposals%2Fa%20--%3E%20b%20%22x%22\.yaml" key="[0-9a-f]{16}" fix="[0-9a-f]{16}" -->$/,
    );
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
  });

  it('no mention in a message or a suggestion can ping anyone', () => {
    const text = [
      'service: payments',
      'language: "@octocat Golang"',
      'kind: http-api',
      'workload:',
      '  bound: io',
      '',
    ].join('\n');
    const texts = { [FILE]: text };
    const report = reportOf(texts);
    const f = report.proposals[0]!.findings.find((x) => x.line === 2)!;
    expect(f.message).toContain('@octocat');
    const at = text.indexOf('"@octocat');
    f.fixes = [{ range: [at, at + '"@octocat Golang"'.length], text: 'go @team' }];
    const body = planReview(input(report, texts)).post[0]!.body;
    const html = marked.parse(body, { async: false });
    // Outside code, every @ is followed by a zero-width space; inside the code block a
    // mention is never a mention.
    const outsideCode = html.replace(/<pre>[\s\S]*?<\/pre>/g, '');
    expect(outsideCode).not.toMatch(/@[A-Za-z0-9]/);
    expect(suggestions(body)).toEqual(['language: go @team']);
  });
});
