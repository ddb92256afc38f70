// SARIF output: valid SARIF 2.1.0 by Microsoft's validator (SARIF and GitHub rule sets) and
// by the SARIF 2.1.0 JSON schema, with the levels, suppressions and locations code scanning needs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildReport,
  DEFAULT_DOCS_URL,
  defaultEngineOptions,
  judgeFile,
} from '../../src/core/engine.js';
import {
  buildSarif,
  FINGERPRINT_KEY,
  renderSarif,
  type SarifLog,
} from '../../src/core/render/sarif.js';
import { RULES, type Rule } from '../../src/core/rules/index.js';
import type { Report } from '../../src/core/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = 'examples/proposals';
const OPTIONS = {
  toolVersion: '1.0.0',
  informationUri: 'https://github.com/stack-verdict/stack-verdict',
};

/** The report `stack-verdict check examples/proposals` gives from the repository root. */
function examplesReport(edit: (file: string, text: string) => string = (_, t) => t): Report {
  const engine = defaultEngineOptions();
  const files = readdirSync(path.join(ROOT, EXAMPLES)).sort();
  const results = files.map((name) => {
    const file = `${EXAMPLES}/${name}`;
    return judgeFile(file, edit(file, readFileSync(path.join(ROOT, file), 'utf8')), engine);
  });
  return buildReport(results, 'error');
}

const report = examplesReport();
const sarif = JSON.parse(renderSarif(report, OPTIONS)) as SarifLog;
const run = sarif.runs[0]!;
const resultsOf = (file: string, rule: string) =>
  run.results.filter(
    (r) =>
      r.ruleId === rule &&
      r.locations[0]!.physicalLocation.artifactLocation.uri === `${EXAMPLES}/${file}`,
  );

const tmp = mkdtempSync(path.join(tmpdir(), 'stack-verdict-sarif-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The platform package of @microsoft/sarif-multitool exports the path of its executable.
function multitoolPath(): string | undefined {
  try {
    const bin = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string; arguments?: string[] };
}

/** Runs `Sarif.Multitool validate` with the SARIF and GitHub rule sets; returns what it reported. */
function multitoolValidate(log: unknown, name: string): ValidatorResult[] {
  const input = path.join(tmp, `${name}.sarif`);
  const output = path.join(tmp, `${name}.validation.sarif`);
  writeFileSync(input, JSON.stringify(log, null, 2));
  execFileSync(
    multitoolPath()!,
    ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'],
    { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, stdio: 'pipe' },
  );
  const validation = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: { results: ValidatorResult[] }[];
  };
  return validation.runs.flatMap((r) => r.results);
}

const describeResult = (r: ValidatorResult) =>
  `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' | ')}`;

describe('SARIF validity', () => {
  it.skipIf(!multitoolPath())('passes the SARIF Multitool validator with no finding', () => {
    const found = multitoolValidate(sarif, 'examples');
    expect(found.map(describeResult)).toEqual([]);
  });

  it.skipIf(!multitoolPath())('fails the validator when something GitHub needs is missing', () => {
    // Guards against a validator that silently checks nothing.
    const broken = structuredClone(sarif) as unknown as { runs: { results: object[] }[] };
    delete (broken.runs[0]!.results[0] as { locations?: unknown }).locations;
    const found = multitoolValidate(broken, 'broken');
    expect(found.some((r) => r.level === 'error' && r.ruleId.startsWith('GH'))).toBe(true);
  });

  it('matches the SARIF 2.1.0 JSON schema', () => {
    expect(schemaErrors(sarif)).toEqual([]);
    expect(sarif.version).toBe('2.1.0');
  });

  it('carries fixes as SARIF fixes: regions in lines and columns, valid by the schema', () => {
    const text =
      'service: a\r\nlanguage: Golang # as written\r\nkind: cli\r\nworkload:\r\n  bound: IO\r\n';
    const engine = defaultEngineOptions();
    const fixed = renderSarif(
      buildReport([judgeFile('proposals/a b.yml', text, engine)], 'error', engine),
      OPTIONS,
    );
    const log = JSON.parse(fixed) as SarifLog;
    expect(schemaErrors(log)).toEqual([]);
    if (multitoolPath()) expect(multitoolValidate(log, 'fixes').map(describeResult)).toEqual([]);
    const fixes = log.runs[0]!.results.flatMap((r) => r.fixes ?? []);
    expect(fixes).toEqual([
      {
        description: { text: 'write `go`' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'proposals/a%20b.yml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 2, startColumn: 11, endLine: 2, endColumn: 17 },
                insertedContent: { text: 'go' },
              },
            ],
          },
        ],
      },
      {
        description: { text: 'write `io`' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'proposals/a%20b.yml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 5, startColumn: 10, endLine: 5, endColumn: 12 },
                insertedContent: { text: 'io' },
              },
            ],
          },
        ],
      },
    ]);
    // Each region is the text the fix replaces.
    const lines = text.split('\r\n');
    expect(lines[1]!.slice(10, 16)).toBe('Golang');
    expect(lines[4]!.slice(9, 11)).toBe('IO');
  });
});

