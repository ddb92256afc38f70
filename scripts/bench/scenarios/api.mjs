// Scenario `api`: the Action against the loopback API: the requests each scenario makes, and
// the round trips of a pull request run at a fixed latency, before and after.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  ACTION,
  failureText,
  fmtMs,
  LATENCY_MS,
  log,
  NEW_HEAD_SHA,
  opt,
  ROOT,
  ROUND_TRIP_SIZES,
  TARGET,
  tmp,
} from '../context.mjs';
import { actionEnv, HEAD_SHA, makeWorkspace, roundTrips } from '../github-api.mjs';
import { measure, median } from '../run.mjs';

/**
 * The Action's scenarios. `min` is the fewest requests the scenario needs with the workspace
 * checked out: ceil(N/100) pages of the pull request's files, plus listing the comments and
 * creating or updating the one comment, plus listing the base branch's `.github` for its
 * configuration (a pull request's approvers come from its base); none for what
 * comment: never or no pull request skips. A first comment may cost one more, the look-again (apiEconomy).
 */
export function scenarios(proposalPool) {
  const changed = (n, proposals) => {
    const list = proposalPool
      .slice(0, proposals)
      .map((p) => ({ filename: `proposals/${path.basename(p)}`, status: 'added' }));
    for (let i = list.length; i < n; i++)
      list.push({ filename: `src/module-${String(i).padStart(4, '0')}.ts`, status: 'modified' });
    return list;
  };
  const pr = (n, proposals, comment, extra = {}) => ({
    event: 'pull_request',
    changed: changed(n, proposals),
    proposals: proposalPool.slice(0, proposals),
    inputs: { comment },
    min: Math.ceil(n / 100) + (comment === 'never' ? 0 : 2) + 1,
    ...extra,
  });
  return [
    {
      name: 'workflow_dispatch, 1 proposal',
      event: 'workflow_dispatch',
      changed: [],
      proposals: proposalPool.slice(0, 1),
      inputs: { comment: 'never' },
      min: 0,
    },
    { name: 'pull_request, 1 changed file (a proposal), comment: never', ...pr(1, 1, 'never') },
    { name: 'pull_request, 1 changed file (a proposal)', ...pr(1, 1, 'always') },
    { name: 'pull_request, 150 changed files (20 proposals)', ...pr(150, 20, 'always') },
    { name: 'pull_request, 250 changed files (40 proposals)', ...pr(250, 40, 'always') },
    {
      name: 'the same pull request after a new push (its comment exists: updated)',
      ...pr(250, 40, 'always'),
      keepComments: true,
      headSha: NEW_HEAD_SHA,
    },
    { name: 'pull_request, 250 changed files, comment: never', ...pr(250, 40, 'never') },
  ];
}

/** The start-up scenario: a pull request of one changed file (a proposal), comment: never. */
export const isPrNeverOne = (s) =>
  s.event === 'pull_request' && s.changed.length === 1 && s.inputs.comment === 'never';

export function actionRunner(api) {
  return async (scenario, { keepComments = false, profileDir, node, script = ACTION } = {}) => {
    const headSha = scenario.headSha ?? HEAD_SHA;
    const ws = makeWorkspace(tmp, scenario.proposals, headSha);
    api.use({ changed: scenario.changed, tree: ws.proposals, headSha }, { keepComments });
    const { env } = actionEnv({
      tmpDir: tmp,
      workspace: ws.dir,
      apiUrl: api.url,
      event: scenario.event,
      changedFiles: scenario.changed.length,
      headSha,
      inputs: { 'github-token': 'bench-token', 'fail-on': 'never', ...scenario.inputs },
    });
    const r = await measure({
      script,
      ...(node ? { node } : {}),
      nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      cwd: ws.dir,
      env,
      tmpDir: tmp,
      stdoutFile: path.join(tmp, 'action-stdout.txt'),
      okCodes: [0, 1],
    });
    const stdout = readFileSync(path.join(tmp, 'action-stdout.txt'), 'utf8');
    rmSync(ws.dir, { recursive: true, force: true });
    return { ...r, requests: api.log(), stdout };
  };
}

export async function apiEconomy(runAction, pool) {
  const rows = [];
  for (const s of scenarios(pool)) {
    const r = await runAction(s, { keepComments: s.keepComments });
    const count = (k) => r.requests.filter((q) => q.kind === k).length;
    const comments = count('list-comments') + count('create-comment') + count('update-comment');
    const failure = r.code !== 0 ? failureText(r) : undefined;
    rows.push({
      name: s.name,
      total: r.requests.length,
      files: count('files'),
      comments,
      other: r.requests.filter(
        (q) => !['files', 'list-comments', 'create-comment', 'update-comment'].includes(q.kind),
      ),
      min: s.min,
      ms: r.ms,
      code: r.code,
      failure,
      prFiles: s.changed.length,
      // After creating its comment, the Action lists the comments once more, to remove the
      // duplicate of a run racing it (SECURITY.md, "Two runs at the same time").
      lookAgain: count('create-comment') > 0 && count('list-comments') > 1 ? 1 : 0,
      event: s.event,
      comment: s.inputs.comment,
    });
    log(`Action, ${s.name}: ${r.requests.length} request(s), minimum ${s.min}, exit ${r.code}`);
  }
  return rows;
}

