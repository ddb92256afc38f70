// The bundles written in ASCII only (scripts/ascii-only.mjs, applied by scripts/build.mjs):
// every other character escaped where an escape means the same thing, the build stopped
// where it would not, and the shipped bundles all ASCII.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedBundles } from './bundles.js';
// @ts-expect-error a build script without types
import { asciiOnly } from '../../scripts/ascii-only.mjs';

const ascii = (code: string, sourceType = 'script') => asciiOnly(code, { sourceType }) as string;
/** The value of an expression, computed by the engine (indirect eval: global scope). */
const value = (expression: string): unknown => (0, eval)(`(${expression})`);

describe('bundles in ASCII only', () => {
  it.each([
    ['a string', '"x — y → z"'],
    ['an escaped dash', '"a\\—b"'],
    ['an escaped backslash before a dash', '"a\\\\—b"'],
    ['a template', '`x\\—${1 + 1}— ×`'],
    ['a character beyond the BMP', '"🟡 ⚠️"'],
    ['a regular expression', '[/[×—]/u.test("—"), /—+/.test("a——"), /🟡/u.exec("x🟡")[0]]'],
    ['line and paragraph separators', '"a\u2028b\u2029c"'],
    ['a comment', '/* café */ "ok"'],
  ])('%s keeps its value', (_name, expression) => {
    const out = ascii(expression);
    expect(out).not.toMatch(/[\u0080-\uffff]/);
    expect(value(out)).toEqual(value(expression));
  });

  it('keeps the value of any string literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const literal = JSON.stringify(text);
        expect(value(ascii(literal))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('stops the build where an escape would change the code', () => {
    expect(() => ascii('const é = 1;')).toThrow(/bundle:1: \\u00e9 outside a string/);
    expect(() => ascii('String.raw`—`')).toThrow(/outside a string, regex or comment/);
  });

  it('left only ASCII in the bundles that ship', () => {
    for (const file of shippedBundles()) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/[\u0080-\uffff]/);
    }
  });
});
