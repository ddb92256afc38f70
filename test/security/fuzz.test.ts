// Property-based tests with fast-check over the parser, the engine and every renderer: for
// any input nothing throws and every output stays within its limits and its escaping.
// Runs are bounded (a few seconds in all) and seeded: a failure prints the seed and the
// path; replay it with FUZZ_SEED=<seed> (and fast-check's `path`) to get the same case.

import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commentBody } from '../../src/action/comment/body.js';
import { markerFor } from '../../src/action/comment/marker.js';
import { decodeState, encodeState } from '../../src/core/state/codec.js';
import { diffAgainst } from '../../src/core/state/diff.js';
import { snapshotOf } from '../../src/core/state/snapshot.js';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type FileResult,
  DEFAULT_DOCS_URL,
} from '../../src/core/engine.js';
import { parseProposal } from '../../src/core/proposal/parse.js';
import { ANNOTATION_CAP, planAnnotations } from '../../src/core/render/annotations.js';
import { renderJson } from '../../src/core/render/json.js';
import {
  COMMENT_LIMIT,
  GITHUB_COMMENT_MAX,
  renderMarkdown,
} from '../../src/core/render/markdown.js';
import { renderSarif } from '../../src/core/render/sarif.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/core/render/summary.js';
import { renderText } from '../../src/core/render/text.js';
import type { Report } from '../../src/core/types.js';
import { markdownViolations, textViolations } from './safety.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_301);
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

const OPTIONS = defaultEngineOptions();
const DOCS = DEFAULT_DOCS_URL;
const BLOB = 'https://github.com/acme/services/blob/';
const lineUrl = (file: string, line: number) =>
  `${BLOB}${'a'.repeat(40)}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;

/** Pieces of text that try each trick, mixed with arbitrary code points. */
const PIECES = [
  '@everyone',
  '@org/team',
  '@',
  '<',
  '>',
  '<img src=x>',
  '</details>',
  '<details>',
  '<code>',
  '</code>',
  '<!--',
  '-->',
  '<!-- stack-verdict:comment tag="" -->',
  '[',
  ']',
  '(',
  ')',
  '](',
  '[x](https://evil.example)',
  'https://evil.example',
  'http://',
  'www.',
  'WWW.',
  'mailto:a@b.c',
  '|',
  '`',
  '``',
  '$',
  '$$',
  '#1',
  'GH-12',
  'deadbeef1234',
  '0123456789abcdef0123',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;t\u0007',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u0085',
  '\ufeff',
  '&lt;',
  '&#64;',
  '&amp;',
  '\\',
  '\\\\',
  '*',
  '_',
  '~',
  ':',
  '{',
  '}',
  '---',
  '...',
  '&a',
  '*a',
  '!tag',
  '!!binary',
  '<<',
  '%TAG',
  '? ',
  '- ',
  ': ',
  '"',
  "'",
  '\ud800',
  '😀',
  '名',
  ' ',
];

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 10,
  })
  .map((parts) => parts.join(''));

