// Policy 1.1's proposal format: optional kind/workload, ignored and unknown top-level keys,
// language aliases, team consistency and decision records (docs/policy.md, "What changed in 1.1").
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, findingsOf, judge, only, REPO_ROOT, ruleIds, tempTree } from '../helpers.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'decisions');
const GO3 = 'service: orders\nlanguage: go\nsummary: Takes orders over HTTP.\n';

function invalid(text: string) {
  const report = judge(text);
  expect(report.verdict).toBe('changes-requested');
  return only(report, 'proposal-invalid');
}

describe('kind and workload are optional', () => {
  it('approves a Go proposal of three lines', () => {
    const report = judge(GO3);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('approved');
    expect(report.recommended).toBe('go');
  });

  it('still needs workload.bound when workload is given', () => {
    const p = invalid(`${GO3}workload:\n  protocol: http\n`);
    expect(p.message).toContain('missing required field `workload.bound`');
    expect([p.line, p.column]).toEqual([5, 3]);
  });
});

describe('new fields of 1.1', () => {
  it('accepts limit, met, leak-checked, toolchain.rust and the image-processing hot path', () => {
    const report = judge(
      `${GO3}workload:\n  bound: cpu\n  hot-path: [image-processing]\n` +
        'constraints:\n  - type: memory\n    source: production\n    evidence: https://g.example/d\n' +
        '    limit: "RSS <= 2 GB"\n    met: true\n    leak-checked: true\n    runtime: go1.26\n' +
        'toolchain:\n  go: "1.26"\n  rust: "1.85"\n',
    );
    expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
  });

  it('asks to quote toolchain.rust written as a number, as it does for go', () => {
    const p = invalid(`${GO3}toolchain:\n  rust: 1.90\n`);
    expect(p.message).toBe(
      '`toolchain.rust` must be a string; found number 1.9. Quote it ("1.90"): unquoted, YAML reads it as the number 1.9.',
    );
    expect([p.line, p.column]).toEqual([5, 9]);
  });

  it('refuses met written as text', () => {
    const p = invalid(
      `${GO3}constraints:\n  - type: cpu\n    source: production\n    met: "yes"\n`,
    );
    expect(p.message).toContain('`constraints[0].met` must be a boolean');
    expect([p.line, p.column]).toEqual([7, 10]);
  });
});

describe('top-level keys that are not fields', () => {
  it('refuses a near miss of a field with "did you mean", at the key', () => {
    const p = invalid('service: orders\nlangauge: go\nlanguage: go\n');
    expect(p.message).toBe('unknown field `langauge`. Did you mean `language`?');
    expect([p.line, p.column]).toEqual([2, 1]);
  });

  it('refuses a field written in another case', () => {
    const p = invalid(`${GO3}Team:\n  size: 3\n`);
    expect(p.message).toContain('Did you mean `team`?');
    expect([p.line, p.column]).toEqual([4, 1]);
  });

  it.each(['id: ADR-7', 'x-team-notes: ask Bob', 'title: Orders', 'sidebar_position: 3'])(
    'ignores %s',
    (line) => {
      const report = judge(`${GO3}${line}\n`);
      expect(report.findings).toEqual([]);
      expect(report.verdict).toBe('approved');
    },
  );

  it('reports any other key as a proposal-unknown-field notice at the key, which a waiver silences', () => {
    const report = judge(`${GO3}foo: bar\n`);
    const f = only(report, 'proposal-unknown-field');
    expect(f).toMatchObject({ severity: 'notice', line: 4, column: 1, waived: false });
    expect(f.message).toContain('"foo" is not a proposal field');
    expect(report.verdict).toBe('approved');

    const waived = judge(
      `${GO3}foo: bar\nwaivers:\n  - rule: proposal-unknown-field\n    reason: read by our portal\n`,
    );
    expect(only(waived, 'proposal-unknown-field').waived).toBe(true);
    expect(ruleIds(waived)).not.toContain('waiver-unused');
  });
});

