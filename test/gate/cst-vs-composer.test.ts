// The CST fast path and the Composer must give the same data for every scalar spelling: a
// value read differently by one of them would be judged differently.
import { afterEach, describe, expect, it } from 'vitest';
import { cstShortcut } from '../../src/core/proposal/cst.js';
import { defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { RUST_UNMEASURED } from './rust-base.js';

const SCALARS = [
  'true',
  'True',
  'TRUE',
  'yes',
  'on',
  'no',
  'off',
  'y',
  '~',
  'null',
  'Null',
  '',
  '1',
  '1.0',
  '1.10',
  '0x1A',
  '0o17',
  '017',
  '1_000',
  '+12',
  '-0',
  '1e3',
  '.inf',
  '-.Inf',
  '.NaN',
  '2024-01-01',
  '2026-02-30',
  '"false"',
  "'false'",
  '"rust "',
  'rust # comment',
  'rust  ',
  '|\n    rust',
  '>-\n    rust',
  'go1.26\n    rc1',
  '"\\u0072ust"',
  "'it''s'",
  '- a',
  '"a\\tb"',
  'a: b',
  '@x',
  '`x`',
  '%x',
  '!x',
  '&x',
  '*x',
];
const FIELDS = ['language', 'status', 'met', 'runtime', 'source', 'size', 'reason'];

function place(field: string, value: string): string {
  const constraint = (line: string): string =>
    `${RUST_UNMEASURED}constraints:\n  - type: cpu\n    source: load-test\n    ${line}\n`;
  switch (field) {
    case 'language':
      return RUST_UNMEASURED.replace('language: rust', `language: ${value}`);
    case 'size':
      return RUST_UNMEASURED.replace('size: 3', `size: ${value}`);
    case 'status':
      return `${RUST_UNMEASURED}status: ${value}\n`;
    case 'reason':
      return `${RUST_UNMEASURED}waivers:\n  - rule: rust-without-measured-constraint\n    reason: ${value}\n`;
    case 'source':
      return `${RUST_UNMEASURED}constraints:\n  - type: cpu\n    source: ${value}\n`;
    default:
      return constraint(`${field}: ${value}`);
  }
}

function both(text: string): [unknown, unknown] {
  const options = defaultEngineOptions();
  cstShortcut.enabled = true;
  const fast = judgeFile('proposals/p.yaml', text, options);
  cstShortcut.enabled = false;
  const composed = judgeFile('proposals/p.yaml', text, options);
  return [fast, composed];
}

afterEach(() => {
  cstShortcut.enabled = true;
});

describe('CST and Composer agree', () => {
  const cases = FIELDS.flatMap((f) => SCALARS.map((v): [string, string] => [f, v]));
  it.each(cases)('%s: %s', (field, value) => {
    const [fast, composed] = both(place(field, value));
    expect(fast).toEqual(composed);
  });
});