/** A value for a field: often a valid one (so that rules run), else anything. */
function field<T>(valid: readonly T[]) {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: hostile },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  );
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** A proposal built from the schema's keys, with hostile strings in every text. */
const proposalData = fc.record(
  {
    service: field(['svc', 'billing-ledger']),
    summary: maybe(hostile),
    owner: maybe(field(['@acme/payments'])),
    status: maybe(field(['draft', 'proposed', 'accepted'])),
    language: field(['go', 'rust', 'python']),
    kind: field(['http-api', 'worker', 'database', 'cli', 'network-proxy']),
    workload: fc.oneof(
      fc.record(
        {
          bound: field(['io', 'cpu', 'mixed']),
          'hot-path': maybe(
            fc.array(field(['compression', 'parsing', 'in-memory-cache']), { maxLength: 3 }),
          ),
          protocol: maybe(field(['http', 'grpc', 'custom-binary'])),
          latency: maybe(
            fc.record(
              {
                'p99-ms': maybe(field([50, 5])),
                'p999-ms': maybe(field([120])),
                'deterministic-tail': maybe(field([true, false])),
              },
              { requiredKeys: [] },
            ),
          ),
          'cold-start-ms': maybe(field([10, 300])),
          ffi: maybe(field(['none', 'c', 'cpp'])),
        },
        { requiredKeys: ['bound'] },
      ),
      hostile,
    ),
    constraints: maybe(
      fc.array(
        fc.record(
          {
            type: field(['memory', 'cpu', 'gc-pauses', 'tail-latency', 'build-time']),
            source: field(['production', 'load-test', 'benchmark', 'estimate']),
            evidence: maybe(field(['https://grafana.example.com/d/x'])),
            observed: maybe(hostile),
            runtime: maybe(field(['go1.24', 'go1.26', 'rustc 1.80'])),
            trend: maybe(field(['steady', 'growing'])),
          },
          { requiredKeys: ['type', 'source'] },
        ),
        { maxLength: 3 },
      ),
    ),
    team: maybe(
      fc.record(
        {
          size: maybe(field([1, 6])),
          'rust-experience': maybe(field([0, 3])),
          background: maybe(fc.array(hostile, { maxLength: 2 })),
        },
        { requiredKeys: [] },
      ),
    ),
    compliance: maybe(fc.array(field(['nist-post-quantum', 'soc2']), { maxLength: 3 })),
    rationale: maybe(hostile),
    waivers: maybe(
      fc.array(
        fc.record(
          {
            rule: field([
              'rust-onboarding-cost',
              'team-missing',
              'go-systems-software',
              'proposal-invalid',
            ]),
            reason: maybe(hostile),
            expires: maybe(field(['2000-01-01', '2999-12-31', '2026-02-30'])),
            'approved-by': maybe(hostile),
          },
          { requiredKeys: ['rule'] },
        ),
        { maxLength: 3 },
      ),
    ),
    extra: maybe(fc.dictionary(hostile, hostile, { maxKeys: 2 })),
  },
  { requiredKeys: [] },
);

/** The proposal as a file: YAML in block or flow style, JSON, or front matter. */
const proposalFile = fc
  .tuple(
    proposalData,
    fc.constantFrom('block', 'flow', 'json', 'markdown'),
    hostile,
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([data, style, name, eol]) => {
    const { extra, ...fields } = data;
    const all = { ...fields, ...(extra ?? {}) };
    const yaml =
      style === 'json'
        ? JSON.stringify(all)
        : stringify(all, { collectionStyle: style === 'flow' ? 'flow' : 'block' });
    const text = (style === 'markdown' ? `---\n${yaml}---\n# ${name}\n` : yaml).replace(/\n/g, eol);
    // Any name, lone surrogates included (an API's JSON can carry "\ud800"): no renderer
    // may throw on it.
    const base = name.replace(/\//g, '_') || 'x';
    const file = `proposals/${base}.${style === 'markdown' ? 'md' : 'yaml'}`;
    return { file, text };
  });

/** Any text as a file, YAML or Markdown. */
const rawFile = fc
  .tuple(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 200 })), fc.boolean())
  .map(([text, md]) => ({ file: md ? 'p.md' : 'p.yaml', text: md ? `---\n${text}\n---\n` : text }));

function judgeAll(files: readonly { file: string; text: string }[]): Report {
  const results: FileResult[] = files.map((f) => judgeFile(f.file, f.text, OPTIONS));
  return buildReport(results, 'error');
}

/** Every output of a report within its limits and its escaping. */
function checkOutputs(report: Report): void {
  const sha = 'a'.repeat(40);
  const marker = markerFor('');
  const baseline = {
    sha: 'b'.repeat(40),
    entries: snapshotOf(report, sha).entries.slice(1),
    complete: true,
  };
  const changes = diffAgainst(report, baseline);
  const state = encodeState({ ...snapshotOf(report, sha), complete: true });
  const markdown = renderMarkdown(report, {
    marker,
    lineUrl,
    changes,
    maxLength: COMMENT_LIMIT - state.length - 16,
    overflowHint: 'See the job summary.',
  });
  const body = commentBody(markdown, state);
  expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX);
  expect(markdownViolations(body, { links: [DOCS, BLOB], comments: 2 })).toEqual([]);
  expect(decodeState(body)?.entries).toEqual(snapshotOf(report, sha).entries);

  const summary = renderSummary(report, { lineUrl, changes });
  expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  expect(markdownViolations(summary, { links: [DOCS, BLOB] })).toEqual([]);

  const plan = planAnnotations(report);
  for (const level of ['error', 'warning', 'notice'] as const) {
    expect(plan.annotations.filter((a) => a.level === level).length).toBeLessThanOrEqual(
      ANNOTATION_CAP,
    );
  }
  for (const a of plan.annotations) {
    expect(textViolations(a.message.replace(/[\n\t]/g, ' '))).toEqual([]);
    expect(a.line).toBeGreaterThanOrEqual(1);
    expect(a.column).toBeGreaterThanOrEqual(1);
  }

  expect(JSON.parse(renderJson(report))).toMatchObject({ version: 1, verdict: report.verdict });
  const sarif = JSON.parse(
    renderSarif(report, { toolVersion: '1.0.0', informationUri: 'https://example.com' }),
  );
  expect(sarif.version).toBe('2.1.0');
  expect(textViolations(renderText(report, { color: false }))).toEqual([]);
}

