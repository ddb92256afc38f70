// docs/evidence.md against the readers: every format it lists is one the registry reads,
// and each example file it points to is read as the format named for it.

import { readFileSync, readdirSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { READERS, readEvidence } from '../../src/core/evidence/index.js';

const root = new URL('../../', import.meta.url);
const page = readFileSync(new URL('docs/evidence.md', root), 'utf8');

const NAMES: Record<string, string> = {
  'k6 summary export': 'k6-summary-export',
  'k6 summary data': 'k6-summary-data',
  vegeta: 'vegeta',
  hyperfine: 'hyperfine',
  wrk: 'wrk',
  'Go benchmarks': 'go-bench',
  'Go GC trace': 'gctrace',
};

describe('docs/evidence.md', () => {
  const tables = marked.lexer(page).filter((t): t is Tokens.Table => t.type === 'table');
  const readers = tables.find((t) => t.header[0]!.text === 'format')!;

  it('lists every format the registry reads, once', () => {
    const listed = readers.rows.map((r) => NAMES[r[0]!.text]);
    expect(listed.sort()).toEqual(READERS.map((r) => r.format).sort());
  });

  it('has one example file per format, each read as that format', () => {
    const formats = readdirSync(new URL('examples/evidence/', root)).map((f) => {
      const r = readEvidence(readFileSync(new URL(`examples/evidence/${f}`, root), 'utf8'));
      return r.ok ? r.reading.format : `unread ${f}`;
    });
    expect(formats.sort()).toEqual(READERS.map((r) => r.format).sort());
  });

  it('tells how to put the Go version at the top of benchmark output', () => {
    expect(page).toContain('echo "go: $(go env GOVERSION)"');
  });
});
