// The evidence pass judges again only the proposals that cite a repository path: a run whose
// proposals cite links pays one pass, and its report is the one two passes made.
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type EngineOptions,
  type FileResult,
} from '../../src/core/engine.js';
import {
  beforeArtefacts,
  citedArtefacts,
  judgeWithArtefacts,
  type ArtefactRead,
  type Artefacts,
} from '../../src/core/evidence/artefacts.js';
import { example } from './helpers.js';

const K6 = example('k6-summary-export.json'); // http_req_duration p99.9 95.2 ms
const BENCH = example('go-bench.txt'); // BenchmarkQuote 1049 ns/op

/** A Rust proposal whose constraints cite `evidence` (none: a constraint without evidence). */
function proposal(service: string, ...evidence: (string | undefined)[]): string {
  const constraints = evidence.flatMap((e) => [
    '  - type: tail-latency',
    `    source: ${e === undefined ? 'estimate' : 'load-test'}`,
    ...(e === undefined ? [] : [`    evidence: ${e}`]),
    '    observed: p99.9 95 ms at 2k rps',
    '    limit: p99.9 <= 40 ms',
    '    met: false',
    '    runtime: go1.26',
  ]);
  return [
    `service: ${service}`,
    'language: rust',
    'kind: http-api',
    'workload:',
    '  bound: mixed',
    ...(constraints.length > 0 ? ['constraints:', ...constraints] : []),
    '',
  ].join('\n');
}

const FILES: Record<string, string> = {
  'proposals/url.yaml': proposal('url', 'https://grafana.example.com/d/checkout'),
  'proposals/other-repo.yaml': proposal(
    'other-repo',
    'https://github.com/acme/other/blob/main/bench/k6.json',
  ),
  'proposals/two-urls.yaml': proposal('two-urls', 'https://a.example.com/1', 'https://b.example/2'),
  'proposals/path.yaml': proposal('path', '../bench/k6.json'),
  'proposals/blob.yaml': proposal('blob', 'https://github.com/Acme/Shop/blob/main/bench/k6.json'),
  'proposals/missing.yaml': proposal('missing', 'bench/gone.json'),
  'proposals/no-figure.yaml': proposal('no-figure', '/bench/quote.txt'),
  'proposals/url-and-path.yaml': proposal(
    'url-and-path',
    'https://grafana.example.com/d/x',
    '../bench/k6.json',
  ),
  'proposals/outside.yaml': proposal('outside', '../../../outside.json'),
  'proposals/none.yaml': proposal('none', undefined),
  'proposals/no-constraints.yaml': proposal('no-constraints'),
  'proposals/broken.yaml': 'service: [unclosed\n',
};

const READS: Record<string, ArtefactRead> = {
  'bench/k6.json': { kind: 'text', text: K6 },
  'bench/gone.json': { kind: 'missing' },
  'bench/quote.txt': { kind: 'text', text: BENCH },
};

const BASE: EngineOptions = {
  ...defaultEngineOptions(),
  today: '2026-12-01',
  repository: 'acme/shop',
};

function read(paths: readonly string[]): Promise<Map<string, ArtefactRead>> {
  return Promise.resolve(new Map(paths.flatMap((p) => (READS[p] ? [[p, READS[p]] as const] : []))));
}

/** Both passes as the shells run them; `rejudged` names each file judged again. */
async function twoPasses(files: Record<string, string>) {
  const options = beforeArtefacts(BASE);
  const first = Object.entries(files).map(([f, t]) => judgeFile(f, t, options));
  const rejudged: string[] = [];
  let read_: Artefacts | undefined;
  const results = await judgeWithArtefacts(first, read, (file, artefacts) => {
    rejudged.push(file);
    read_ = artefacts;
    return judgeFile(file, files[file]!, { ...BASE, artefacts });
  });
  return { results, rejudged, artefacts: read_ };
}

/**
 * What the shells did before: a first pass with no artefacts, then every proposal that
 * cites evidence (a link or a path) judged again with what was read.
 */
async function before(files: Record<string, string>): Promise<FileResult[]> {
  const first = Object.entries(files).map(([f, t]) => judgeFile(f, t, BASE));
  const got = await read(citedArtefacts(first));
  return first.map((r) =>
    r.kind === 'proposal' && r.citesEvidence
      ? judgeFile(r.report.file, files[r.report.file]!, { ...BASE, artefacts: got })
      : r,
  );
}

const json = (results: readonly FileResult[]) =>
  JSON.stringify(buildReport(results, 'error', BASE), null, 2);

describe('the evidence pass judges again only what cites a path', () => {
  it('links only: nothing is read and no proposal is judged again, yet the report marks each link', async () => {
    const urls = Object.fromEntries(
      ['proposals/url.yaml', 'proposals/other-repo.yaml', 'proposals/two-urls.yaml'].map((f) => [
        f,
        FILES[f]!,
      ]),
    );
    let reads = 0;
    const first = Object.entries(urls).map(([f, t]) => judgeFile(f, t, beforeArtefacts(BASE)));
    const results = await judgeWithArtefacts(
      first,
      (paths) => {
        reads += 1;
        return read(paths);
      },
      () => {
        throw new Error('a proposal citing only links was judged again');
      },
    );
    expect(reads).toBe(0);
    expect(json(results)).toBe(json(await before(urls)));
    const report = buildReport(results, 'error', BASE);
    expect(report.proposals.map((p) => p.evidence?.map((e) => e.status))).toEqual([
      ['url'],
      ['url'],
      ['url', 'url'],
    ]);
    expect(
      report.proposals.map(
        (p) => p.findings.filter((f) => f.rule === 'evidence-unverified').length,
      ),
    ).toEqual([1, 1, 2]);
  });

  it('a path (a file, or a link to one of this repository): judged again once, with what was read', async () => {
    const { rejudged } = await twoPasses(FILES);
    expect(rejudged).toEqual([
      'proposals/path.yaml',
      'proposals/blob.yaml',
      'proposals/missing.yaml',
      'proposals/no-figure.yaml',
      'proposals/url-and-path.yaml',
    ]);
  });

  it('the JSON report of a mixed run is the one the two full passes made', async () => {
    const { results, artefacts } = await twoPasses(FILES);
    expect(json(results)).toBe(json(await before(FILES)));
    // The mix holds every kind: verified, missing or out of the repository or without the
    // figure (unreadable), a link, no evidence.
    expect([...artefacts!.keys()].sort()).toEqual(Object.keys(READS).sort());
    const statuses = new Set(
      buildReport(results, 'error', BASE).proposals.flatMap(
        (p) => p.evidence?.map((e) => e.status) ?? ['(none)'],
      ),
    );
    expect([...statuses].sort()).toEqual(['(none)', 'unreadable', 'url', 'verified']);
  });

  it('a proposal that cites no evidence carries no evidence list, as when nothing is read', () => {
    for (const f of ['proposals/none.yaml', 'proposals/no-constraints.yaml']) {
      const judged = judgeFile(f, FILES[f]!, beforeArtefacts(BASE));
      expect(judged).toEqual(judgeFile(f, FILES[f]!, BASE));
      expect(judged.kind === 'proposal' && 'evidence' in judged.report).toBe(false);
    }
  });
});
