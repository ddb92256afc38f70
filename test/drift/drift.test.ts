import { describe, expect, it } from 'vitest';
import { TechRadarLoaderResponseParser } from '@backstage-community/plugin-tech-radar-common';
import type { TechRadarLoaderResponse } from '@backstage-community/plugin-tech-radar-common';
import {
  catalogComponents,
  codeFromPaths,
  driftFindings,
  techRadar,
  type Decision,
  type RadarResponse,
} from '../../src/core/drift/index.js';

const rustDecision: Decision = {
  file: 'proposals/ledger.yaml',
  service: 'ledger',
  language: 'rust',
  status: 'accepted',
  position: { line: 1, column: 10 },
};
const goDecision: Decision = {
  file: 'proposals/api.yaml',
  service: 'api',
  language: 'go',
  status: null,
  position: { line: 1, column: 10 },
};

describe('the languages of the code', () => {
  it('finds go.mod and Cargo.toml folders, not vendored ones', () => {
    const code = codeFromPaths([
      'go.mod',
      'services/ledger/Cargo.toml',
      'services/ledger/src/main.rs',
      'vendor/github.com/x/go.mod',
      'web/node_modules/thing/Cargo.toml',
      'tools/gen/go.mod',
    ]);
    expect(code.goModules).toEqual(['.', 'tools/gen']);
    expect(code.rustCrates).toEqual(['services/ledger']);
  });
});

describe('catalog files', () => {
  const catalog = [
    '# the portal',
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    '  name: ledger',
    '  tags: [payments, Go]',
    '---',
    'kind: System',
    'metadata:',
    '  name: ledger',
    '  tags: [rust]',
    '---',
    'kind: Component',
    'metadata:',
    '  name: api',
    '  tags:',
    '    - golang',
    '',
  ].join('\n');

  it('reads every Component document with a language tag, and where the tag is', () => {
    const found = catalogComponents('catalog-info.yaml', catalog);
    expect(found).toEqual([
      {
        file: 'catalog-info.yaml',
        name: 'ledger',
        languages: ['go'],
        position: { line: 6, column: 20 },
      },
      {
        file: 'catalog-info.yaml',
        name: 'api',
        languages: ['go'],
        position: { line: 17, column: 7 },
      },
    ]);
  });

  it('reads only the language tags it knows, not names every object has', () => {
    const text = [
      'kind: Component',
      'metadata:',
      '  name: ledger',
      '  tags: [constructor, toString, __proto__, hasOwnProperty, valueOf]',
      '',
    ].join('\n');
    expect(catalogComponents('c.yaml', text)).toEqual([]);
  });

  it('gives nothing for text that is not a catalog, and never throws', () => {
    for (const text of ['', '\u0000\u0001', '[[[', 'kind: Component\nmetadata: 3', 'a: &x [*x]']) {
      expect(catalogComponents('c.yaml', text)).toEqual([]);
    }
  });
});

