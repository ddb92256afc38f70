// `stack-verdict evidence PATH`: what an author sees of an artefact is what the artefact says,
// and the file is read as a constraint's evidence is (guarded reader, size cap).

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { EvidenceOutput } from '../../src/cli/commands/evidence.js';
import { runCli } from '../../src/cli/main.js';
import { parseLimit, unitClass } from '../../src/core/evidence/index.js';
import { fakeIo, REPO_ROOT, tempTree } from '../helpers.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples', 'evidence');
const example = (name: string) => readFileSync(path.join(EXAMPLES, name), 'utf8');

async function run(args: string[], cwd = REPO_ROOT) {
  const t = fakeIo(cwd);
  const code = await runCli(['evidence', ...args], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

const schema = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'schema', 'evidence.schema.json'), 'utf8'),
) as object;
const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);

async function reading(file: string, extra: string[] = []): Promise<EvidenceOutput> {
  const r = await run([`examples/evidence/${file}`, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as EvidenceOutput;
  expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  return out;
}

/** The value of `stat` in series `name`, with its unit. */
function figure(out: EvidenceOutput, name: string, stat: string | null, unit?: string) {
  const series = out.series.find((s) => s.name === name);
  expect(series, `series ${name} in ${out.series.map((s) => s.name).join(', ')}`).toBeDefined();
  const f = series!.figures.find((x) => x.stat === stat && (unit === undefined || x.unit === unit));
  expect(f, `${stat} of ${name}`).toBeDefined();
  return f!;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe('stack-verdict evidence on each file of examples/evidence/', () => {
  it('covers every example file', () => {
    expect(readdirSync(EXAMPLES).sort()).toEqual([
      'gctrace.txt',
      'go-bench.txt',
      'hyperfine.json',
      'k6-summary-export.json',
      'k6-summary.json',
      'vegeta-report.json',
      'wrk-latency.txt',
    ]);
  });

  it('k6 summary export: every trend figure of http_req_duration as the file has it, in ms', async () => {
    const file = JSON.parse(example('k6-summary-export.json')) as {
      metrics: Record<string, Record<string, number>>;
    };
    const out = await reading('k6-summary-export.json');
    expect(out.format).toBe('k6-summary-export');
    const d = file.metrics.http_req_duration!;
    expect(figure(out, 'http_req_duration', 'p95')).toMatchObject({
      value: d['p(95)'],
      unit: 'ms',
    });
    expect(figure(out, 'http_req_duration', 'p99.9').value).toBe(d['p(99.9)']);
    expect(figure(out, 'http_req_duration', 'p50').value).toBe(d.med);
    expect(figure(out, 'http_req_duration', 'avg').value).toBe(d.avg);
    expect(figure(out, 'http_req_duration', 'max').value).toBe(d.max);
    const tagged = file.metrics['http_req_duration{scenario:checkout}']!;
    expect(figure(out, 'http_req_duration{scenario:checkout}', 'p99.9').value).toBe(
      tagged['p(99.9)'],
    );
    expect(figure(out, 'http_reqs', 'throughput')).toMatchObject({
      value: file.metrics.http_reqs!.rate,
      unit: 'rps',
    });
    expect(out.identity).toContainEqual({ key: 'requests', value: file.metrics.http_reqs!.count });
    expect(out.identity).toContainEqual({ key: 'scenarios', value: 'checkout' });
    expect(out.series.map((s) => s.name)).toEqual(Object.keys(file.metrics));
  });

  it('k6 summary data: metrics.<m>.values, in ms, and the test duration', async () => {
    const file = JSON.parse(example('k6-summary.json')) as {
      metrics: Record<string, { values: Record<string, number> }>;
      state: { testRunDurationMs: number };
    };
    const out = await reading('k6-summary.json');
    expect(out.format).toBe('k6-summary-data');
    const v = file.metrics.http_req_duration!.values;
    expect(figure(out, 'http_req_duration', 'p95')).toMatchObject({
      value: v['p(95)'],
      unit: 'ms',
    });
    expect(figure(out, 'http_req_duration', 'p99').value).toBe(v['p(99)']);
    expect(out.identity).toContainEqual({
      key: 'duration',
      value: file.state.testRunDurationMs / 1000,
    });
  });

  it('vegeta: latencies in ns, throughput, requests', async () => {
    const file = JSON.parse(example('vegeta-report.json')) as {
      latencies: Record<string, number>;
      throughput: number;
      requests: number;
    };
    const out = await reading('vegeta-report.json');
    expect(out.format).toBe('vegeta');
    expect(figure(out, 'latencies', 'p99')).toMatchObject({
      value: file.latencies['99th'],
      unit: 'ns',
    });
    expect(figure(out, 'latencies', 'avg').value).toBe(file.latencies.mean);
    expect(figure(out, 'throughput', 'throughput').value).toBe(file.throughput);
    expect(out.identity).toContainEqual({ key: 'requests', value: file.requests });
  });

  it('hyperfine: the command as the series, its mean and median in s', async () => {
    const file = JSON.parse(example('hyperfine.json')) as {
      results: { command: string; mean: number; median: number; times: number[] }[];
    };
    const out = await reading('hyperfine.json');
    const [result] = file.results;
    expect(out.format).toBe('hyperfine');
    expect(figure(out, result!.command, 'avg')).toMatchObject({ value: result!.mean, unit: 's' });
    expect(figure(out, result!.command, 'p50').value).toBe(result!.median);
    expect(out.identity).toContainEqual({ key: 'runs', value: result!.times.length });
  });

  it('wrk: the Latency Distribution as printed, and Requests/sec', async () => {
    const text = example('wrk-latency.txt');
    const out = await reading('wrk-latency.txt');
    expect(out.format).toBe('wrk');
    for (const [, pct, value, unit] of text.matchAll(/^\s+(\d+)%\s+([\d.]+)(us|ms|s)$/gm)) {
      expect(figure(out, 'latency', `p${pct}`)).toMatchObject({ value: Number(value), unit });
    }
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)![1]);
    expect(figure(out, 'Requests/sec', 'throughput').value).toBe(rps);
  });

  it('Go benchmarks: the median of the -count repeats, units as printed, and the go: line', async () => {
    const text = example('go-bench.txt');
    const out = await reading('go-bench.txt');
    expect(out.format).toBe('go-bench');
    expect(out.go).toBe(/^go: (\S+)$/m.exec(text)![1]);
    const nsop = [...text.matchAll(/^BenchmarkQuote-8\s+\d+\s+([\d.]+) ns\/op/gm)].map((m) =>
      Number(m[1]),
    );
    expect(nsop.length).toBeGreaterThan(1);
    expect(figure(out, 'BenchmarkQuote', null, 'ns/op').value).toBe(median(nsop));
    const custom = [...text.matchAll(/^BenchmarkQuoteParallel-8\s.*\s([\d.]+) p99-ns$/gm)].map(
      (m) => Number(m[1]),
    );
    expect(figure(out, 'BenchmarkQuoteParallel', null, 'p99-ns').value).toBe(median(custom));
    expect(out.identity).toContainEqual({ key: 'cpu', value: /^cpu: (.+)$/m.exec(text)![1] });
  });

  it('Go GC trace: every cycle, the largest pause in ms and the peak heap in MiB', async () => {
    const text = example('gctrace.txt');
    const out = await reading('gctrace.txt');
    expect(out.format).toBe('gctrace');
    const cycles = [...text.matchAll(/gc \d+ @[\d.]+s \d+%: ([\d.]+)\+[\d.]+\+([\d.]+) ms clock/g)];
    expect(out.identity).toContainEqual({ key: 'cycles', value: cycles.length });
    const pauses = cycles.flatMap((m) => [Number(m[1]), Number(m[2])]);
    expect(figure(out, 'pause', 'max')).toMatchObject({ value: Math.max(...pauses), unit: 'ms' });
    const heaps = [...text.matchAll(/, (\d+)->\d+->\d+ MB,/g)].map((m) => Number(m[1]));
    expect(figure(out, 'heap', 'max')).toMatchObject({ value: Math.max(...heaps), unit: 'MiB' });
  });

  it('prints in text what the JSON output holds: the format, the identity, every figure', async () => {
    for (const file of readdirSync(EXAMPLES)) {
      const out = await reading(file);
      const r = await run([`examples/evidence/${file}`]);
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toBe(`examples/evidence/${file}: ${lines[0]!.split(': ')[1]}`);
      expect(lines[0]).toContain(`(format ${out.format})`);
      for (const { key, value } of out.identity) {
        // Numbers without the noise of binary fractions (130.133 - 0.011 = 130.12199999999999).
        const shown = typeof value === 'number' ? Number(value.toPrecision(12)) : value;
        expect(
          lines.some((l) => l.startsWith(`  ${key}: ${String(shown)}`)),
          key,
        ).toBe(true);
      }
      for (const s of out.series) {
        const at = lines.indexOf(s.name);
        expect(at, `${file}: ${s.name}`).toBeGreaterThan(0);
        s.figures.forEach((f, i) => {
          const unit = f.unit === '%' ? '%' : f.unit === '' ? '' : ` ${f.unit}`;
          expect(lines[at + 1 + i]!.trimEnd()).toMatch(
            new RegExp(
              `^  ${f.stat ? `${f.stat} ` : ''}${String(Number(f.value.toPrecision(12))).replace('.', '\\.')}${unit.replace(/[/%.]/g, '\\$&')}( \\(\\d+ samples\\))?$`,
            ),
          );
        });
      }
    }
  });

  it('shows the k6 p(95) as the file writes it', async () => {
    const file = JSON.parse(example('k6-summary-export.json')) as {
      metrics: { http_req_duration: Record<string, number> };
    };
    const r = await run(['examples/evidence/k6-summary-export.json']);
    const block = r.stdout.split('\n\nhttp_req_duration\n')[1]!.split('\n\n')[0]!;
    expect(block).toContain(`  p95 ${file.metrics.http_req_duration['p(95)']} ms`);
  });
});

describe('--metric', () => {
  it('prints only that series', async () => {
    const out = await reading('k6-summary-export.json', ['--metric', 'http_req_duration']);
    expect(out.series.map((s) => s.name)).toEqual(['http_req_duration']);
    const text = await run([
      'examples/evidence/k6-summary-export.json',
      '--metric',
      'http_req_duration{scenario:checkout}',
    ]);
    expect(text.stdout).toContain('\nhttp_req_duration{scenario:checkout}\n');
    expect(text.stdout).not.toContain('\nhttp_reqs\n');
  });

  it('finds a benchmark with or without its -N suffix', async () => {
    const bare = await reading('go-bench.txt', ['--metric', 'BenchmarkQuote']);
    const suffixed = await reading('go-bench.txt', ['--metric', 'BenchmarkQuote-8']);
    expect(bare.series.map((s) => s.name)).toEqual(['BenchmarkQuote']);
    expect(suffixed.series).toEqual(bare.series);
  });

  it('an unknown metric: exit 2, the names the file has, and the closest one', async () => {
    const r = await run([
      'examples/evidence/k6-summary-export.json',
      '--metric',
      'http_req_duraton',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(
      'examples/evidence/k6-summary-export.json has no metric "http_req_duraton".',
    );
    expect(r.stderr).toContain('Did you mean `http_req_duration`?');
    expect(r.stderr).toContain('It has: checks, data_received, data_sent, http_req_duration,');
  });
});

describe('reading the file as evidence is read', () => {
  const SECRET = 'ghp_SECRETTOKENDONOTLEAK0123456789';

  it('refuses a link into .git, and no byte of it reaches stdout or stderr', async () => {
    const root = tempTree({
      '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
      'bench/readme.txt': 'x',
    });
    symlinkSync('../.git/config', path.join(root, 'bench', 'k6.json'));
    for (const args of [['bench/k6.json'], ['bench/k6.json', '-f', 'json'], ['.git/config']]) {
      const r = await run(args, root);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/\.git; it was not read\n$/);
      expect(r.stderr).not.toContain(SECRET);
      expect(r.stderr).not.toContain('extraheader');
    }
  });

  it('refuses a link that leads out of the repository', async () => {
    const outside = tempTree({ 'secret.txt': `Requests/sec: 1\n${SECRET}\n` });
    const root = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'wrk.txt'));
    const r = await run(['wrk.txt'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leads outside the repository');
    expect(r.stderr + r.stdout).not.toContain(SECRET);
  });

  it('reads inside the git top level around the file, from a subfolder too', async () => {
    const root = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'bench/wrk.txt': example('wrk-latency.txt'),
      'services/quote/notes.md': '',
    });
    const r = await run(['../../bench/wrk.txt'], path.join(root, 'services', 'quote'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('bench/wrk.txt: wrk --latency output (format wrk)');
  });

  it('without a repository, reads inside the current folder only', async () => {
    const dir = tempTree({ 'wrk.txt': example('wrk-latency.txt'), 'sub/x': '' });
    const r = await run(['../wrk.txt'], path.join(dir, 'sub'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outside the repository');
    expect((await run(['wrk.txt'], dir)).code).toBe(0);
  });

  it('a missing file: exit 2', async () => {
    const r = await run(['examples/evidence/nothing.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'stack-verdict: examples/evidence/nothing.json: the file does not exist\n',
    );
  });

  it('a binary file: exit 1, one line naming the file, none of its bytes', async () => {
    const root = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'bench/shot.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x41, 0x42, 0x43]),
    });
    const r = await run(['bench/shot.png'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'stack-verdict: bench/shot.png: the file is binary (it contains NUL bytes), not the text output of a measurement\n',
    );
  });

  it('content of no known format: exit 1, the reason, nothing of the text quoted', async () => {
    const root = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'bench/report.txt': `Load test report\nP99 was fine ${SECRET}\n`,
      'bench/report.json': `{"summary": "${SECRET}"}`,
    });
    const text = await run(['bench/report.txt'], root);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(
      'stack-verdict: bench/report.txt: not an artefact Stack Verdict reads: a text of no recognised format (wrk --latency, go test -bench, GODEBUG=gctrace=1)\n',
    );
    const json = await run(['bench/report.json', '-f', 'json'], root);
    expect(json.code).toBe(1);
    expect(json.stdout).toBe('');
    expect(json.stderr).toMatch(/^stack-verdict: bench\/report\.json: not an artefact .*\n$/);
    expect(text.stderr + json.stderr).not.toContain(SECRET);
  });

  it('over max-evidence-bytes from the configuration: exit 1, unread', async () => {
    const k6 = example('k6-summary-export.json');
    const root = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/stack-verdict.yml': `max-evidence-bytes: ${k6.length - 1}\n`,
      'bench/k6.json': k6,
    });
    const r = await run(['bench/k6.json'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `stack-verdict: bench/k6.json: the file is ${(k6.length / 1024).toFixed(1)} KiB, over the ${((k6.length - 1) / 1024).toFixed(1)} KiB limit for an evidence file; it was not read\n`,
    );
    writeFileSync(
      path.join(root, '.github', 'stack-verdict.yml'),
      `max-evidence-bytes: ${k6.length}\n`,
    );
    expect((await run(['bench/k6.json'], root)).code).toBe(0);
  });

  it('over the default cap of 16 MiB: exit 1', async () => {
    const root = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n' });
    mkdirSync(path.join(root, 'bench'));
    const line =
      'gc 1 @0.011s 2%: 0.018+1.4+0.004 ms clock, 0.1+0.3/1.2/0.6+0.03 ms cpu, 4->4->1 MB, 4 MB goal, 8 P\n';
    const big = line.repeat(Math.ceil((16 * 1024 * 1024 + 1) / line.length));
    writeFileSync(path.join(root, 'bench', 'gctrace.txt'), big);
    const r = await run(['bench/gctrace.txt'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('over the 16 MiB limit for an evidence file; it was not read');
    writeFileSync(path.join(root, 'bench', 'gctrace.txt'), big.slice(0, 16 * 1024 * 1024 - 200));
    expect((await run(['bench/gctrace.txt'], root)).code).toBe(0);
  });

  it('max-evidence-bytes of a shared configuration applies, and the nearest file wins', async () => {
    const k6 = example('k6-summary-export.json');
    const root = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'policy/shared.yml': 'max-evidence-bytes: 100\n',
      '.github/stack-verdict.yml': 'extends: policy/shared.yml\n',
      'bench/k6.json': k6,
    });
    const shared = await run(['bench/k6.json'], root);
    expect(shared.code).toBe(1);
    expect(shared.stderr).toContain('over the 100 bytes limit for an evidence file');
    writeFileSync(
      path.join(root, '.github', 'stack-verdict.yml'),
      `extends: policy/shared.yml\nmax-evidence-bytes: ${k6.length}\n`,
    );
    expect((await run(['bench/k6.json'], root)).code).toBe(0);
  });

  it('a bad max-evidence-bytes is a configuration error at its line', async () => {
    const root = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/stack-verdict.yml': 'fail-on: error\nmax-evidence-bytes: 0\n',
      'wrk.txt': example('wrk-latency.txt'),
    });
    const r = await run(['wrk.txt'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.github/stack-verdict.yml:2:');
    expect(r.stderr).toContain('`max-evidence-bytes` must be at least 1');
  });
});

describe('usage', () => {
  it.each([
    ['no path', [], /evidence needs the path of an artefact/],
    ['two paths', ['a.json', 'b.json'], /one artefact at a time/],
    ['a bad format', ['a.json', '--format', 'yaml'], /--format must be one of text, json/],
    ['an empty metric', ['a.json', '--metric', ''], /--metric needs the name of a metric/],
    ['an unknown option', ['a.json', '--metrc', 'x'], /Did you mean `--metric`\?/],
  ])('%s: exit 2, one line', async (_what, args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('is listed in --help and has its own', async () => {
    const main = await runCli(['--help'], fakeIo(REPO_ROOT).io);
    expect(main).toBe(0);
    const t = fakeIo(REPO_ROOT);
    await runCli(['--help'], t.io);
    expect(t.stdout()).toMatch(/^ {2}evidence PATH /m);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: stack-verdict evidence PATH/);
    expect(help.stdout).toContain('--metric');
  });
});

describe('docs/evidence.md', () => {
  it('shows the output the command prints for the command it shows', async () => {
    const page = readFileSync(path.join(REPO_ROOT, 'docs', 'evidence.md'), 'utf8');
    const block = marked
      .lexer(page)
      .find(
        (t): t is Tokens.Code => t.type === 'code' && t.text.includes('stack-verdict evidence'),
      );
    const [command, ...output] = block!.text.split('\n');
    const args = command!.replace(/^\$ npx stack-verdict evidence /, '').split(' ');
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${output.join('\n')}\n`);
  });
});

const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
// dist/ is rebuilt after a merge: a bundle built before this command existed is not tested.
const BUILT =
  existsSync(BUNDLE) && readFileSync(BUNDLE, 'utf8').includes('Usage: stack-verdict evidence PATH');

describe('the built bundle', () => {
  it.skipIf(!BUILT)(
    'node dist/cli/index.js evidence prints the k6 p(95) of the file (skipped when dist/ predates the command: run npm run build)',
    () => {
      const file = JSON.parse(example('k6-summary-export.json')) as {
        metrics: { http_req_duration: Record<string, number> };
      };
      const stdout = execFileSync(
        process.execPath,
        [BUNDLE, 'evidence', 'examples/evidence/k6-summary-export.json', '--format', 'json'],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
      const out = JSON.parse(stdout) as EvidenceOutput;
      expect(validate(out)).toBe(true);
      expect(figure(out, 'http_req_duration', 'p95').value).toBe(
        file.metrics.http_req_duration['p(95)'],
      );
    },
  );
});

describe('the µs unit, written escaped for the ASCII-only bundle', () => {
  it('is still the micro sign, a time unit a limit can use', () => {
    expect(unitClass('\u00b5s')).toBe('time');
    expect(unitClass('µs')).toBe('time');
    expect(parseLimit('p99 <= 950 µs')).toMatchObject({ stat: 'p99', value: 950, unit: 'µs' });
  });
});
