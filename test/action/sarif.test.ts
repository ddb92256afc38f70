// The `sarif` input: the findings as a SARIF 2.1.0 log in the workspace, for upload-sarif.
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_VERSION, writeSarifFile } from '../../src/action/sarif.js';
import { FINGERPRINT_KEY, SARIF_SCHEMA, type SarifLog } from '../../src/core/render/sarif.js';
import { RULES } from '../../src/core/rules/index.js';
import pkg from '../../package.json' with { type: 'json' };
import {
  cleanTempDirs,
  example,
  FakeGitHub,
  HEAD,
  pullRequestPayload,
  runScenario,
  tempDir,
} from './fake-github.js';

afterEach(cleanTempDirs);

let bad: string; // customer-portal-api.md: 1 error, 3 warnings, 1 notice
let ledger: string; // ledger-compactor.md: one waived warning
beforeAll(async () => {
  bad = await example('customer-portal-api.md');
  ledger = await example('ledger-compactor.md');
});

async function readSarif(file: string): Promise<SarifLog> {
  return JSON.parse(await readFile(file, 'utf8')) as SarifLog;
}

describe('sarif', () => {
  it('writes a valid SARIF log with every finding, creating folders, and sets the output', async () => {
    const { result, sink, workspace } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { sarif: 'reports/code-scanning/stack-verdict.sarif', 'fail-on': 'never' },
      workspaceFiles: { 'proposals/portal.md': bad, 'proposals/ledger.md': ledger },
    });
    const file = path.join(workspace, 'reports/code-scanning/stack-verdict.sarif');
    expect(result?.sarifPath).toBe(file);
    expect(sink.outputs.sarif).toBe(file);
    expect(sink.failed).toEqual([]);

    const log = await readSarif(file);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'Stack Verdict', version: pkg.version });
    expect(TOOL_VERSION).toBe(pkg.version);
    // Every rule is listed, so that code scanning can close fixed alerts.
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    // One result per finding, waived ones suppressed.
    const findings = result!.report.proposals.flatMap((p) =>
      p.findings.map((f) => ({ file: p.file, f })),
    );
    expect(run.results).toHaveLength(findings.length);
    const portal = run.results.filter(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'proposals/portal.md',
    );
    expect(portal.map((r) => r.level).sort()).toEqual(
      ['error', 'note', 'warning', 'warning', 'warning'].sort(),
    );
    expect(portal.find((r) => r.ruleId === 'rust-without-measured-constraint')).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 7 } } }],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}$/) },
    });
    expect(run.results.filter((r) => r.suppressions)).toHaveLength(1);
    // Rule help links point at the Action's own documentation.
    expect(run.tool.driver.rules[0]!.helpUri).toMatch(/^https:\/\/.*\/docs\/rules\/.*\.md$/);
  });

  it('lists the custom rules of the configuration, with their links', async () => {
    const { workspace, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { sarif: 'out.sarif' },
      workspaceFiles: {
        'proposals/portal.md': bad,
        '.github/stack-verdict.yml': [
          'fail-on: never',
          'custom-rules:',
          '  - id: portal-needs-review',
          '    severity: warning',
          '    docs: https://wiki.example.com/portal',
          '    message: Portals need an architecture review.',
          '    when: { field: kind, equals: http-api }',
          '',
        ].join('\n'),
      },
    });
    expect(sink.failed).toEqual([]);
    const run = (await readSarif(path.join(workspace, 'out.sarif'))).runs[0]!;
    expect(run.tool.driver.rules.find((r) => r.id === 'portal-needs-review')).toMatchObject({
      helpUri: 'https://wiki.example.com/portal',
    });
    expect(run.results.some((r) => r.ruleId === 'portal-needs-review')).toBe(true);
  });

  const OLD_LOG = JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Stack Verdict' } }, results: [] }],
  });
  it('replaces an earlier SARIF file of ours (never a foreign file: test/security/sarif-path)', async () => {
    const { workspace, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { sarif: 'stack-verdict.sarif', 'fail-on': 'never' },
      workspaceFiles: { 'proposals/portal.md': bad, 'stack-verdict.sarif': OLD_LOG },
    });
    expect(sink.failed).toEqual([]);
    expect((await readSarif(path.join(workspace, 'stack-verdict.sarif'))).version).toBe('2.1.0');
  });

  it('writes it on pull requests too, next to the comment', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const { result, sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      inputs: { sarif: 'sv.sarif' },
    });
    expect(result?.comment.action).toBe('created');
    expect(sink.outputs.sarif).toMatch(/sv\.sarif$/);
  });

  it('refuses a symbolic link at the path, leaving its target alone, but still comments', async () => {
    const outside = await tempDir('stack-verdict-outside-');
    const target = path.join(outside, 'victim.txt');
    await writeFile(target, 'keep me');
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const { sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      inputs: { sarif: 'sv.sarif', 'fail-on': 'never' },
      workspaceFiles: { 'sv.sarif': `symlink:${target}` },
    });
    expect(await readFile(target, 'utf8')).toBe('keep me');
    expect(sink.failed).toEqual([
      'Stack Verdict cannot write the SARIF log to sv.sarif: the path is a symbolic link; it was left as it is',
    ]);
    expect(sink.outputs.sarif).toBeUndefined();
    expect(fake.comments).toHaveLength(1);
    expect(sink.summaries).toHaveLength(1);
  });

  it('refuses a folder at the path', async () => {
    const { sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { sarif: 'out', 'fail-on': 'never' },
      workspaceFiles: { 'proposals/portal.md': bad, 'out/keep.txt': 'x' },
    });
    expect(sink.failed).toEqual([
      'Stack Verdict cannot write the SARIF log to out: the path is a folder',
    ]);
  });

  it('refuses a linked folder on the way that leads outside the workspace', async () => {
    const outside = await tempDir('stack-verdict-outside-');
    const { sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { sarif: 'reports/deep/x.sarif', 'fail-on': 'never' },
      workspaceFiles: { 'proposals/portal.md': bad, reports: `symlink:${outside}` },
    });
    expect(sink.failed[0]).toMatch(/a folder on the way is a link that leads outside/);
    await expect(stat(path.join(outside, 'deep'))).rejects.toThrow();
  });

  it('refuses paths outside the workspace before doing anything', async () => {
    const fake = new FakeGitHub();
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      fake,
      inputs: { sarif: '../escape.sarif' },
    });
    expect(result).toBeUndefined();
    expect(sink.failed[0]).toMatch(/`sarif`: the path "..\/escape.sarif" contains ".."/);
    expect(fake.calls).toEqual([]);
  });

  it('writeSarifFile refuses what inputs.ts would, as a second line of defence', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'ws'));
    await expect(writeSarifFile(path.join(root, 'ws'), '../x.sarif', '{}')).rejects.toThrow(
      /outside the workspace/,
    );
    await expect(writeSarifFile(path.join(root, 'ws'), '/etc/x.sarif', '{}')).rejects.toThrow(
      /outside the workspace/,
    );
    await symlink(path.join(root, 'elsewhere'), path.join(root, 'ws', 'dangling.sarif'));
    await expect(writeSarifFile(path.join(root, 'ws'), 'dangling.sarif', '{}')).rejects.toThrow(
      /symbolic link/,
    );
  });
});
