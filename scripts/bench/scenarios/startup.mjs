// Scenario `startup`: `node -e ''`, the CLI on one proposal and the Action on one proposal,
// alternated.

import path from 'node:path';
import { CLI, failureText, ROOT, STARTUP_REPS, tmp } from '../context.mjs';
import { max, measure, median } from '../run.mjs';

/**
 * `node -e ''`, the CLI on one proposal, and the Action on one proposal (a workflow_dispatch
 * run, and a pull_request run with comment: never), alternated.
 */
export async function startup(actionRuns) {
  const one = path.join(ROOT, 'examples', 'proposals', 'orders-api.yaml');
  const steps = [
    ['bare', () => measure({ args: ['-e', ''], cwd: ROOT, tmpDir: tmp })],
    [
      'cli',
      () =>
        measure({ script: CLI, args: ['check', one, '--format', 'json'], cwd: ROOT, tmpDir: tmp }),
    ],
    ...Object.entries(actionRuns),
  ];
  const runs = Object.fromEntries(steps.map(([name]) => [name, []]));
  const failures = {};
  for (const [name, run] of steps) {
    const first = await run(); // warm-up, and a check that the Action succeeds
    if (first.code !== 0) failures[name] = failureText(first);
  }
  for (let i = 0; i < STARTUP_REPS; i++) {
    const order = i % 2 === 0 ? steps : [...steps].reverse();
    for (const [name, run] of order) runs[name].push(await run());
  }
  const stat = (name) => ({
    ms: median(runs[name].map((r) => r.ms)),
    cpuMs: median(runs[name].map((r) => r.cpuMs)),
    mb: max(runs[name].map((r) => r.rssMB)),
    n: runs[name].length,
    failure: failures[name],
  });
  return Object.fromEntries(steps.map(([name]) => [name, stat(name)]));
}