/** What the SARIF 2.1.0 JSON schema finds wrong with a log. */
function schemaErrors(log: unknown): unknown[] {
  const schemaPath = path.join(
    path.dirname(
      createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/package.json'),
    ),
    'sarif-2.1.0.json',
  );
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i);
  const validate = ajv.compile(schema);
  return validate(log) ? [] : (validate.errors ?? []);
}

describe('renderSarif', () => {
  it('describes the tool and every rule', () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({
      name: 'Stack Verdict',
      version: '1.0.0',
      semanticVersion: '1.0.0',
    });
    expect(driver.informationUri).toBe(OPTIONS.informationUri);
    expect(driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const d = driver.rules.find((r) => r.id === rule.id)!;
      expect(d.helpUri).toBe(`${DEFAULT_DOCS_URL}${rule.id}.md`);
      expect(d.shortDescription.text.length).toBeGreaterThan(0);
      expect(d.fullDescription.text.length).toBeGreaterThan(0);
      expect(d.defaultConfiguration.level).toBe(
        { error: 'error', warning: 'warning', notice: 'note' }[rule.severity],
      );
    }
  });

  it('has one result per finding, waived ones included, with consistent rule indexes', () => {
    const findings = report.proposals.flatMap((p) => p.findings);
    expect(run.results).toHaveLength(findings.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('maps severities to SARIF levels', () => {
    expect(resultsOf('customer-portal-api.md', 'rust-without-measured-constraint')[0]!.level).toBe(
      'error',
    );
    expect(resultsOf('session-store.md', 'go-despite-measured-constraint')[0]!.level).toBe(
      'warning',
    );
    expect(resultsOf('session-store.md', 'gc-remeasure-on-go-1-26')[0]!.level).toBe('note');
    expect(resultsOf('clickstream-etl.yaml', 'language-not-covered')[0]!.level).toBe('note');
  });

  it('marks waived findings as suppressed, with the reviewers’ reason', () => {
    const waived = resultsOf('ledger-compactor.md', 'rust-onboarding-cost');
    expect(waived).toHaveLength(1);
    const finding = report.proposals
      .find((p) => p.file === `${EXAMPLES}/ledger-compactor.md`)!
      .findings.find((f) => f.rule === 'rust-onboarding-cost')!;
    expect(finding.waived).toBe(true);
    expect(waived[0]!.level).toBe('warning');
    expect(waived[0]!.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: finding.waiverReason },
    ]);
    const suppressed = run.results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(report.counts.waived);
  });

  it('locates each result in its file, relative to %SRCROOT%, at the finding’s line and column', () => {
    for (const p of report.proposals) {
      const mine = run.results.filter(
        (r) => r.locations[0]!.physicalLocation.artifactLocation.uri === p.file,
      );
      expect(mine).toHaveLength(p.findings.length);
      p.findings.forEach((f, i) => {
        const loc = mine[i]!.locations[0]!.physicalLocation;
        expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
        expect(loc.region).toEqual({ startLine: f.line, startColumn: f.column });
        expect(mine[i]!.message.text).toBe(f.message);
      });
    }
    const uris = run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    for (const uri of uris) expect(uri).toMatch(/^examples\/proposals\/[a-z0-9-]+\.(ya?ml|md)$/);
  });

  it('keeps fingerprints when lines move, and keeps them unique', () => {
    const shifted = buildSarif(
      examplesReport((file, text) =>
        file.endsWith('.yaml') ? `# a comment added later\n# and another\n${text}` : text,
      ),
      OPTIONS,
    ).runs[0]!;
    const key = (r: (typeof run.results)[number]) => r.partialFingerprints[FINGERPRINT_KEY];
    expect(shifted.results.map(key)).toEqual(run.results.map(key));
    const before = resultsOf('price-quote-cache.yaml', 'rust-onboarding-cost')[0]!;
    const after = shifted.results.find((r) => key(r) === key(before))!;
    expect(after.locations[0]!.physicalLocation.region.startLine).toBe(
      before.locations[0]!.physicalLocation.region.startLine + 2,
    );
    const all = run.results.map(key);
    expect(new Set(all).size).toBe(all.length);
  });

  it('encodes unusual file names and describes rules outside the default set', () => {
    const custom: Report = {
      ...report,
      proposals: [
        {
          file: 'services/new api/proposal #1.yaml',
          service: 'new-api',
          language: 'go',
          status: 'proposed',
          recommended: 'go',
          justifications: [],
          verdict: 'approved-with-warnings',
          costs: null,
          findings: [
            {
              rule: 'team-custom-rule',
              severity: 'warning',
              message: 'A custom rule fired.',
              line: 3,
              column: 1,
              waived: false,
            },
          ],
        },
      ],
    };
    const log = buildSarif(custom, OPTIONS);
    const result = log.runs[0]!.results[0]!;
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'services/new%20api/proposal%20%231.yaml',
    );
    const descriptor = log.runs[0]!.tool.driver.rules[result.ruleIndex]!;
    expect(descriptor.id).toBe('team-custom-rule');
    expect(descriptor.defaultConfiguration.level).toBe('warning');
  });

  it('encodes a lone surrogate in a file name as U+FFFD instead of throwing', () => {
    // A file name from an API's JSON can hold "\ud800"; encodeURIComponent throws on it.
    const odd: Report = {
      ...report,
      proposals: [{ ...report.proposals[0]!, file: 'p/bad\ud800name \ud83d\ude00.yaml' }],
    };
    const log = buildSarif(odd, OPTIONS);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'p/bad%EF%BF%BDname%20%F0%9F%98%80.yaml',
    );
  });

  it('takes the rule list and documentation links from the engine when given', () => {
    const custom: Rule = {
      id: 'no-python-services',
      severity: 'warning',
      description: 'The platform team supports Go and Rust only.',
      docs: { why: '', fix: '', fires: '', passes: '' },
    };
    const log = buildSarif(report, {
      ...OPTIONS,
      rules: [...RULES, custom],
      docsUrl: (rule) =>
        rule.id === custom.id
          ? 'https://wiki.example.com/languages'
          : `https://docs.example.com/${rule.id}`,
    });
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules).toHaveLength(RULES.length + 1);
    const last = rules.at(-1)!;
    expect(last).toMatchObject({
      id: 'no-python-services',
      name: 'NoPythonServices',
      helpUri: 'https://wiki.example.com/languages',
      fullDescription: { text: 'The platform team supports Go and Rust only.' },
      defaultConfiguration: { level: 'warning' },
    });
    expect(rules[0]!.helpUri).toBe(`https://docs.example.com/${RULES[0]!.id}`);
  });

  it('is an empty but complete run when there are no proposals', () => {
    const empty = buildSarif({ ...report, proposals: [], verdict: 'no-proposals' }, OPTIONS);
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toHaveLength(RULES.length);
  });
});
