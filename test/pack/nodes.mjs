// Node releases for the packaging test, from the npm registry's node-<platform>-<arch>
// package, installed under .tmp/node<major> (git-ignored) and never as a dependency of the
// project, as test/e2e/node24.mjs installs Node 24. `node test/pack/nodes.mjs 22 24` installs
// the missing ones and prints their paths.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, versionOf } from '../e2e/node24.mjs';

const PACKAGE = `node-${process.platform}-${process.arch}`;

/** The path of a Node `major` binary, installing it from the npm registry when missing. */
export function ensureNode(major, { log = (m) => console.log(m) } = {}) {
  if (process.version.startsWith(`v${major}.`)) {
    return { path: process.execPath, version: process.version };
  }
  const prefix = path.join(ROOT, '.tmp', `node${major}`);
  const binary = path.join(
    prefix,
    'node_modules',
    PACKAGE,
    'bin',
    process.platform === 'win32' ? 'node.exe' : 'node',
  );
  let version = existsSync(binary) ? versionOf(binary) : undefined;
  if (!version?.startsWith(`v${major}.`)) {
    log(`Installing ${PACKAGE}@${major} from the npm registry into .tmp/node${major}/`);
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `${PACKAGE}@${major}`,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' },
    );
    version = versionOf(binary);
  }
  if (!version?.startsWith(`v${major}.`)) {
    throw new Error(`${binary} is not Node ${major} (it reports ${version ?? 'nothing'})`);
  }
  return { path: binary, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const major of process.argv.slice(2)) {
    const { path: binary, version } = ensureNode(Number(major));
    const rel = path.relative(ROOT, binary);
    console.log(`Node ${version}: ${rel.startsWith('..') ? binary : rel}`);
  }
}
