// What a reviewer sees of each checked artefact (the comment, the job summary, the text
// output and SARIF) is what the JSON report of the same run says (docs/evidence.md).
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type EngineOptions,
} from '../../src/core/engine.js';
import type { ArtefactRead } from '../../src/core/evidence/index.js';
import { evidenceLines } from '../../src/core/render/evidence-lines.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderSarif } from '../../src/core/render/sarif.js';
import { renderSummary } from '../../src/core/render/summary.js';
import { renderText } from '../../src/core/render/text.js';
import type { EvidenceEntry, Report } from '../../src/core/types.js';
import { example } from './helpers.js';

const K6 = example('k6-summary-export.json');
const HYPERFINE = example('hyperfine.json'); // 20 runs: a p99 of it rests on few samples

function constraint(fields: Record<string, string>): string {
  return [
    '  - type: tail-latency',
    '    source: load-test',
    ...Object.entries(fields).map(([k, v]) => `    ${k}: ${v}`),
  ].join('\n');
}

const PROPOSAL = [
  'service: checkout-api',
  'language: rust',
  'kind: http-api',
  'workload:',
  '  bound: mixed',
  'constraints:',
  // verified, added in the pull request
  constraint({
    evidence: 'bench/k6.json',
    observed: 'p99.9 95 ms',
    limit: 'p99.9 <= 40 ms',
    runtime: 'go1.26',
  }),
  // contradicted
  constraint({
    evidence: 'bench/k6.json',
    limit: 'p99 <= 40 ms',
    met: 'true',
    runtime: 'go1.26',
  }),
  // verified, few samples
  '  - type: cold-start',
  '    source: benchmark',
  '    evidence: bench/hyperfine.json',
  "    limit: 'p99 <= 20 ms'",
  '    runtime: go1.26',
  // missing
  constraint({ evidence: 'bench/gone.json', limit: 'p99 <= 40 ms', runtime: 'go1.26' }),
  // read, not compared
  constraint({ evidence: 'bench/k6.json', limit: 'fast', runtime: 'go1.26' }),
  // a link: no line
  constraint({ evidence: 'https://grafana.example.com/d/1', runtime: 'go1.26' }),
  '',
].join('\n');

const ARTEFACTS = new Map<string, ArtefactRead>([
  ['bench/k6.json', { kind: 'text', text: K6, added: true }],
  ['bench/hyperfine.json', { kind: 'text', text: HYPERFINE }],
  ['bench/gone.json', { kind: 'missing' }],
]);

function run(text = PROPOSAL, artefacts = ARTEFACTS): Report {
  const engine: EngineOptions = { ...defaultEngineOptions(), artefacts };
  return buildReport([judgeFile('proposals/checkout.yaml', text, engine)], 'error', engine);
}

/** The text a reader sees: the Markdown rendered as GitHub does (GFM), tags and entities gone. */
function htmlText(markdown: string): string {
  return marked
    .parse(markdown, { gfm: true, async: false })
    .replace(/<[^>]+>/g, '')
    .replace(/&#8203;|\u200b/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const show = (n: number) => String(Number(n.toPrecision(6)));

/** What the JSON says one entry's line must show. */
function expectations(e: EvidenceEntry): { has: string[]; hasNot: string[] } {
  const has = [`#${e.constraint + 1}`, e.path!];
  const hasNot: string[] = [];
  if (e.tool) has.push(e.tool);
  if (e.status === 'verified' || e.status === 'contradicts') {
    has.push(`${e.limit!.op} ${show(e.limit!.value)} ${e.limit!.unit}`);
    has.push(e.met ? '— met' : '— not met');
  }
  if (e.status === 'verified' && e.unit === e.limit!.unit) has.push(`${show(e.value!)} ${e.unit}`);
  if (e.status === 'contradicts') has.push('contradicting the proposal', 'met: true');
  if (e.status === 'unreadable' || e.status === 'unchecked') has.push(e.reason!);
  (e.added ? has : hasNot).push('added in this pull request');
  (e.fewSamples ? has : hasNot).push('few samples');
  const requests = e.identity.find((i) => i.key === 'requests');
  if (requests) has.push(`${(Number(requests.value) / 1e6).toFixed(1)}M requests in 10 min`);
  const scenarios = e.identity.find((i) => i.key === 'scenarios');
  if (scenarios) has.push(`scenario ${scenarios.value}`);
  const command = e.identity.find((i) => i.key === 'command');
  if (command) has.push(`command ${command.value}`);
  return { has, hasNot };
}

describe('one line per checked constraint', () => {
  const report = run();
  const p = report.proposals[0]!;

  it('the run has every kind of line', () => {
    expect(p.evidence!.map((e) => e.status)).toEqual([
      'verified',
      'contradicts',
      'verified',
      'unreadable',
      'unchecked',
      'url',
    ]);
    expect(p.evidence!.map((e) => e.fewSamples)).toEqual([false, false, true, false, false, false]);
    expect(evidenceLines(p)).toHaveLength(5);
  });

  const outputs: [string, string][] = [
    ['comment', htmlText(renderMarkdown(report))],
    ['summary', htmlText(renderSummary(report))],
    ['text', renderText(report, { color: false })],
  ];

  it.each(outputs)('%s: each line shows what the JSON report says', (_name, out) => {
    const lines = out.split('\n');
    for (const e of p.evidence!) {
      if (e.status === 'url') {
        expect(out).not.toContain('grafana.example.com');
        continue;
      }
      const line = lines.find((l) => l.includes(`#${e.constraint + 1} `) && l.includes(e.path!));
      expect(line, `no line for constraint ${e.constraint}`).toBeDefined();
      const { has, hasNot } = expectations(e);
      for (const s of has) expect(line, s).toContain(s);
      for (const s of hasNot) expect(line, s).not.toContain(s);
    }
  });

  it('SARIF carries the same lines, by file', () => {
    const sarif = JSON.parse(
      renderSarif(report, { toolVersion: '1.0.0', informationUri: 'https://e.x' }),
    );
    const lines = sarif.runs[0]!.properties.evidence as { file: string; text: string }[];
    expect(lines.map((l) => l.text)).toEqual(evidenceLines(p));
    expect(lines.every((l) => l.file === 'proposals/checkout.yaml')).toBe(true);
  });
});

describe('artefact text shown goes through the identifier rule', () => {
  it('a hostile scenario name is quoted and cut, and pings nobody in the comment', () => {
    const hostile = K6.replace(/checkout/g, '@admin <img src=x> `x` [a](https://e.x)');
    const report = run(
      PROPOSAL,
      new Map([...ARTEFACTS, ['bench/k6.json', { kind: 'text', text: hostile }]]),
    );
    const lines = evidenceLines(report.proposals[0]!);
    // Not of the safe characters: quoted as proposal text is, at most 12 characters.
    expect(lines[0]).toContain('scenario "@admin <img …"');
    const markdown = renderMarkdown(report);
    expect(markdown).not.toMatch(/@admin/);
    expect(markdown).not.toContain('<img');
    expect(marked.parse(markdown, { gfm: true, async: false })).not.toContain('<img');
  });
});
