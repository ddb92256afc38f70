// --format junit and --format gitlab: what Jenkins, GitLab and Azure DevOps read, checked
// against the formats' shapes and against the JSON report of the same run.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { EXAMPLES, fakeIo, REPO_ROOT, tempTree } from '../helpers.js';
import { checkJunit, parseXml, type XmlElement } from './xml.js';

const schema = JSON.parse(
  readFileSync(
    path.join(REPO_ROOT, 'test/fixtures/schemas/gitlab-code-quality.schema.json'),
    'utf8',
  ),
) as object;
const validateCodeQuality = new Ajv({
  strict: true,
  strictRequired: false,
  allErrors: true,
}).compile(schema);

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

// Text from strangers in every place a proposal can put it into the output.
const HOSTILE = `service: "<svc> & ]]> \\"q\\" 'a' \\u0001\\u001b[31m"
language: "C<&>"
kind: http-api
workload:
  bound: io
`;
const DRAFT = `service: drafted
status: draft
language: rust
kind: http-api
workload:
  bound: io
`;

function repo(): string {
  const dir = tempTree({ 'proposals/hostile.yaml': HOSTILE, 'proposals/drafted.yaml': DRAFT });
  cpSync(EXAMPLES, path.join(dir, 'proposals'), { recursive: true });
  return dir;
}

