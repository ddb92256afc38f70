// from-report mode (fork-safe-comment.yml): the JSON report of an earlier run, untrusted, is
// checked and posted as the sticky comment on the pull request the `pull-request` input names.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markerFor } from '../../src/action/comment/marker.js';
import { REPORT_MAX_BYTES, validateReport } from '../../src/action/from-report.js';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { renderJson } from '../../src/core/render/json.js';
import { TRIGGER_IDS } from '../../src/core/triggers.js';
import type { FailOn, Report } from '../../src/core/types.js';
import {
  cleanTempDirs,
  example,
  FakeGitHub,
  HEAD,
  OWNER,
  REPO,
  runScenario,
  tempDir,
  type Scenario,
} from './fake-github.js';
import { renderGfm } from '../rendered.js';

afterEach(cleanTempDirs);

const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const NUMBER = 17;
const DEFAULT_BRANCH = 'e'.repeat(40);
const RUN_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/123`;
const SCHEMA = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
) as {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties: Record<string, { items?: { enum?: unknown } }> }>;
};

let bad: string; // customer-portal-api.md: changes-requested (1 error, 3 warnings, 1 notice)
let good: string; // orders-api.yaml: approved
let ledger: string; // ledger-compactor.md: a waived warning
let edge: string; // edge-proxy.yaml: rust, recommended rust
beforeAll(async () => {
  bad = await example('customer-portal-api.md');
  good = await example('orders-api.yaml');
  ledger = await example('ledger-compactor.md');
  edge = await example('edge-proxy.yaml');
});

function makeReport(files: Record<string, string>, failOn: FailOn = 'error'): Report {
  const options = defaultEngineOptions();
  return buildReport(
    Object.entries(files).map(([file, text]) => judgeFile(file, text, options)),
    failOn,
  );
}

function workflowRunPayload(headSha = HEAD) {
  return {
    action: 'completed',
    workflow_run: {
      id: 123,
      name: 'Stack Verdict (check)',
      event: 'pull_request',
      conclusion: 'failure',
      head_sha: headSha,
      html_url: RUN_URL,
      head_repository: { full_name: 'mallory/services' },
    },
  };
}

/** The comment workflow: a workflow_run, the report downloaded into RUNNER_TEMP. */
function commentRun(
  fake: FakeGitHub,
  report: string | Report,
  extra: Partial<Scenario> & { inputs?: Record<string, string> } = {},
): Scenario {
  return {
    event: 'workflow_run',
    sha: DEFAULT_BRANCH,
    payload: workflowRunPayload(),
    fake,
    runnerTempFiles: {
      'stack-verdict/report.json': typeof report === 'string' ? report : renderJson(report),
    },
    ...extra,
    inputs: {
      'from-report': '${RUNNER_TEMP}/stack-verdict/report.json',
      'pull-request': String(NUMBER),
      ...extra.inputs,
    },
  };
}

function writes(fake: FakeGitHub) {
  return fake.calls.filter((c) => c.route === CREATE || c.route === UPDATE);
}

describe('from-report: posting', () => {
  it('posts the sticky comment on the given pull request, judging nothing', async () => {
    const fake = new FakeGitHub();
    const report = makeReport({ 'proposals/portal.md': bad });
    const { result, sink, runnerTemp } = await runScenario(commentRun(fake, report));
    expect(result?.mode).toBe('from-report');
    expect(result?.comment.action).toBe('created');
    // The pull request comes from the input and GitHub, never from the file.
    expect(fake.calls.find((c) => c.route === PULL)?.params).toMatchObject({
      owner: OWNER,
      repo: REPO,
      pull_number: NUMBER,
    });
    expect(fake.calls.find((c) => c.route === CREATE)?.params).toMatchObject({
      issue_number: NUMBER,
    });
    // Nothing is judged: no file of the repository is read.
    expect(fake.routes().filter((r) => /contents|trees|blobs|\/files/.test(r))).toEqual([]);
    const body = fake.comments[0]!.body;
    expect(body.startsWith(`${markerFor('')}\n## ❌ Stack Verdict: Changes requested`)).toBe(true);
    expect(body).toContain(
      `Judged at <code>${HEAD.slice(0, 7)}</code> by [Stack Verdict (check)](${RUN_URL}); posted from its report. That run gates the pull request.`,
    );
    expect(body).toContain(`/blob/${HEAD}/proposals/portal.md#L7`);
    expect(body).toMatch(/<!-- stack-verdict:state v1 [A-Za-z0-9+/=]+ -->\n$/);
    // No annotations (they would land on this run); the summary is written.
    expect(sink.annotations()).toEqual([]);
    expect(sink.summaries).toHaveLength(1);
    expect(sink.summaries[0]).toContain('## ❌ Stack Verdict: Changes requested');
    expect(sink.outputs).toEqual({
      verdict: 'changes-requested',
      proposals: '1',
      errors: '1',
      warnings: '3',
      notices: '1',
      report: path.join(runnerTemp, 'stack-verdict/report.json'),
    });
    // The gate (fail-on: error by default) is stated, in the comment and the log, but this
    // run only comments: the check run that wrote the report is the one that fails.
    expect(body).toContain('the gate fails (fail-on: error)');
    expect(sink.failed).toEqual([]);
    expect(sink.messages('info').join('\n')).toMatch(
      /the gate fails \(fail-on: error\)\. This run only posts the comment: the run that wrote the report gates the pull request\./,
    );
  });

  it('keeps one comment: unchanged on a re-run, updated for the next commit', async () => {
    const fake = new FakeGitHub();
    await runScenario(commentRun(fake, makeReport({ 'proposals/portal.md': bad })));
    const again = await runScenario(commentRun(fake, makeReport({ 'proposals/portal.md': bad })));
    expect(again.result?.comment.action).toBe('unchanged');

    const next = 'd'.repeat(40);
    fake.headSha = next;
    const { result } = await runScenario(
      commentRun(fake, makeReport({ 'proposals/orders.yaml': good }), {
        payload: workflowRunPayload(next),
      }),
    );
    expect(result?.comment.action).toBe('updated');
    expect(fake.comments).toHaveLength(1);
    expect(fake.count(CREATE)).toBe(1);
    expect(fake.comments[0]!.body).toContain('## ✅ Stack Verdict: Approved');
    expect(fake.comments[0]!.body).toContain(
      `Since the previous run (<code>${HEAD.slice(0, 7)}</code>)`,
    );
  });

  it('reads a report in the workspace too, by a relative path', async () => {
    const fake = new FakeGitHub();
    const { result } = await runScenario({
      ...commentRun(fake, makeReport({ 'proposals/o.yaml': good })),
      runnerTempFiles: {},
      workspaceFiles: {
        'artifacts/report.json': renderJson(makeReport({ 'proposals/o.yaml': good })),
      },
      inputs: { 'from-report': 'artifacts/report.json', 'pull-request': '17' },
    });
    expect(result?.comment.action).toBe('created');
  });

  it('does not post a report of an older commit than the pull request’s head', async () => {
    const fake = new FakeGitHub();
    fake.headSha = 'f'.repeat(40);
    const { result, sink } = await runScenario(
      commentRun(fake, makeReport({ 'proposals/portal.md': bad })),
    );
    expect(result?.comment).toMatchObject({
      action: 'skipped',
      reason: expect.stringMatching(
        /report is of commit aaaaaaa, but pull request #17 is now at fffffff/,
      ),
    });
    expect(writes(fake)).toEqual([]);
    expect(sink.summaries).toHaveLength(1);
  });

  it('outside workflow_run, links at the pull request’s head from the API', async () => {
    const fake = new FakeGitHub();
    fake.headSha = 'd'.repeat(40);
    const { result } = await runScenario(
      commentRun(fake, makeReport({ 'proposals/portal.md': bad }), {
        event: 'workflow_dispatch',
        payload: {},
      }),
    );
    expect(result?.comment.action).toBe('created');
    const body = fake.comments[0]!.body;
    expect(body).toContain(`/blob/${'d'.repeat(40)}/proposals/portal.md#L7`);
    expect(body).toContain('Posted from the report of an earlier run');
  });

  it('comment: never writes only the summary', async () => {
    const fake = new FakeGitHub();
    const { result, sink } = await runScenario(
      commentRun(fake, makeReport({ 'proposals/portal.md': bad }), {
        inputs: { comment: 'never', 'fail-on': 'never' },
      }),
    );
    expect(result?.comment).toEqual({ action: 'skipped', reason: 'comment: never' });
    expect(fake.routes().filter((r) => r.includes('comments'))).toEqual([]);
    expect(sink.summaries).toHaveLength(1);
    expect(sink.failed).toEqual([]);
  });

  it('applies the override label of the pull request', async () => {
    const fake = new FakeGitHub();
    fake.labels = ['verdict-override'];
    const { result, sink } = await runScenario(
      commentRun(fake, makeReport({ 'proposals/portal.md': bad }), {
        inputs: { 'override-label': 'verdict-override' },
      }),
    );
    expect(result?.report.gate.overridden).toEqual({
      label: 'verdict-override',
      wouldHavePassed: false,
    });
    expect(sink.failed).toEqual([]);
    expect(fake.comments[0]!.body).toContain('**The gate was overridden** by the label');
  });

  it('a refused write names the missing permission, not a fork', async () => {
    const fake = new FakeGitHub();
    fake.writeStatus = 403;
    const { result, sink } = await runScenario(
      commentRun(fake, makeReport({ 'proposals/portal.md': bad }), {
        inputs: { 'fail-on': 'never' },
      }),
    );
    expect(result?.comment).toMatchObject({ action: 'failed', fatal: false });
    expect(sink.messages('warning').join('\n')).toMatch(
      /cannot comment on pull request #17 \(HTTP 403.*give this workflow `permissions: pull-requests: write`/,
    );
    expect(sink.failed).toEqual([]);
  });

  it('fails clearly when the pull request does not exist', async () => {
    const fake = new FakeGitHub();
    fake.pullStatus = 404;
    const { result, sink } = await runScenario(
      commentRun(fake, makeReport({ 'proposals/portal.md': bad })),
    );
    expect(result).toBeUndefined();
    expect(sink.failed[0]).toMatch(/pull request #17 does not exist in acme\/services/);
    expect(writes(fake)).toEqual([]);
  });

  it('requires pull-request, and never reads it from the report', async () => {
    const fake = new FakeGitHub();
    const report = { ...makeReport({ 'proposals/portal.md': bad }), pull_request: 99 };
    const { result, sink } = await runScenario({
      ...commentRun(fake, renderJson(report as Report)),
      inputs: { 'from-report': '${RUNNER_TEMP}/stack-verdict/report.json' },
    });
    expect(result).toBeUndefined();
    expect(sink.failed[0]).toMatch(/`from-report` needs `pull-request`/);
    expect(fake.calls).toEqual([]);
  });
});

