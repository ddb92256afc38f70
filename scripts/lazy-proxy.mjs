// Build-time transform of the Action's octokit chunk: @actions/github's proxy stack (undici and
// tunnel) is loaded only when a request goes through a proxy.
//
// @actions/github imports undici for one thing, a fetch that can go through a proxy, and its
// @actions/http-client imports undici (ProxyAgent) and tunnel for the same purpose. Without a
// proxy the Action gives octokit its own fetch (src/action/http-fetch.ts), so neither is used,
// but ncc's bundle still read, compiled and evaluated undici (~930 KB, 96 modules, ~30 ms of
// a pull_request run on Node 24) whenever the octokit chunk loaded. This transform
//   1. turns those three imports (`undici` in @actions/github's internal/utils.js and in its
//      @actions/http-client, `tunnel` in the latter) into namespaces that load the module on
//      first use: a property read, which the proxy code paths do only when a proxy applies;
//   2. moves the modules only undici needs out of the chunk into `undici.cjs`, which the
//      first use loads synchronously (require) and installs into webpack's module table.
//
// It applies to the exact code it was written for: the two importing modules are pinned by
// hash (module ids and paths masked, as those depend on where node_modules is), and a new
// @actions/github or @actions/http-client stops the build (re-check the usages below, run
// test/build/lazy-proxy.test.ts and the proxy end-to-end test, then update the pins).
import { createHash } from 'node:crypto';

export const UNDICI_FILE = 'undici.cjs';

export const PINS = {
  // @actions/github's own @actions/http-client (lib/index.js, CommonJS): `undici_1.ProxyAgent`
  // in _getProxyAgentDispatcher and `tunnel.*Over*` in _getAgent, both only with a proxy URL.
  httpClient: 'bb818b2b4ffc55ec48873c164a20f4ac8dc65745918ca7427e88719d442002ee',
  // @actions/github lib/internal/utils.js: `undici.fetch` inside getProxyFetch's closure, called
  // per request only when octokit is left with @actions/github's default fetch.
  githubUtils: '427ed0a79cd0af9389e9f910fe5f44f4e784355ab12af981856eab52e0f78910',
};

const MODULE_MARK = /^\/\*\*\*\/ (\d+):$/gm;
const REQUIRE = /__webpack_require__\((\d+)\)/g;

