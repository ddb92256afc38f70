// `npm run test:e2e`: installs Node 24 from the npm registry when missing (the only step that
// needs the network), then runs the e2e suite. Where the machine allows it, the suite runs in
// a new network namespace with only loopback (`unshare --net --map-root-user`): the local
// GitHub API, the tests and the Action all run inside it, so nothing can reach another
// machine. Elsewhere (no unshare, user namespaces refused, no `ip`) it runs as it is and says
// why. STACK_VERDICT_E2E_NETNS=0 turns the namespace off. Arguments go to vitest.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureNode24, ROOT } from './node24.mjs';

const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const CONFIG = path.join('test', 'e2e', 'vitest.config.ts');
const UP = 'ip link set lo up';

const { version } = ensureNode24();
console.log(`e2e: the Action runs on Node ${version} (.tmp/node24)`);

/** Why the namespace cannot be used here, or undefined when it can. */
function namespaceProblem() {
  if (process.env.STACK_VERDICT_E2E_NETNS === '0') return 'STACK_VERDICT_E2E_NETNS=0';
  if (process.platform !== 'linux') return `not on Linux (${process.platform})`;
  const probe = spawnSync('unshare', ['--net', '--map-root-user', 'sh', '-c', UP], {
    encoding: 'utf8',
  });
  if (probe.error) return `unshare is not available (${probe.error.message})`;
  if (probe.status !== 0) {
    return `\`unshare --net --map-root-user sh -c '${UP}'\` failed: ${(probe.stderr || `exit ${probe.status}`).trim()}`;
  }
  return undefined;
}

const args = [VITEST, 'run', '--config', CONFIG, ...process.argv.slice(2)];
const problem = namespaceProblem();
let result;
if (problem) {
  console.log(`e2e: not isolating the network: ${problem}`);
  result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, STACK_VERDICT_E2E_NETNS: '' },
  });
} else {
  console.log('e2e: running in a network namespace with only loopback (unshare --net)');
  result = spawnSync(
    'unshare',
    ['--net', '--map-root-user', 'sh', '-c', `${UP} && exec "$@"`, 'sh', process.execPath, ...args],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, STACK_VERDICT_E2E_NETNS: '1' } },
  );
}
if (result.error) throw result.error;
process.exit(result.status ?? 1);
