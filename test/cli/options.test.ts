// The CLI's linter manners: stdin, -o, --quiet, --max-warnings, --format compact
// and its problem matcher, `-f=json`. Every output is checked against the JSON report of the
// same input.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, proposal, REPO_ROOT, tempTree } from '../helpers.js';

async function cli(args: string[], options: { cwd?: string; stdin?: string | Uint8Array } = {}) {
  const t = fakeIo(options.cwd ?? REPO_ROOT, {}, false);
  if (options.stdin !== undefined) t.io.readStdin = () => Buffer.from(options.stdin!);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

async function json(args: string[], options: { cwd?: string; stdin?: string } = {}) {
  const r = await cli([...args, '--format', 'json'], options);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

const GO_OK = proposal();
const RUST_BAD = proposal({ language: 'rust' }, 'team:\n  size: 2\n  rust-experience: 0\n');
const GO_WARN = proposal({ kind: 'database' }).replace('service: svc', 'service: warehouse');

/** Every finding of the report, as the compact format and matcher should show it. */
function findingsOf(report: Report) {
  return report.proposals.flatMap((p) =>
    p.findings.map((f) => ({ file: p.file, draft: p.status === 'draft' ? '(draft) ' : '', ...f })),
  );
}

describe('--format=json and -f=json', () => {
  it.each(['--format=json', '-f=json', '-fjson', '-f json', '--format json'])(
    '%s prints the JSON report',
    async (flag) => {
      const r = await cli(['check', 'examples/proposals', ...flag.split(' ')]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.verdict).toBe('changes-requested');
    },
  );
});

describe('check - (one proposal from standard input)', () => {
  it('judges standard input as <stdin>, as it judges the same file', async () => {
    const cwd = tempTree({ 'proposals/bad.yaml': RUST_BAD });
    const fromFile = await json(['check', 'proposals/bad.yaml'], { cwd });
    const fromStdin = await json(['check', '-'], { cwd, stdin: RUST_BAD });
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.report.proposals.map((p) => p.file)).toEqual(['<stdin>']);
    expect(fromStdin.report.proposals[0]!.findings).toEqual(fromFile.report.proposals[0]!.findings);
    expect(fromStdin.report.counts).toEqual(fromFile.report.counts);
  });

  it('takes the name and the Markdown/YAML choice from --stdin-filename', async () => {
    const cwd = tempTree();
    const md = `---\n${GO_WARN}---\n# Ledger\n\nWe chose Go.\n`;
    const r = await cli(
      ['check', '-', '--stdin-filename', 'proposals/ledger.md', '--format', 'json'],
      { cwd, stdin: md },
    );
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.proposals.map((p) => [p.file, p.verdict])).toEqual([
      ['proposals/ledger.md', 'approved-with-warnings'],
    ]);
    // The same text named .yaml is two YAML documents (the body is the second): refused.
    const asYaml = await json(['check', '-', '--stdin-filename', 'proposals/ledger.yaml'], {
      cwd,
      stdin: md,
    });
    expect(asYaml.report.proposals[0]!.verdict).toBe('changes-requested');
    expect(asYaml.report.proposals[0]!.findings.map((f) => f.rule)).toEqual(['proposal-invalid']);
  });

  it('says so when the name matches none of the proposal globs, and still judges it', async () => {
    const r = await cli(['check', '-', '--stdin-filename', 'docs/notes.yaml', '-f', 'json'], {
      cwd: tempTree(),
      stdin: RUST_BAD,
    });
    expect(r.stderr).toMatch(
      /^stack-verdict: note: docs\/notes\.yaml matches none of the proposal globs/,
    );
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Report).proposals[0]!.file).toBe('docs/notes.yaml');
  });

  it('reports binary and oversized input as proposal-invalid', async () => {
    const binary = await json(['check', '-'], { cwd: tempTree(), stdin: 's:\u0000\u0000' });
    expect(binary.report.proposals[0]!.findings[0]).toMatchObject({
      rule: 'proposal-invalid',
      message: expect.stringMatching(/binary/),
    });
    const big = await json(['check', '-', '--max-bytes', '100'], {
      cwd: tempTree(),
      stdin: `${GO_OK}rationale: ${'x'.repeat(200)}\n`,
    });
    expect(big.report.proposals[0]!.findings[0]!.message).toMatch(/over the 100 bytes limit/);
    expect(big.code).toBe(1);
  });
});

