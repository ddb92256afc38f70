// The comment, the text output and the compact output say what the JSON report says:
// per-proposal verdicts, the counts and the gate, for the examples and for hostile proposals.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { renderCompact } from '../../src/core/render/compact.js';
import { renderJson } from '../../src/core/render/json.js';
import { VERDICT_LABEL } from '../../src/core/render/labels.js';
import { escapeMarkdown } from '../../src/core/render/escape.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderText } from '../../src/core/render/text.js';
import type { Report } from '../../src/core/types.js';
import { EXAMPLES } from '../helpers.js';
import { RUST_UNMEASURED, withLanguage } from './rust-base.js';

const waiver = (reason: string): string =>
  `${RUST_UNMEASURED}waivers:\n  - rule: rust-without-measured-constraint\n    reason: ${reason}\n`;

const HOSTILE: Array<[string, string]> = [
  ['proposals/blank-reason.yaml', waiver('" "')],
  ['proposals/far-future.yaml', `${waiver('budgeted')}    expires: 9999-12-31\n`],
  ['proposals/draft.yaml', `${RUST_UNMEASURED}status: draft\n`.replace('svc-rt', 'svc-d')],
  ['proposals/cyrillic.yaml', withLanguage('language: gо').replace('svc-rt', 'svc-c')],
  ['proposals/bom.yaml', `\uFEFF${RUST_UNMEASURED}`.replace('svc-rt', 'svc-b')],
];

function build(files: Array<[string, string]>): Report {
  const options = defaultEngineOptions();
  return buildReport(
    files.map(([file, text]) => judgeFile(file, text, options)),
    'error',
  );
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const examples = readdirSync(EXAMPLES)
  .sort()
  .map((name): [string, string] => [
    `examples/proposals/${name}`,
    readFileSync(path.join(EXAMPLES, name), 'utf8'),
  ]);

describe.each([
  ['the examples', examples],
  ['hostile proposals', HOSTILE],
])('readers agree with the JSON report for %s', (_name, files) => {
  const report = build(files);
  const json = JSON.parse(renderJson(report)) as Report;
  const { counts } = json;
  const gate = json.verdict === 'changes-requested' ? 'fails' : 'passes';

  it('the text output', () => {
    const text = renderText(report, { color: false });
    const tally = `${VERDICT_LABEL[json.verdict]}: ${plural(counts.proposals, 'proposal')}, ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')}`;
    expect(text).toContain(tally);
    expect(text).toContain(`The gate ${gate}`);
    for (const p of json.proposals) {
      const block = text.slice(text.indexOf(`${p.file} (`));
      expect(block.split('\n\n')[0]).toContain(VERDICT_LABEL[p.verdict]);
    }
  });

  it('the comment', () => {
    const md = renderMarkdown(report, { marker: '<!-- stack-verdict -->' });
    expect(md.split('\n').find((l) => l.startsWith('## '))).toContain(VERDICT_LABEL[json.verdict]);
    expect(md).toContain(`**${plural(counts.proposals, 'proposal')}**`);
    expect(md).toContain(
      `${plural(counts.errors, 'error')} · ${plural(counts.warnings, 'warning')}`,
    );
    expect(md).toContain(`the gate ${gate}`);
    for (const p of json.proposals) {
      const name = `| ${escapeMarkdown(p.service ?? '')}${p.status === 'draft' ? ' (draft)' : ''} |`;
      const row = md.split('\n').find((l) => l.startsWith(name));
      expect(row, p.file).toContain(VERDICT_LABEL[p.verdict]);
    }
  });

  it('the compact output', () => {
    const lines = renderCompact(report).split('\n').filter(Boolean);
    const count = (severity: string): number =>
      lines.filter((l) => new RegExp(`^[^ ]+:\\d+:\\d+: ${severity} `).test(l)).length;
    expect(count('error')).toBe(counts.errors);
    expect(count('warning')).toBe(counts.warnings);
    expect(count('notice')).toBe(counts.notices);
    expect(count('waived')).toBe(counts.waived);
  });
});
