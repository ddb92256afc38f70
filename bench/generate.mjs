// Deterministic generator of varied service proposals for the benchmarks.
//
//   node bench/generate.mjs DIR COUNT [SEED]
//
// Writes COUNT proposals beneath DIR/proposals/, 100 to a folder: Go, Rust and a few other
// languages; YAML (.yaml, .yml) and Markdown with front matter; about one in six invalid in
// one of the kinds of bad input a proposal can hold (docs/proposal-format.md). The same COUNT and
// SEED always give byte-identical files, so runs on different days compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, fast, seedable PRNG; good enough to vary test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const some = (list, max) => {
    const n = int(1, Math.min(max, list.length));
    const copy = [...list];
    const out = [];
    for (let i = 0; i < n; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, some };
}

const KINDS = [
  'http-api',
  'grpc-service',
  'crud-service',
  'worker',
  'cli',
  'data-pipeline',
  'library',
];
const SYSTEMS = ['database', 'message-broker', 'network-proxy', 'runtime', 'compiler'];
const HOT = [
  'compression',
  'cryptography',
  'video-encoding',
  'ml-inference',
  'parsing',
  'search-indexing',
  'data-processing',
  'in-memory-cache',
];
const CONSTRAINT_TYPES = [
  'memory',
  'cpu',
  'gc-pauses',
  'tail-latency',
  'throughput',
  'cold-start',
  'build-time',
];
const SOURCES = ['production', 'load-test', 'benchmark', 'estimate'];
const OTHER_LANGUAGES = ['python', 'java', 'typescript', 'kotlin', 'c++'];
const WORDS = (
  'ledger billing orders search session cache ingest gateway quote invoice ' +
  'payments catalog inventory shipping profile audit metrics events stream report'
).split(' ');
const RULES = [
  'rust-onboarding-cost',
  'rust-hiring-premium',
  'rust-ci-build-cost',
  'team-missing',
  'go-cpu-bound-hot-path',
  'constraint-not-measured',
  'toolchain-outdated',
];
const PROSE = [
  'Every request spends most of its time waiting on the database.',
  'The prototype was profiled under the expected peak load for a week.',
  'Two options were considered; the table below compares them.',
  'The service joins an existing workspace with shared CI runners.',
  'On-call is shared with the platform team during the first quarter.',
  'Latency targets come from the storefront SLO agreed in the spring review.',
];

/** Quotes a YAML scalar when it needs it. */
const q = (s) =>
  /^[a-z][\w./+ -]*$/i.test(s) && !/^(true|false|null|yes|no|on|off)$/i.test(s)
    ? s
    : JSON.stringify(s);

/** One proposal as YAML lines, and the ways it can be broken. */
function proposalYaml(r, i) {
  const roll = r.next();
  const language = roll < 0.46 ? 'go' : roll < 0.92 ? 'rust' : r.pick(OTHER_LANGUAGES);
  const kind = r.chance(0.15) ? r.pick(SYSTEMS) : r.pick(KINDS);
  const bound = r.pick(['io', 'io', 'cpu', 'mixed']);
  const name = `${r.pick(WORDS)}-${r.pick(WORDS)}-${i}`;
  const lines = [
    `service: ${name}`,
    `summary: ${q(`${r.pick(PROSE)} Proposal number ${i}.`)}`,
    `owner: ${q(`@acme/${r.pick(WORDS)}`)}`,
    `status: ${r.pick(['draft', 'proposed', 'proposed', 'proposed', 'accepted'])}`,
    `language: ${q(language)}`,
    `kind: ${kind}`,
    'workload:',
    `  bound: ${bound}`,
  ];
  if (r.chance(0.6)) lines.push(`  hot-path: [${r.some(HOT, 3).join(', ')}]`);
  if (r.chance(0.5)) lines.push(`  protocol: ${r.pick(['http', 'http', 'grpc', 'custom-binary'])}`);
  if (r.chance(0.5)) {
    lines.push('  latency:', `    p99-ms: ${r.int(5, 400)}`);
    if (r.chance(0.5)) lines.push(`    p999-ms: ${r.int(400, 2000)}`);
    if (r.chance(0.6)) lines.push(`    deterministic-tail: ${r.chance(0.2)}`);
  }
  if (kind === 'cli' && r.chance(0.7)) lines.push(`  cold-start-ms: ${r.pick([5, 10, 50, 300])}`);
  if (r.chance(0.4)) lines.push(`  memory-budget-mb: ${r.pick([128, 256, 512, 2048])}`);
  if (r.chance(0.3)) lines.push(`  ffi: ${r.pick(['none', 'none', 'c', 'cpp'])}`);
  const nConstraints = r.pick([0, 0, 1, 1, 2, 3]);
  if (nConstraints > 0) {
    lines.push('constraints:');
    for (let c = 0; c < nConstraints; c++) {
      const source = r.pick(SOURCES);
      lines.push(`  - type: ${r.pick(CONSTRAINT_TYPES)}`, `    source: ${source}`);
      if (source !== 'estimate' && r.chance(0.8)) {
        lines.push(`    evidence: https://grafana.example.com/d/${name}-${c}`);
      }
      if (r.chance(0.7))
        lines.push(`    observed: ${q(`p99 ${r.int(20, 900)} ms at ${r.int(1, 50)}k rps`)}`);
      if (r.chance(0.6))
        lines.push(`    runtime: ${r.pick(['go1.22', 'go1.24', 'go1.26', 'rustc 1.85'])}`);
      if (r.chance(0.4)) lines.push(`    trend: ${r.pick(['steady', 'growing', 'spiky'])}`);
    }
  }
  if (r.chance(language === 'rust' ? 0.8 : 0.6)) {
    const size = r.int(1, 12);
    lines.push(
      'team:',
      `  size: ${size}`,
      `  rust-experience: ${r.int(0, size)}`,
      `  go-experience: ${r.int(0, size)}`,
    );
    if (r.chance(0.6))
      lines.push(
        `  background: [${r.some(['python', 'java', 'go', 'c', 'typescript'], 3).join(', ')}]`,
      );
    if (r.chance(0.5)) lines.push(`  annual-attrition: ${r.pick([0.05, 0.1, 0.15, 0.2])}`);
    if (r.chance(0.5)) lines.push(`  planned-hires: ${r.int(0, 4)}`);
  }
  if (r.chance(0.5)) {
    lines.push(
      'delivery:',
      `  merges-per-day: ${r.int(1, 60)}`,
      `  ci-cache: ${r.pick(['cold', 'warm'])}`,
    );
  }
  if (r.chance(0.5)) {
    lines.push('toolchain:');
    if (language === 'rust') lines.push(`  rust-edition: ${q(r.pick(['2021', '2024']))}`);
    else lines.push(`  go: ${q(r.pick(['1.24', '1.25', '1.26']))}`);
  }
  if (r.chance(0.15)) lines.push('compliance: [nist-post-quantum]');
  lines.push(`rationale: >-`, `  ${r.pick(PROSE)}`, `  ${r.pick(PROSE)}`);
  if (r.chance(0.2)) {
    lines.push('waivers:', `  - rule: ${r.pick(RULES)}`, `    reason: ${q(r.pick(PROSE))}`);
  }
  return lines;
}