describe('from-report: the gate and links are never the file’s', () => {
  it('ignores the gate in the file and gates again with fail-on', async () => {
    const fake = new FakeGitHub();
    // The file claims fail-on: never and a passing gate.
    const report = makeReport({ 'proposals/portal.md': bad }, 'never');
    expect(report.gate).toEqual({ failOn: 'never', passed: true });
    const { result, sink } = await runScenario(commentRun(fake, report));
    expect(result?.report.gate).toEqual({ failOn: 'error', passed: false });
    expect(sink.failed).toEqual([]);
    expect(fake.comments[0]!.body).toContain('the gate fails (fail-on: error)');
  });

  it('a file claiming an overridden gate overrides nothing', async () => {
    const fake = new FakeGitHub();
    const report = makeReport({ 'proposals/portal.md': bad });
    report.gate = {
      failOn: 'error',
      passed: true,
      overridden: { label: 'x', wouldHavePassed: false },
    };
    const { result } = await runScenario(commentRun(fake, report));
    expect(result?.report.gate).toEqual({ failOn: 'error', passed: false });
    expect(fake.comments[0]!.body).not.toMatch(/overridden/);
    expect(fake.comments[0]!.body).toContain('the gate fails (fail-on: error)');
  });

  it('and with fail-on: never, the comment says the gate passes', async () => {
    const fake = new FakeGitHub();
    const { result, sink } = await runScenario(
      commentRun(fake, makeReport({ 'proposals/portal.md': bad }), {
        inputs: { 'fail-on': 'never' },
      }),
    );
    expect(result?.report.gate).toEqual({ failOn: 'never', passed: true });
    expect(fake.comments[0]!.body).toContain('the gate passes (fail-on: never)');
    expect(sink.failed).toEqual([]);
  });

  it('links built-in rules to our documentation and other rules to nothing', async () => {
    const fake = new FakeGitHub();
    const report = makeReport({ 'proposals/portal.md': bad });
    const findings = report.proposals[0]!.findings;
    for (const f of findings) f.docs = 'https://evil.example/login';
    findings.push({
      rule: 'my-custom-rule',
      severity: 'notice',
      message: 'custom',
      line: 1,
      column: 1,
      waived: false,
      docs: 'https://evil.example/custom',
    });
    report.counts.notices++;
    const { sink } = await runScenario(
      commentRun(fake, report, {
        env: { GITHUB_ACTION_REPOSITORY: 'stack-verdict/stack-verdict', GITHUB_ACTION_REF: 'v1' },
      }),
    );
    expect(sink.failed).toEqual([]);
    const body = fake.comments[0]!.body;
    expect(body).not.toContain('evil.example');
    expect(body).toContain(
      '(https://github.com/stack-verdict/stack-verdict/blob/v1/docs/rules/rust-without-measured-constraint.md)',
    );
    // Shown, not linked.
    expect(body).toMatch(/(?<!\[)<code>my-custom-rule<\/code> /);
    expect(body).not.toContain('[<code>my-custom-rule</code>]');
  });

  it('escapes the strings of the report', async () => {
    const fake = new FakeGitHub();
    const report = makeReport({ 'proposals/portal.md': bad });
    report.proposals[0]!.service = '<script>alert(1)</script> @everyone';
    report.proposals[0]!.findings[0]!.message = '[click](https://evil.example) <img src=x>';
    await runScenario(commentRun(fake, report));
    const body = fake.comments[0]!.body;
    const html = renderGfm(body);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="https://evil.example');
    expect(body).not.toContain('@everyone');
  });
});

describe('from-report: refusing a report', () => {
  async function refused(report: string, inputs: Record<string, string> = {}) {
    const fake = new FakeGitHub();
    const { result, sink } = await runScenario(commentRun(fake, report, { inputs }));
    expect(result).toBeUndefined();
    expect(writes(fake)).toEqual([]);
    // Refused before the pull request is even looked up.
    expect(fake.calls).toEqual([]);
    expect(sink.summaries).toEqual([]);
    expect(sink.outputs).toEqual({});
    expect(sink.failed).toHaveLength(1);
    return sink.failed[0]!;
  }

  function tamper(change: (r: Report & Record<string, unknown>) => void): string {
    const report = makeReport({ 'proposals/portal.md': bad, 'proposals/ledger.md': ledger });
    change(report as Report & Record<string, unknown>);
    return JSON.stringify(report);
  }

  it.each([
    ['its counts', (r: Report) => (r.counts.errors = 0)],
    ['its verdict', (r: Report) => (r.verdict = 'approved')],
    ['a proposal verdict', (r: Report) => (r.proposals[0]!.verdict = 'approved')],
    ['a finding’s severity', (r: Report) => (r.proposals[0]!.findings[0]!.severity = 'notice')],
    ['the recommendation', (r: Report) => (r.proposals[0]!.recommended = 'rust')],
  ])('refuses a report whose %s were altered', async (_what, change) => {
    expect(await refused(tamper(change))).toMatch(
      /^Stack Verdict cannot use the report .*report\.json: it does not add up \(.*\); it may have been altered\. Nothing was posted\.$/,
    );
  });

  it.each([
    [
      'an unknown key',
      (r: Record<string, unknown>) => (r.pull_request = 1),
      /must NOT have additional properties \("pull_request"\)/,
    ],
    [
      'another version',
      (r: Record<string, unknown>) => (r.version = 2),
      /at \/version: must be equal to constant/,
    ],
    [
      'a missing gate',
      (r: Record<string, unknown>) => delete r.gate,
      /must have required property 'gate'/,
    ],
    [
      'a path leaving the repository',
      (r: Report) => (r.proposals[0]!.file = '../../../../evil/repo'),
      /at \/proposals\/0\/file: must match pattern/,
    ],
    [
      'an absolute path',
      (r: Report) => (r.proposals[0]!.file = '/etc/passwd'),
      /\/proposals\/0\/file/,
    ],
    [
      'a javascript: link',
      (r: Report) => (r.proposals[0]!.findings[0]!.docs = 'javascript:alert(1)'),
      /\/docs: must match pattern/,
    ],
    [
      'an over-long message',
      (r: Report) => (r.proposals[0]!.findings[0]!.message = 'x'.repeat(70_000)),
      /\/message: must NOT have more than 65536 characters/,
    ],
    [
      'an over-long service name',
      (r: Report) => (r.proposals[0]!.service = 'x'.repeat(2000)),
      /\/service/,
    ],
    [
      'a fractional line',
      (r: Report) => (r.proposals[0]!.findings[0]!.line = 1.5),
      /\/line: must be integer/,
    ],
    [
      'an unknown justification',
      (r: Report) => (r.proposals[0]!.justifications = ['vibes' as never]),
      /\/justifications\/0/,
    ],
    [
      'a non-object',
      (r: Record<string, unknown>) => (r.counts = 'many'),
      /\/counts: must be object/,
    ],
  ])('refuses a report with %s', async (_what, change, why) => {
    expect(await refused(tamper(change as never))).toMatch(why);
  });

  it('refuses what is not JSON, or not an object', async () => {
    expect(await refused('{"version": 1,')).toMatch(/it is not JSON/);
    expect(await refused('[]')).toMatch(/at the top level: must be object/);
    expect(await refused('\u0000\u0001')).toMatch(/binary/);
  });

  it('refuses a report over 5 MiB unread', async () => {
    const report = makeReport({ 'proposals/portal.md': bad });
    const text = renderJson(report).replace(/\n$/, ' '.repeat(REPORT_MAX_BYTES));
    expect(await refused(text)).toMatch(/it is 5 MiB, over the 5 MiB limit for a report/);
  });

  it('refuses a report outside the workspace and RUNNER_TEMP, or through a link', async () => {
    const elsewhere = await tempDir('stack-verdict-elsewhere-');
    const file = path.join(elsewhere, 'report.json');
    await writeFile(file, renderJson(makeReport({ 'proposals/o.yaml': good })));
    const fake = new FakeGitHub();
    const outside = await runScenario(
      commentRun(fake, makeReport({}), { inputs: { 'from-report': file } }),
    );
    expect(outside.sink.failed[0]).toMatch(/it must be inside the workspace or RUNNER_TEMP/);

    const relative = await runScenario(
      commentRun(fake, makeReport({}), {
        inputs: { 'from-report': '../runner-temp/stack-verdict/report.json' },
      }),
    );
    // Relative paths are taken from the workspace; `..` reaching RUNNER_TEMP is still inside it.
    expect(relative.result?.mode).toBe('from-report');

    const linked = await runScenario({
      ...commentRun(fake, makeReport({})),
      runnerTempFiles: { 'stack-verdict/report.json': `symlink:${file}` },
    });
    expect(linked.sink.failed[0]).toMatch(/the file is a symbolic link/);

    const linkedDir = await runScenario({
      ...commentRun(fake, makeReport({})),
      runnerTempFiles: { 'stack-verdict': `symlink:${elsewhere}` },
    });
    expect(linkedDir.sink.failed[0]).toMatch(
      /leads outside the workspace or RUNNER_TEMP through a link/,
    );

    const missing = await runScenario({ ...commentRun(fake, makeReport({})), runnerTempFiles: {} });
    expect(missing.sink.failed[0]).toMatch(/does not exist \(did the artifact download\?\)/);
    expect(writes(fake)).toEqual([]);
  });
});

describe('schema/report.schema.json', () => {
  it('accepts the reports the engine writes', () => {
    const report = makeReport({
      'proposals/portal.md': bad,
      'proposals/ledger.md': ledger,
      'proposals/edge.yaml': edge,
      'proposals/broken.yaml': 'service: [',
      'proposals/README.md': '# not a proposal\n',
    });
    expect(report.skipped).toHaveLength(1);
    expect(report.counts.waived).toBe(1);
    expect(validateReport(JSON.parse(renderJson(report)))).toEqual(report);
    expect(validateReport(JSON.parse(renderJson(makeReport({}))))).toMatchObject({
      verdict: 'no-proposals',
    });
  });

  it('is a strict draft-07 schema that ajv compiles', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    expect(() => ajv.compile(SCHEMA)).not.toThrow();
  });

  it('lists the justifications the engine knows', () => {
    expect(SCHEMA.definitions.proposal!.properties.justifications!.items!.enum).toEqual([
      ...TRIGGER_IDS,
    ]);
  });
});
