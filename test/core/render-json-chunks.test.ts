import { describe, expect, it } from 'vitest';
import {
  buildReport,
  defaultEngineOptions,
  judgeFile,
  type FileResult,
} from '../../src/core/engine.js';
import {
  MAX_NAME_CHARS,
  MAX_TEXT_CHARS,
  renderJson,
  renderJsonChunks,
} from '../../src/core/render/json.js';
import type { Report } from '../../src/core/types.js';
import { proposal } from '../helpers.js';

// The CLI writes `--format json` in pieces (renderJsonChunks); what a reader gets must be
// renderJson's text to the byte, whatever the report holds and wherever the pieces break.
function run(files: Record<string, string>): Report {
  const options = defaultEngineOptions();
  const results: FileResult[] = Object.entries(files).map(([file, text]) =>
    judgeFile(file, text, options),
  );
  return { ...buildReport(results, 'error'), config: { chain: [] } };
}

const reports: Record<string, Report> = {
  'several proposals, a skipped file, an invalid one and a unicode dash': run({
    'proposals/a.yaml': proposal({ language: 'rust' }),
    'proposals/b.yaml': proposal({ language: 'go' }, 'summary: a dash – and a quote "q"\n'),
    'proposals/c.yaml': 'service: [\n',
    'proposals/d.yaml': '- not a mapping\n',
    'proposals/README.md': '# Notes\n',
    'proposals/e.yaml': proposal(
      { kind: 'database' },
      'waivers:\n  - rule: go-systems-software\n    reason: "Reviewed,\\nline two \\"quoted\\""\n',
    ),
  }),
  'no proposals': run({ 'proposals/README.md': '# Notes\n' }),
  'one proposal': run({ 'proposals/a.yaml': proposal({}) }),
};

describe('renderJsonChunks', () => {
  for (const [name, report] of Object.entries(reports)) {
    for (const batch of [1, 2, 128]) {
      it(`joins to renderJson's text: ${name}, ${batch} proposals a piece`, () => {
        const chunks = [...renderJsonChunks(report, batch)];
        expect(chunks.join('')).toBe(renderJson(report));
        expect(chunks.join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
        if (batch === 1 && report.proposals.length > 1) {
          expect(chunks.length).toBeGreaterThan(report.proposals.length);
        }
      });
    }
  }

  it('cuts over-long strings exactly as renderJson does', () => {
    const report = run({ 'proposals/a.yaml': proposal({ language: 'rust' }) });
    const p = report.proposals[0]!;
    const cutOne = {
      ...p,
      service: 's'.repeat(MAX_NAME_CHARS + 5),
      findings: p.findings.map((f) => ({ ...f, message: 'm'.repeat(MAX_TEXT_CHARS + 1) })),
    };
    const long: Report = { ...report, proposals: [cutOne, p, cutOne] };
    const text = [...renderJsonChunks(long, 1)].join('');
    expect(text).toBe(renderJson(long));
    const read = JSON.parse(text);
    expect(read.proposals[0].service.length).toBe(MAX_NAME_CHARS);
    expect(read.proposals[0].findings[0].message).toMatch(/cut\)$/);
    // The report handed in is left as it was.
    expect(long.proposals[0]!.service!.length).toBe(MAX_NAME_CHARS + 5);
  });
});
