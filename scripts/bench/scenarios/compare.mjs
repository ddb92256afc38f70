// Scenario `compare`: the CLI beside Spectral on the same proposals, and what stands between
// the CLI and its targets (one thread against the default, the YAML library alone).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BUDGET_MS,
  elapsed,
  fmtMB,
  fmtMs,
  fmtN,
  log,
  opt,
  ours,
  repetitions,
  ROOT,
  tmp,
} from '../context.mjs';
import { max, measure, median } from '../run.mjs';
import { spectralArgs } from '../spectral.mjs';

export function spectralRun(spectral, dir, extra = {}) {
  return measure({
    script: spectral.script,
    args: spectralArgs(spectral.ruleset),
    cwd: dir,
    tmpDir: tmp,
    ...extra,
  });
}

/** Files each tool flags with the language rule, to show both rule sets judge alike. */
export function agreement(ourJson, spectralJson, dir) {
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

export async function compareWithSpectral(spectral, sets) {
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
export async function floors(sets) {
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