async function run(cwd: string, args: string[]) {
  const t = fakeIo(cwd);
  const code = await runCli(['check', ...args], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

async function both(cwd: string, format: string, extra: string[] = []) {
  const out = await run(cwd, ['--format', format, ...extra]);
  const json = await run(cwd, ['--format', 'json', ...extra]);
  expect(out.code).toBe(json.code);
  return { out: out.stdout, code: out.code, report: JSON.parse(json.stdout) as Report };
}

const suitesOf = (root: XmlElement) => root.children;
const casesOf = (suite: XmlElement) => suite.children.filter((c) => c.name === 'testcase');

describe('--format junit', () => {
  it('is well-formed JUnit XML: a suite per proposal file, a case per finding', async () => {
    const { out, report } = await both(repo(), 'junit');
    const root = parseXml(out);
    checkJunit(root);
    expect(suitesOf(root).map((s) => s.children[0]!.attrs.file)).toEqual(
      report.proposals.map((p) => p.file),
    );
    suitesOf(root).forEach((suite, i) => {
      const p = report.proposals[i]!;
      const cases = casesOf(suite);
      expect(cases).toHaveLength(Math.max(1, p.findings.length));
      p.findings.forEach((f, j) => {
        expect(cases[j]!.attrs.line).toBe(String(f.line));
        expect(cases[j]!.attrs.name).toContain(f.rule);
        // The message as the JSON report has it, character for character, after unescaping.
        const body = cases[j]!.children.find((c) => c.name !== 'skipped')!.text;
        expect(
          body.startsWith([...f.message].filter((c) => c >= ' ' || '\t\n\r'.includes(c)).join('')),
        ).toBe(true);
      });
    });
  });

  it('fails exactly the findings that fail the gate, whatever fail-on says', async () => {
    const cwd = repo();
    for (const failOn of ['error', 'warning', 'never']) {
      const { out, report, code } = await both(cwd, 'junit', ['--fail-on', failOn]);
      const root = parseXml(out);
      checkJunit(root);
      const failures = Number(root.attrs.failures);
      // CI turns red on a failure: exactly when the gate fails.
      expect(failures > 0).toBe(!report.gate.passed);
      expect(code).toBe(report.gate.passed ? 0 : 1);
      const failed = suitesOf(root).flatMap((s) =>
        casesOf(s).filter((c) => c.children.some((x) => x.name === 'failure')),
      );
      for (const c of failed) {
        const failure = c.children.find((x) => x.name === 'failure')!;
        expect(failOn === 'warning' ? ['error', 'warning'] : ['error']).toContain(
          failure.attrs.type,
        );
      }
      // The draft's policy findings and waived findings never fail.
      const draft = suitesOf(root).find((s) => s.attrs.name!.includes('drafted'))!;
      expect(draft.attrs.failures).toBe('0');
      const waived = report.proposals.flatMap((p) => p.findings.filter((f) => f.waived)).length;
      expect(waived).toBeGreaterThan(0);
      expect(suitesOf(root).reduce((n, s) => n + Number(s.attrs.skipped), 0)).toBe(waived);
    }
  });

  it('keeps hostile text as text: the service name reads back exactly, without control characters', async () => {
    const { out } = await both(repo(), 'junit');
    const root = parseXml(out);
    const hostile = suitesOf(root).find((s) => s.attrs.name!.startsWith('proposals/hostile.yaml'))!;
    expect(hostile.attrs.name).toBe(`proposals/hostile.yaml (<svc> & ]]> "q" 'a' [31m)`);
  });
});

describe('--format gitlab', () => {
  it('validates against the Code Quality schema and matches the JSON report', async () => {
    const { out, report } = await both(repo(), 'gitlab');
    const issues = JSON.parse(out) as Issue[];
    expect(validateCodeQuality(issues), JSON.stringify(validateCodeQuality.errors)).toBe(true);
    const open = report.proposals.flatMap((p) =>
      p.findings.filter((f) => !f.waived).map((f) => [p.file, f.rule, f.line]),
    );
    expect(issues.map((i) => [i.location.path, i.check_name, i.location.lines.begin])).toEqual(
      open,
    );
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('maps severities as documented: blocker, critical, major, minor, info', async () => {
    const { out, report } = await both(repo(), 'gitlab');
    const issues = JSON.parse(out) as Issue[];
    const sev = (file: string, rule: string) =>
      issues
        .filter((i) => i.location.path === file && i.check_name === rule)
        .map((i) => i.severity);
    // An invalid proposal cannot be judged: blocker. A gating error: critical.
    expect(sev('proposals/hostile.yaml', 'proposal-invalid')[0]).toBe('blocker');
    const gatingError = report.proposals.find(
      (p) =>
        p.status !== 'draft' &&
        p.findings.some(
          (f) => !f.waived && f.severity === 'error' && f.rule !== 'proposal-invalid',
        ),
    )!;
    const err = gatingError.findings.find(
      (f) => !f.waived && f.severity === 'error' && f.rule !== 'proposal-invalid',
    )!;
    expect(sev(gatingError.file, err.rule)[0]).toBe('critical');
    // The draft's errors do not gate: major. Warnings under fail-on error: minor. Notices: info.
    const draft = report.proposals.find((p) => p.service === 'drafted')!;
    const draftError = draft.findings.find((f) => f.severity === 'error')!;
    expect(sev(draft.file, draftError.rule)[0]).toBe('major');
    const warned = report.proposals.flatMap((p) =>
      p.findings.filter((f) => !f.waived && f.severity === 'warning').map((f) => [p.file, f.rule]),
    );
    expect(warned.length).toBeGreaterThan(0);
    for (const [file, rule] of warned) expect(sev(file!, rule!)).toContain('minor');
    const noticed = report.proposals.flatMap((p) =>
      p.findings.filter((f) => !f.waived && f.severity === 'notice').map((f) => [p.file, f.rule]),
    );
    for (const [file, rule] of noticed) expect(sev(file!, rule!)).toContain('info');
    // Under fail-on warning the warnings gate.
    const strict = JSON.parse(
      (await run(repo(), ['--format', 'gitlab', '--fail-on', 'warning'])).stdout,
    ) as Issue[];
    expect(strict.find((i) => i.check_name === warned[0]![1])?.severity).toBe('critical');
  });

  it('keeps each fingerprint across runs when lines move, and changes it for another file or rule', async () => {
    const cwd = repo();
    const before = JSON.parse((await run(cwd, ['--format', 'gitlab'])).stdout) as Issue[];
    for (const name of ['pricing-engine.yaml', 'edge-proxy.yaml']) {
      const file = path.join(cwd, 'proposals', name);
      writeFileSync(file, `# moved down by a comment\n\n${readFileSync(file, 'utf8')}`);
    }
    const after = JSON.parse((await run(cwd, ['--format', 'gitlab'])).stdout) as Issue[];
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    const moved = after.filter((i) => i.location.path === 'proposals/pricing-engine.yaml');
    expect(moved.length).toBeGreaterThan(0);
    for (const i of moved) {
      const old = before.find((b) => b.fingerprint === i.fingerprint)!;
      expect(i.location.lines.begin).toBe(old.location.lines.begin + 2);
    }
  });
});

describe('renderJunit on text XML cannot hold', () => {
  it('drops lone surrogates, U+FFFE/U+FFFF and control characters, keeping the rest', async () => {
    const { renderJunit } = await import('../../src/core/render/junit.js');
    const report: Report = {
      version: 1,
      verdict: 'changes-requested',
      counts: { proposals: 1, errors: 1, warnings: 0, notices: 0, waived: 0 },
      proposals: [
        {
          file: 'proposals/a\ud800.yaml',
          service: 'a\uffffb',
          language: 'go',
          status: 'proposed',
          recommended: 'go',
          justifications: [],
          verdict: 'changes-requested',
          findings: [
            {
              rule: 'proposal-invalid',
              severity: 'error',
              message: 'bad \u0000\u0007 "x" \ud83d\ude00 <y> & z',
              line: 1,
              column: 1,
              waived: false,
            },
          ],
          costs: null,
        },
      ],
      skipped: [],
      gate: { failOn: 'error', passed: false },
    };
    const root = parseXml(renderJunit(report));
    checkJunit(root);
    expect(root.children[0]!.attrs.name).toBe('proposals/a.yaml (ab)');
    const failure = root.children[0]!.children[0]!.children[0]!;
    expect(failure.text.split('\n')[0]).toBe('bad  "x" \ud83d\ude00 <y> & z');
  });
});
