// Regenerates examples/EXPECTED.md from what the CLI reports now on examples/proposals:
// `node scripts/expected.mjs`. The test it runs judges the examples with the CLI (from the
// sources, so no build is needed) and writes the file; without UPDATE_EXPECTED it fails when
// the committed file differs.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['vitest', 'run', 'test/docs/expected.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_EXPECTED: '1' },
});
process.exit(run.status ?? 1);
