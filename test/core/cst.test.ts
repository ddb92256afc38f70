// The shortcut that reads a proposal straight from yaml's tokens (src/core/proposal/cst.ts)
// against the Composer path it replaces: for every input, the same data (values, types, key
// order), the same problems, and the same position and source text for every node, on the
// examples, the benchmark's generated proposals, generated YAML and hostile text.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { LineCounter, Parser, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { cstShortcut, readCst } from '../../src/core/proposal/cst.js';
import { parseProposal, type ParseResult } from '../../src/core/proposal/parse.js';
import type { NodePath } from '../../src/core/types.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

function both(file: string, text: string): { composed: ParseResult; quick: ParseResult } {
  cstShortcut.enabled = false;
  try {
    const composed = parseProposal(file, text);
    cstShortcut.enabled = true;
    return { composed, quick: parseProposal(file, text) };
  } finally {
    cstShortcut.enabled = true;
  }
}

/** Whether the shortcut reads this YAML itself (else the Composer does). */
function takesShortcut(text: string): boolean {
  const lc = new LineCounter();
  const tokens = [...new Parser(lc.addNewLine).parse(text)];
  return readCst(tokens, text, () => ({ line: 1, column: 1 })) !== undefined;
}

/** The data with key order, own property names (`__proto__`) and -0 made visible. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return ['array', value.map(shape)];
  if (value !== null && typeof value === 'object') {
    return [
      Object.getPrototypeOf(value) === Object.prototype ? 'object' : 'other',
      Object.getOwnPropertyNames(value).map((k) => [
        k,
        shape((value as Record<string, unknown>)[k]),
      ]),
    ];
  }
  if (typeof value === 'number') return ['number', Object.is(value, -0) ? '-0' : String(value)];
  return [typeof value, value];
}

/** Every path in the data, plus paths that stop short of existing (a missing key, index). */
function paths(value: unknown, prefix: NodePath = [], out: NodePath[] = []): NodePath[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => paths(v, [...prefix, i], out));
    out.push([...prefix, value.length], [...prefix, 'x']);
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.getOwnPropertyNames(value)) {
      paths((value as Record<string, unknown>)[k], [...prefix, k], out);
    }
    out.push([...prefix, 'no-such-key'], [...prefix, 0]);
  } else {
    out.push([...prefix, 'below-a-scalar']);
  }
  return out;
}

function expectSame(file: string, text: string) {
  const { composed, quick } = both(file, text);
  expect(quick.kind).toBe(composed.kind);
  if (composed.kind !== 'document' || quick.kind !== 'document') return;
  const a = composed.document;
  const b = quick.document;
  expect(b.problems).toEqual(a.problems);
  expect(shape(b.data)).toEqual(shape(a.data));
  for (const p of paths(a.data)) {
    expect([p, b.locate(p)]).toEqual([p, a.locate(p)]);
    expect([p, b.locate(p, 'key')]).toEqual([p, a.locate(p, 'key')]);
    expect([p, b.source?.(p)]).toEqual([p, a.source?.(p)]);
  }
}

