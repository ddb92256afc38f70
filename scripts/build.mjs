// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js, and its reader
// dist/cli/reader.js) with ncc, in ESM mode.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { asciiOnly } from './ascii-only.mjs';
import { eagerModules } from './eager-modules.mjs';
import { lazyProxy, UNDICI_FILE } from './lazy-proxy.mjs';
import { removeGenerators } from './yaml-nogen.mjs';

const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];

// The schemas' validation code first: the bundles import it (src/generated/).
execFileSync(process.execPath, ['scripts/generate-validators.mjs'], { stdio: 'inherit' });
// The default globs' regular expressions, likewise (src/generated/globs.js).
execFileSync(process.execPath, ['scripts/generate-globs.mjs'], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  if (!existsSync(entry)) throw new Error(`missing entry ${entry}`);
  // One license file per chunk ([name]): with one name for all, each chunk's file replaced
  // the last, and licenses.txt named only the packages of the last chunk written.
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--quiet', '--license', '[name].licenses.txt'],
    { stdio: 'inherit' },
  );
  joinLicenses(out);
  // The Action's proxy stack (undici, tunnel) out of its octokit chunk, loaded only through a
  // proxy (scripts/lazy-proxy.mjs; stops on a new @actions/github or @actions/http-client).
  if (out === 'dist') moveProxyStack(out);
  // yaml's Lexer and Parser without generators (scripts/yaml-nogen.mjs; stops on a new yaml),
  // on yaml's code as published, so before defineOff edits it.
  writeFileSync(`${out}/index.js`, removeGenerators(readFileSync(`${out}/index.js`, 'utf8')));
  defineOff(`${out}/index.js`);
  for (const file of readdirSync(out).filter((f) => f.endsWith('.js'))) {
    writeFileSync(`${out}/${file}`, asShipped(readFileSync(`${out}/${file}`, 'utf8'), file));
  }
}
// The CLI's read-ahead thread (src/cli/read-ahead.ts) runs a script of its own, file reading
// only: dist/cli/reader.js starts in a fraction of the time the CLI's bundle takes.
buildReader('src/cli/reader.ts', 'dist/cli/reader.js');
// Node reads the bundles as ESM only with this next to them.
writeFileSync('dist/package.json', '{\n  "type": "module"\n}\n');

function buildReader(entry, file) {
  const out = 'dist/.reader';
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });
  // One file of the project's own code: a chunk, or a package (ncc would list its licence),
  // would need files beside it.
  const written = readdirSync(out).filter((f) => f !== 'package.json');
  if (written.join() !== 'index.js') {
    throw new Error(
      `${entry}: expected one bundle of the project's own code, got ${written.join(', ')}`,
    );
  }
  writeFileSync(file, asShipped(readFileSync(`${out}/index.js`, 'utf8'), file));
  rmSync(out, { recursive: true, force: true });
}

/**
 * Last, on the code as it will ship: module wrappers Node 20 compiles once, not twice
 * (scripts/eager-modules.mjs), in ASCII only (scripts/ascii-only.mjs).
 */
function asShipped(code, name) {
  return asciiOnly(eagerModules(code, { name }).code, { name });
}

function moveProxyStack(out) {
  const files = readdirSync(out).filter((f) => f.endsWith('.js'));
  const chunks = Object.fromEntries(files.map((f) => [f, readFileSync(`${out}/${f}`, 'utf8')]));
  const { file, chunk, undici } = lazyProxy(chunks);
  writeFileSync(`${out}/${file}`, chunk);
  writeFileSync(`${out}/${UNDICI_FILE}`, undici);
}

/**
 * yaml's parser and composer read `process.env.LOG_TOKENS` / `LOG_STREAM` (debug printing)
 * once per token; process.env is a native lookup, and on 10,000 proposals that was a tenth of
 * the run (docs/benchmarks.md). The bundle turns both switches off, as a bundler's `define`
 * would. Should a yaml upgrade change these lines, the build stops here instead of silently
 * losing the gain.
 */
function defineOff(file) {
  const switches = ['node_process.env.LOG_TOKENS', 'node_process.env.LOG_STREAM'];
  let code = readFileSync(file, 'utf8');
  for (const expression of switches) {
    const count = code.split(expression).length - 1;
    if (count !== 1) {
      throw new Error(`${file}: expected ${expression} once (yaml's debug switch), found ${count}`);
    }
    code = code.replace(expression, 'undefined');
  }
  writeFileSync(file, code);
}

/**
 * Joins the license files ncc wrote for each chunk of `out` (main.licenses.txt for the bundle,
 * N.licenses.txt for a chunk a dynamic import() loads, as the Action's octokit) into
 * licenses.txt, the bundle's first.
 */
function joinLicenses(out) {
  const files = readdirSync(out)
    .filter((f) => f.endsWith('.licenses.txt'))
    .sort((a, b) =>
      a === 'main.licenses.txt' ? -1 : b === 'main.licenses.txt' ? 1 : a.localeCompare(b),
    );
  if (!files.includes('main.licenses.txt'))
    throw new Error(`${out}: ncc wrote no main.licenses.txt`);
  const text = files.map((f) => readFileSync(`${out}/${f}`, 'utf8').trim()).join('\n\n');
  for (const f of files) rmSync(`${out}/${f}`);
  writeFileSync(`${out}/licenses.txt`, `${text}\n`);
}
