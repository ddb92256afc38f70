// yaml's Lexer and Parser without generators (scripts/yaml-nogen.mjs, applied to the bundles
// by scripts/build.mjs) against the originals: the same lexemes, CST tokens, line starts and
// composed documents on the examples, the benchmark's proposals and hostile text; and the
// build refuses a yaml whose classes are not the ones the transform was written for.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import * as yaml from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { filesBelow, nogenYaml, YAML_DIST } from './nogen-yaml.js';
// @ts-expect-error a build script without types
import { removeGenerators } from '../../scripts/yaml-nogen.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'yaml-nogen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { copy, yaml: fast } = nogenYaml(tmp);

function lexemes(Lexer: typeof yaml.Lexer, text: string, chunks = 1) {
  const lexer = new Lexer();
  const out: string[] = [];
  const size = Math.ceil(text.length / chunks) || 1;
  for (let i = 0; i < text.length; i += size) {
    for (const l of lexer.lex(text.slice(i, i + size), i + size < text.length)) out.push(l);
  }
  if (text.length === 0) for (const l of lexer.lex(text)) out.push(l);
  return out;
}

/** The CST as parse.ts builds it: lexeme by lexeme, with the stack depth after each. */
function cst(lib: typeof yaml, text: string) {
  const lc = new lib.LineCounter();
  const parser = new lib.Parser(lc.addNewLine);
  lc.addNewLine(0);
  const tokens: unknown[] = [];
  const depths: number[] = [];
  for (const lexeme of new lib.Lexer().lex(text)) {
    for (const t of parser.next(lexeme)) tokens.push(t);
    depths.push(parser.stack.length);
  }
  for (const t of parser.end()) tokens.push(t);
  const whole = new lib.LineCounter();
  const all = [...new lib.Parser(whole.addNewLine).parse(text)];
  return { tokens, depths, lines: lc.lineStarts, all, wholeLines: whole.lineStarts };
}

function composed(lib: typeof yaml, text: string) {
  const docs = lib.parseAllDocuments(text, { uniqueKeys: true, resolveKnownTags: false });
  const list = Array.isArray(docs) ? docs : [];
  const toJS = (d: yaml.Document.Parsed) => {
    try {
      return { data: d.toJS({ maxAliasCount: 100 }) };
    } catch (err) {
      return { thrown: (err as Error).message };
    }
  };
  return list.map((d) => ({
    ...toJS(d),
    errors: d.errors.map((e) => [e.code, e.pos]),
    warnings: d.warnings.map((e) => [e.code, e.pos]),
  }));
}

function expectSame(text: string, compose = true) {
  expect(lexemes(fast.Lexer, text)).toEqual(lexemes(yaml.Lexer, text));
  expect(lexemes(fast.Lexer, text, 3)).toEqual(lexemes(yaml.Lexer, text, 3));
  expect(cst(fast, text)).toEqual(cst(yaml, text));
  if (compose) expect(composed(fast, text)).toEqual(composed(yaml, text));
}

describe("yaml's Lexer and Parser without generators", () => {
  it('are really the transformed code (no generator left, arrays returned)', () => {
    const lexer = readFileSync(path.join(copy, 'parse/lexer.js'), 'utf8');
    expect(lexer).not.toMatch(/^\s+\*\w+\(/m);
    expect(Array.isArray(new fast.Lexer().lex('a: 1\n'))).toBe(true);
    expect(Array.isArray(new fast.Parser().parse('a: 1\n'))).toBe(true);
  });

  it('the examples and the benchmark proposals: same lexemes, CST and documents', () => {
    const dir = path.join(tmp, 'bench');
    generate(dir, 300);
    const files = [...filesBelow(path.resolve('examples')), ...filesBelow(dir)];
    expect(files.length).toBeGreaterThan(300);
    for (const f of files) expectSame(readFileSync(f, 'utf8'));
  });

  const PIECES = [
    '\n',
    '\r\n',
    '\r',
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
    '!<tag:x> ',
    '<<: ',
    '---',
    '---\n',
    '--- ',
    '...\n',
    '%YAML 1.2\n',
    '%TAG ! tag:x:\n',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '|',
    '>-',
    '|2+',
    '\\',
    '\\x',
    '\ufeff',
    'key: v',
    'a: [x, y]',
    'a:\n  b: 1',
    '"\\u00e9"',
    "'it''s'",
    '@',
    '`',
    '%',
  ];
  it('hostile text: same lexemes, CST and documents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), {
          maxLength: 40,
        }),
        (parts) => expectSame(parts.join('')),
      ),
      params,
    );
  });

  it('deep and long input: same CST (the early depth stop sees the same stack)', () => {
    for (const text of [
      '['.repeat(400),
      '- '.repeat(500),
      'a:\n'.repeat(2000),
      `"${'x'.repeat(1e5)}`,
    ]) {
      expectSame(text, false); // composing this deep overflows the stack, either way
    }
  });

  it('the build stops when yaml changes the classes the transform was written for', () => {
    const lexer = readFileSync(path.join(YAML_DIST, 'parse/lexer.js'), 'utf8');
    expect(() => removeGenerators(lexer, ['Lexer'])).not.toThrow();
    const changed = lexer.replace('*pushSpaces(allowTabs) {', '*pushSpaces(allowTabs) { ');
    expect(() => removeGenerators(changed, ['Lexer'])).toThrow(/yaml's Lexer class changed/);
    expect(() => removeGenerators('no yaml here', ['Lexer'])).toThrow(
      /expected `exports.Lexer = Lexer;` once/,
    );
  });
});
