// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, in ESM mode.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];

rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  if (!existsSync(entry)) throw new Error(`missing entry ${entry}`);
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--license', 'licenses.txt'], {
    stdio: 'inherit',
  });
}
// Node reads the bundles as ESM only with this next to them.
writeFileSync('dist/package.json', '{\n  "type": "module"\n}\n');