/** Text with the bundle-specific parts masked: module ids and node_modules paths. */
export function masked(text) {
  return text
    .replace(REQUIRE, '__webpack_require__(N)')
    .replace(MODULE_MARK, '/***/ N:')
    .replace(/^(;?\/\/ [A-Z ]+MODULE: )[^\n]*node_modules\//gm, '$1');
}

export function hashOf(text) {
  return createHash('sha256').update(masked(text)).digest('hex');
}

/** The modules of a webpack chunk file: id → { start, end } of its `/***\/ id:` entry. */
export function chunkModules(code) {
  const marks = [...code.matchAll(MODULE_MARK)];
  const close = code.lastIndexOf('\n};');
  if (marks.length === 0 || close < 0) throw new Error('lazy-proxy: not a webpack chunk');
  return new Map(
    marks.map((m, i) => [
      m[1],
      { start: m.index, end: i + 1 < marks.length ? marks[i + 1].index : close + 1 },
    ]),
  );
}

function once(code, re, what) {
  const found = [...code.matchAll(re)];
  if (found.length !== 1) {
    throw new Error(
      `lazy-proxy: expected ${what} once in the octokit chunk, found ${found.length}`,
    );
  }
  return found[0];
}

function pinned(name, text) {
  const hash = hashOf(text);
  if (hash !== PINS[name]) {
    throw new Error(
      `lazy-proxy: ${name === 'httpClient' ? "@actions/github's @actions/http-client (lib/index.js)" : '@actions/github lib/internal/utils.js'} changed ` +
        `(sha256 ${hash}, transform written for ${PINS[name]}). Re-check scripts/lazy-proxy.mjs against the new code, ` +
        'run test/build/lazy-proxy.test.ts and test/e2e/proxy.test.ts, then update the pin.',
    );
  }
}

/** The chunk's preamble: loads a module on the first read of one of its properties. */
const HELPERS = `import { createRequire as __svCreateRequire } from 'node:module';
/* scripts/lazy-proxy.mjs: undici and tunnel load on first use (a proxy), not with this chunk */
const __svLazy = (load) => {
  let loaded;
  return new Proxy({}, { get: (_, key) => (loaded ??= load())[key], has: (_, key) => key in (loaded ??= load()) });
};
const __svUndici = (require, id) => {
  if (!(id in require.m)) Object.assign(require.m, __svCreateRequire(import.meta.url)('./${UNDICI_FILE}'));
  return require(id);
};
`;

/**
 * `chunks`: file name → text of the Action's chunk files (the bundle dir's *.index.js, with the
 * main index.js). Returns the new texts of the files it changed and of undici.cjs.
 */
export function lazyProxy(chunks) {
  const holders = Object.entries(chunks).filter(([, code]) =>
    /^exports\.HttpClient = /m.test(code),
  );
  if (holders.length !== 1) {
    throw new Error(
      `lazy-proxy: expected @actions/http-client in one chunk of the Action, found ${holders.length}`,
    );
  }
  const [file, code] = holders[0];
  const modules = chunkModules(code);

  // 1. The two importers, pinned, and the ids they import.
  const utilsStart = once(
    code,
    /^\/\/ EXTERNAL MODULE: [^\n]*node_modules\/undici\/index\.js\nvar undici = __webpack_require__\((\d+)\);$/gm,
    "@actions/github's `var undici = …` import",
  );
  const undiciId = utilsStart[1];
  const utilsHead = once(
    code,
    /^;\/\/ CONCATENATED MODULE: [^\n]*node_modules\/@actions\/github\/lib\/internal\/utils\.js$/gm,
    '@actions/github lib/internal/utils.js',
  );
  const utilsEnd = code.indexOf('\n;// CONCATENATED MODULE: ', utilsHead.index + 1);
  if (utilsHead.index < utilsStart.index || utilsEnd < 0) {
    throw new Error('lazy-proxy: @actions/github lib/internal/utils.js is not where expected');
  }
  pinned('githubUtils', code.slice(utilsStart.index, utilsEnd));

  const clientLine = once(
    code,
    /^const undici_1 = __webpack_require__\((\d+)\);$/gm,
    "@actions/http-client's `const undici_1 = …`",
  );
  if (clientLine[1] !== undiciId) throw new Error('lazy-proxy: two different undici modules');
  const tunnelLine = once(
    code,
    /^const tunnel = __importStar\(__webpack_require__\((\d+)\)\);$/gm,
    "@actions/http-client's `const tunnel = …`",
  );
  const client = [...modules.values()].find(
    (m) => m.start < clientLine.index && clientLine.index < m.end,
  );
  if (!client || !(client.start < tunnelLine.index && tunnelLine.index < client.end)) {
    throw new Error('lazy-proxy: undici_1 and tunnel are not in the same module');
  }
  pinned('httpClient', code.slice(client.start, client.end));

  // 2. What only undici needs: reachable from it, and from no other module but through it.
  const deps = new Map();
  for (const [id, m] of modules) {
    deps.set(
      id,
      [...code.slice(m.start, m.end).matchAll(REQUIRE)]
        .map((r) => r[1])
        .filter((d) => modules.has(d) && d !== id),
    );
  }
  const reach = (starts, skip) => {
    const seen = new Set();
    const stack = [...starts];
    while (stack.length) {
      const id = stack.pop();
      if (seen.has(id) || id === skip) continue;
      seen.add(id);
      stack.push(...deps.get(id));
    }
    return seen;
  };
  if (!modules.has(undiciId)) throw new Error('lazy-proxy: undici is not in the octokit chunk');
  const ofUndici = reach([undiciId]);
  const others = reach(
    [...modules.keys()].filter((id) => !ofUndici.has(id)),
    undiciId,
  );
  const moved = [...ofUndici].filter((id) => !others.has(id));
  if (!moved.includes(undiciId))
    throw new Error('lazy-proxy: undici is imported eagerly elsewhere');

  // 3. The rewrite: lazy imports, the moved modules out.
  const lazyUndici = `__svLazy(() => __svUndici(__webpack_require__, ${undiciId}))`;
  const edits = [
    [
      utilsStart.index,
      utilsStart.index + utilsStart[0].length,
      `${utilsStart[0].split('\n')[0]}\nvar undici = ${lazyUndici};`,
    ],
    [clientLine.index, clientLine.index + clientLine[0].length, `const undici_1 = ${lazyUndici};`],
    [
      tunnelLine.index,
      tunnelLine.index + tunnelLine[0].length,
      `const tunnel = __svLazy(() => __importStar(__webpack_require__(${tunnelLine[1]})));`,
    ],
    ...moved.map((id) => [modules.get(id).start, modules.get(id).end, '']),
  ].sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  const header = /^export const id = [^\n]+\nexport const ids = [^\n]+\n/.exec(out);
  if (!header) throw new Error('lazy-proxy: the chunk does not start as an ESM chunk');
  out = out.slice(0, header[0].length) + HELPERS + out.slice(header[0].length);

  const movedText = moved
    .sort((a, b) => modules.get(a).start - modules.get(b).start)
    .map((id) => {
      const { start, end } = modules.get(id);
      return code
        .slice(start, end)
        .replace(/\s*$/, '')
        .replace(/\/\*\*\*\/ \}\)$/, '/***/ }),');
    })
    .join('\n\n');
  if (/\bimport\.meta\b|\b__svLazy\b/.test(movedText)) {
    throw new Error('lazy-proxy: a moved module refers to its chunk (import.meta)');
  }
  // Nothing left anywhere may require a moved module but through the lazy namespaces.
  const movedSet = new Set(moved);
  for (const [name, text] of Object.entries({ ...chunks, [file]: out })) {
    for (const r of text.matchAll(/__(?:webpack|nccwpck)_require__\((\d+)\)/g)) {
      if (movedSet.has(r[1])) {
        throw new Error(`lazy-proxy: ${name} still requires moved module ${r[1]} eagerly`);
      }
    }
  }
  const undici = `'use strict';\n// undici and what only it needs, moved out of ${file} by scripts/lazy-proxy.mjs.\nmodule.exports = {\n\n${movedText}\n\n};\n`;
  return { file, chunk: out, undici, moved: moved.length };
}
