#!/usr/bin/env node
// `npm run bench` (issue 7): Stack Verdict's speed side by side with Spectral and with Node's
// own start-up, its growth with the number of proposals, what a run costs in API requests,
// and the size of the bundles. Writes docs/benchmarks.md; not part of the test suite.
//
//   node scripts/bench.mjs [options]
//     --sizes 100,1000,10000   proposal counts (default)
//     --quick                  sizes 100,1000, fewer repetitions, no profiles (a smoke run)
//     --no-spectral            skip the Spectral comparison
//     --no-profile             never profile, even when a target is missed
//     --budget SECONDS         cap on the whole run, Spectral's slow runs first to go (600)
//     --cli PATH               CLI bundle to time (dist/cli/index.js)
//     --action PATH            Action bundle to time (dist/index.js)
//     --out FILE               report file (docs/benchmarks.md); "-" prints it only
//     --only LIST              sections to run, of compare,startup,api,parse,memory (all)
//     --compare-action PATH    another Action bundle, alternated with --action in the start-up
//                              runs (e.g. a build of the previous commit)
//     --before REV             the commit whose committed dist/ is "before" in the round-trip
//                              table of the API section (27f7fee: main before the concurrent
//                              requests), extracted with git archive into the temporary folder
//     --before-action PATH     that bundle instead of --before's
//
// The machine may be shared and noisy: every comparison is a ratio of medians taken from
// runs alternated within this one process, never an absolute timing checked anywhere.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from '../bench/generate.mjs';
import {
  actionEnv,
  HEAD_SHA,
  makeWorkspace,
  pickProposals,
  roundTrips,
  startApi,
} from './bench/github-api.mjs';
import { profileMarkdown, summariseProfile } from './bench/profile.mjs';
import { max, measure, median, memoryMethod } from './bench/run.mjs';
import { ensureSpectral, spectralArgs } from './bench/spectral.mjs';
import { NODE24, versionOf } from '../test/e2e/node24.mjs';

const NEW_HEAD_SHA = 'd'.repeat(40);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    quick: { type: 'boolean', default: false },
    'no-spectral': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    budget: { type: 'string', default: '600' },
    cli: { type: 'string', default: 'dist/cli/index.js' },
    action: { type: 'string', default: 'dist/index.js' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    only: { type: 'string', default: 'compare,startup,api,parse,memory' },
    'compare-action': { type: 'string' },
    before: { type: 'string', default: '27f7fee' },
    'before-action': { type: 'string' },
  },
});
const ONLY = new Set(opt.only.split(','));
const SIZES = (opt.quick ? '100,1000' : opt.sizes)
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const BUDGET_MS = Number(opt.budget) * 1000;
const CLI = path.resolve(ROOT, opt.cli);
const ACTION = path.resolve(ROOT, opt.action);
const PROFILE = !opt['no-profile'] && !opt.quick;
const COMPARE_ACTION = opt['compare-action']
  ? path.resolve(ROOT, opt['compare-action'])
  : undefined;

/** Runs of each tool at a size: ours, Spectral's. Spectral is 10-100× slower, so fewer. */
function repetitions(size) {
  if (opt.quick) return { ours: 3, spectral: 1 };
  if (size <= 100) return { ours: 7, spectral: 5 };
  if (size <= 1000) return { ours: 5, spectral: 3 };
  return { ours: 3, spectral: 1 };
}
const STARTUP_REPS = opt.quick ? 7 : 21;

// The targets of issues 7 and 17.
const TARGET = {
  spectralRatio: 30, // × faster than Spectral on 1,000 proposals
  // × Node 24's bare start-up, the Action on one proposal, by scenario
  actionStartup: { dispatch: 2.5, prNever: 4.5 },
  bigSize: 10000,
  bigStartups: 30, // 10,000 proposals within this many bare Node start-ups
  bigMB: 300, // peak memory at 10,000 proposals, the CLI and the Action, Node 20 and 24
  // At LATENCY_MS a request, sequential round trips of a pull request run with a checkout
  // (a first comment includes the look-again for a racing run), and how many more 50
  // proposals may take than one without a checkout.
  rounds: { update: 2, first: 3, fiftyOverOne: 2 },
};
/** Added to every answer of the loopback API in the round-trip table. */
const LATENCY_MS = 100;
const ROUND_TRIP_SIZES = [1, 10, 50];

const log = (msg) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`,
  );
const elapsed = () => performance.now() - started;
const fmtMs = (ms) =>
  !Number.isFinite(ms)
    ? '–'
    : ms >= 10000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(0)} ms`;
