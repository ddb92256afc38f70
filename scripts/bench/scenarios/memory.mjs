// Scenario `memory`: the CLI and the Action on the largest set, Node 20 (this one) and Node 24.

import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NODE24 } from '../../../test/e2e/node24.mjs';
import { ACTION, fmtMB, fmtMs, fmtN, log, opt, ours, TARGET, tmp } from '../context.mjs';
import { actionEnv, HEAD_SHA, makeWorkspace, pickProposals } from '../github-api.mjs';
import { max, measure, median } from '../run.mjs';

/** The Action over every proposal of a set (workflow_dispatch, comment: never). */
export function runActionAll(api) {
  return async (files, node) => {
    const ws = makeWorkspace(tmp, files);
    api.use({ changed: [], tree: ws.proposals, headSha: HEAD_SHA }, {});
    const { env } = actionEnv({
      tmpDir: tmp,
      workspace: ws.dir,
      apiUrl: api.url,
      event: 'workflow_dispatch',
      changedFiles: 0,
      headSha: HEAD_SHA,
      inputs: { 'github-token': 'bench-token', 'fail-on': 'never', comment: 'never' },
    });
    const r = await measure({
      script: ACTION,
      node,
      cwd: ws.dir,
      env,
      tmpDir: tmp,
      okCodes: [0, 1],
    });
    rmSync(ws.dir, { recursive: true, force: true });
    return r;
  };
}

export async function memoryAtScale(sets, actionAll) {
  const set = sets.find((x) => x.size === TARGET.bigSize) ?? sets.at(-1);
  const nodes = [
    ['Node 20', process.execPath],
    ...(existsSync(NODE24) ? [['Node 24', NODE24]] : []),
  ];
  const label = (who, node) => `${who}, ${node}`;
  const runs = {};
  const jobs = [];
  for (const [name, node] of nodes) {
    jobs.push([label('CLI', name), () => ours(set.dir, { node })]);
    if (actionAll) {
      const files = pickProposals(path.join(set.dir, 'proposals'), set.size);
      jobs.push([label('Action', name), () => actionAll(files, node)]);
    }
  }
  const reps = opt.quick ? 1 : 2;
  for (let i = 0; i < reps; i++) {
    for (const [name, run] of i % 2 === 0 ? jobs : [...jobs].reverse()) {
      const r = await run();
      (runs[name] ??= []).push(r);
      log(
        `${fmtN(set.size)} proposals, ${name}: ${fmtMs(r.ms)}, ${fmtMB(r.rssMB)}${r.code > 1 ? `, exit ${r.code}` : ''}`,
      );
    }
  }
  return {
    size: set.size,
    reps,
    rows: jobs.map(([name]) => ({
      label: name,
      ms: median(runs[name].map((r) => r.ms)),
      cpuMs: median(runs[name].map((r) => r.cpuMs)),
      mb: max(runs[name].map((r) => r.rssMB)),
      failed: runs[name].some((r) => r.code !== 0 && r.code !== 1),
    })),
  };
}