/** Breaks a valid proposal in one of the documented ways; returns the lines. */
function breakProposal(r, lines) {
  const at = (prefix) => lines.findIndex((l) => l.startsWith(prefix));
  switch (r.int(0, 7)) {
    case 0: // a value outside an enumeration
      lines[at('  bound:')] = `  bound: ${r.pick(['ioo', 'cpu-bound', 'network'])}`;
      break;
    case 1: // a missing required field
      lines.splice(at('kind:'), 1);
      break;
    case 2: // an unknown key, close to a known one
      lines[at('language:')] = lines[at('language:')].replace('language:', 'langauge:');
      break;
    case 3: // a wrong type
      lines.push('team-size: six');
      lines[at('service:')] = 'service: 42';
      break;
    case 4: // invalid YAML
      lines.splice(r.int(1, lines.length - 1), 0, 'summary: "never closed');
      break;
    case 5: // a duplicate key
      lines.push(lines[at('kind:')] ?? 'kind: worker');
      break;
    case 6: // a waiver for a rule that does not exist
      lines.push('waivers:', '  - rule: rust-onboarding-costs', '    reason: misspelt on purpose');
      break;
    default: // a language name that is not lower case
      lines[at('language:')] = 'language: Rust';
  }
  return lines;
}

/** The text of proposal number i (0-based), with its file name. */
export function proposalFile(r, i) {
  const lines = proposalYaml(r, i);
  const invalid = r.chance(0.17);
  if (invalid) breakProposal(r, lines);
  const format = r.pick(['yaml', 'yaml', 'yml', 'md', 'md']);
  const name =
    lines
      .find((l) => l.startsWith('service:'))
      ?.slice(9)
      .trim() || `proposal-${i}`;
  const base = `${String(i).padStart(5, '0')}-${name.replace(/[^a-z0-9-]/g, '')}`;
  const yaml = `${lines.join('\n')}\n`;
  if (format !== 'md') return { name: `${base}.${format}`, text: yaml, invalid };
  const body = [
    `# ${name}`,
    '',
    '## Context',
    '',
    r.pick(PROSE),
    r.pick(PROSE),
    '',
    '## Options considered',
    '',
  ];
  for (let k = 0; k < r.int(2, 4); k++) body.push(`- **Option ${k + 1}.** ${r.pick(PROSE)}`);
  return { name: `${base}.md`, text: `---\n${yaml}---\n\n${body.join('\n')}\n`, invalid };
}

/** Writes `count` proposals beneath dir/proposals; returns counts by kind of file. */
export function generate(dir, count, seed = 20260101) {
  const r = prng(seed ^ count);
  const stats = { files: 0, yaml: 0, md: 0, invalid: 0, go: 0, rust: 0, other: 0 };
  for (let i = 0; i < count; i++) {
    const folder = path.join(
      dir,
      'proposals',
      `team-${String(Math.floor(i / 100)).padStart(3, '0')}`,
    );
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const f = proposalFile(r, i);
    writeFileSync(path.join(folder, f.name), f.text);
    stats.files++;
    stats[f.name.endsWith('.md') ? 'md' : 'yaml']++;
    if (f.invalid) stats.invalid++;
    const lang = /\nlanguage: "?(\w+)/.exec(f.text)?.[1];
    stats[lang === 'go' ? 'go' : lang === 'rust' ? 'rust' : 'other']++;
  }
  return stats;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('usage: node bench/generate.mjs DIR COUNT [SEED]');
    process.exit(2);
  }
  console.log(JSON.stringify(generate(dir, Number(count), seed ? Number(seed) : undefined)));
}
