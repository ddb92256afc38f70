// The terminal output: findings by line, messages wrapped at the terminal's width, the rule id
// readable, and an exit status of 1 that always says why.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, proposal, tempTree } from '../helpers.js';

// A notice on line 1 (an unknown key), then errors and warnings: severity order is not line order.
const RUST =
  'cost-center: 42\n' +
  proposal(
    { language: 'rust' },
    'team:\n  size: 4\n  rust-experience: 0\n  annual-attrition: 0.2\n',
  );
// A warning and nothing worse.
const WARN_ONLY = proposal({ kind: 'database' }).replace('service: svc', 'service: db');

async function run(
  cwd: string,
  args: string[],
  io: { isTTY?: boolean; columns?: number; env?: NodeJS.ProcessEnv } = {},
) {
  const t = fakeIo(cwd, io.env ?? {}, io.isTTY ?? false);
  if (io.columns !== undefined) t.io.columns = io.columns;
  const code = await runCli(['check', ...args], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

async function report(cwd: string, args: string[] = []): Promise<Report> {
  return JSON.parse((await run(cwd, [...args, '--format', 'json'])).stdout) as Report;
}

/** The finding lines of the text output: [line, column, rule]. */
function findingLines(text: string): [number, number, string][] {
  return [...text.matchAll(/^ {2}(\d+):(\d+)\s+(?:error|warning|notice|waived)\s+(\S+)$/gm)].map(
    (m) => [Number(m[1]), Number(m[2]), m[3]!],
  );
}

describe('text output', () => {
  it('lists each proposal’s findings by line, and every finding of the report', async () => {
    const cwd = tempTree({ 'proposals/r.yaml': RUST });
    const { stdout } = await run(cwd, []);
    const lines = findingLines(stdout);
    const sorted = [...lines].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(lines).toEqual(sorted);
    const json = await report(cwd);
    const fromJson = json.proposals[0]!.findings.map((f) => [f.line, f.column, f.rule]);
    expect([...lines].sort()).toEqual([...fromJson].sort());
    // Severity order differs from line order here, so the test can tell the two apart.
    expect(fromJson).not.toEqual(sorted);
  });

  it('does not wrap when standard output is not a terminal', async () => {
    const cwd = tempTree({ 'proposals/r.yaml': RUST });
    const { stdout } = await run(cwd, [], { columns: 60 });
    const json = await report(cwd);
    for (const f of json.proposals[0]!.findings)
      expect(stdout).toContain(`\n          ${f.message}\n`);
  });

  it('wraps long messages at the terminal width with a hanging indent, losing no word', async () => {
    const cwd = tempTree({ 'proposals/r.yaml': RUST });
    const { stdout } = await run(cwd, [], { isTTY: true, columns: 60, env: { NO_COLOR: '1' } });
    const json = await report(cwd);
    const lines = stdout.split('\n');
    for (const f of json.proposals[0]!.findings) {
      const head = lines.findIndex(
        (l) => l.startsWith(`  ${f.line}:${f.column}`) && l.endsWith(f.rule),
      );
      const body: string[] = [];
      for (let i = head + 1; i < lines.length && lines[i]!.startsWith('          '); i++) {
        body.push(lines[i]!);
      }
      expect(body.length).toBeGreaterThan(1);
      for (const l of body) {
        const longest = Math.max(
          ...l
            .trim()
            .split(' ')
            .map((w) => w.length),
        );
        if (longest < 50) expect(l.length).toBeLessThanOrEqual(60);
      }
      expect(body.map((l) => l.slice(10)).join(' ')).toBe(f.message);
    }
  });

  it('shows the rule id plainly, not dimmed, in colour', async () => {
    const cwd = tempTree({ 'proposals/r.yaml': RUST });
    const { stdout } = await run(cwd, [], { env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain('\u001b[0m rust-without-measured-constraint\n');
    expect(stdout).not.toContain('\u001b[2mrust-without-measured-constraint');
  });
});

describe('exit 1 says why', () => {
  it('with --quiet and only warnings under fail-on warning, in one summary line', async () => {
    const cwd = tempTree({ 'proposals/db.yaml': WARN_ONLY });
    const r = await run(cwd, ['--quiet', '--fail-on', 'warning']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/1 warning.*The gate fails \(fail-on: warning\)\.$/);
    // Passing quietly prints nothing.
    expect((await run(cwd, ['--quiet'])).stdout).toBe('');
  });

  it('with --max-warnings the summary says the gate fails because of it, in the singular', async () => {
    const cwd = tempTree({ 'proposals/db.yaml': WARN_ONLY });
    for (const args of [
      ['--max-warnings', '0'],
      ['--max-warnings', '0', '--quiet'],
    ]) {
      const r = await run(cwd, args);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        'The gate fails: 1 unwaived warning, more than --max-warnings 0 (fail-on: error).',
      );
      expect(r.stdout).not.toContain('The gate passes');
      expect(r.stderr).toBe('stack-verdict: 1 unwaived warning, more than --max-warnings 0\n');
    }
    const ok = await run(cwd, ['--max-warnings', '1']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('The gate passes');
  });

  it('with --format compact, on stderr', async () => {
    const cwd = tempTree({ 'proposals/r.yaml': RUST });
    const r = await run(cwd, ['--format', 'compact']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^stack-verdict: the gate fails \(fail-on: error\) with \d+ errors? and \d+ warnings? unwaived\n$/,
    );
    const clean = await run(tempTree({ 'proposals/ok.yaml': proposal() }), ['--format', 'compact']);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
  });
});