const fmtMB = (mb) => (Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : '–');
const fmtX = (x) => (Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×` : '–');
const fmtN = (n) => n.toLocaleString('en-US');
const fmtBytes = (n) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(2)} MiB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${n} B`;
const met = (ok) => (ok === undefined ? '**not measured**' : ok ? '**met**' : '**NOT met**');

// ---------------------------------------------------------------------------------------------
// The machine and the code under test

function machine() {
  const cpus = os.cpus();
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'src', 'schema', 'dist'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim() !== '';
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    load: os.loadavg(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${commit}${dirty ? ' (with uncommitted changes in src/, schema/ or dist/)' : ''}`,
  };
}

/** The files beside the Action bundle (dist/ unless --action says otherwise). */
function bundleSizes() {
  const dist = path.dirname(ACTION);
  if (!existsSync(dist)) return [];
  const out = [];
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) visit(full);
      else
        out.push({
          file: path.relative(ROOT, full).split(path.sep).join('/'),
          bytes: statSync(full).size,
        });
    }
  };
  visit(dist);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

// ---------------------------------------------------------------------------------------------
// Runs

const tmp = mkdtempSync(path.join(os.tmpdir(), 'stack-verdict-bench-'));
const cleanup = () => rmSync(tmp, { recursive: true, force: true });
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

const ours = (dir, extra = {}) =>
  measure({
    script: CLI,
    args: ['check', 'proposals', '--format', 'json'],
    cwd: dir,
    tmpDir: tmp,
    ...extra,
  });

function spectralRun(spectral, dir, extra = {}) {
  return measure({
    script: spectral.script,
    args: spectralArgs(spectral.ruleset),
    cwd: dir,
    tmpDir: tmp,
    ...extra,
  });
}

/** Files each tool flags with the language rule, to show both rule sets judge alike. */
function agreement(ourJson, spectralJson, dir) {
  const ourReport = JSON.parse(readFileSync(ourJson, 'utf8'));
  const spectralReport = JSON.parse(readFileSync(spectralJson, 'utf8'));
  const rule = 'rust-without-measured-constraint';
  const a = new Set(
    ourReport.proposals.filter((p) => p.findings.some((f) => f.rule === rule)).map((p) => p.file),
  );
  const b = new Set(
    spectralReport
      .filter((r) => r.code === rule)
      .map((r) => path.relative(dir, r.source).split(path.sep).join('/')),
  );
  const invalidOurs = ourReport.proposals.filter((p) =>
    p.findings.some((f) => f.rule === 'proposal-invalid' || f.rule === 'waiver-invalid'),
  ).length;
  const invalidSpectral = new Set(
    spectralReport.filter((r) => r.code === 'proposal-invalid').map((r) => r.source),
  ).size;
  return {
    both: [...a].filter((f) => b.has(f)).length,
    onlyOurs: [...a].filter((f) => !b.has(f)).length,
    onlySpectral: [...b].filter((f) => !a.has(f)).length,
    invalidOurs,
    invalidSpectral,
    proposals: ourReport.proposals.length,
  };
}

async function compareWithSpectral(spectral, sets) {
  const rows = [];
  let agree;
  for (const { size, dir } of sets) {
    const reps = repetitions(size);
    const ourRuns = [];
    const spectralRuns = [];
    const notes = [];
    // Warm-up, untimed: file cache, and (at the first size) the agreement check.
    const ourJson = path.join(tmp, `ours-${size}.json`);
    await ours(dir, { stdoutFile: ourJson });
    if (spectral && !agree) {
      const spectralJson = path.join(tmp, `spectral-${size}.json`);
      await spectralRun(spectral, dir, { stdoutFile: spectralJson });
      agree = { size, ...agreement(ourJson, spectralJson, dir) };
    }
    const prev = rows.at(-1);
    for (let i = 0; i < Math.max(reps.ours, spectral ? reps.spectral : 0); i++) {
      const order = i % 2 === 0 ? ['ours', 'spectral'] : ['spectral', 'ours'];
      for (const who of order) {
        if (who === 'ours' && i < reps.ours) {
          ourRuns.push(await ours(dir));
          log(
            `${fmtN(size)} proposals: stack-verdict ${fmtMs(ourRuns.at(-1).ms)}, ${fmtMB(ourRuns.at(-1).rssMB)}`,
          );
        }
        if (who === 'spectral' && spectral && i < reps.spectral) {
          // Spectral grows about linearly: skip a run the budget cannot hold.
          const guess = spectralRuns.length
            ? median(spectralRuns.map((r) => r.ms))
            : prev?.spectralMs
              ? prev.spectralMs * (size / prev.size)
              : 0;
          const left = BUDGET_MS - elapsed() - 60_000; // keep a minute for the other sections
          if (spectralRuns.length > 0 && guess > left) {
            notes.push(
              `${reps.spectral - i} Spectral run(s) skipped to stay within the ${opt.budget} s budget`,
            );
            continue;
          }
          const timeoutMs = Math.max(60_000, left);
          const r = await spectralRun(spectral, dir, { timeoutMs });
          if (r.timedOut) notes.push(`Spectral stopped after ${fmtMs(r.ms)} (budget)`);
          else spectralRuns.push(r);
          log(
            `${fmtN(size)} proposals: Spectral ${r.timedOut ? `stopped at ${fmtMs(r.ms)}` : `${fmtMs(r.ms)}, ${fmtMB(r.rssMB)}`}`,
          );
        }
      }
    }
    const ourMs = median(ourRuns.map((r) => r.ms));
    const spectralMs = median(spectralRuns.map((r) => r.ms));
    rows.push({
      size,
      ourMs,
      ourMB: max(ourRuns.map((r) => r.rssMB)),
      ourCpuMs: median(ourRuns.map((r) => r.cpuMs)),
      ourRuns: ourRuns.length,
      spectralMs,
      spectralMB: max(spectralRuns.map((r) => r.rssMB)),
      spectralRuns: spectralRuns.length,
      ratio: spectralMs / ourMs,
      notes,
    });
  }
  return { rows, agree };
}

/**
 * What stands between the CLI and the targets: at each size from 1,000, the CLI on one thread
 * (`--jobs 1`) alternated with the default (`--jobs auto`), and the YAML library alone on the
 * same files (scripts/bench/yaml-floor.mjs, in-process, after reading them).
 */
async function floors(sets) {
  const FLOOR = path.join(ROOT, 'scripts', 'bench', 'yaml-floor.mjs');
  const reps = opt.quick ? 1 : 3;
  const rows = [];
  for (const { size, dir } of sets.filter((x) => x.size >= 1000)) {
    const auto = [];
    const one = [];
    const parse = [];
    for (let i = 0; i < reps; i++) {
      auto.push(await ours(dir));
      one.push(
        await ours(dir, { args: ['check', 'proposals', '--format', 'json', '--jobs', '1'] }),
      );
      const out = execFileSync(process.execPath, [FLOOR, path.join(dir, 'proposals')], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      parse.push(JSON.parse(out).parseMs);
    }
    rows.push({
      size,
      autoMs: median(auto.map((r) => r.ms)),
      oneMs: median(one.map((r) => r.ms)),
      oneCpuMs: median(one.map((r) => r.cpuMs)),
      autoCpuMs: median(auto.map((r) => r.cpuMs)),
      parseMs: median(parse),
    });
    log(
      `${fmtN(size)} proposals: --jobs auto ${fmtMs(rows.at(-1).autoMs)}, --jobs 1 ${fmtMs(rows.at(-1).oneMs)}, yaml alone ${fmtMs(rows.at(-1).parseMs)}`,
    );
  }
  return rows;
}

/**
 * `node -e ''`, the CLI on one proposal, and the Action on one proposal (a workflow_dispatch
 * run, and a pull_request run with comment: never), alternated.
 */
async function startup(actionRuns) {
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

// ---------------------------------------------------------------------------------------------
// The Action: scenarios against the loopback API

/** Why an Action run failed: its ::error lines, else the end of its output. */
function failureText(r) {
  const lines = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').filter(Boolean);
  const errors = lines.filter((l) => l.startsWith('::error'));
  return (
    (errors.length ? errors.slice(0, 2) : lines.slice(-3)).join(' / ').slice(0, 400) ||
    `exit ${r.code}`
  );
}

/**
 * The Action's scenarios. `min` is the fewest requests the scenario needs with the workspace
 * checked out: ceil(N/100) pages of the pull request's files, plus listing the comments and
 * creating or updating the one comment, plus listing the base branch's `.github` for its
 * configuration (a pull request's approvers come from its base: issue 14); none for what
 * comment: never or no pull request skips. A first comment may cost one more, the look-again (apiEconomy).
 */
function scenarios(proposalPool) {
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
const isPrNeverOne = (s) =>
  s.event === 'pull_request' && s.changed.length === 1 && s.inputs.comment === 'never';

function actionRunner(api) {
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

async function apiEconomy(runAction, pool) {
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
function beforeBundle() {
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
async function pullRequestRun(api, { script, proposals, checkout, headSha, keepComments }) {
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
async function roundTripTable(api, pool, before) {
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

// ---------------------------------------------------------------------------------------------
// The parse step: yaml as published or without generators, composed or read from the CST

const PARSE_VARIANTS = [
  {
    key: 'published-compose',
    yaml: 'published',
    mode: 'compose',
    label: 'yaml as published, Composer + toJS (before)',
  },
  {
    key: 'published-cst',
    yaml: 'published',
    mode: 'cst',
    label: 'yaml as published, read from the CST',
  },
  {
    key: 'nogen-compose',
    yaml: 'nogen',
    mode: 'compose',
    label: 'yaml without generators, Composer + toJS',
  },
  {
    key: 'nogen-cst',
    yaml: 'nogen',
    mode: 'cst',
    label: 'yaml without generators, read from the CST (the bundles)',
  },
];

/**
 * parseProposal alone (scripts/bench/parse-entry.ts, bundled here with ncc, yaml included, once
 * as published and once through scripts/yaml-nogen.mjs), in both modes of the CST shortcut:
 * in-process, after reading the files, rounds after the first timed; the four alternated.
 */
async function parsePaths(sets) {
  const { removeGenerators } = await import('./yaml-nogen.mjs');
  const published = path.join(tmp, 'parse-published');
  const nogen = path.join(tmp, 'parse-nogen');
  execFileSync(
    'npx',
    ['ncc', 'build', 'scripts/bench/parse-entry.ts', '-o', published, '--quiet'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  mkdirSync(nogen, { recursive: true });
  writeFileSync(path.join(published, 'package.json'), '{"type":"module"}\n');
  writeFileSync(path.join(nogen, 'package.json'), '{"type":"module"}\n');
  writeFileSync(
    path.join(nogen, 'index.js'),
    removeGenerators(readFileSync(path.join(published, 'index.js'), 'utf8')),
  );
  const reps = opt.quick ? 1 : 3;
  const rows = [];
  for (const { size, dir } of sets.filter((x) => x.size >= 1000)) {
    // Rounds in each process: the first warms up, the rest are timed.
    const rounds = opt.quick || size >= 10000 ? 3 : 6;
    const runs = Object.fromEntries(PARSE_VARIANTS.map((v) => [v.key, []]));
    for (let i = 0; i < reps; i++) {
      const order = i % 2 === 0 ? PARSE_VARIANTS : [...PARSE_VARIANTS].reverse();
      for (const v of order) {
        const script = path.join(v.yaml === 'nogen' ? nogen : published, 'index.js');
        const out = execFileSync(
          process.execPath,
          [script, path.join(dir, 'proposals'), v.mode, String(rounds)],
          { cwd: ROOT, encoding: 'utf8' },
        );
        runs[v.key].push(median(JSON.parse(out).ms.slice(1)));
      }
    }
    const row = {
      size,
      ms: Object.fromEntries(PARSE_VARIANTS.map((v) => [v.key, median(runs[v.key])])),
    };
    rows.push(row);
    log(
      `${fmtN(size)} proposals, parse step: ${PARSE_VARIANTS.map((v) => `${v.key} ${fmtMs(row.ms[v.key])}`).join(', ')}`,
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Memory at scale: the CLI and the Action on the largest set, Node 20 (this one) and Node 24

/** The Action over every proposal of a set (workflow_dispatch, comment: never). */
function runActionAll(api) {
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

async function memoryAtScale(sets, actionAll) {
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

// ---------------------------------------------------------------------------------------------
// Profiles, for the targets a run misses

async function profileCli(dir, label) {
  const profDir = mkdtempSync(path.join(tmp, 'prof-'));
  await ours(dir, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  return {
    label,
    markdown: profileMarkdown(summariseProfile(path.join(profDir, file), CLI, { root: ROOT })),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const m = machine();
  log(`${m.cpu}, ${m.cores} cores, Node ${m.node}; budget ${opt.budget} s`);
  if (!existsSync(CLI)) {
    console.error(`no CLI bundle at ${path.relative(ROOT, CLI)}: run \`npm run build\` first`);
    process.exit(1);
  }
  const hasAction = existsSync(ACTION);
  let spectral;
  if (!opt['no-spectral'] && ONLY.has('compare')) spectral = await ensureSpectral(ROOT, log);

  // Proposals, generated (seeded) into the temporary folder.
  const sets = [];
  for (const size of SIZES) {
    const dir = path.join(tmp, `n${size}`);
    mkdirSync(dir, { recursive: true });
    sets.push({ size, dir, stats: generate(dir, size) });
    log(`generated ${fmtN(size)} proposals`);
  }

  const cmp = ONLY.has('compare') ? await compareWithSpectral(spectral, sets) : { rows: [] };
  const floorRows = ONLY.has('compare') ? await floors(sets) : [];

  let api;
  let runAction;
  let economy = [];
  let pool = [];
  if (hasAction) {
    api = await startApi();
    runAction = actionRunner(api);
    pool = pickProposals(path.join(sets[0].dir, 'proposals'), Math.max(40, ...ROUND_TRIP_SIZES));
  }
  const list = hasAction ? scenarios(pool) : [];
  const actionRuns = hasAction
    ? {
        action: () => runAction(list.find((x) => x.event === 'workflow_dispatch')),
        actionPr: () => runAction(list.find(isPrNeverOne)),
        // GitHub runs the Action on Node 24 (action.yml): the same runs on that binary, and
        // its own bare start-up, when the end-to-end suite's copy is there (npm test puts it).
        ...(existsSync(NODE24)
          ? {
              bare24: () => measure({ node: NODE24, args: ['-e', ''], cwd: ROOT, tmpDir: tmp }),
              action24: () =>
                runAction(
                  list.find((x) => x.event === 'workflow_dispatch'),
                  { node: NODE24 },
                ),
              actionPr24: () => runAction(list.find(isPrNeverOne), { node: NODE24 }),
              ...(COMPARE_ACTION
                ? {
                    other24: () =>
                      runAction(
                        list.find((x) => x.event === 'workflow_dispatch'),
                        { node: NODE24, script: COMPARE_ACTION },
                      ),
                    otherPr24: () =>
                      runAction(list.find(isPrNeverOne), { node: NODE24, script: COMPARE_ACTION }),
                  }
                : {}),
            }
          : {}),
      }
    : {};
  let start;
  if (ONLY.has('startup')) {
    log('start-up: node -e "", the CLI and the Action on one proposal');
    start = await startup(actionRuns);
  }
  if (hasAction && ONLY.has('api')) economy = await apiEconomy(runAction, pool);
  let rounds;
  if (hasAction && ONLY.has('api')) {
    const before = beforeBundle();
    log(
      `round trips at ${LATENCY_MS} ms a request: ${path.relative(ROOT, before)} against ${path.relative(ROOT, ACTION)}`,
    );
    rounds = await roundTripTable(api, pool, before);
  }
  const parseRows = ONLY.has('parse') ? await parsePaths(sets) : [];
  const memory = ONLY.has('memory')
    ? await memoryAtScale(sets, hasAction ? runActionAll(api) : undefined)
    : undefined;

  // Targets
  const at1000 = cmp.rows.find((r) => r.size === 1000);
  const big = cmp.rows.find((r) => r.size === TARGET.bigSize);
  const actionRatio = start?.action24 ? start.action24.ms / start.bare24.ms : undefined;
  const actionPrRatio = start?.actionPr24 ? start.actionPr24.ms / start.bare24.ms : undefined;
  const bigStartups = big && start?.bare ? big.ourMs / start.bare.ms : undefined;
  // Only a run at the target's size counts for it (a --quick run measures its largest set).
  const memRows = memory?.size === TARGET.bigSize ? memory.rows : [];
  const prRows = economy.filter((r) => r.event === 'pull_request');
  const targets = [
    {
      what: `≥ ${TARGET.spectralRatio}× faster than Spectral on 1,000 proposals`,
      value:
        at1000 && Number.isFinite(at1000.ratio)
          ? `${fmtX(at1000.ratio)} (${fmtMs(at1000.ourMs)} vs ${fmtMs(at1000.spectralMs)})`
          : 'not run',
      ok:
        at1000 && Number.isFinite(at1000.ratio) ? at1000.ratio >= TARGET.spectralRatio : undefined,
    },
    {
      what: `the Action on one proposal on Node 24: workflow_dispatch within ${TARGET.actionStartup.dispatch}×, pull_request with comment: never within ${TARGET.actionStartup.prNever}× of Node 24's bare start-up`,
      value: actionRatio
        ? `workflow_dispatch ${fmtX(actionRatio)} (${fmtMs(start.action24.ms)} vs ${fmtMs(start.bare24.ms)}); ` +
          `pull_request, comment: never ${fmtX(actionPrRatio)} (${fmtMs(start.actionPr24.ms)})`
        : start
          ? `${path.relative(ROOT, ACTION)} not built, or no Node 24 in .tmp/node24`
          : 'not run',
      ok: actionRatio
        ? actionRatio <= TARGET.actionStartup.dispatch &&
          actionPrRatio <= TARGET.actionStartup.prNever
        : undefined,
    },
    {
      what: `${fmtN(TARGET.bigSize)} proposals within ${TARGET.bigStartups} bare Node start-ups (\`node -e ''\`)`,
      value: bigStartups
        ? `${fmtX(bigStartups)} (${fmtMs(big.ourMs)} vs ${fmtMs(start.bare.ms)})`
        : 'not run',
      ok: bigStartups ? bigStartups <= TARGET.bigStartups : undefined,
    },
    {
      what: `${fmtN(TARGET.bigSize)} proposals in under ${TARGET.bigMB} MB on Node 20 and 24 (the CLI and the Action)`,
      value: memRows.length
        ? memRows.map((r) => `${r.label} ${fmtMB(r.mb)}`).join('; ')
        : big
          ? `${fmtMB(big.ourMB)} (the CLI on Node ${process.versions.node.split('.')[0]} only)`
          : 'not run',
      ok: memRows.length
        ? memRows.every((r) => r.mb < TARGET.bigMB)
        : big
          ? big.ourMB < TARGET.bigMB
          : undefined,
    },
    {
      what: "a pull request costs at most one files request per 100 changed files plus two comment requests (issue 7), plus the base branch's approval policy (issue 14) and, on a first comment, the look-again (issue 6)",
      value: prRows.length
        ? prRows.map((r) => `${r.total}/${r.min}`).join(', ') +
          ' (requests/minimum per scenario)' +
          (prRows.some((r) => r.lookAgain)
            ? '; a first comment costs one request more: the look-again for a racing run'
            : '')
        : hasAction && !ONLY.has('api')
          ? 'not run'
          : `${path.relative(ROOT, ACTION)} not built`,
      ok: prRows.length
        ? prRows.every((r) => r.total <= r.min + r.lookAgain && r.code !== null)
        : undefined,
    },
    roundTripTarget(rounds),
  ];

  // Profiles of what was missed
  const profiles = [];
  if (PROFILE) {
    const largest = sets.at(-1);
    if (targets[0].ok === false || targets[2].ok === false || targets[3].ok === false) {
      log(`profiling the CLI on ${fmtN(largest.size)} proposals`);
      profiles.push(
        await profileCli(
          largest.dir,
          `The CLI on ${fmtN(largest.size)} proposals (\`node --cpu-prof ${path.relative(ROOT, CLI)} check proposals --format json\`)`,
        ),
      );
    }
    if (targets[1].ok === false) {
      const over = [
        [scenarios(pool)[0], 'workflow_dispatch', actionRatio],
        [scenarios(pool)[1], 'pull_request, 1 changed file, comment: never', actionPrRatio],
      ].filter(
        ([, label, ratio]) =>
          ratio >
          (label === 'workflow_dispatch'
            ? TARGET.actionStartup.dispatch
            : TARGET.actionStartup.prNever),
      );
      for (const [scenario, label] of over) {
        log(`profiling the Action on one proposal (${label})`);
        const profDir = mkdtempSync(path.join(tmp, 'prof-'));
        await runAction(scenario, { profileDir: profDir, node: NODE24 });
        const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
        profiles.push({
          label: `The Action on one proposal (${label}, \`node24 --cpu-prof ${path.relative(ROOT, ACTION)}\`)`,
          markdown: profileMarkdown(
            summariseProfile(path.join(profDir, file), ACTION, { root: ROOT }),
          ),
        });
      }
    }
  }
  await api?.close();

  const totalS = elapsed() / 1000;
  const doc = report({
    m,
    sets,
    cmp,
    floorRows,
    start,
    economy,
    targets,
    profiles,
    spectral,
    hasAction,
    totalS,
    rounds,
    memory: await memoryMethod(),
    parseRows,
    scale: memory,
  });
  if (opt.out === '-') process.stdout.write(doc);
  else {
    const out = path.resolve(ROOT, opt.out);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, doc);
    log(`wrote ${path.relative(ROOT, out)}`);
  }
  process.stdout.write(`\n${targetsTable(targets)}\n\nnpm run bench took ${totalS.toFixed(0)} s\n`);
}

