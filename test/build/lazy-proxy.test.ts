// scripts/lazy-proxy.mjs (applied to the Action's bundle by scripts/build.mjs) on a bundle ncc
// builds here the way it builds the Action's (octokit with its plugins in a chunk loaded by
// import()): undici leaves the chunk for undici.cjs, which loads only when a proxy applies; and
// the build refuses an @actions/github or @actions/http-client it was not written for.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a build script without types
import { chunkModules, hashOf, lazyProxy, UNDICI_FILE } from '../../scripts/lazy-proxy.mjs';

const require = createRequire(import.meta.url);
// Inside the repository, so that the bundler finds node_modules; .tmp/ is not committed.
const dir = path.resolve('.tmp', `lazy-proxy-test-${process.pid}`);
const out = path.join(dir, 'out');

type Chunks = Record<string, string>;
let chunks: Chunks;
let result: { file: string; chunk: string; undici: string; moved: number };

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(dir, 'entry.mjs'),
    "export const load = () => import('./octokit.mjs');\n",
  );
  writeFileSync(
    path.join(dir, 'octokit.mjs'),
    [
      "export { getOctokit } from '@actions/github';",
      "export { retry } from '@octokit/plugin-retry';",
      "export { throttling } from '@octokit/plugin-throttling';",
      '',
    ].join('\n'),
  );
  const ncc = require('@vercel/ncc') as (
    entry: string,
    o: object,
  ) => Promise<{ code: string; assets: Record<string, { source: Buffer | string }> }>;
  const built = await ncc(path.join(dir, 'entry.mjs'), { quiet: true });
  chunks = { 'index.mjs': built.code };
  for (const [name, asset] of Object.entries(built.assets)) {
    if (name.endsWith('.mjs')) chunks[name] = String(asset.source);
  }
  result = lazyProxy(chunks);
  for (const [name, text] of Object.entries({ ...chunks, [result.file]: result.chunk })) {
    writeFileSync(path.join(out, name), text);
  }
  writeFileSync(path.join(out, UNDICI_FILE), result.undici);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the transformed bundle in a fresh Node: makes an octokit, reports what loaded. */
function probe(env: Record<string, string>) {
  const script = `
    const { load } = await import(${JSON.stringify(path.join(out, 'index.mjs'))});
    const { getOctokit } = await load();
    getOctokit('t');
    const { createRequire } = await import('node:module');
    const cache = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify({
      undiciFile: cache.some((f) => f.endsWith(${JSON.stringify(UNDICI_FILE)})),
      undiciRan: Symbol.for('undici.globalDispatcher.1') in globalThis,
    }));`;
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(https?|no|all)_proxy$/i.test(k)),
  );
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...clean, ...env },
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { undiciFile: boolean; undiciRan: boolean };
}

describe('lazy-proxy: undici out of the octokit chunk', () => {
  it('moves undici and only undici', () => {
    expect(result.moved).toBeGreaterThan(50);
    const before = chunks[result.file]!;
    expect(before).toMatch(/class ProxyAgent extends DispatcherBase/);
    expect(result.chunk).not.toMatch(/class ProxyAgent extends DispatcherBase/);
    expect(result.undici).toMatch(/class ProxyAgent extends DispatcherBase/);
    // Octokit itself stays.
    expect(result.chunk).toMatch(/function getOctokit\(/);
    expect(chunkModules(result.chunk).size + result.moved).toBe(chunkModules(before).size);
    expect(result.chunk.length).toBeLessThan(before.length / 2);
  });

  it('without a proxy, making an octokit loads no undici', () => {
    expect(probe({ GITHUB_API_URL: 'https://api.github.com' })).toEqual({
      undiciFile: false,
      undiciRan: false,
    });
  });

  it('with a proxy for the API, @actions/github gets undici from undici.cjs', () => {
    const env = { GITHUB_API_URL: 'https://api.github.com', HTTPS_PROXY: 'http://proxy.corp:3128' };
    expect(probe(env)).toEqual({ undiciFile: true, undiciRan: true });
  });
});

describe('lazy-proxy: pinned to the code it was written for', () => {
  it('the pins do not depend on module ids or on where node_modules is', () => {
    const text = chunks[result.file]!;
    // Ids change with every module added to the bundle, in the calls and the module headers.
    const renumbered = text
      .replace(
        /__webpack_require__\((\d+)\)/g,
        (_, id: string) => `__webpack_require__(${Number(id) + 7})`,
      )
      .replace(/^\/\*\*\*\/ (\d+):$/gm, (_, id: string) => `/***/ ${Number(id) + 7}:`);
    expect(renumbered).toMatch(/^\/\*\*\*\/ \d+:$/m);
    expect(hashOf(renumbered)).toBe(hashOf(text));
    const moved = text.replace(
      /(MODULE: )[^\n]*node_modules\//g,
      '$1../../elsewhere/node_modules/',
    );
    expect(hashOf(moved)).toBe(hashOf(text));
  });

  it('stops the build when @actions/http-client changes', () => {
    const text = chunks[result.file]!;
    const changed = text.replace(
      '_getProxyAgentDispatcher(parsedUrl, proxyUrl) {',
      '_getProxyAgentDispatcher(parsedUrl, proxyUrl) { undici_1.setGlobalDispatcher;',
    );
    expect(changed).not.toBe(text);
    expect(() => lazyProxy({ ...chunks, [result.file]: changed })).toThrow(
      /@actions\/http-client \(lib\/index\.js\) changed/,
    );
  });

  it('stops the build when @actions/github changes', () => {
    const text = chunks[result.file]!;
    const changed = text.replace(
      'function getProxyFetch(destinationUrl) {',
      'function getProxyFetch(destinationUrl) { undici.fetch;',
    );
    expect(changed).not.toBe(text);
    expect(() => lazyProxy({ ...chunks, [result.file]: changed })).toThrow(
      /@actions\/github lib\/internal\/utils\.js changed/,
    );
  });

  it('stops the build when the imports are not where it expects them', () => {
    const text = chunks[result.file]!;
    const gone = text.replace(/^const undici_1 = .*$/m, '');
    expect(() => lazyProxy({ ...chunks, [result.file]: gone })).toThrow(
      /expected .*undici_1.* once/,
    );
    const eager = `${text.replace(/\n\};\s*$/, '')}\n/***/ 1:\n/***/ ((m, e, __webpack_require__) => { __webpack_require__(${/var undici = __webpack_require__\((\d+)\)/.exec(text)![1]}); })\n\n};\n`;
    expect(() => lazyProxy({ ...chunks, [result.file]: eager })).toThrow(/eagerly/);
    expect(() => lazyProxy({ 'index.mjs': chunks['index.mjs']! })).toThrow(/in one chunk/);
  });
});
