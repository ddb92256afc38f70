#!/usr/bin/env node
// `npm run bench`: Stack Verdict's speed side by side with Spectral and with Node's
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
//     --only LIST              sections to run, of compare,startup,api,parse,memory,portfolio (all)
//     --compare-action PATH    another Action bundle, alternated with --action in the start-up
//                              runs (e.g. a build of the previous commit)
//     --before REV             the commit whose committed dist/ is "before" in the round-trip
//                              table of the API section (27f7fee: main before the concurrent
//                              requests), extracted with git archive into the temporary folder
//     --before-action PATH     that bundle instead of --before's
//
// Each section is a module of scripts/bench/scenarios/ named as --only names it; the page is
// written by scripts/bench/report.mjs, and what they share (options, targets, the log, the
// temporary folder) is in scripts/bench/context.mjs.
//
// The machine may be shared and noisy: every comparison is a ratio of medians taken from
// runs alternated within this one process, never an absolute timing checked anywhere.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '../bench/generate.mjs';
import { NODE24 } from '../test/e2e/node24.mjs';
import {
  ACTION,
  CLI,
  COMPARE_ACTION,
  elapsed,
  fmtMB,
  fmtMs,
  fmtN,
  fmtX,
  LATENCY_MS,
  log,
  ONLY,
  opt,
  ours,
  PROFILE,
  ROOT,
  ROUND_TRIP_SIZES,
  SIZES,
  TARGET,
  tmp,
} from './bench/context.mjs';
import { pickProposals, startApi } from './bench/github-api.mjs';
import { machine } from './bench/machine.mjs';
import { profileMarkdown, summariseProfile } from './bench/profile.mjs';
import { report, targetsTable } from './bench/report.mjs';
import { measure, memoryMethod } from './bench/run.mjs';
import {
  actionRunner,
  apiEconomy,
  beforeBundle,
  isPrNeverOne,
  roundTripTable,
  roundTripTarget,
  scenarios,
} from './bench/scenarios/api.mjs';
import { compareWithSpectral, floors } from './bench/scenarios/compare.mjs';
import { memoryAtScale, runActionAll } from './bench/scenarios/memory.mjs';
import { parsePaths } from './bench/scenarios/parse.mjs';
import { portfolioAcross } from './bench/scenarios/portfolio.mjs';
import { startup } from './bench/scenarios/startup.mjs';
import { ensureSpectral } from './bench/spectral.mjs';

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
  const across =
    ONLY.has('portfolio') && existsSync(CLI) ? await portfolioAcross({ cli: CLI }) : undefined;
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
      what: "a pull request costs at most one files request per 100 changed files plus two comment requests, plus the base branch's approval policy and, on a first comment, the look-again",
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
    across,
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

main().catch((err) => {
  console.error(err.stack ?? err);
  process.exit(1);
});
