// Node 24, the runtime action.yml names (runs.using: node24), from the npm registry's
// node-<platform>-<arch> package, installed under .tmp/node24 (git-ignored) and not as a
// dependency of the project. `node test/e2e/node24.mjs` installs it when missing and prints
// its path; the e2e suite's global setup and test/e2e/run.mjs import ensureNode24().
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PREFIX = path.join(ROOT, '.tmp', 'node24');
export const PACKAGE = `node-${process.platform}-${process.arch}`;
export const NODE24 = path.join(
  PREFIX,
  'node_modules',
  PACKAGE,
  'bin',
  process.platform === 'win32' ? 'node.exe' : 'node',
);

/** The version the binary reports, or undefined when it does not run. */
export function versionOf(binary) {
  try {
    return execFileSync(binary, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** The path of a Node 24 binary, installing it from the npm registry when missing. */
export function ensureNode24({ log = (m) => console.log(m) } = {}) {
  let version = existsSync(NODE24) ? versionOf(NODE24) : undefined;
  if (!version?.startsWith('v24.')) {
    log(`Installing ${PACKAGE}@24 from the npm registry into ${path.relative(ROOT, PREFIX)}/`);
    execFileSync(
      'npm',
      ['install', '--prefix', PREFIX, '--no-save', '--no-audit', '--no-fund', `${PACKAGE}@24`],
      { stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' },
    );
    version = versionOf(NODE24);
  }
  if (!version?.startsWith('v24.')) {
    throw new Error(`${NODE24} is not Node 24 (it reports ${version ?? 'nothing'})`);
  }
  return { path: NODE24, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { path: binary, version } = ensureNode24();
  console.log(`Node ${version}: ${path.relative(ROOT, binary)}`);
}