/** The round-trip goals of issue 17, on the "after" runs of the round-trip table. */
function roundTripTarget(rounds) {
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

function targetsTable(targets) {
  return [
    '| target | measured | |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.what} | ${t.value} | ${met(t.ok)} |`),
  ].join('\n');
}

function report({
  m,
  sets,
  cmp,
  floorRows,
  start,
  economy,
  targets,
  profiles,
  spectral,
  hasAction,
  totalS,
  memory,
  parseRows,
  scale,
  rounds,
}) {
  const L = [];
  const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');
  L.push('# Benchmarks', '');
  L.push(
    'Written by `npm run bench` (scripts/bench.mjs); run it again to refresh this page. Every',
    'comparison is a ratio of medians of runs alternated within one process on the machine',
    'below, so it holds better than the absolute times, which vary with the machine and its load.',
    '',
  );
  L.push('| machine | |', '|---|---|');
  L.push(
    `| CPU | ${m.cpu} |`,
    `| cores | ${m.cores} |`,
    `| memory | ${m.memoryGB.toFixed(1)} GiB |`,
    `| OS | ${m.os} |`,
  );
  L.push(`| Node | ${m.node} |`, `| date | ${m.date} |`, `| commit | ${m.commit} |`);
  const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
  L.push(
    `| load average (1, 5, 15 min) | ${load(m.load)} at the start, ${load(os.loadavg())} at the end |`,
  );
  L.push(
    `| peak memory measured with | ${memory} |`,
    `| this run took | ${totalS.toFixed(0)} s${opt.quick ? ' (`--quick`)' : ''} |`,
    '',
  );

  L.push('## Targets', '', targetsTable(targets), '');

  // Spectral
  L.push('## Against Spectral', '');
  if (!spectral)
    L.push(ONLY.has('compare') ? 'Skipped (`--no-spectral`).' : 'Not run (`--only`).', '');
  else {
    L.push(
      `The same generated proposals (\`bench/generate.mjs\`, seeded, so identical every run; ${describeSets(sets)}),`,
      `judged by \`node ${rel(CLI)} check proposals --format json\` and by`,
      `\`spectral lint 'proposals/**/*.{yml,yaml,md}' --ruleset bench/spectral/.spectral.yaml --format json\``,
      `(@stoplight/spectral-cli ${spectral.version}, installed on demand into the git-ignored \`.bench/\`).`,
      'The ruleset checks the same schema (schema/proposal.schema.json, inlined by',
      '`bench/spectral/make-ruleset.mjs` because Spectral does not follow a `$ref` out of a',
      'ruleset, through the core function `schema`) and the main language rule',
      '(`rust-without-measured-constraint`, JSONPath `$.language` and the custom function',
      '`bench/spectral/functions/rustWithoutJustification.js`). Spectral has no notion of',
      'Markdown front matter: it reads a `.md` proposal as a YAML stream, judges the front matter',
      '(the first document) and reports the Markdown body as parser errors.',
      '',
    );
    if (cmp.agree) {
      const a = cmp.agree;
      L.push(
        `Both judge alike: on the ${fmtN(a.size)} proposals, ${a.both} are flagged \`rust-without-measured-constraint\` by both,`,
        `${a.onlyOurs} by Stack Verdict only and ${a.onlySpectral} by Spectral only; ${a.invalidSpectral} fail Spectral's schema`,
        `rule, ${a.invalidOurs} are invalid for Stack Verdict (which also reports YAML errors, duplicate keys and bad waivers).`,
        '',
      );
    }
    L.push(
      '| proposals | Stack Verdict (median) | runs | Spectral (median) | runs | Spectral ÷ Stack Verdict |',
      '|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of cmp.rows) {
      L.push(
        `| ${fmtN(r.size)} | ${fmtMs(r.ourMs)} | ${r.ourRuns} | ${fmtMs(r.spectralMs)} | ${r.spectralRuns} | ${fmtX(r.ratio)} |`,
      );
    }
    L.push('');
    const notes = cmp.rows.flatMap((r) => r.notes.map((n) => `${fmtN(r.size)} proposals: ${n}.`));
    L.push(
      'Repetitions shrink with size, since one Spectral run on 10,000 proposals takes minutes:',
      `${cmp.rows.map((r) => `${fmtN(r.size)}: ${repetitions(r.size).ours} × Stack Verdict, ${repetitions(r.size).spectral} × Spectral`).join('; ')},`,
      `each size after one untimed warm-up run; the whole run is capped at about ${Math.round(BUDGET_MS / 60000)} minutes (\`--budget\`),`,
      'and a Spectral run the budget cannot hold is skipped or stopped.',
      ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
      '',
    );
  }

  // Start-up
  L.push('## Start-up', '');
  if (!start) L.push('Not run (`--only`).', '');
  else {
    const row = (label, st) =>
      `| ${label} | ${fmtMs(st.ms)} | ${fmtX(st.ms / start.bare.ms)} | ${fmtMs(st.cpuMs)} | ${fmtMB(st.mb)} |`;
    L.push(
      `Medians of ${start.bare.n} runs each, alternated, after one warm-up run each. One proposal:`,
      '`examples/proposals/orders-api.yaml` for the CLI; for the Action, a generated one, checked',
      'out in a workspace, the API being the loopback server (below).',
      '',
      "| command | median | × `node -e ''` | CPU time | peak memory |",
      '|---|---:|---:|---:|---:|',
      row("`node -e ''`", start.bare),
      row(`CLI: \`node ${rel(CLI)} check FILE --format json\``, start.cli),
    );
    if (start.action) {
      L.push(
        row(`Action: \`node ${rel(ACTION)}\`, workflow_dispatch`, start.action),
        row(
          `Action: \`node ${rel(ACTION)}\`, pull_request (1 file), comment: never`,
          start.actionPr,
        ),
      );
    } else {
      L.push(
        `| Action | not measured: \`${rel(ACTION)}\` is not built (\`npm run build\`) | | | |`,
      );
    }
    if (start.bare24) {
      const row24 = (label, st) =>
        `| ${label} | ${fmtMs(st.ms)} | ${fmtX(st.ms / start.bare24.ms)} | ${fmtMs(st.cpuMs)} | ${fmtMB(st.mb)} |`;
      L.push(
        '',
        `The same, alternated with the runs above, on Node ${versionOf(NODE24)}: the runtime GitHub`,
        'runs the Action on (`runs.using: node24`), from the copy the end-to-end suite installs',
        'in `.tmp/node24`. Its bare start-up is much shorter, so the same work is a larger multiple',
        'of it; the start-up target (issue 17) is taken on Node 24, as GitHub runs the Action.',
        '',
        "| command | median | × `node24 -e ''` | CPU time | peak memory |",
        '|---|---:|---:|---:|---:|',
        row24("`node24 -e ''`", start.bare24),
        row24(`Action: \`node24 ${rel(ACTION)}\`, workflow_dispatch`, start.action24),
        row24(
          `Action: \`node24 ${rel(ACTION)}\`, pull_request (1 file), comment: never`,
          start.actionPr24,
        ),
        ...(start.other24
          ? [
              row24(`Action: \`node24 ${rel(COMPARE_ACTION)}\`, workflow_dispatch`, start.other24),
              row24(
                `Action: \`node24 ${rel(COMPARE_ACTION)}\`, pull_request (1 file), comment: never`,
                start.otherPr24,
              ),
            ]
          : []),
      );
    }
    if (start.other24) {
      L.push(
        '',
        `\`${rel(COMPARE_ACTION)}\` (\`--compare-action\`) is another build, alternated with the runs above.`,
      );
    }
    L.push(
      '',
      'What a start costs besides Node itself: reading and compiling the bundle (about a third of',
      'it), then the work. The Action imports the few functions of @actions/core it uses from the',
      "package's own modules (src/action/core.ts), not its index, which loads the OIDC client and",
      'undici on every start; it writes workflow commands with fs.writeSync rather than building',
      '`process.stdout` (~2.5 ms on a pipe), and reads and writes its few small files (event',
      'payload, .git/HEAD, configuration, report, job summary) synchronously: each trip through',
      "libuv's thread pool cost more than the read. The default globs' expressions are compiled",
      'ahead of time (src/generated/globs.js, ~2 ms). A pull request run loads octokit in the chunk',
      'its first API request imports, but not undici: without a proxy the requests go over',
      'node:http(s) (src/action/http-fetch.ts), and undici loads from `undici.cjs` only when a proxy',
      "applies (scripts/lazy-proxy.mjs). The bundles' module wrappers are functions, not arrows",
      "(scripts/eager-modules.mjs): Node 20's V8 compiles `(function () {})` once but pre-parses a",
      'parenthesised arrow and parses it again when the module loads, ~15 ms of the CLI on Node 20;',
      'and they are ASCII only (scripts/ascii-only.mjs): one "—" made the whole source two-byte text.',
    );
    L.push('');
    for (const [name, st] of Object.entries(start)) {
      if (st.failure)
        L.push(
          `The ${name} run failed, so its time may not be representative: \`${st.failure}\``,
          '',
        );
    }
  }

  // Scale
  L.push('## Scale', '');
  L.push(
    'The CLI over the generated proposals (`check proposals --format json`), medians of the runs above; peak memory is the highest of them.',
    '',
  );
  L.push(
    '| proposals | time | CPU time | per proposal | peak memory | time × per 10× | memory × per 10× |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  );
  cmp.rows.forEach((r, i) => {
    const p = cmp.rows[i - 1];
    // Growth per tenfold, whatever the step between sizes.
    const per10 = (a, b) => (p ? fmtX(Math.pow(a / b, 1 / Math.log10(r.size / p.size))) : '');
    L.push(
      `| ${fmtN(r.size)} | ${fmtMs(r.ourMs)} | ${fmtMs(r.ourCpuMs)} | ${(r.ourMs / r.size).toFixed(2)} ms | ${fmtMB(r.ourMB)} | ${p ? per10(r.ourMs, p.ourMs) : ''} | ${p ? per10(r.ourMB, p.ourMB) : ''} |`,
    );
  });
  L.push(
    '',
    'CPU time is user + system time of the process: less sensitive than the wall time to other',
    'work on the machine (see the load average above), it shows what a quiet machine would take.',
  );
  if (cmp.rows.length >= 2) {
    const [a, b] = cmp.rows.slice(-2);
    L.push(
      '',
      `Marginal cost from ${fmtN(a.size)} to ${fmtN(b.size)} proposals: ${((b.ourMs - a.ourMs) / (b.size - a.size)).toFixed(2)} ms and ${(((b.ourMB - a.ourMB) * 1024) / (b.size - a.size)).toFixed(1)} KiB a proposal.`,
    );
  }
  if (spectral && cmp.rows.some((r) => Number.isFinite(r.spectralMB))) {
    L.push(
      '',
      `Spectral's peak memory: ${cmp.rows.map((r) => `${fmtN(r.size)}: ${fmtMB(r.spectralMB)}`).join(', ')}.`,
    );
  }
  L.push('');

  if (floorRows.length) {
    L.push('## What stands in the way: the YAML parser', '');
    L.push(
      'The same proposals judged by the CLI on one thread (`--jobs 1`) and by default (`--jobs auto`:',
      'one thread per core from 4,000 files, on machines of 3 cores or more; from 2,000 files on 2',
      'cores or more, a second thread reads the files ahead of the one judging them,',
      '`src/cli/read-ahead.ts`), alternated, and the',
      '`yaml` library as published parsing the same files into documents with positions',
      '(`parseDocument` with a LineCounter, `scripts/bench/yaml-floor.mjs`: in-process, after reading',
      'them, so without start-up or I/O). That parse is what an engine pays that takes the documents',
      "yaml builds; the bundles read the parser's tokens instead, with yaml's lexer and parser",
      'rewritten without generators (next section), so the whole CLI on one thread can take less',
      'than that parse alone. The last column is the best ratio to Spectral such an engine could reach.',
      '',
      '| proposals | `--jobs auto` | CPU time | `--jobs 1` | CPU time | `yaml` alone | share of `--jobs 1` | Node start-up + `yaml` alone | Spectral ÷ that floor |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const f of floorRows) {
      const bare = start?.bare?.ms ?? NaN;
      const floor = bare + f.parseMs;
      const spectralMs = cmp.rows.find((r) => r.size === f.size)?.spectralMs ?? NaN;
      L.push(
        `| ${fmtN(f.size)} | ${fmtMs(f.autoMs)} | ${fmtMs(f.autoCpuMs)} | ${fmtMs(f.oneMs)} | ${fmtMs(f.oneCpuMs)} | ${fmtMs(f.parseMs)} | ${((f.parseMs / f.oneMs) * 100).toFixed(0)}% | ${fmtMs(floor)} | ${fmtX(spectralMs / floor)} |`,
      );
    }
    L.push('');
  }

  if (parseRows.length) {
    L.push('## The parse step: yaml without generators, data from the CST', '');
    L.push(
      '`parseProposal` alone on the generated proposals (`scripts/bench/parse-entry.ts`, bundled by',
      'this script with ncc, yaml included): in-process, after reading the files, the median of',
      'rounds after a first untimed one, the four variants alternated. "Without generators" is',
      "yaml's Lexer and Parser as `scripts/yaml-nogen.mjs` rewrites them in the bundles;",
      '"read from the CST" builds the data and positions from the parser\'s tokens',
      '(`src/core/proposal/cst.ts`) where the Composer and `toJS()` did it before; files it does',
      'not handle (errors, anchors, duplicate keys…) still go to the Composer.',
      '',
      `| proposals | ${PARSE_VARIANTS.map((v) => v.label).join(' | ')} |`,
      `|---:|${PARSE_VARIANTS.map(() => '---:').join('|')}|`,
    );
    for (const r of parseRows) {
      const base = r.ms['published-compose'];
      L.push(
        `| ${fmtN(r.size)} | ${PARSE_VARIANTS.map((v) => (v.key === 'published-compose' ? fmtMs(base) : `${fmtMs(r.ms[v.key])} (${fmtX(base / r.ms[v.key])} faster)`)).join(' | ')} |`,
      );
    }
    L.push('');
  }

  if (scale) {
    L.push(`## Memory at ${fmtN(scale.size)} proposals`, '');
    L.push(
      `The CLI (\`check proposals --format json\`, default \`--jobs auto\`) and the Action (workflow_dispatch,`,
      `comment: never, every proposal checked out in the workspace) on ${fmtN(scale.size)} generated proposals, on`,
      `this machine's Node and on Node 24; ${scale.reps} alternated run(s) each, peak memory the highest.`,
      'Both entry points keep the young generation at its first size (`src/io/heap.ts`):',
      "Node 24's V8 otherwise grows it far past Node 20's.",
      '',
      '| run | time | CPU time | peak memory | |',
      '|---|---:|---:|---:|---|',
    );
    for (const r of scale.rows) {
      L.push(
        `| ${r.label} | ${fmtMs(r.ms)} | ${fmtMs(r.cpuMs)} | ${fmtMB(r.mb)} | ${r.failed ? '**failed**' : r.mb < TARGET.bigMB ? `under ${TARGET.bigMB} MB` : `**over ${TARGET.bigMB} MB**`} |`,
      );
    }
    L.push('');
  }

  // API economy
  L.push('## API economy', '');
  if (!hasAction) {
    L.push(
      `Not measured: \`${rel(ACTION)}\` is not built yet. \`npm run build\`, then \`npm run bench\`.`,
      '',
    );
  } else {
    L.push(
      'The Action against a loopback stand-in of the GitHub API (a node:http server on 127.0.0.1 in',
      'the benchmark, `scripts/bench/github-api.mjs`, logging every request), the workspace checked',
      'out at the pull request head. Minimum: ceil(N/100) pages of the pull request files (N changed',
      'files), plus listing the comments and creating or updating the comment, unless comment: never,',
      "plus looking up the base branch's configuration for its approval policy: who may approve a",
      'waiver comes from the base, never from the pull request itself (issue 14). That is one listing',
      'of `.github` at the base commit here, where the base has no configuration (and one read more',
      'where it has).',
      'A run that creates the comment lists the comments once more ("look-again"): two runs at the',
      'same time may both create one, and the newer one is then removed at once (SECURITY.md). That',
      'is one request per pull request, on its first comment; every later run updates in place.',
      '',
      '| scenario | requests | files | comments | other | minimum | |',
      '|---|---:|---:|---:|---|---:|---|',
    );
    for (const r of economy) {
      const other = r.other.length ? r.other.map((q) => `${q.method} ${q.path}`).join('<br>') : '';
      L.push(
        `| ${r.name} | ${r.total} | ${r.files} | ${r.comments} | ${other} | ${r.min} | ${r.total <= r.min ? 'ok' : r.total <= r.min + r.lookAgain ? '+1: look-again' : '**over**'} |`,
      );
    }
    const failed = economy.filter((r) => r.failure);
    if (failed.length) {
      L.push(
        '',
        'Runs that failed (their counts may be short):',
        ...failed.map((r) => `- ${r.name}: \`${r.failure}\``),
      );
    }
    L.push('');
    if (rounds) L.push(...roundTripMarkdown(rounds, rel), '');
  }

  // Bundle
  L.push('## Bundle', '');
  const files = bundleSizes();
  if (!files.length) L.push('dist/ is not built.', '');
  else {
    L.push('| file | size |', '|---|---:|');
    for (const f of files) L.push(`| ${f.file} | ${fmtBytes(f.bytes)} |`);
    L.push(`| total | ${fmtBytes(files.reduce((s, f) => s + f.bytes, 0))} |`, '');
  }

  if (profiles.length) {
    L.push('## Profiles of the missed targets', '');
    for (const p of profiles) L.push(`### ${p.label}`, '', p.markdown, '');
  }
  L.push('## Running it', '');
  L.push(
    '```sh',
    'npm run build      # dist/ (both bundles)',
    'npm run bench      # several minutes, most of them Spectral on 10,000 proposals; writes this page',
    'node scripts/bench.mjs --quick --out -     # a smoke run (about a minute), printed',
    'node scripts/bench.mjs --cli /tmp/x/cli/index.js --action /tmp/x/index.js   # other bundles',
    '```',
    '',
    'Spectral is installed into `.bench/` on first use (not a dependency of the project).',
    '',
  );
  return L.join('\n');
}

function roundTripMarkdown(rounds, rel) {
  const L = [
    `### Round trips at ${LATENCY_MS} ms a request, before and after`,
    '',
    `The loopback API holds every answer ${LATENCY_MS} ms (\`startApi({ latencyMs })\`). A pull request`,
    'changing N proposals (and nothing else), with its head checked out in the workspace or with',
    'no checkout (the files read through the API), `comment: always`: the first comment, then',
    'its update after a new push. Sequential round trips: the longest chain of requests each sent',
    'after the answer to the one before it (requests made together count once). "Before" is',
    opt['before-action']
      ? `\`${rel(rounds.before)}\`; "after" is \`${rel(ACTION)}\`.`
      : `the Action bundle committed at ${opt.before} (\`git archive ${opt.before} dist\`: main before the concurrent requests); "after" is \`${rel(ACTION)}\`.`,
    `Medians of ${rounds.reps} alternated run(s) each; wall time includes the start-up of Node.`,
    '',
    '| proposals | checkout | comment | before: wall | requests | round trips | after: wall | requests | round trips |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rounds.rows) {
    const cells = (x) =>
      `${fmtMs(x.ms)}${x.failure ? ' (**failed**)' : ''} | ${x.requests} | ${x.rounds}`;
    L.push(
      `| ${r.n} | ${r.checkout ? 'yes' : 'no'} | ${r.comment === 'first' ? 'first' : 'update'} | ${cells(r.before)} | ${cells(r.after)} |`,
    );
  }
  const failures = rounds.rows.flatMap((r) =>
    ['before', 'after']
      .filter((w) => r[w].failure)
      .map(
        (w) =>
          `- ${w}, ${r.n} proposal(s), ${r.checkout ? 'checkout' : 'no checkout'}, ${r.comment}: \`${r[w].failure}\``,
      ),
  );
  if (failures.length) L.push('', 'Runs that failed or did not comment:', ...failures);
  L.push(
    '',
    'Without a checkout, from 13 proposals on the files are read in one GraphQL request per 100',
    '(src/action/api/get-file-batch.ts). @octokit/plugin-throttling counts every POST, GraphQL',
    'queries too, as a write and starts the next write (here the comment) at least 1 s after it:',
    'that wait is in the wall time, not in the round trips.',
  );
  return L;
}

function describeSets(sets) {
  const s = sets.at(-1).stats;
  const pct = (n) => `${Math.round((100 * n) / s.files)}%`;
  return `at ${fmtN(s.files)}: ${pct(s.go)} Go, ${pct(s.rust)} Rust, ${pct(s.other)} other languages; ${pct(s.yaml)} YAML, ${pct(s.md)} Markdown; ${pct(s.invalid)} invalid`;
}

main().catch((err) => {
  console.error(err.stack ?? err);
  process.exit(1);
});
