import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractFrontMatter,
  MAX_DOCUMENTS,
  parseProposal,
  type SourceDocument,
} from '../../src/core/proposal/parse.js';
import { judge, only, proposal, ruleIds } from '../helpers.js';

function document(file: string, text: string): SourceDocument {
  const parsed = parseProposal(file, text);
  if (parsed.kind !== 'document') throw new Error(`${file} was skipped: ${parsed.reason}`);
  return parsed.document;
}

/** The single proposal-invalid finding of a file, as a user sees it. */
function invalid(text: string, file = 'p.yaml') {
  const report = judge(text, file);
  expect(report.verdict).toBe('changes-requested');
  expect(report.recommended).toBeNull();
  return only(report, 'proposal-invalid');
}

describe('positions in a YAML file', () => {
  it('points at the value of a field, 1-based', () => {
    const doc = document('p.yaml', proposal({ kind: 'worker' }, 'team:\n  size: 4\n'));
    expect(doc.problems).toEqual([]);
    expect(doc.locate(['language'])).toEqual({ line: 2, column: 11 });
    expect(doc.locate(['workload', 'bound'])).toEqual({ line: 5, column: 10 });
    expect(doc.locate(['team', 'size'])).toEqual({ line: 7, column: 9 });
    expect(doc.locate(['team', 'size'], 'key')).toEqual({ line: 7, column: 3 });
  });

  it('falls back to the nearest node that exists', () => {
    const doc = document('p.yaml', proposal({}, 'team:\n  size: 4\n'));
    // The mapping under `team` starts at its first key.
    expect(doc.locate(['team', 'rust-experience'])).toEqual({ line: 7, column: 3 });
    expect(doc.locate(['constraints', 0, 'source'])).toEqual({ line: 1, column: 1 });
  });

  it('reports a YAML syntax error on the line and column where it is', () => {
    const f = invalid('service: s\nlanguage: go\n\tkind: http-api\n');
    expect(f).toMatchObject({ line: 3, column: 1, severity: 'error' });
    expect(f.message).toMatch(/^invalid YAML: Tabs are not allowed as indentation/);
  });

  it('keeps only the first sentence of the YAML library message, without a code excerpt', () => {
    const f = invalid('service: s\nlanguage: "go\nkind: http-api\n');
    expect(f.message).toMatch(/^invalid YAML: Missing closing "quote/);
    expect(f.message).not.toContain('\n');
    expect(f.message).not.toMatch(/at line \d+/);
  });
});

describe('positions in Markdown front matter', () => {
  it('counts the opening --- line: the 3rd line of front matter is line 4 of the file', () => {
    const md =
      '---\nservice: s\nlanguage: go\nkind: http-ap\nworkload:\n  bound: io\n---\n\n# Body\n';
    const f = invalid(md, 'proposals/s.md');
    expect(f).toMatchObject({ line: 4, column: 7 });
    expect(f.message).toContain('Did you mean `http-api`?');
  });

  it('reports a YAML syntax error in front matter on the file line', () => {
    const f = invalid('---\nservice: s\nlanguage: go\n\tkind: x\n---\nbody\n', 'p.md');
    expect(f).toMatchObject({ line: 4, column: 1 });
  });

  it('places rule findings on the file line too', () => {
    const md = `---\n${proposal({ language: 'rust' })}---\n# Why Rust\n`;
    const f = only(judge(md, 'p.md'), 'rust-without-measured-constraint');
    expect(f).toMatchObject({ line: 3, column: 11 });
  });

  it('does not judge the Markdown body, even when it holds --- rules and YAML-like text', () => {
    const md = `---\n${proposal()}---\n\nlanguage: Rust\n\n---\n\nkind: nonsense\n`;
    const report = judge(md, 'p.md');
    expect(report.verdict).toBe('approved');
    expect(report.findings).toEqual([]);
  });

  it('accepts `...` as the closing line', () => {
    const report = judge(`---\n${proposal()}...\nbody\n`, 'p.md');
    expect(report.service).toBe('svc');
    expect(report.verdict).toBe('approved');
  });

  it('reads front matter in .MD files whatever the case of the extension', () => {
    expect(parseProposal('README.MD', '# Title\n').kind).toBe('skipped');
    expect(judge(`---\n${proposal()}---\n`, 'P.MD').service).toBe('svc');
  });
});

describe('byte order mark and line endings', () => {
  it('ignores a BOM in YAML and keeps columns of the first line', () => {
    const f = invalid('\ufeffservice: 12\nlanguage: go\nkind: http-api\nworkload:\n  bound: io\n');
    expect(f).toMatchObject({ line: 1, column: 10 });
  });

  it('recognises front matter after a BOM', () => {
    const report = judge(`\ufeff---\n${proposal()}---\nbody\n`, 'p.md');
    expect(report.service).toBe('svc');
    expect(report.verdict).toBe('approved');
  });

  it('reads CRLF YAML with the right lines and no stray carriage returns', () => {
    const crlf = proposal({ language: 'rust' }).replace(/\n/g, '\r\n');
    const report = judge(crlf);
    expect(report.language).toBe('rust');
    expect(report.service).toBe('svc');
    expect(only(report, 'rust-without-measured-constraint')).toMatchObject({ line: 2, column: 11 });
  });

  it('reads CRLF front matter and counts its lines in the file', () => {
    const md =
      '\ufeff---\r\nservice: s\r\nlanguage: go\r\nkind: http-ap\r\nworkload:\r\n  bound: io\r\n---\r\nbody\r\n';
    expect(invalid(md, 'p.md')).toMatchObject({ line: 4, column: 7 });
  });
});

describe('Markdown that is not a proposal', () => {
  it('skips a Markdown file without front matter, with a reason', () => {
    expect(parseProposal('proposals/README.md', '# Proposals\n\nSee below.\n')).toEqual({
      kind: 'skipped',
      reason: 'Markdown file with no YAML front matter',
    });
  });

  it('skips Markdown whose first line is not ---, unless only blank lines or comments come first', () => {
    expect(parseProposal('a.md', '\n---\nservice: s\n---\n').kind).toBe('document');
    expect(parseProposal('a.md', '# Title\n\n---\n\ntext\n').kind).toBe('skipped');
    expect(parseProposal('a.md', '').kind).toBe('skipped');
  });

  it('reports unclosed front matter as proposal-invalid on line 1', () => {
    const f = invalid('---\nservice: s\nlanguage: go\n', 'p.md');
    expect(f).toMatchObject({ line: 1, column: 1 });
    expect(f.message).toContain('never closed');
  });

  it('extracts front matter with its line offset', () => {
    expect(extractFrontMatter('---\na: 1\n---\nbody')).toEqual({ yaml: 'a: 1', lineOffset: 1 });
    expect(extractFrontMatter('no front matter')).toBeNull();
  });

  it('front matter read line by line is what splitting the whole file gives', () => {
    // The reading stops at the closing line instead of splitting the Markdown body too.
    const bySplit = (text: string) => {
      const lines = text.split(/\r?\n/);
      if (lines[0]?.trimEnd() !== '---') return null;
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!.trimEnd();
        if (line === '---' || line === '...') return { yaml: lines.slice(1, i).join('\n') };
      }
      return 'never closed';
    };
    const piece = fc.constantFrom(
      '---',
      '...',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '\t',
      '\u2028',
      'a: 1',
      '# x',
      '-- -',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const got = extractFrontMatter(text);
        const want = bySplit(text);
        if (want === null) expect(got).toBeNull();
        else if (want === 'never closed') expect(got).toHaveProperty('error');
        else expect(got).toEqual({ yaml: want.yaml, lineOffset: 1 });
      }),
      { seed: 20_261_129, numRuns: 2000 },
    );
    expect(extractFrontMatter('---\r\na: 1\r\nb: 2\r\n---\r\nbody')).toEqual({
      yaml: 'a: 1\nb: 2',
      lineOffset: 1,
    });
    expect(extractFrontMatter('---\n---\n')).toEqual({ yaml: '', lineOffset: 1 });
  });
});