/** The Action bundle "before" (--before-action, or --before's committed dist/ extracted). */
export function beforeBundle() {
  if (opt['before-action']) return path.resolve(ROOT, opt['before-action']);
  const dir = path.join(tmp, `before-${opt.before.replace(/[^\w.-]/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', opt.before, 'dist'], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return path.join(dir, 'dist', 'index.js');
}

/**
 * One pull_request run of `script` on `proposals` (all of them changed), with the head
 * checked out in the workspace or no checkout at all (the files come from the API), every
 * answer held LATENCY_MS: wall time, requests, sequential round trips.
 */
export async function pullRequestRun(api, { script, proposals, checkout, headSha, keepComments }) {
  const files = Object.fromEntries(
    proposals.map((p) => [`proposals/${path.basename(p)}`, readFileSync(p, 'utf8')]),
  );
  const ws = checkout
    ? makeWorkspace(tmp, proposals, headSha)
    : { dir: mkdtempSync(path.join(tmp, 'workspace-')) };
  const changed = Object.keys(files).map((filename) => ({ filename, status: 'added' }));
  api.use({ changed, tree: Object.keys(files), headSha, files }, { keepComments });
  const { env } = actionEnv({
    tmpDir: tmp,
    workspace: ws.dir,
    apiUrl: api.url,
    event: 'pull_request',
    changedFiles: changed.length,
    headSha,
    inputs: { 'github-token': 'bench-token', 'fail-on': 'never', comment: 'always' },
  });
  const stdoutFile = path.join(tmp, 'action-stdout.txt');
  const r = await measure({ script, cwd: ws.dir, env, tmpDir: tmp, stdoutFile, okCodes: [0, 1] });
  rmSync(ws.dir, { recursive: true, force: true });
  const log = api.log();
  const stdout = readFileSync(stdoutFile, 'utf8');
  const commented = log.some(
    (q) => q.kind === (keepComments ? 'update-comment' : 'create-comment'),
  );
  return {
    ms: r.ms,
    code: r.code,
    requests: log.length,
    rounds: roundTrips(log),
    failure: r.code !== 0 || !commented ? failureText({ ...r, stdout }) : undefined,
  };
}

/**
 * "Before" and "after" side by side at LATENCY_MS a request: 1, 10 and 50 proposals, with
 * and without a checkout, a first comment then its update; the two bundles alternated.
 */
export async function roundTripTable(api, pool, before) {
  const reps = opt.quick ? 1 : 3;
  const bundles = { before, after: ACTION };
  const rows = [];
  api.setLatency(LATENCY_MS);
  try {
    for (const n of ROUND_TRIP_SIZES) {
      for (const checkout of [true, false]) {
        const runs = { before: { first: [], update: [] }, after: { first: [], update: [] } };
        for (let i = 0; i < reps; i++) {
          for (const who of i % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
            const base = { script: bundles[who], proposals: pool.slice(0, n), checkout };
            runs[who].first.push(
              await pullRequestRun(api, { ...base, headSha: HEAD_SHA, keepComments: false }),
            );
            runs[who].update.push(
              await pullRequestRun(api, { ...base, headSha: NEW_HEAD_SHA, keepComments: true }),
            );
          }
        }
        for (const comment of ['first', 'update']) {
          const stat = (list) => ({
            ms: median(list.map((r) => r.ms)),
            requests: median(list.map((r) => r.requests)),
            rounds: median(list.map((r) => r.rounds)),
            failure: list.find((r) => r.failure)?.failure,
          });
          const row = {
            n,
            checkout,
            comment,
            before: stat(runs.before[comment]),
            after: stat(runs.after[comment]),
          };
          rows.push(row);
          log(
            `${LATENCY_MS} ms a request, ${n} proposal(s), ${checkout ? 'checkout' : 'no checkout'}, ${comment}: ` +
              `before ${fmtMs(row.before.ms)} ${row.before.requests} req ${row.before.rounds} rt; ` +
              `after ${fmtMs(row.after.ms)} ${row.after.requests} req ${row.after.rounds} rt`,
          );
        }
      }
    }
  } finally {
    api.setLatency(0);
  }
  return { rows, reps, before };
}

/** The round-trip goals, on the "after" runs of the round-trip table. */
export function roundTripTarget(rounds) {
  const T = TARGET.rounds;
  const what = `at ${LATENCY_MS} ms a request, with a checkout: a comment update in ${T.update} sequential round trips, a first comment in ${T.first} (the look-again included); without a checkout 50 proposals within ${T.fiftyOverOne} round trips of one`;
  if (!rounds) return { what, value: 'not run', ok: undefined };
  const at = (n, checkout, comment) =>
    rounds.rows.find((r) => r.n === n && r.checkout === checkout && r.comment === comment).after;
  const withCheckout = rounds.rows.filter((r) => r.checkout);
  const most = (comment) =>
    Math.max(...withCheckout.filter((r) => r.comment === comment).map((r) => r.after.rounds));
  const over = (comment) => at(50, false, comment).rounds - at(1, false, comment).rounds;
  const failed = rounds.rows.some((r) => r.after.failure);
  return {
    what,
    value:
      `with a checkout, update ${most('update')}, first comment ${most('first')} (most over 1–50 proposals); ` +
      `without, 50 proposals take ${over('update')} (update) and ${over('first')} (first comment) more than one` +
      (failed ? '; **a run failed**' : ''),
    ok:
      !failed &&
      most('update') <= T.update &&
      most('first') <= T.first &&
      over('update') <= T.fiftyOverOne &&
      over('first') <= T.fiftyOverOne,
  };
}
