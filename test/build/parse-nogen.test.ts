// parseProposal on yaml as the bundles ship it (scripts/yaml-nogen.mjs): there, scan() lets
// the Parser push its tokens straight onto its own list (next$ and $out) instead of taking
// next()'s array per lexeme. The same proposals, parsed with yaml as published and as
// transformed, must give the same data, problems and positions, early stops included.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { filesBelow, nogenYaml } from './nogen-yaml.js';
import type { ParseResult } from '../../src/core/proposal/parse.js';
import type { NodePath } from '../../src/core/types.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'parse-nogen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { yaml: fast } = nogenYaml(tmp);

const published = await import('../../src/core/proposal/parse.js');
vi.resetModules();
vi.doMock('yaml', () => fast);
const transformed = await import('../../src/core/proposal/parse.js');
vi.doUnmock('yaml');

/** What a caller sees of a parse: data, problems, and each path's position and source. */
function seen(result: ParseResult, paths: NodePath[]) {
  if (result.kind !== 'document') return result;
  const d = result.document;
  return {
    data: d.data,
    problems: d.problems,
    at: paths.map((p) => [d.locate(p), d.locate(p, 'key'), d.source?.(p)]),
  };
}

function expectSame(file: string, text: string) {
  const a = published.parseProposal(file, text);
  const data = a.kind === 'document' ? a.document.data : undefined;
  const paths: NodePath[] = [[]];
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const k of Object.keys(data)) paths.push([k], [k, 0], [k, 'x']);
  }
  expect(seen(transformed.parseProposal(file, text), paths)).toEqual(seen(a, paths));
}

describe('parseProposal on the transformed yaml', () => {
  it('is really the transformed Parser (next$ pushes onto $out)', () => {
    const parser = new fast.Parser() as unknown as { next$?: unknown };
    expect(typeof parser.next$).toBe('function');
  });

  it('the examples and the benchmark proposals: same results', () => {
    generate(path.join(tmp, 'bench'), 300);
    const files = [...filesBelow(path.resolve('examples')), ...filesBelow(path.join(tmp, 'bench'))];
    expect(files.length).toBeGreaterThan(300);
    for (const f of files) expectSame(f, readFileSync(f, 'utf8'));
  });

  it('the early stops (syntax errors, tokens, tags, depth) and hostile text: same results', () => {
    for (const text of [
      '@\n'.repeat(150),
      ']\n'.repeat(150),
      '&a x\n'.repeat(250),
      'a: [' + 'x, '.repeat(30_000) + ']\n',
      '['.repeat(400),
      '- '.repeat(500),
      'a:\n'.repeat(2000),
      '---\na: 1\n---\nb: 2\n',
      'a: &x 1\nb: *x\n',
    ]) {
      expectSame('p.yaml', text);
    }
    const pieces = [
      '\n',
      '\n  ',
      '- ',
      ': ',
      '#',
      '&a ',
      '*a',
      '!t ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '|',
      '---\n',
      '\t',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), {
          maxLength: 40,
        }),
        (parts) => expectSame('p.yaml', parts.join('')),
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
