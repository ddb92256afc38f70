// One file cannot kill the run. The work per file is bounded in the lexer
// pass, before the YAML composer builds an object (or an error) per token.

import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { proposal } from '../helpers.js';

const options = defaultEngineOptions();

function findings(text: string) {
  const result = judgeFile('proposals/bomb.yaml', text, options);
  if (result.kind !== 'proposal') throw new Error('not judged');
  return result.report.findings;
}

describe('files built to exhaust the parser', () => {
  it('a file of `!a ` tags is one proposal-invalid finding, and the other proposals are judged', () => {
    const bomb = '!a '.repeat(70_000); // 210 KB; at 1 MiB the old code ran out of heap
    const found = findings(bomb);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'proposal-invalid', line: 1 });
    expect(found[0]!.message).toMatch(/more than \d+ tags and anchors/);
    const report = buildReport(
      [
        judgeFile('proposals/bomb.yaml', bomb, options),
        judgeFile('proposals/good.yaml', proposal(), options),
      ],
      'error',
    );
    expect(report.proposals.map((p) => p.file)).toEqual([
      'proposals/bomb.yaml',
      'proposals/good.yaml',
    ]);
    expect(report.proposals[1]!.findings.some((f) => f.rule === 'proposal-invalid')).toBe(false);
  });

  it('anchors and a flood of tokens are refused the same way, with one finding', () => {
    expect(findings('&a '.repeat(70_000))).toHaveLength(1);
    const flood = findings(`[${'a,'.repeat(200_000)}a]`);
    expect(flood).toHaveLength(1);
    expect(flood[0]!.message).toMatch(/more than \d+ (tokens|entries)/);
  });
});
