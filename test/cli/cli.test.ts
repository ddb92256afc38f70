import { execFile } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { POLICY_VERSION } from '../../src/core/policy.js';
import { RULES } from '../../src/core/rules/index.js';
import pkg from '../../package.json' with { type: 'json' };
import type { Report } from '../../src/core/types.js';
import { EXAMPLES, fakeIo, proposal, REPO_ROOT, tempTree } from '../helpers.js';

async function cli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean; stdin?: string } = {},
) {
  const t = fakeIo(options.cwd ?? REPO_ROOT, options.env ?? {}, options.isTTY ?? false);
  if (options.stdin !== undefined) t.io.readStdin = () => Buffer.from(options.stdin!);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

async function checkJson(args: string[], cwd?: string) {
  const r = await cli(['check', ...args, '--format', 'json'], { cwd });
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

const GO_OK = proposal();
const RUST_BAD = proposal({ language: 'rust' }, 'team:\n  size: 2\n  rust-experience: 0\n');
// Its own service: two files naming one service are a duplicate-service error (policy 1.1).
const GO_WARN = proposal({ kind: 'database' }).replace('service: svc', 'service: svc-db');

/** One row of examples/EXPECTED.md. */
interface Expected {
  file: string;
  verdict: string;
  findings: { severity: string; rule: string; waived: boolean }[];
  justifications: string[];
  recommended: string | null;
}

function expectedExamples(): { rows: Expected[]; counts: Record<string, number> } {
  const md = readFileSync(path.join(REPO_ROOT, 'examples', 'EXPECTED.md'), 'utf8');
  const rows: Expected[] = [];
  for (const line of md.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!file) continue;
    const sev: Record<string, string> = { E: 'error', W: 'warning', N: 'notice' };
    const findings = [...cells[5]!.matchAll(/\b([EWN]) `([a-z0-9-]+)`( \*\*waived\*\*)?/g)].map(
      (m) => ({
        severity: sev[m[1]!]!,
        rule: m[2]!,
        waived: Boolean(m[3]),
      }),
    );
    const just = /^(.*) \((go|rust)\)$/.exec(cells[6]!);
    rows.push({
      file,
      verdict: /^[a-z-]+/.exec(cells[4]!)![0],
      findings,
      justifications: !just || just[1] === 'none' ? [] : just[1]!.split(',').map((s) => s.trim()),
      recommended: just ? just[2]! : null,
    });
  }
  const m =
    /Counts: (\d+) proposals, (\d+) errors, (\d+) warnings, (\d+) notices, (\d+) waived/.exec(md)!;
  const [proposals, errors, warnings, notices, waived] = m.slice(1).map(Number);
  return {
    rows,
    counts: {
      proposals: proposals!,
      errors: errors!,
      warnings: warnings!,
      notices: notices!,
      waived: waived!,
    },
  };
}

describe('stack-verdict check --format json on the examples', () => {
  it('prints the report of the contract, as examples/EXPECTED.md expects', async () => {
    const { code, report } = await checkJson(['examples/proposals']);
    const expected = expectedExamples();
    expect(expected.rows.length).toBe(
      readdirSync(path.join(REPO_ROOT, 'examples', 'proposals')).length,
    );

    expect(code).toBe(1);
    expect(report.version).toBe(1);
    expect(report.verdict).toBe('changes-requested');
    expect(report.counts).toEqual(expected.counts);

    for (const row of expected.rows) {
      const file = `examples/proposals/${row.file}`;
      if (row.verdict === 'skipped') {
        expect(report.skipped.map((s) => s.file)).toContain(file);
        expect(report.proposals.map((p) => p.file)).not.toContain(file);
        continue;
      }
      const p = report.proposals.find((x) => x.file === file);
      expect(p, file).toBeDefined();
      expect(p!.verdict, file).toBe(row.verdict);
      expect(p!.recommended, file).toBe(row.recommended);
      expect(p!.justifications, file).toEqual(row.justifications);
      const got = p!.findings.map((f) => ({
        severity: f.severity,
        rule: f.rule,
        waived: f.waived,
      }));
      expect(got, file).toEqual(expect.arrayContaining(row.findings));
      expect(got.length, file).toBe(row.findings.length);
    }
  });

  it('passes the gate with fail-on never, and fails it with fail-on warning', async () => {
    expect((await cli(['check', 'examples/proposals', '--fail-on', 'never'])).code).toBe(0);
    expect((await cli(['check', 'examples/proposals', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('prints nothing but JSON on stdout', async () => {
    const r = await cli(['check', 'examples/proposals', '-f', 'json']);
    expect(r.stdout.startsWith('{\n')).toBe(true);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toBe('');
  });
});

describe('exit codes', () => {
  it('0 when the gate passes', async () => {
    const cwd = tempTree({ 'proposals/a.yaml': GO_OK, 'proposals/b.yaml': GO_WARN });
    const r = await cli(['check', 'proposals'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The gate passes (fail-on: error).');
    expect(r.stderr).toBe('');
  });

  it('1 when the gate fails', async () => {
    const cwd = tempTree({ 'proposals/a.yaml': GO_OK, 'proposals/bad.yaml': RUST_BAD });
    const r = await cli(['check', 'proposals'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The gate fails (fail-on: error).');
  });

  it('1 for warnings with --fail-on warning, 0 with --fail-on never', async () => {
    const cwd = tempTree({ 'proposals/w.yaml': GO_WARN, 'proposals/bad.yaml': RUST_BAD });
    expect((await cli(['check', 'proposals/w.yaml', '--fail-on', 'warning'], { cwd })).code).toBe(
      1,
    );
    expect((await cli(['check', 'proposals/w.yaml', '--fail-on', 'error'], { cwd })).code).toBe(0);
    expect((await cli(['check', 'proposals', '--fail-on', 'never'], { cwd })).code).toBe(0);
  });

  it('0 for a failing draft', async () => {
    const cwd = tempTree({ 'proposals/d.yaml': `${RUST_BAD}status: draft\n` });
    const { code, report } = await checkJson([], cwd);
    expect(report.verdict).toBe('changes-requested');
    expect(code).toBe(0);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown option', ['check', '--colour'], /unknown option "--colour" for check\./],
    [
      'a mistyped option, with the closest one',
      ['check', '--formt', 'json'],
      /unknown option "--formt" for check\. Did you mean `--format`\? See stack-verdict check --help/,
    ],
    [
      'a mistyped option with =',
      ['check', '--max-warning=3'],
      /unknown option "--max-warning" for check\. Did you mean `--max-warnings`\?/,
    ],
    ['a mistyped option of rules', ['rules', '--hepl'], /Did you mean `--help`\?/],
    [
      'a bad --max-warnings value',
      ['check', '--max-warnings', '1.5'],
      /--max-warnings must be a whole number/,
    ],
    ['a negative --max-warnings', ['check', '--max-warnings', '-1'], /--max-warnings/],
    ['- with paths', ['check', '-', 'proposals'], /cannot be mixed with paths/],
    [
      '--stdin-filename without -',
      ['check', '--stdin-filename', 'a.yaml'],
      /--stdin-filename names the proposal read with -/,
    ],
    [
      'a bad --format value',
      ['check', '--format', 'xml'],
      /--format must be one of text, compact, json, markdown, sarif, junit, gitlab; got "xml"/,
    ],
    [
      'a bad --fail-on value',
      ['check', '--fail-on', 'notice'],
      /--fail-on must be one of error, warning, never/,
    ],
    [
      'a bad --max-bytes value',
      ['check', '--max-bytes', 'lots'],
      /--max-bytes must be a whole number/,
    ],
    [
      'a missing path',
      ['check', 'proposals/nope.yaml'],
      /no such file or folder: proposals\/nope\.yaml/,
    ],
    [
      'a glob matching nothing',
      ['check', 'proposals/**/*.toml'],
      /no file matches the pattern "proposals\/\*\*\/\*\.toml"/,
    ],
    ['an unknown command', ['chek'], /unknown command "chek"\. Did you mean `check`\?/],
    ['explain without a rule', ['explain'], /explain needs a rule id/],
  ];
  it.each(usage)('2 for %s, with a one-line reason on stderr', async (_name, args, reason) => {
    const cwd = tempTree({ 'proposals/a.yaml': GO_OK });
    const r = await cli(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^stack-verdict: [^\n]+\n$/);
    expect(r.stderr).toMatch(reason);
  });
});

describe('what check reads', () => {
  const tree = {
    'proposals/orders.yaml': GO_OK,
    'proposals/team/ledger.md': `---\n${GO_WARN}---\n# Ledger\n`,
    'proposals/README.md': '# How to write a proposal\n',
    'proposals/notes.txt': 'not a proposal',
    'services/search/search.proposal.yaml': GO_OK,
    'services/billing/service-proposal.yml': RUST_BAD,
    'services/billing/other.yaml': 'not: judged\n',
    'node_modules/pkg/service-proposal.yaml': 'broken: [',
    'stray.yaml': 'not: judged\n',
  };

  it('uses the default globs from the current folder when given no argument', async () => {
    const cwd = tempTree(tree);
    const { code, report } = await checkJson([], cwd);
    expect(report.proposals.map((p) => p.file)).toEqual([
      'proposals/orders.yaml',
      'proposals/team/ledger.md',
      'services/billing/service-proposal.yml',
      'services/search/search.proposal.yaml',
    ]);
    expect(report.skipped).toEqual([
      { file: 'proposals/README.md', reason: 'Markdown file with no YAML front matter' },
    ]);
    expect(code).toBe(1);
  });

  it('reports no-proposals and passes when there are none', async () => {
    const cwd = tempTree({ 'README.md': '# nothing\n' });
    const { code, report } = await checkJson([], cwd);
    expect(report.verdict).toBe('no-proposals');
    expect(code).toBe(0);
  });

  it('takes the files beneath a folder argument that the proposal globs match', async () => {
    const cwd = tempTree(tree);
    const { report } = await checkJson(['services'], cwd);
    // services/billing/other.yaml matches none of the default globs.
    expect(report.proposals.map((p) => p.file)).toEqual([
      'services/billing/service-proposal.yml',
      'services/search/search.proposal.yaml',
    ]);
  });

  it('takes a glob argument, relative to the current folder', async () => {
    const cwd = tempTree(tree);
    const { report } = await checkJson(['services/**/*.y*ml'], cwd);
    expect(report.proposals.map((p) => p.file)).toEqual([
      'services/billing/other.yaml',
      'services/billing/service-proposal.yml',
      'services/search/search.proposal.yaml',
    ]);
  });

  it('takes files and removes duplicates', async () => {
    const cwd = tempTree(tree);
    const { report } = await checkJson(
      ['stray.yaml', 'proposals/orders.yaml', './stray.yaml'],
      cwd,
    );
    expect(report.proposals.map((p) => p.file)).toEqual(['proposals/orders.yaml', 'stray.yaml']);
  });

  it('reports unreadable, binary and oversized files as proposal-invalid and judges the others', async () => {
    const cwd = tempTree({
      'proposals/a-good.yaml': GO_OK,
      'proposals/binary.yaml': new Uint8Array([0x73, 0x3a, 0x00, 0xff, 0x00]),
      'proposals/latin1.yaml': new Uint8Array([...Buffer.from('service: caf'), 0xe9, 0x0a]),
      'proposals/huge.yaml': `${GO_OK}rationale: ${'x'.repeat(5000)}\n`,
      'proposals/z-good.md': `---\n${GO_WARN}---\n`,
    });
    const { code, report } = await checkJson(['proposals', '--max-bytes', '4096'], cwd);
    const byFile = new Map(report.proposals.map((p) => [p.file, p]));
    expect(byFile.get('proposals/a-good.yaml')!.verdict).toBe('approved');
    expect(byFile.get('proposals/z-good.md')!.verdict).toBe('approved-with-warnings');
    const message = (file: string) => {
      const p = byFile.get(file)!;
      expect(p.verdict).toBe('changes-requested');
      expect(p.findings).toHaveLength(1);
      expect(p.findings[0]).toMatchObject({
        rule: 'proposal-invalid',
        severity: 'error',
        line: 1,
        column: 1,
      });
      return p.findings[0]!.message;
    };
    expect(message('proposals/binary.yaml')).toMatch(/binary/);
    expect(message('proposals/latin1.yaml')).toMatch(/not valid UTF-8/);
    expect(message('proposals/huge.yaml')).toMatch(/over the 4 KiB limit/);
    expect(report.counts).toMatchObject({ proposals: 5, errors: 3, warnings: 1 });
    expect(code).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)(
    'reports a file it may not read as proposal-invalid',
    async () => {
      const cwd = tempTree({ 'proposals/a.yaml': GO_OK, 'proposals/secret.yaml': GO_OK });
      chmodSync(path.join(cwd, 'proposals/secret.yaml'), 0o000);
      const { report } = await checkJson(['proposals'], cwd);
      expect(report.proposals[0]!.verdict).toBe('approved');
      expect(report.proposals[1]!.findings[0]).toMatchObject({
        rule: 'proposal-invalid',
        message: expect.stringContaining('cannot be read'),
      });
    },
  );

  it('refuses a link that leads outside the folder it runs in, and follows one inside it', async () => {
    const outside = tempTree({ 'secret.yaml': GO_OK });
    const cwd = tempTree({ 'shared/base.yaml': GO_OK });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(cwd, 'proposals'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(cwd, 'proposals/leak.yaml'));
    symlinkSync('../shared/base.yaml', path.join(cwd, 'proposals/linked.yaml'));
    const { report } = await checkJson(['proposals/leak.yaml', 'proposals/linked.yaml'], cwd);
    const [leak, linked] = report.proposals;
    expect(leak!.findings[0]!.message).toMatch(/symbolic link that leads outside the workspace/);
    expect(linked!.findings).toEqual([]);
    expect(linked!.verdict).toBe('approved');
  });
});

describe('output formats and colour', () => {
  const files = { 'proposals/bad.yaml': RUST_BAD };

  it('prints Markdown with --format markdown', async () => {
    const r = await cli(['check', '--format', 'markdown'], { cwd: tempTree(files) });
    expect(r.stdout.startsWith('## ❌ Stack Verdict: Changes requested\n')).toBe(true);
    expect(r.code).toBe(1);
  });

  it.each([
    ['no terminal', {}, false, false],
    ['a terminal', {}, true, true],
    ['a dumb terminal', { TERM: 'dumb' }, true, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['FORCE_COLOR without a terminal', { FORCE_COLOR: '1' }, false, true],
    ['NO_COLOR and FORCE_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
  ])('colours text output with %s: %s', async (_name, env, isTTY, colored) => {
    const r = await cli(['check'], { cwd: tempTree(files), env, isTTY });
    expect(r.stdout.includes('\u001b[')).toBe(colored);
    expect(r.stdout).toContain('rust-without-measured-constraint');
  });

  it('never colours JSON', async () => {
    const r = await cli(['check', '--format', 'json'], {
      cwd: tempTree(files),
      env: { FORCE_COLOR: '1' },
      isTTY: true,
    });
    expect(r.stdout).not.toContain('\u001b');
  });
});

describe('rules, explain and help', () => {
  it('rules names the version and policy, then lists every rule with its severity and description', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    const [head, blank, ...lines] = r.stdout.trimEnd().split('\n');
    expect(head).toBe(
      `Stack Verdict ${pkg.version}, policy ${POLICY_VERSION}: ${RULES.length} rules`,
    );
    expect(POLICY_VERSION).toBe('1.2');
    expect(blank).toBe('');
    expect(lines).toHaveLength(RULES.length);
    for (const rule of RULES) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `));
      expect(line, rule.id).toBeDefined();
      expect(line).toMatch(new RegExp(`^${rule.id} +${rule.severity} +\\S`));
      expect(line).toContain(rule.description);
    }
  });

  it('explain prints the documentation of a rule', async () => {
    const rule = RULES.find((x) => x.id === 'rust-ci-build-cost')!;
    const r = await cli(['explain', 'rust-ci-build-cost']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('rust-ci-build-cost (warning)\n')).toBe(true);
    for (const heading of ['Why', 'Fix', 'Fires on', 'Does not fire on'])
      expect(r.stdout).toContain(`\n${heading}\n`);
    expect(r.stdout).toContain(rule.docs.why.split('\n')[0]!.slice(0, 60));
    expect(r.stdout).toContain(`    ${rule.docs.fires.split('\n')[0]}`);
  });

  it('explain of an unknown rule exits 2 with a suggestion', async () => {
    const r = await cli(['explain', 'team-mising']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'stack-verdict: no rule "team-mising". Did you mean `team-missing`? `stack-verdict rules` lists them all.\n',
    );
  });

  it.each([
    ['--help'],
    ['check', '--help'],
    ['check', '-h'],
    ['rules', '--help'],
    ['explain', '--help'],
  ])('%s %s prints usage and exits 0', async (...args) => {
    const r = await cli(args.filter(Boolean));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: stack-verdict/);
    expect(r.stderr).toBe('');
  });

  it('check --help documents the exit codes', async () => {
    expect((await cli(['check', '--help'])).stdout).toMatch(
      /Exit status: 0 the gate passes, 1 the gate fails \(or too many warnings\),\s+2 usage/,
    );
  });

  it('--version prints the version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});

const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

describe('the built bundle', () => {
  it.skipIf(!existsSync(BUNDLE))(
    'node dist/cli/index.js check examples/proposals --format json prints the report and exits 1 (skipped when dist/cli/index.js is not built: run npm run build)',
    async () => {
      const run = promisify(execFile);
      const err = await run(process.execPath, [BUNDLE, 'check', EXAMPLES, '--format', 'json'], {
        cwd: REPO_ROOT,
        env: { ...process.env, NO_COLOR: '1' },
      }).catch((e: { code: number; stdout: string; stderr: string }) => e);
      expect('code' in err ? err.code : 0).toBe(1);
      const report = JSON.parse(err.stdout) as Report;
      expect(report.verdict).toBe('changes-requested');
      expect(report.counts).toEqual(expectedExamples().counts);
      expect(report.proposals.every((p) => p.file.startsWith('examples/proposals/'))).toBe(true);
      const version = await run(process.execPath, [BUNDLE, '--version']);
      expect(version.stdout).toBe(`${pkg.version}\n`);
    },
  );
});