describe('YAML that is not a proposal', () => {
  it('reports a duplicate key at the second occurrence', () => {
    const f = invalid(proposal({}, 'service: other\n'));
    expect(f).toMatchObject({ line: 6, column: 1 });
    expect(f.message).toBe('a key appears twice in the same mapping; keep one');
  });

  it('reports a duplicate key in front matter on the file line', () => {
    const f = invalid('---\nservice: s\nlanguage: go\nservice: t\n---\n', 'p.md');
    expect(f).toMatchObject({ line: 4, column: 1 });
  });

  it('reports several YAML documents in one file where the second starts', () => {
    const f = invalid(`${proposal()}---\n${proposal()}`);
    expect(f.message).toBe(
      'a second YAML document starts here; a file holds one proposal: split it, one proposal per file',
    );
    expect(f).toMatchObject({ line: 6, column: 1 });
    // After an end marker and a directive, the second document starts at its `---`.
    const g = invalid(`${proposal()}...\n%YAML 1.2\n---\n${proposal()}`);
    expect(g).toMatchObject({ line: 8, column: 1 });
  });

  it('does not count an empty document: a stray marker is no second proposal', () => {
    const one = proposal();
    for (const text of [
      `${one}---\n`,
      `${one}---\n# end of file\n\n`,
      `${one}...\n---\n...\n`,
      `---\n---\n${one}`,
    ]) {
      expect(judge(text), text).toEqual(judge(one));
    }
    const crlf = one.replace(/\n/g, '\r\n');
    expect(judge(`${crlf}---\r\n# end\r\n`)).toEqual(judge(crlf));
  });

  it('refuses more than MAX_DOCUMENTS documents, empty ones included, quickly', () => {
    const text = `${proposal()}${'---\n'.repeat(MAX_DOCUMENTS)}`;
    const f = invalid(text);
    expect(f.message).toBe(
      `the file holds more than ${MAX_DOCUMENTS} YAML documents; a proposal is one document`,
    );
    expect(f).toMatchObject({ line: 6 + MAX_DOCUMENTS - 1, column: 1 });
    expect(judge(`${proposal()}${'---\n'.repeat(MAX_DOCUMENTS - 1)}`).findings).toEqual([]);
  });

  it('refuses custom tags', () => {
    const f = invalid(proposal({}, 'summary: !include /etc/passwd\n'));
    expect(f).toMatchObject({ line: 6, column: 10 });
    expect(f.message).toMatch(/^custom YAML tags are not allowed in a proposal/);
  });

  it.each(['!!binary aGVsbG8=', '!!timestamp 2001-12-14', '!!set {a}'])(
    'refuses the YAML 1.1 tag %s instead of turning it into an object',
    (value) => {
      const f = invalid(proposal({}, `summary: ${value}\n`));
      expect(f.line).toBe(6);
      expect(f.message).toMatch(/^custom YAML tags are not allowed/);
    },
  );

  it('reports an alias bomb as proposal-invalid, quickly', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 12; i++) {
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    }
    const started = performance.now();
    const report = judge(lines.join('\n') + '\n');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ruleIds(report)).toEqual(['proposal-invalid']);
    expect(report.findings[0]!.message).toMatch(/alias/i);
  });

  it('still accepts a proposal that uses a few aliases', () => {
    const report = judge(
      proposal({}, 'compliance: &tags [sox]\nrationale: &why Simple.\nsummary: *why\n'),
    );
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('approved');
  });

  it('points at an alias that names no anchor', () => {
    const f = invalid(proposal({}, 'summary: *nowhere\n'));
    expect(f).toMatchObject({ line: 6, column: 10 });
    expect(f.message).toContain('*nowhere');
  });

  it.each([
    ['an empty file', '', 'an empty document'],
    ['a file of comments', '# nothing yet\n', 'an empty document'],
    ['a list', '- service: s\n- language: go\n', 'a list'],
    ['a scalar', 'just some words\n', 'the string "just some wo…"'],
  ])('reports %s as proposal-invalid', (_name, text, found) => {
    const f = invalid(text);
    expect(f).toMatchObject({ line: 1, column: 1 });
    expect(f.message).toContain(`a proposal is a mapping of fields`);
    expect(f.message).toContain(`found ${found}`);
  });

  it('reports a list used as a key at the key, without a runtime warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const f = invalid(proposal({}, '[a, b]: c\n'));
      expect(f).toMatchObject({ line: 6, column: 1 });
      expect(f.message).toBe('a key must be a plain name, not a list or mapping');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('reports empty front matter on its first line', () => {
    expect(invalid('---\n---\nbody\n', 'p.md')).toMatchObject({ line: 2, column: 1 });
  });

  it('never throws, whatever the bytes', () => {
    const inputs = [
      '\u0000',
      '{',
      ']]]',
      ': :',
      '&a *a',
      '%YAML 9.9\n---\na: 1',
      '"\\u"',
      '[a, b]: c',
    ];
    for (const text of inputs) {
      const report = judge(text);
      expect(report.verdict).toBe('changes-requested');
      expect(
        report.findings.every((f) => f.rule === 'proposal-invalid' && f.line >= 1 && f.column >= 1),
      ).toBe(true);
    }
  });
});

describe('errors yaml reports while composing', () => {
  it('are still reported, and stack traces are back on once the file is read', () => {
    const before = Error.stackTraceLimit;
    const doc = document('p.yaml', 'service: a\nservice: b\nlanguage: [go\n');
    expect(doc.problems.length).toBeGreaterThan(0);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('ours').stack).toContain('parse.test.ts');
  });
});
