// Spellings, encodings and YAML features that must not turn an unmeasured Rust proposal
// into an approved one. Each row either stays invalid or is judged as the Rust it is.
import { describe, expect, it } from 'vitest';
import { judge, ruleIds } from '../helpers.js';
import { RUST_UNMEASURED, withLanguage } from './rust-base.js';

const constraint = (fields: string): string =>
  [
    RUST_UNMEASURED,
    'constraints:',
    '  - type: cpu',
    '    evidence: https://x.example.com/run',
    '    observed: "CPU at 100%"',
    fields,
    '',
  ].join('\n');

const CASES: Array<[string, string]> = [
  ['language Rust', withLanguage('language: Rust')],
  ['language RUST', withLanguage('language: RUST')],
  ['language with a trailing space', withLanguage('language: "rust "')],
  ['language with a zero-width space', withLanguage('language: "ru\\u200bst"')],
  ['language with Armenian u', withLanguage('language: rսst')],
  ['language gо with Cyrillic o', withLanguage('language: gо')],
  ['language rust-lang', withLanguage('language: rust-lang')],
  ['duplicate language key', `${RUST_UNMEASURED}language: go\n`],
  ['merge key supplying language', withLanguage('x-a: &a\n  language: go\n<<: *a')],
  ['second document', `${withLanguage('language: go')}---\n${RUST_UNMEASURED}`],
  ['custom tag', withLanguage('language: !go rust')],
  ['status Draft', `${RUST_UNMEASURED}status: Draft\n`],
  ['status "draft "', `${RUST_UNMEASURED}status: "draft "\n`],
  ['met as a string', constraint('    source: load-test\n    met: "false"')],
  ['source Production', constraint('    source: Production')],
  ['source estimate', constraint('    source: estimate')],
  ['met: true', constraint('    source: load-test\n    met: true')],
  ['runtime cpython', constraint('    source: load-test\n    runtime: cpython3.11')],
  ['runtime golang1.26', constraint('    source: load-test\n    runtime: golang1.26')],
  [
    'runtime that starts like Go but names another',
    constraint('    source: load-test\n    runtime: "go1 measured on cpython3.11"'),
  ],
  ['runtime go1.26 and more', constraint('    source: load-test\n    runtime: "go1.26, jvm21"')],
];

describe('a Go runtime is a Go version, whole', () => {
  it.each(['go1.26', 'Go1.26', 'go 1.22', 'go1.26rc1', 'go1.24.3'])(
    '%s measured in a load test justifies Rust',
    (runtime) => {
      const report = judge(constraint(`    source: load-test\n    runtime: "${runtime}"`));
      expect(report.justifications).toContain('measured-constraint');
    },
  );
});

describe('an unmeasured Rust proposal is never approved', () => {
  it.each(CASES)('%s', (_name, text) => {
    const report = judge(text);
    expect(report.verdict).toBe('changes-requested');
    const ids = ruleIds(report);
    expect(
      ids.includes('proposal-invalid') || ids.includes('rust-without-measured-constraint'),
    ).toBe(true);
  });

  it.each([
    ['BOM', `\uFEFF${RUST_UNMEASURED}`],
    ['CRLF', RUST_UNMEASURED.replace(/\n/g, '\r\n')],
    ['flow style', '{service: svc-rt, language: rust, kind: worker, workload: {bound: io}}'],
    ['explicit !!str tag', withLanguage('language: !!str rust')],
    ['quoted', withLanguage('language: "rust"')],
  ])('%s is still read as Rust and judged', (_name, text) => {
    const report = judge(text);
    expect(report.language).toBe('rust');
    expect(ruleIds(report)).toContain('rust-without-measured-constraint');
    expect(report.verdict).toBe('changes-requested');
  });
});

describe('Markdown front matter variants are read, not skipped', () => {
  it.each([
    ['plain', `---\n${RUST_UNMEASURED}---\n# ADR\n`],
    ['BOM', `\uFEFF---\n${RUST_UNMEASURED}---\n`],
    ['CRLF', `---\n${RUST_UNMEASURED}---\n`.replace(/\n/g, '\r\n')],
    ['closed with ...', `---\n${RUST_UNMEASURED}...\n`],
    ['fences with trailing spaces', `--- \n${RUST_UNMEASURED}--- \n`],
  ])('%s', (_name, text) => {
    const report = judge(text, 'proposals/adr.md');
    expect(report.language).toBe('rust');
    expect(report.verdict).toBe('changes-requested');
    expect(ruleIds(report)).toContain('rust-without-measured-constraint');
  });
});
