import { describe, expect, it } from 'vitest';
import { defaultEngineOptions } from '../../src/core/engine.js';
import { judgedReport, judgeRead } from '../../src/core/judge.js';
import { proposal } from '../helpers.js';

describe('judgeRead', () => {
  const options = defaultEngineOptions();

  it('judges the text of a file that was read', () => {
    const r = judgeRead('proposals/a.yaml', { ok: true, text: proposal() }, options);
    expect(r.kind).toBe('proposal');
    if (r.kind === 'proposal') expect(r.report.file).toBe('proposals/a.yaml');
  });

  it('reports a file that could not be read as proposal-invalid, saying why, at 1:1', () => {
    const r = judgeRead('proposals/a.yaml', { ok: false, message: 'it is binary' }, options);
    if (r.kind !== 'proposal') throw new Error('expected a proposal');
    expect(r.report.findings).toMatchObject([
      { rule: 'proposal-invalid', message: 'it is binary', line: 1, column: 1 },
    ]);
  });
});

describe('judgedReport', () => {
  const options = defaultEngineOptions();
  const results = [judgeRead('a.yaml', { ok: true, text: proposal() }, options)];

  it('names the configuration chain that judged the run, as a copy', () => {
    const chain = ['.github/stack-verdict.yml', 'org/policy/base.yml@v1'];
    const report = judgedReport(results, 'error', options, chain);
    expect(report.config).toEqual({ chain });
    chain.push('later.yml');
    expect(report.config?.chain).toHaveLength(2);
  });

  it('says an empty chain for the built-in configuration', () => {
    expect(judgedReport(results, 'error', options, undefined).config).toEqual({ chain: [] });
  });
});
