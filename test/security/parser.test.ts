// Hostile proposal files: each class ends as one clear proposal-invalid finding, quickly,
// and never stops the other files from being judged. Classes already covered elsewhere are
// cited in SECURITY.md (test/core/parse.test.ts) and only repeated here among good files.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { judgeFiles, makeReader } from '../../src/action/read-files.js';
import { ConfigError, parseConfig } from '../../src/config/index.js';
import { defaultEngineOptions } from '../../src/core/engine.js';
import {
  MAX_ALIASES,
  MAX_DEPTH,
  MAX_ENTRIES,
  MAX_YAML_PROBLEMS,
  parseProposal,
} from '../../src/core/proposal/parse.js';
import { judge, proposal, ruleIds } from '../helpers.js';
import { cleanTempDirs, HEAD, tempDir } from '../action/fake-github.js';

afterEach(cleanTempDirs);

const N = 10_000;
const stair = (n: number, line: string, last: string) =>
  Array.from({ length: n }, (_, i) => `${' '.repeat(i)}${line}`).join('\n') +
  `\n${' '.repeat(n)}${last}\n`;

/** Hostile YAML, by class: [name, text, what the one finding says]. */
const CLASSES: [string, string, RegExp][] = [
  ['nested flow sequences', `${'['.repeat(N)}${']'.repeat(N)}`, /more than 64 levels deep/],
  ['unclosed flow sequences', '['.repeat(N), /more than 64 levels deep/],
  ['nested flow mappings', `${'{a: '.repeat(N)}1${'}'.repeat(N)}`, /more than 64 levels deep/],
  ['nested block mappings', stair(N, 'a:', 'b: 1'), /more than 64 levels deep/],
  ['nested block sequences', stair(N, '-', 'x'), /more than 64 levels deep/],
  ['compact nested sequences', `${'- '.repeat(N)}x\n`, /more than 64 levels deep/],
  [
    'nesting inside a real proposal',
    proposal({}, `team: ${'{a: ['.repeat(N / 2)}${']}'.repeat(N / 2)}\n`),
    /more than 64 levels deep/,
  ],
  [
    'an alias bomb',
    [
      'a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 12 },
        (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`,
      ),
    ].join('\n'),
    /alias/,
  ],
  [
    'too many aliases',
    proposal(
      {},
      `rationale: &r x\ncompliance: [${Array(MAX_ALIASES + 1)
        .fill('*r')
        .join(', ')}]\n`,
    ),
    /uses 101 aliases \(\*name\); a proposal may use at most 100/,
  ],
  [
    'a recursive alias',
    proposal({}, 'compliance: &c [a, *c]\n'),
    /an alias refers to a node that contains it \(\*c\): a proposal cannot be recursive/,
  ],
  [
    'aliases that nest deeper than the cap once expanded',
    ['a0: &a0 [x]', ...Array.from({ length: 80 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`)].join(
      '\n',
    ),
    /aliases nest the data more than 64 levels deep once expanded/,
  ],
  [
    'too many entries',
    proposal({}, Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n')),
    /more than 5000 entries|more than 100000 tokens/,
  ],
  [
    'merge keys',
    proposal({}, 'base: &b {size: 3}\nteam:\n  <<: *b\n'),
    /merge keys .* not supported/,
  ],
  ['an alias as a key', proposal({}, 'x: &k summary\n*k : y\n'), /not an alias/],
  ['a list as a key', proposal({}, '[a, b]: c\n'), /not a list or mapping/],
  ['a custom tag', proposal({}, 'summary: !include /etc/passwd\n'), /custom YAML tags/],
  ['a YAML 1.1 tag', proposal({}, 'summary: !!binary aGVsbG8=\n'), /custom YAML tags/],
  [
    'a tag directive',
    `%TAG !e! tag:evil.example,2000:\n---\n${proposal({}, 'summary: !e!x hi\n')}`,
    /custom YAML tags/,
  ],
  ['several documents', `${proposal()}---\n${proposal()}`, /a second YAML document starts/],
  ['a duplicate key', proposal({}, 'service: other\n'), /a key appears twice/],
  ['an empty file', '', /found an empty document/],
  ['a file of blanks', '  \n\n\t\n', /invalid YAML|found an empty document/],
  ['a byte order mark alone', '\ufeff', /found an empty document/],
];

describe('each class of hostile YAML ends as one clear finding, quickly', () => {
  it.each(CLASSES)('%s', (_name, text, message) => {
    const started = performance.now();
    const report = judge(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(report.verdict).toBe('changes-requested');
    expect(ruleIds(report)).toContain('proposal-invalid');
    expect(report.findings.some((f) => message.test(f.message))).toBe(true);
    expect(report.findings.length).toBeLessThanOrEqual(MAX_YAML_PROBLEMS + 1);
    for (const f of report.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('nesting depth', () => {
  it.each([10, 60])('accepts %i levels (the cap is 64)', (n) => {
    const report = judge(proposal({}, `team: ${'{a: ['.repeat(n / 2)}${']}'.repeat(n / 2)}\n`));
    expect(report.findings.some((f) => /levels deep/.test(f.message))).toBe(false);
  });

  it('refuses one level over the cap, where the nesting goes over', () => {
    const text = `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`;
    const [f] = judge(text).findings;
    expect(f).toMatchObject({ rule: 'proposal-invalid', line: 1, column: MAX_DEPTH + 1 });
  });

  it('a megabyte of `[` costs milliseconds: the parser stops at the cap', () => {
    const started = performance.now();
    judge('['.repeat(1024 * 1024));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('survives the sequence that aborts Node when given to the YAML library directly', () => {
    // Given straight to yaml, these two inputs in a row make V8 abort the whole process
    // (a fatal out-of-memory while compiling a regexp at the stack limit): no try/catch
    // can stop it. Through our parser yaml never composes them; reaching the assertions at
    // all is the test.
    for (let round = 0; round < 3; round++) {
      for (const text of ['['.repeat(1000) + ']'.repeat(1000), '['.repeat(1000)]) {
        expect(judge(text).findings[0]?.message).toMatch(/levels deep/);
      }
    }
  });

  it('our depth cap is far below where the YAML library overflows its stack', () => {
    // Measured on yaml itself, so that a new version that recurses more is noticed.
    const deepest = 4 * MAX_DEPTH;
    const doc = parseDocument(`${'['.repeat(deepest)}${']'.repeat(deepest)}`);
    expect(doc.errors.map((e) => e.code)).not.toContain('RESOURCE_EXHAUSTION');
  });

  it('applies to the configuration file too, which uses the same parser', () => {
    expect(() => parseConfig('.github/stack-verdict.yml', '['.repeat(N))).toThrow(ConfigError);
    try {
      parseConfig('.github/stack-verdict.yml', stair(N, 'a:', 'b: 1'));
    } catch (err) {
      expect((err as ConfigError).problems[0]?.message).toMatch(
        /more than 64 levels deep; the configuration needs only a few levels/,
      );
    }
  });
});

describe('size and number of findings', () => {
  it(`lists at most ${MAX_YAML_PROBLEMS} YAML problems and counts the rest`, () => {
    const report = judge('\tx: 1\n'.repeat(1000));
    expect(report.findings).toHaveLength(MAX_YAML_PROBLEMS + 1);
    expect(report.findings.at(-1)!.message).toMatch(
      /^\d{3,4} more YAML problems are not listed; fix the ones above first$/,
    );
  });

  it('quotes at most 300 characters of a YAML message (it may quote a whole token)', () => {
    const report = judge(`key: "${'x'.repeat(100_000)}\n`);
    for (const f of report.findings) expect(f.message.length).toBeLessThanOrEqual(320);
  });

  it('thousands of unknown keys: one finding each, in linear time, at the right lines', () => {
    // Each message used to search the mapping for its key: quadratic, 106 s for 30,000 keys.
    const keys = Array.from({ length: MAX_ENTRIES - 10 }, (_, i) => `k${i}: ${i}`).join('\n');
    const started = performance.now();
    const report = judge(proposal({}, keys));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(report.findings).toHaveLength(MAX_ENTRIES - 10);
    expect(report.findings.at(-1)).toMatchObject({ line: 5 + MAX_ENTRIES - 10, column: 1 });
  });
});

describe('encodings and line endings', () => {
  it('reads a BOM and CRLF proposal like any other', () => {
    const report = judge(`\ufeff${proposal({ language: 'rust' }).replace(/\n/g, '\r\n')}`);
    expect(report.service).toBe('svc');
    expect(
      report.findings.find((f) => f.rule === 'rust-without-measured-constraint'),
    ).toMatchObject({ line: 2, column: 11 });
  });

  it('reads classic Mac line endings (a lone CR) as line breaks, lines counted', () => {
    const report = judge(proposal({ language: 'rust' }).replace(/\n/g, '\r'));
    expect(report.service).toBe('svc');
    expect(
      report.findings.find((f) => f.rule === 'rust-without-measured-constraint'),
    ).toMatchObject({ line: 2, column: 11 });
    const md = parseProposal('p.md', `---\r${proposal()}---\rbody\r`.replace(/\n/g, '\r'));
    expect(md.kind).toBe('document');
  });

  it('a second byte order mark is not a proposal field', () => {
    expect(() => judge(`\ufeff\ufeff${proposal()}`)).not.toThrow();
  });
});

/** A bad file among good ones, read from a workspace as the Action reads it. */
async function judgeAmongGood(name: string, bad: string | Buffer | { link: string }) {
  const ws = await tempDir();
  const outside = await tempDir('stack-verdict-outside-');
  await writeFile(path.join(outside, 'secret.yaml'), proposal());
  await mkdir(path.join(ws, 'proposals'), { recursive: true });
  const good = proposal().replace('service: svc', 'service: good');
  await writeFile(path.join(ws, 'proposals/a-good.yaml'), good);
  await writeFile(path.join(ws, 'proposals/z-good.yaml'), good);
  const file = `proposals/${name}`;
  if (typeof bad === 'object' && 'link' in bad) {
    const { symlink } = await import('node:fs/promises');
    await symlink(bad.link.replace('OUTSIDE', outside), path.join(ws, file));
  } else {
    await writeFile(path.join(ws, file), bad);
  }
  const reader = makeReader({
    source: { kind: 'workspace', checkout: 'head', reason: '' },
    workspace: ws,
    maxBytes: 1024 * 1024,
    api: undefined,
    repo: { owner: 'o', repo: 'r' },
    sha: HEAD,
  });
  const files = ['proposals/a-good.yaml', file, 'proposals/z-good.yaml'];
  const started = performance.now();
  const results = await judgeFiles(files, reader, defaultEngineOptions());
  return { results, ms: performance.now() - started };
}

describe('a bad file among good ones: the others are still judged', () => {
  const fileClasses: [string, string, string | Buffer | { link: string }, RegExp][] = [
    // A 10,000-level staircase of indentation is about 50 MB: the size cap refuses it first.
    ...CLASSES.map(
      ([name, text, message], i) =>
        [
          name,
          `bad-${i}.yaml`,
          text,
          Buffer.byteLength(text) > 1024 * 1024 ? /over the 1 MiB limit/ : message,
        ] as [string, string, string, RegExp],
    ),
    [
      'nested block mappings within the size cap',
      'stair.yaml',
      stair(1000, 'a:', 'b: 1'),
      /levels deep/,
    ],
    ['binary content', 'bin.yaml', Buffer.from([0x73, 0x3a, 0x00, 0x01]), /binary/],
    [
      'invalid UTF-8',
      'latin1.yaml',
      Buffer.from('service: caf\xe9\n', 'latin1'),
      /not valid UTF-8/,
    ],
    ['UTF-16', 'utf16.yaml', Buffer.from(`\ufeff${proposal()}`, 'utf16le'), /UTF-16/],
    [
      'a link outside the workspace',
      'link.yaml',
      { link: 'OUTSIDE/secret.yaml' },
      /outside the workspace/,
    ],
    [
      'a Markdown file whose front matter nests too deep',
      'deep.md',
      `---\n${'['.repeat(N)}\n---\n`,
      /levels deep/,
    ],
  ];

  it.each(fileClasses)('%s', async (_name, file, bad, message) => {
    const { results, ms } = await judgeAmongGood(file, bad);
    expect(ms).toBeLessThan(3000);
    const reports = results.map((r) => (r.kind === 'proposal' ? r.report : undefined));
    expect(reports[0]).toMatchObject({ service: 'good', verdict: 'approved' });
    expect(reports[2]).toMatchObject({ service: 'good', verdict: 'approved' });
    expect(reports[1]?.verdict).toBe('changes-requested');
    expect(reports[1]?.findings[0]?.rule).toBe('proposal-invalid');
    expect(reports[1]?.findings.some((f) => message.test(f.message))).toBe(true);
  });
});