const examples = path.resolve('examples/proposals');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cst-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('reading proposals from the CST gives what the Composer gives', () => {
  it('the examples: same data, problems and positions, all read by the shortcut', () => {
    const files = filesBelow(examples).filter(
      (f) => /\.(ya?ml|md)$/.test(f) && !f.endsWith('README.md'),
    );
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expectSame(f, text);
      if (/\.ya?ml$/.test(f)) expect([f, takesShortcut(text)]).toEqual([f, true]);
    }
  });

  it("the benchmark's generated proposals: same results; every file yaml reads cleanly takes the shortcut", () => {
    generate(tmp, 400);
    let clean = 0;
    for (const f of filesBelow(path.join(tmp, 'proposals'))) {
      const text = readFileSync(f, 'utf8');
      expectSame(f, text);
      const { composed } = both(f, text);
      const yamlClean = composed.kind === 'document' && !composed.document.problems.length;
      if (/\.ya?ml$/.test(f) && yamlClean) {
        clean++;
        expect([f, takesShortcut(text)]).toEqual([f, true]);
      }
    }
    expect(clean).toBeGreaterThan(150);
  });

  const scalar = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '',
      '~',
      'null',
      'Null',
      'NULL',
      'true',
      'False',
      'TRUE',
      'yes',
      'no',
      'on',
      '0',
      '-0',
      '+12',
      '0o17',
      '0x1F',
      '1.50',
      '1e3',
      '-.inf',
      '.NaN',
      '1_000',
      '2024-01-01',
      '<<',
      '__proto__',
      'constructor',
      'a: b',
      '- x',
      '# c',
      'x #y',
      '"q"',
      "'q'",
      '@acme',
      '`x`',
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 8 }) },
    fc.constantFrom(
      'service',
      'language',
      '__proto__',
      'constructor',
      '1',
      'true',
      'null',
      '<<',
      '',
    ),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('seq')),
    map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    seq: fc.array(tie('node'), { maxLength: 4 }),
  })).node;
  const styles = fc.record({
    flowLevel: fc.constantFrom(undefined, 1, 2, 3),
    indent: fc.constantFrom(2, 3, 4),
    indentSeq: fc.boolean(),
    defaultStringType: fc.constantFrom(
      'PLAIN',
      'QUOTE_DOUBLE',
      'QUOTE_SINGLE',
      'BLOCK_LITERAL',
      'BLOCK_FOLDED',
    ),
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
    lineWidth: fc.constantFrom(0, 20, 80),
    directives: fc.boolean(),
  });
  const written = fc
    .tuple(fc.dictionary(key, value, { maxKeys: 6 }), styles)
    .map(([data, s]) =>
      stringify(data, { ...s, defaultStringType: s.defaultStringType as 'PLAIN' }),
    );

  it('YAML written by yaml in every style: same results, most of it through the shortcut', () => {
    let taken = 0;
    fc.assert(
      fc.property(written, fc.constantFrom('p.yaml', 'p.md'), (text, file) => {
        expectSame(file, file.endsWith('.md') ? `---\n${text}---\nbody\n` : text);
        if (takesShortcut(text)) taken++;
      }),
      params,
    );
    expect(taken).toBeGreaterThan(RUNS / 2);
  });

  const PIECES = [
    '\n',
    '\n  ',
    '\n- ',
    ' ',
    '\t',
    '#',
    ' # c',
    ':',
    ': ',
    '- ',
    '? ',
    '&a ',
    '*a',
    '!!str ',
    '!t ',
    '<<: ',
    '---\n',
    '...\n',
    '%YAML 1.2\n',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '|',
    '>-',
    '\r',
    '\r\n',
    '\\',
    '\\x',
    'key: v',
    'a: [x, y]',
    '\ufeff',
    '__proto__: 1',
    'a:\n  b: 1',
  ];
  const edit = fc.tuple(fc.nat(), fc.constantFrom(...PIECES), fc.nat({ max: 3 }));

  it('that YAML with hostile edits (inserted indicators, tabs, anchors, breaks): same results', () => {
    fc.assert(
      fc.property(written, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let t = text;
        for (const [at, piece, cut] of edits) {
          const i = at % (t.length + 1);
          t = t.slice(0, i) + piece + t.slice(i + cut);
        }
        expectSame('p.yaml', t);
      }),
      params,
    );
  });

  it('YAML-like noise: same results', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), {
          maxLength: 30,
        }),
        (parts) => expectSame('p.yaml', parts.join('')),
      ),
      params,
    );
  });

  it('hand-picked edges: same results', () => {
    const cases = [
      'a: 1\na: 2\n',
      "a: 1\n'a': 2\n",
      '1: x\n"1": y\n',
      '__proto__: {a: 1}\n',
      '__proto__: [1]\nconstructor: 2\n',
      'a:\n# only a comment\nb:\n',
      'a:   # c\n  - x\n  -\n  - # c\n',
      'a: [ ]\nb: [x,y , "z" ]   # c\n',
      'a: [x,\n  y]\n',
      'a: [x, ]\n',
      'a: {b: 1}\n',
      'a: >-\n  one\n  two\n\nb: |\n  keep\n',
      '--- \na: 1\n...\n',
      '---\na: 1\n---\nb: 2\n',
      '# c\n\na: 1\n# end\n',
      'a: 1\n  # indented comment\n',
      'a:\tb\n',
      'a: b: c\n',
      `${'k'.repeat(1100)}: v\n`,
      `a: 1\n${'k'.repeat(1030)}: v\n`,
      '? a\n: b\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: 0.10\nb: 1e2\nc: 0x10\nd: 0o7\ne: .inf\nf: -.Inf\ng: .nan\nh: 12345678901234567890\n',
      '- a\n- b\n',
      'plain\n',
      '',
      '# only\n',
      "a: \"\\x41\\u00e9\"\nb: 'it''s'\n",
      'a: "bad \\q escape"\n',
      'a:\n  b:\n    c: [1, 2]\n  d: x\n',
      'a: x\n b: y\n',
      'a:\n  - b: 1\n    c: 2\n  - d\n',
      // Duplicate keys are reported by the shortcut as the Composer reports them.
      'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n',
      '__proto__: 1\n__proto__: 2\nconstructor: 1\nconstructor: 2\n',
      'a: 1\n# c\n  \na:   # c\n  - x\n  - a: 1\n    a: 2\n',
      Array.from({ length: 25 }, () => 'k: v\n').join(''),
      Array.from({ length: 21 }, () => 'k: v\n').join(''),
      'a: 1\na: 2\nb: &x 1\n',
      'a: 1\na: "open\n',
      // Past 32 keys a mapping is looked into through an index rather than a search.
      Array.from({ length: 40 }, (_, i) => `k${i}: ${i}\n`).join('') + 'k39x:\n  a: 1\n',
      Array.from({ length: 40 }, (_, i) => `k${i}: ${i}\n`).join('') + 'k3: again\n',
    ];
    for (const c of cases) expectSame('p.yaml', c);
    // The shortcut is taken where it should be, and left where it must be.
    expect(takesShortcut('a: 1\nb: [x, y]\nc:\n  - d: e\n')).toBe(true);
    expect(takesShortcut('a: &x 1\nb: *x\n')).toBe(false);
    expect(takesShortcut('a: 1\na: 2\n')).toBe(true); // reported as the Composer would
    expect(takesShortcut('a: 1\na: 2\nb: &x 1\n')).toBe(false);
  });

  it('a document with duplicate keys: the same positions as the Composer (first occurrence)', () => {
    const text = 'a: 1\nb:\n  c: x\n  c: y\n  d: [1]\na: 3\n';
    expect(takesShortcut(text)).toBe(true);
    const { composed, quick } = both('p.yaml', text);
    if (composed.kind !== 'document' || quick.kind !== 'document') throw new Error('skipped');
    expect(quick.document.problems).toEqual(composed.document.problems);
    expect(composed.document.problems).toHaveLength(2);
    for (const p of [
      [],
      ['a'],
      ['b'],
      ['b', 'c'],
      ['b', 'd', 0],
      ['b', 'x'],
      ['z'],
    ] as NodePath[]) {
      for (const target of ['key', 'value'] as const) {
        expect([p, target, quick.document.locate(p, target)]).toEqual([
          p,
          target,
          composed.document.locate(p, target),
        ]);
      }
      expect([p, quick.document.source?.(p)]).toEqual([p, composed.document.source?.(p)]);
    }
  });

  it('scalars of every first character, plain and quoted, as keys and values: same results', () => {
    // The shortcut reads one-line scalars itself (no unescaping, unfolding or tag patterns
    // for a plain one that starts with a letter other than n, t, f); these reach each branch.
    const tails = ['', 'ull', 'rue', 'alse', 'x', '.5', ' #c', '\tx'];
    const cases: string[] = [];
    for (let c = 0x20; c < 0x7f; c++) {
      for (const tail of tails) {
        const text = String.fromCharCode(c) + tail;
        const dq = `"${text.replace(/["\\]/g, '')}"`;
        const sq = `'${text.replace(/'/g, "''")}'`;
        for (const scalar of [text, dq, sq]) {
          cases.push(`k: ${scalar}\n`, `${scalar}: v\n`, `- ${scalar}  # c\n`, `k: [${scalar}]\n`);
        }
      }
    }
    cases.push('k: "a\tb "\n', "k: 'a''b'\n", 'k: "a\\"b"\n', 'k: "\n', "k: '\n", 'k: "x"#c\n');
    cases.push('k: x\r\n', 'k: "x\r\n y"\n', "k: 'x\n  y'\n", 'k: x\n  y\n', 'k: "é ünï 🚀"\n');
    for (const c of cases) expectSame('p.yaml', c);
    expect(takesShortcut('k: Yes\nNo: "a b"\nx: \'c\'\n')).toBe(true);
  });
});
