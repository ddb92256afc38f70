// Every report the product writes validates against its own schema, so the
// fork-safe second phase never refuses the product's own report.

import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/action/from-report.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { renderJson } from '../../src/core/render/json.js';
import { proposal } from '../helpers.js';

const options = defaultEngineOptions();
const readBack = (report: ReturnType<typeof buildReport>) =>
  validateReport(JSON.parse(renderJson(report)));

describe('the report written reads back', () => {
  it('a service name over 1,024 characters, and a message over 65,536', () => {
    const long = 'a'.repeat(3000);
    const huge = `x${'y'.repeat(70_000)}`;
    const text = proposal().replace('service: svc', `service: ${long}`);
    const report = buildReport([judgeFile('proposals/a.yaml', text, options)], 'error');
    // A custom rule or a future message may be this long: the writer must cut, not the reader refuse.
    report.proposals[0]!.findings.push({
      rule: 'custom-thing',
      severity: 'notice',
      message: huge,
      line: 1,
      column: 1,
      waived: false,
    });
    report.counts.notices++;
    const back = readBack(report);
    expect(back.proposals[0]!.service).toMatch(/ … \(3000 characters in all, cut\)$/);
    expect(back.proposals[0]!.findings.at(-1)!.message).toHaveLength(65536);
    expect(back.counts).toEqual(report.counts);
  });

  it('more than 1,000 findings in one proposal, and more than 3,000 proposals', () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `unknown${i}: 1`).join('\n');
    const many = judgeFile('proposals/many.yaml', `${proposal()}${keys}\n`, options);
    expect(many.kind === 'proposal' && many.report.findings.length).toBeGreaterThan(1000);
    const results = [many];
    for (let i = 0; i < 3001; i++) results.push(judgeFile(`p/${i}.yaml`, proposal(), options));
    const report = buildReport(results, 'error');
    expect(readBack(report).proposals).toHaveLength(3002);
  });

  it('for any generated proposal (property)', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 3000 }),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.string({ maxLength: 50 }), { maxLength: 5 }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('service', 'language', 'team', 'kind', 'justification', 'waivers'),
            fc.string({ minLength: 1, maxLength: 40 }),
          ),
          value,
          { maxKeys: 30 },
        ),
        fc.boolean(),
        (data, markdown) => {
          const yaml = stringify({ version: 1, ...data });
          const text = markdown ? `---\n${yaml}---\n` : yaml;
          const file = markdown ? 'proposals/p.md' : 'proposals/p.yaml';
          const report = buildReport([judgeFile(file, text, options)], 'error');
          expect(() => readBack(report)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });
});