describe('language under another name', () => {
  it.each([
    ['golang', 'go'],
    ['Go', 'go'],
    ['GO', 'go'],
    ['og', 'go'],
    ['gp', 'go'],
    ['rust-lang', 'rust'],
    ['rustlang', 'rust'],
    ['rs', 'rust'],
    ['Rust', 'rust'],
    ['rsut', 'rust'],
    ['rusty', 'rust'],
    ['RUST', 'rust'],
  ])('refuses %s, suggesting %s, at the value', (written, meant) => {
    const p = invalid(`service: svc\nlanguage: ${written}\n`);
    expect(p.message).toContain(`Did you mean \`${meant}\`?`);
    expect(p.message).toContain(JSON.stringify(written));
    expect([p.line, p.column]).toEqual([2, 11]);
  });

  it('does not let a renamed Rust walk around the Rust rules', () => {
    // As rust, this proposal fails rust-without-measured-constraint; renamed, it must still fail.
    for (const name of ['rust-lang', 'rs', 'Rust', 'rsut']) {
      const report = judge(`service: svc\nlanguage: ${name}\nsummary: x\n`);
      expect(report.verdict).toBe('changes-requested');
      expect(ruleIds(report)).not.toContain('language-not-covered');
    }
  });

  it.each([
    'python',
    'java',
    'kotlin',
    'typescript',
    'ts',
    'js',
    'c',
    'cpp',
    'c++',
    'zig',
    'elixir',
    'swift',
    'scala',
    'csharp',
    'ruby',
    'r',
    'd',
    'nim',
    'ocaml',
    'io',
  ])('keeps %s a language of its own (language-not-covered)', (name) => {
    const report = judge(`service: svc\nlanguage: "${name}"\n`);
    expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
    expect(only(report, 'language-not-covered').severity).toBe('notice');
  });
});

describe('team consistency', () => {
  it.each(['rust-experience', 'go-experience'])('refuses %s greater than size', (field) => {
    const p = invalid(`${GO3}team:\n  size: 5\n  ${field}: 7\n`);
    expect(p.message).toContain(`\`team.${field}\` is 7, more than \`team.size\` (5)`);
    expect([p.line, p.column]).toEqual([6, field.length + 5]);
  });

  it('accepts experience equal to size', () => {
    const report = judge(`${GO3}team:\n  size: 5\n  go-experience: 5\n`);
    expect(findingsOf(report, 'proposal-invalid')).toEqual([]);
  });
});

describe('decision records', () => {
  const options = defaultEngineOptions();
  const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

  it('judges a MADR record with title, date and deciders by its proposal fields only', () => {
    const result = judgeFile('0002-ledger-service.md', read('0002-ledger-service.md'), options);
    if (result.kind !== 'proposal') throw new Error('skipped');
    expect(result.report.findings).toEqual([]);
    expect(result.report).toMatchObject({ service: 'ledger', verdict: 'approved' });
  });

  it('skips an index page and a record whose front matter has no proposal field', () => {
    for (const name of ['index.md', '0001-use-markdown-adrs.md']) {
      const result = judgeFile(name, read(name), options);
      expect(result).toEqual({
        kind: 'skipped',
        quiet: true,
        skipped: {
          file: name,
          reason:
            'Markdown file whose front matter has no proposal field (a decision record or index page)',
        },
      });
    }
  });

  it('judges a record whose only proposal-like key is a near miss, so the typo is not lost', () => {
    const result = judgeFile(
      'r.md',
      '---\ntitle: Orders\nservce: orders\n---\n# Orders\n',
      options,
    );
    if (result.kind !== 'proposal') throw new Error('skipped');
    const f = findingsOf(result.report, 'proposal-invalid').find((p) =>
      p.message.includes('servce'),
    )!;
    expect(f.message).toBe('unknown field `servce`. Did you mean `service`?');
    expect([f.line, f.column]).toEqual([3, 1]);
  });

  it('checks a folder of records with `stack-verdict check`, pointing into the Markdown', async () => {
    // The records where MADR keeps them, in a repository of their own.
    const root = tempTree({ '.git': '' });
    cpSync(FIXTURES, path.join(root, 'docs', 'decisions'), { recursive: true });
    const io = fakeIo(path.join(root, 'docs', 'decisions'));
    const code = await runCli(['check', '.', '--format', 'json'], io.io);
    const report = JSON.parse(io.stdout()) as Report;
    // Found in a folder, a record that is not a proposal is skipped silently.
    expect(report.skipped).toEqual([]);
    const byFile = new Map(report.proposals.map((p) => [p.file, p]));
    expect(byFile.get('docs/decisions/0002-ledger-service.md')?.verdict).toBe('approved');
    const resizer = byFile.get('docs/decisions/0003-resizer.md')!;
    expect(resizer.findings).toHaveLength(1);
    expect(resizer.findings[0]).toMatchObject({ rule: 'proposal-invalid', line: 6, column: 11 });
    expect(resizer.findings[0]!.message).toContain('Did you mean `go`?');
    expect(code).toBe(1);
  });
});