describe('-o FILE', () => {
  it('writes the report in --format to the file and the text output to the terminal', async () => {
    const cwd = tempTree({ 'proposals/bad.yaml': RUST_BAD, 'proposals/w.yaml': GO_WARN });
    const expected = await json(['check'], { cwd });
    const r = await cli(['check', '-f', 'json', '-o', 'out/report.json'], { cwd }).catch((e) => e);
    // out/ does not exist: refused, nothing printed on stdout.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cannot write the report to out\/report\.json: its folder does not exist/,
    );
    mkdirSync(path.join(cwd, 'out'));
    const ok = await cli(['check', '-f', 'json', '-o', 'out/report.json'], { cwd });
    expect(ok.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(cwd, 'out/report.json'), 'utf8'))).toEqual(
      expected.report,
    );
    expect(ok.stdout).toContain('proposals/bad.yaml');
    expect(ok.stdout).toContain('The gate fails (fail-on: error).');
    expect(ok.stdout).not.toContain('{');
  });

  it('replaces an existing regular file whole', async () => {
    const cwd = tempTree({ 'proposals/a.yaml': GO_OK, 'r.txt': 'x'.repeat(100_000) });
    const r = await cli(['check', '-f', 'compact', '-o', 'r.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'r.txt'), 'utf8')).toBe('');
  });

  it('refuses .git, a link, a folder on the way that is a link, a folder and a FIFO', async () => {
    const cwd = tempTree({
      'proposals/a.yaml': GO_OK,
      '.git/HEAD': 'ref\n',
      'target.json': 'keep',
    });
    symlinkSync('target.json', path.join(cwd, 'link.json'));
    symlinkSync('.git', path.join(cwd, 'gitdir'));
    mkdirSync(path.join(cwd, 'folder'));
    execFileSync('mkfifo', [path.join(cwd, 'fifo')]);
    const cases: [string, RegExp][] = [
      ['.git/report.json', /inside a \.git folder/],
      ['.git/HEAD', /inside a \.git folder/],
      ['link.json', /is a symbolic link/],
      ['gitdir/report.json', /gitdir\/ on its path is a symbolic link/],
      ['folder', /not a regular file/],
      ['fifo', /not a regular file/],
    ];
    for (const [target, why] of cases) {
      const r = await cli(['check', '-f', 'json', '-o', target], { cwd });
      expect(r.code, target).toBe(2);
      expect(r.stdout, target).toBe('');
      expect(r.stderr, target).toMatch(why);
    }
    expect(readFileSync(path.join(cwd, '.git/HEAD'), 'utf8')).toBe('ref\n');
    expect(readFileSync(path.join(cwd, 'target.json'), 'utf8')).toBe('keep');
    expect(existsSync(path.join(cwd, '.git/report.json'))).toBe(false);
  });
});

describe('--quiet and --max-warnings', () => {
  const tree = { 'proposals/bad.yaml': RUST_BAD, 'proposals/w.yaml': GO_WARN };

  it('--quiet prints the errors of the JSON report and no warning', async () => {
    const cwd = tempTree(tree);
    const { report } = await json(['check'], { cwd });
    const r = await cli(['check', '--quiet'], { cwd });
    expect(r.code).toBe(1);
    const all = findingsOf(report);
    expect(all.some((f) => f.severity === 'warning')).toBe(true);
    for (const f of all) {
      const shown = r.stdout.includes(`${f.line}:${f.column}`) && r.stdout.includes(f.rule);
      expect(shown, f.rule).toBe(f.severity === 'error' && !f.waived);
    }
    expect(r.stdout).not.toContain('proposals/w.yaml');
    const compact = await cli(['check', '-q', '-f', 'compact'], { cwd });
    expect(compact.stdout.trimEnd().split('\n')).toHaveLength(
      all.filter((f) => f.severity === 'error' && !f.waived).length,
    );
  });

  it('--quiet prints nothing when there is no error', async () => {
    const r = await cli(['check', '--quiet'], { cwd: tempTree({ 'proposals/w.yaml': GO_WARN }) });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--max-warnings fails when the unwaived warnings are more than N', async () => {
    const cwd = tempTree({ 'proposals/w.yaml': GO_WARN });
    const { report } = await json(['check'], { cwd });
    const n = report.counts.warnings;
    expect(n).toBeGreaterThan(0);
    expect((await cli(['check', '--max-warnings', String(n)], { cwd })).code).toBe(0);
    const over = await cli(['check', '--max-warnings', String(n - 1)], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      `stack-verdict: ${n} unwaived warning${n === 1 ? '' : 's'}, more than --max-warnings ${n - 1}\n`,
    );
  });
});

