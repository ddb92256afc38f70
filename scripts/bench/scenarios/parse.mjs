// Scenario `parse`: yaml as published or without generators, composed or read from the CST.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fmtMs, fmtN, log, opt, ROOT, tmp } from '../context.mjs';
import { median } from '../run.mjs';

export const PARSE_VARIANTS = [
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
export async function parsePaths(sets) {
  const { removeGenerators } = await import('../../yaml-nogen.mjs');
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
