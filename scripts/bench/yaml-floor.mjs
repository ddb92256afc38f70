// What the YAML library alone costs on a set of proposals: every file read into memory first,
// then timed in this process, parsed into documents with positions (a LineCounter), nothing
// else: the floor of an engine that takes yaml's documents as published. The bundles go below
// it (yaml without generators, data read from the CST: docs/benchmarks.md, the parse step).
//
//   node scripts/bench/yaml-floor.mjs DIR   → prints {"files":N,"parseMs":T} on stdout
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

function files(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(full));
    else if (/\.(ya?ml|md)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** The YAML of a file: all of a .yaml, the front matter of a .md. */
function yamlOf(file, text) {
  if (!file.endsWith('.md')) return text;
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  return end > 0 ? lines.slice(1, end).join('\n') : '';
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/bench/yaml-floor.mjs DIR');
  process.exit(2);
}
// yaml reads process.env.LOG_TOKENS once per token, a native lookup the bundle compiles away
// (scripts/build.mjs); a plain copy of the environment makes the floor as cheap.
process.env = { ...process.env };
const texts = files(dir).map((f) => yamlOf(f, readFileSync(f, 'utf8')));
const start = performance.now();
for (const text of texts) {
  const lineCounter = new LineCounter();
  parseDocument(text, { lineCounter, uniqueKeys: true, keepSourceTokens: false }).toJS();
}
process.stdout.write(
  JSON.stringify({ files: texts.length, parseMs: performance.now() - start }) + '\n',
);