const MATCHER = JSON.parse(
  readFileSync(path.join(REPO_ROOT, '.github/stack-verdict-matcher.json'), 'utf8'),
) as {
  problemMatcher: {
    owner: string;
    pattern: {
      regexp: string;
      file: number;
      line: number;
      column: number;
      severity: number;
      code: number;
      message: number;
    }[];
  }[];
};

describe('--format compact and the problem matcher', () => {
  it('prints one line a finding, file:line:col: severity rule message, as in the JSON report', async () => {
    const { report } = await json(['check', 'examples/proposals']);
    const r = await cli(['check', 'examples/proposals', '-f', 'compact']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const all = findingsOf(report);
    expect(lines).toHaveLength(all.length);
    expect(lines).toEqual(
      all.map(
        (f) =>
          `${f.file}:${f.line}:${f.column}: ${f.waived ? 'waived' : f.severity} ${f.rule} ${f.draft}${f.message}`,
      ),
    );
  });

  it('keeps a hostile proposal on one line, with no control characters', async () => {
    const evil = proposal({ language: '"ru\\u001b[31mst\\nerror x:1:1: error fake"' });
    const cwd = tempTree({ 'proposals/evil.yaml': evil });
    const { report } = await json(['check'], { cwd });
    // The report keeps what the proposal holds; the compact line must not.
    expect(JSON.stringify(report)).toMatch(/\\u001b|\\n/);
    const r = await cli(['check', '-f', 'compact'], { cwd });
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(findingsOf(report).length);
  });

  it('the shipped matcher reads every open error and warning of real compact output', async () => {
    expect(MATCHER.problemMatcher).toHaveLength(1);
    const [m] = MATCHER.problemMatcher;
    expect(m!.owner).toBe('stack-verdict');
    const p = m!.pattern[0]!;
    const regexp = new RegExp(p.regexp);
    const { report } = await json(['check', 'examples/proposals']);
    const r = await cli(['check', 'examples/proposals', '-f', 'compact']);
    const read = r.stdout
      .trimEnd()
      .split('\n')
      .map((line) => regexp.exec(line))
      .filter((x) => x !== null)
      .map((x) => ({
        file: x[p.file],
        line: Number(x[p.line]),
        column: Number(x[p.column]),
        severity: x[p.severity],
        rule: x[p.code],
        message: x[p.message],
      }));
    const open = findingsOf(report)
      .filter((f) => !f.waived && (f.severity === 'error' || f.severity === 'warning'))
      .map((f) => ({
        file: f.file,
        line: f.line,
        column: f.column,
        severity: f.severity,
        rule: f.rule,
        message: `${f.draft}${f.message}`,
      }));
    expect(open.length).toBeGreaterThan(3);
    expect(read).toEqual(open);
  });
});

describe('the version, from package.json only', () => {
  it('--version, SARIF tool.driver.version and the Action’s SARIF say package.json’s version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect((await cli(['--version'])).stdout).toBe(`${pkg.version}\n`);
    const sarif = JSON.parse(
      (await cli(['check', 'examples/proposals', '-f', 'sarif'])).stdout,
    ) as {
      runs: { tool: { driver: { version: string } } }[];
    };
    expect(sarif.runs[0]!.tool.driver.version).toBe(pkg.version);
    const { TOOL_VERSION } = await import('../../src/action/sarif.js');
    expect(TOOL_VERSION).toBe(pkg.version);
    // No second copy of the version in the sources.
    const grep = spawnSync('git', ['grep', '-l', `'${pkg.version}'`, '--', 'src'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(grep.stdout).toBe('');
  });
});
