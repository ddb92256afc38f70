// What every part of the benchmark shares: the command line, the targets, the log, the number
// formats, the temporary folder (removed on exit) and a run of the CLI.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure } from './run.mjs';

export const NEW_HEAD_SHA = 'd'.repeat(40);
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const started = performance.now();

export const { values: opt } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    quick: { type: 'boolean', default: false },
    'no-spectral': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    budget: { type: 'string', default: '600' },
    cli: { type: 'string', default: 'dist/cli/index.js' },
    action: { type: 'string', default: 'dist/index.js' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    only: { type: 'string', default: 'compare,startup,api,parse,memory,portfolio' },
    'compare-action': { type: 'string' },
    before: { type: 'string', default: '27f7fee' },
    'before-action': { type: 'string' },
  },
});
export const ONLY = new Set(opt.only.split(','));
export const SIZES = (opt.quick ? '100,1000' : opt.sizes)
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
export const BUDGET_MS = Number(opt.budget) * 1000;
export const CLI = path.resolve(ROOT, opt.cli);
export const ACTION = path.resolve(ROOT, opt.action);
export const PROFILE = !opt['no-profile'] && !opt.quick;
export const COMPARE_ACTION = opt['compare-action']
  ? path.resolve(ROOT, opt['compare-action'])
  : undefined;

/** Runs of each tool at a size: ours, Spectral's. Spectral is 10-100× slower, so fewer. */
export function repetitions(size) {
  if (opt.quick) return { ours: 3, spectral: 1 };
  if (size <= 100) return { ours: 7, spectral: 5 };
  if (size <= 1000) return { ours: 5, spectral: 3 };
  return { ours: 3, spectral: 1 };
}
export const STARTUP_REPS = opt.quick ? 7 : 21;

// The speed, start-up and round-trip targets the benchmark page holds us to.
export const TARGET = {
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
export const LATENCY_MS = 100;
export const ROUND_TRIP_SIZES = [1, 10, 50];

export const log = (msg) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`,
  );
export const elapsed = () => performance.now() - started;
export const fmtMs = (ms) =>
  !Number.isFinite(ms)
    ? '–'
    : ms >= 10000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(0)} ms`;
export const fmtMB = (mb) => (Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : '–');
export const fmtX = (x) => (Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×` : '–');
export const fmtN = (n) => n.toLocaleString('en-US');
export const fmtBytes = (n) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(2)} MiB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${n} B`;
export const met = (ok) => (ok === undefined ? '**not measured**' : ok ? '**met**' : '**NOT met**');

// ---------------------------------------------------------------------------------------------
// Runs

export const tmp = mkdtempSync(path.join(os.tmpdir(), 'stack-verdict-bench-'));
export const cleanup = () => rmSync(tmp, { recursive: true, force: true });
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

export const ours = (dir, extra = {}) =>
  measure({
    script: CLI,
    args: ['check', 'proposals', '--format', 'json'],
    cwd: dir,
    tmpDir: tmp,
    ...extra,
  });

/** Why an Action run failed: its ::error lines, else the end of its output. */
export function failureText(r) {
  const lines = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').filter(Boolean);
  const errors = lines.filter((l) => l.startsWith('::error'));
  return (
    (errors.length ? errors.slice(0, 2) : lines.slice(-3)).join(' / ').slice(0, 400) ||
    `exit ${r.code}`
  );
}
