// What evidence costs a run that cites no artefact path: the engine's first pass over N
// proposals (with nothing read yet, as the shells judge it), then the evidence pass
// (judgeWithArtefacts) with a reader that counts its calls.
// scripts/bench-evidence.mjs bundles this with ncc and runs it in a fresh process.
//
//   node pass.js FILE N ROUNDS → {"first":[ms...],"pass":[ms...],"reads":R,"rejudged":J}
import { readFileSync } from 'node:fs';
import { defaultEngineOptions, judgeFile, type FileResult } from '../../src/core/engine.js';
import { beforeArtefacts, judgeWithArtefacts } from '../../src/core/evidence/artefacts.js';

const [file, n = '200', rounds = '5'] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const options = beforeArtefacts(defaultEngineOptions());
const files = Array.from({ length: Number(n) }, (_, i) => `proposals/p${i}.yaml`);
const first: number[] = [];
const pass: number[] = [];
let reads = 0;
let rejudged = 0;
for (let r = 0; r < Number(rounds); r++) {
  const t0 = performance.now();
  const results: FileResult[] = files.map((f) => judgeFile(f, text, options));
  const t1 = performance.now();
  await judgeWithArtefacts(
    results,
    (paths) => {
      reads += paths.length;
      return Promise.resolve(new Map());
    },
    (f, artefacts) => {
      rejudged += 1;
      return judgeFile(f, text, { ...options, artefacts });
    },
  );
  first.push(t1 - t0);
  pass.push(performance.now() - t1);
}
process.stdout.write(`${JSON.stringify({ first, pass, reads, rejudged })}\n`);
