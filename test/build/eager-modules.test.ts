// The bundles' module wrappers written as functions (scripts/eager-modules.mjs, applied by
// scripts/build.mjs): a wrapper becomes a function only when that cannot change what its
// module sees, the modules export the same things either way, and the shipped bundles carry
// no arrow wrapper any more (the gain on Node 20 is measured in docs/benchmarks.md).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedBundles } from './bundles.js';
// @ts-expect-error a build script without types
import { eagerModules } from '../../scripts/eager-modules.mjs';

/** A bundle shaped as ncc writes one: numbered wrappers and a require that calls them. */
function bundle(...modules: string[]): string {
  const entries = modules.map((body, i) => `/***/ ${i + 1}:\n/***/ (${body}),\n`).join('\n');
  return `var __webpack_modules__ = ({\n${entries}\n});
var cache = {};
function req(id) {
  if (cache[id]) return cache[id].exports;
  var module = (cache[id] = { exports: {} });
  __webpack_modules__[id].call(module.exports, module, module.exports, req);
  return module.exports;
}
export const results = [${modules.map((_, i) => `req(${i + 1})`).join(', ')}];
`;
}

const rewrite = (code: string) =>
  eagerModules(code) as { code: string; rewritten: number; kept: number };

const tmp = mkdtempSync(path.join(os.tmpdir(), 'eager-modules-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let runs = 0;

/** The exports of every module of an ESM bundle, run by Node itself (as the real one is). */
function run(code: string): unknown {
  const file = path.join(tmp, `bundle-${runs++}.mjs`);
  writeFileSync(file, `${code}\nprocess.stdout.write(JSON.stringify(results));\n`);
  return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' }));
}

const PLAIN = `(module) => {
  const add = (a, b) => a + b;
  class Counter { constructor() { this.n = add(1, 2); } }
  function own() { return typeof this; }
  module.exports = { n: new Counter().n, own: own.call('x') };
}`;
const USES_THIS = `(module, exports) => {
  const self = (() => this)();
  module.exports = { self: self === undefined ? 'undefined' : typeof self };
}`;
const USES_ARGUMENTS = `(module) => { module.exports = { n: typeof arguments }; }`;
const USES_IMPORT_META = `(module) => { module.exports = { meta: typeof import.meta }; }`;

describe('module wrappers written as functions', () => {
  it('rewrites a wrapper that does not use its own this, arguments or new.target', () => {
    const { code, rewritten, kept } = rewrite(bundle(PLAIN, USES_IMPORT_META));
    expect([rewritten, kept]).toEqual([2, 0]);
    expect(code).toContain('/***/ (function (module) {\n  const add = (a, b) => a + b;');
    expect(code).not.toMatch(/\(\(module\) => \{/);
  });

  it('keeps the arrow where a function would see another this or arguments', () => {
    const { code, rewritten, kept } = rewrite(bundle(PLAIN, USES_THIS, USES_ARGUMENTS));
    expect([rewritten, kept]).toEqual([1, 2]);
    expect(code).toContain('((module, exports) => {\n  const self = (() => this)();');
  });

  it('leaves every module exporting what it exported before', () => {
    const before = bundle(PLAIN, USES_THIS, USES_ARGUMENTS, USES_IMPORT_META);
    const after = run(rewrite(before).code);
    expect(after).toEqual(run(before));
    expect(after).toEqual([
      { n: 3, own: 'string' },
      { self: 'undefined' },
      { n: 'undefined' },
      { meta: 'object' },
    ]);
  });

  it('stops the build when the bundle has no wrapper of the expected shape', () => {
    expect(() => rewrite('export const x = 1;\n')).toThrow(/has ncc changed its output/);
  });

  it('left no arrow wrapper in the bundles that ship', () => {
    for (const file of shippedBundles()) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/^\/\*\*\*\/ \(\(.*\) => \{$/m);
      expect(text, file).toMatch(/^\/\*\*\*\/ \(function \(/m);
    }
  });
});