describe('drift findings', () => {
  it('flags Rust code that no standing decision chooses, naming the Cargo.toml folders', () => {
    const code = codeFromPaths(['go.mod', 'services/ledger/Cargo.toml', 'crates/x/Cargo.toml']);
    const findings = driftFindings([goDecision], [{ code, catalog: [] }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'rust-without-decision',
      severity: 'warning',
      folders: ['crates/x', 'services/ledger'],
    });
    expect(findings[0]!.message).toContain('2 Cargo.toml files in crates/x, services/ledger');
  });

  it('a rejected or superseded Rust decision does not cover Rust code', () => {
    const code = codeFromPaths(['Cargo.toml']);
    for (const status of ['rejected', 'superseded by ADR-0012', 'draft']) {
      const findings = driftFindings([{ ...rustDecision, status }], [{ code, catalog: [] }]);
      expect(findings.map((f) => f.kind)).toEqual(['rust-without-decision']);
    }
    expect(driftFindings([rustDecision], [{ code, catalog: [] }])).toEqual([]);
  });

  it("uses GitHub's breakdown when no marker file is listed", () => {
    const code = codeFromPaths([], { Rust: 1200, Go: 90000 });
    const findings = driftFindings([goDecision], [{ code, catalog: [] }]);
    expect(findings.map((f) => f.kind)).toEqual(['rust-without-decision']);
    expect(findings[0]!.message).toContain("GitHub's language breakdown");
  });

  it('Go code without a Go decision is a notice', () => {
    const code = codeFromPaths(['go.mod']);
    const findings = driftFindings([], [{ code, catalog: [] }]);
    expect(findings).toMatchObject([{ kind: 'go-without-decision', severity: 'notice' }]);
  });

  it('a portal tag that disagrees with the decision names both files and lines', () => {
    const catalog = catalogComponents(
      'services/ledger/catalog-info.yaml',
      'kind: Component\nmetadata:\n  name: ledger\n  tags: [go]\n',
    );
    const code = codeFromPaths(['services/ledger/Cargo.toml']);
    const findings = driftFindings([rustDecision], [{ code, catalog }]);
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'portal-disagrees',
        locations: [
          { file: 'services/ledger/catalog-info.yaml', line: 4, column: 10 },
          { file: 'proposals/ledger.yaml', line: 1, column: 10 },
        ],
      }),
    ]);
    expect(findings[0]!.message).toContain('services/ledger/catalog-info.yaml:4');
    expect(findings[0]!.message).toContain('proposals/ledger.yaml:1');
  });

  it('flags nothing when code, portal and decisions agree', () => {
    const catalog = catalogComponents(
      'catalog-info.yaml',
      'kind: Component\nmetadata:\n  name: ledger\n  tags: [rust]\n',
    );
    const code = codeFromPaths(['Cargo.toml', 'api/go.mod']);
    expect(driftFindings([rustDecision, goDecision], [{ code, catalog }])).toEqual([]);
  });

  it('keeps repositories apart: a decision in one does not cover code in another', () => {
    const findings = driftFindings(
      [{ ...rustDecision, repository: 'acme/a' }],
      [
        { repository: 'acme/a', code: codeFromPaths(['Cargo.toml']), catalog: [] },
        { repository: 'acme/b', code: codeFromPaths(['Cargo.toml']), catalog: [] },
      ],
    );
    expect(findings).toMatchObject([{ kind: 'rust-without-decision', repository: 'acme/b' }]);
  });
});

describe('the Backstage tech radar', () => {
  const radar = techRadar(
    [rustDecision, goDecision, { ...goDecision, file: 'b.yaml', status: 'accepted' }],
    [
      { repository: 'acme/a', code: codeFromPaths(['go.mod']), catalog: [] },
      { repository: 'acme/b', code: codeFromPaths([], { Python: 500, Go: 500 }), catalog: [] },
    ],
    { date: '2026-12-07' },
  );

  it('loads in the plugin: its published parser accepts it', () => {
    const typed: TechRadarLoaderResponse = TechRadarLoaderResponseParser.parse(radar);
    expect(typed.entries.map((e) => e.title)).toEqual(['Go', 'Python', 'Rust']);
    // A compile-time check too: our type is assignable to the plugin's, dates aside.
    const shape: Omit<TechRadarLoaderResponse, 'entries'> = radar satisfies RadarResponse;
    expect(shape.rings.map((r) => r.id)).toEqual(['adopt', 'trial', 'assess', 'hold']);
  });

  it('places each language in the ring the policy gives it, and counts its decisions', () => {
    const ring = (title: string) =>
      radar.entries.find((e) => e.title === title)!.timeline[0]!.ringId;
    expect(ring('Go')).toBe('adopt');
    expect(ring('Rust')).toBe('trial');
    expect(ring('Python')).toBe('assess');
    const go = radar.entries.find((e) => e.title === 'Go')!;
    expect(go.description).toBe('2 decisions (1 accepted, 1 proposed); code in 2 repositories.');
  });

  it('takes rings from the configuration over the policy', () => {
    const held = techRadar([rustDecision], [], { date: '2026-12-07', rings: { rust: 'hold' } });
    expect(held.entries[0]!.timeline[0]!.ringId).toBe('hold');
  });
});

describe('catalog text from strangers', () => {
  it('never throws, whatever the bytes', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const found = catalogComponents(
          'c.yaml',
          `kind: Component\nmetadata:\n  name: x\n  tags: [go]\n---\n${text}`,
        );
        return found.length >= 1 && found.every((c) => c.languages.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