describe(`fuzz (seed ${SEED}, ${RUNS} runs each; FUZZ_SEED replays)`, () => {
  it('the parser never throws and every problem has a position', () => {
    fc.assert(
      fc.property(rawFile, ({ file, text }) => {
        const parsed = parseProposal(file, text);
        if (parsed.kind === 'document') {
          for (const p of parsed.document.problems) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.column).toBeGreaterThanOrEqual(1);
          }
          parsed.document.locate(['workload', 'bound']);
        }
      }),
      params,
    );
  });

  it('any text: the engine and every renderer hold', () => {
    fc.assert(
      fc.property(fc.array(rawFile, { minLength: 1, maxLength: 3 }), (files) => {
        checkOutputs(judgeAll(files));
      }),
      params,
    );
  });

  it('proposals built from the schema with hostile strings: the engine and every renderer hold', () => {
    fc.assert(
      fc.property(fc.array(proposalFile, { minLength: 1, maxLength: 4 }), (files) => {
        checkOutputs(judgeAll(files));
      }),
      params,
    );
  });

  it('a report from elsewhere (any JSON): the Markdown, summary and annotations hold', () => {
    // from-report renders a report an untrusted run wrote. It validates the report first;
    // the renderers hold even without that.
    const anyValue = fc.oneof(hostile, fc.anything({ maxDepth: 2 }));
    const finding = fc.record({
      rule: anyValue,
      severity: fc.oneof(
        fc.constantFrom('error', 'warning', 'notice', 'constructor', '__proto__', 'setFailed'),
        anyValue,
      ),
      message: anyValue,
      line: anyValue,
      column: anyValue,
      waived: anyValue,
      waiverReason: anyValue,
      docs: fc.oneof(fc.constantFrom('https://evil.example/x', 'javascript:alert(1)'), anyValue),
    });
    const proposalReport = fc.record({
      file: anyValue,
      service: anyValue,
      language: anyValue,
      status: anyValue,
      recommended: anyValue,
      justifications: fc.oneof(fc.array(anyValue, { maxLength: 3 }), anyValue),
      verdict: fc.oneof(fc.constantFrom('approved', 'changes-requested', 'toString'), anyValue),
      findings: fc.oneof(fc.array(finding, { maxLength: 4 }), anyValue),
    });
    const report = fc.record({
      version: anyValue,
      verdict: anyValue,
      counts: fc.oneof(
        fc.dictionary(fc.constantFrom('proposals', 'errors', 'waived'), anyValue),
        anyValue,
      ),
      proposals: fc.oneof(fc.array(proposalReport, { maxLength: 4 }), anyValue),
      skipped: anyValue,
      gate: fc.oneof(fc.record({ failOn: anyValue, passed: anyValue }), anyValue),
    });
    fc.assert(
      fc.property(report, (r) => {
        const untrusted = r as unknown as Report;
        // The from-report wiring shows only our documentation links: docsPrefix.
        const md = renderMarkdown(untrusted, { marker: markerFor(''), lineUrl, docsPrefix: DOCS });
        expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
        expect(markdownViolations(md, { links: [DOCS, BLOB], comments: 1 })).toEqual([]);
        const summary = renderSummary(untrusted, { lineUrl, docsPrefix: DOCS });
        expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
        for (const a of planAnnotations(untrusted).annotations) {
          expect(['error', 'warning', 'notice']).toContain(a.level);
          expect(typeof a.message).toBe('string');
        }
      }),
      params,
    );
  });
});
