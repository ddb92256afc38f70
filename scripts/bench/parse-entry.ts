// The engine's parse step alone (parseProposal), in-process, on every proposal below DIR:
// read first, then timed, so without start-up or I/O. scripts/bench.mjs bundles this with
// ncc (yaml included), once as built and once with yaml's generators removed
// (scripts/yaml-nogen.mjs), and runs each bundle in both modes, alternated.
//
//   node parse.js DIR compose|cst ROUNDS  → {"files":N,"ms":[...per round]}
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cstShortcut } from '../../src/core/proposal/cst.js';
import { parseProposal } from '../../src/core/proposal/parse.js';

const [dir, mode, rounds = '5'] = process.argv.slice(2);
if (!dir || (mode !== 'compose' && mode !== 'cst')) {
  console.error('usage: node parse.js DIR compose|cst [ROUNDS]');
  process.exit(2);
}
cstShortcut.enabled = mode === 'cst';
// yaml reads process.env.LOG_TOKENS per token; the real bundles compile that away (build.mjs).
process.env = { ...process.env };
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ya?ml|md)$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name));
const texts = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
const ms: number[] = [];
let keep = 0;
for (let r = 0; r < Number(rounds); r++) {
  const start = performance.now();
  for (const [f, t] of texts) if (parseProposal(f, t).kind === 'document') keep++;
  ms.push(performance.now() - start);
}
process.stdout.write(`${JSON.stringify({ files: texts.length, ms, keep })}\n`);
