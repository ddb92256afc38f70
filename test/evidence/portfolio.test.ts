// The portfolio counts measurements by what their evidence showed, and lists the contradicted.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import type { ArtefactRead } from '../../src/core/evidence/index.js';
import { buildPortfolio } from '../../src/core/portfolio.js';
import { REPO_ROOT } from '../helpers.js';
import { example } from './helpers.js';

const K6 = example('k6-summary-export.json'); // p99.9 95.2 ms

function proposal(service: string, evidence: string, extra = ''): string {
  return [
    `service: ${service}`,
    'language: rust',
    'kind: http-api',
    'workload:',
    '  bound: mixed',
    'constraints:',
    '  - type: tail-latency',
    '    source: load-test',
    `    evidence: ${evidence}`,
    '    limit: p99.9 <= 40 ms',
    '    runtime: go1.26',
    extra,
    '',
  ].join('\n');
}

describe('portfolio evidence counts', () => {
  const artefacts = new Map<string, ArtefactRead>([['bench/k6.json', { kind: 'text', text: K6 }]]);
  const engine = { ...defaultEngineOptions(), artefacts };
  const files: [string, string][] = [
    ['proposals/a.yaml', proposal('a', 'bench/k6.json')],
    ['proposals/b.yaml', proposal('b', 'bench/k6.json', '    met: true')],
    ['proposals/c.yaml', proposal('c', 'https://grafana.example.com/d/c')],
    ['proposals/d.yaml', proposal('d', 'bench/k6.json').replace('p99.9 <= 40 ms', 'fast')],
  ];
  const report = buildReport(
    files.map(([f, t]) => judgeFile(f, t, engine)),
    'error',
    engine,
  );
  const page = buildPortfolio(report, { today: '2026-06-01' });

  it('counts verified, URL-only, unchecked and contradicted measurements as the report says', () => {
    const statuses = report.proposals.flatMap((p) => p.evidence!.map((e) => e.status));
    expect(statuses).toEqual(['verified', 'contradicts', 'url', 'unchecked']);
    expect(page.evidence).toMatchObject({ verified: 1, urlOnly: 1, unchecked: 1, contradicted: 1 });
    expect(page.evidence!.contradictions.map((c) => c.file)).toEqual(['proposals/b.yaml']);
  });

  it('validates against schema/portfolio.schema.json', () => {
    const schema = JSON.parse(readFileSync(`${REPO_ROOT}/schema/portfolio.schema.json`, 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(page))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is absent when the run read no artefacts', () => {
    const plain = buildReport(
      files.map(([f, t]) => judgeFile(f, t, defaultEngineOptions())),
      'error',
    );
    expect(buildPortfolio(plain, { today: '2026-06-01' })).not.toHaveProperty('evidence');
  });
});
