// The Action loads the team's configuration: from the workspace when it is the pull
// request's own checkout on `pull_request` (or any checkout outside pull requests), else
// from the pull request's BASE commit through the API, never its head. Explicit inputs win
// over the file; a bad file fails the step with file:line:column and writes no verdict.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigAt } from '../../src/action/config.js';
import { ConfigError } from '../../src/config/index.js';
import {
  BASE,
  cleanTempDirs,
  example,
  FakeGitHub,
  HEAD,
  MERGE,
  OWNER,
  pullRequestPayload,
  REPO,
  runScenario,
} from './fake-github.js';

afterEach(cleanTempDirs);

const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CONFIG = '.github/stack-verdict.yml';

let bad: string; // customer-portal-api.md: 1 error, 3 warnings, 1 notice
let warn: string; // session-store.md: approved-with-warnings
beforeAll(async () => {
  bad = await example('customer-portal-api.md');
  warn = await example('session-store.md');
});

/** The paths and refs the contents API was asked for. */
function contentCalls(fake: FakeGitHub) {
  return fake.calls
    .filter((c) => c.route === CONTENTS)
    .map((c) => ({ path: c.params.path, ref: c.params.ref }));
}

describe('the configuration from the workspace', () => {
  it('push with a checkout: its files, fail-on and rules apply', async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: {
        [CONFIG]: [
          'files: [design/**/*.md]',
          'fail-on: warning',
          'rules:',
          '  rust-hiring-premium: off',
          '',
        ].join('\n'),
        'design/sessions.md': warn,
        'proposals/portal.md': bad, // not matched by the configured globs
      },
    });
    expect(result?.config).toEqual({ file: CONFIG, from: 'the workspace' });
    expect(result?.files.files).toEqual(['design/sessions.md']);
    expect(result?.report.gate).toEqual({ failOn: 'warning', passed: false });
    expect(sink.failed).toHaveLength(1);
    expect(sink.messages('info')).toContain(`Configuration: ${CONFIG}, read from the workspace`);
  });

  it('pull_request with the merge commit checked out is judged by the base commit’s file', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.filesAt.set(BASE, { [CONFIG]: 'fail-on: error\n' });
    const { result, sink } = await runScenario({
      event: 'pull_request',
      payload: pullRequestPayload(),
      fake,
      checkout: MERGE,
      workspaceFiles: { 'proposals/portal.md': bad, [CONFIG]: 'fail-on: never\n' },
    });
    expect(result?.config).toEqual({
      file: CONFIG,
      from: `the base commit ${BASE.slice(0, 7)} of pull request #42`,
    });
    expect(result?.report.gate).toEqual({ failOn: 'error', passed: false });
    expect(sink.failed).toHaveLength(1);
    expect(contentCalls(fake).every((c) => c.ref === BASE)).toBe(true);
    // The change is announced, with what it would decide, and changes nothing.
    const notice = sink
      .messages('notice')
      .filter((m) => m.includes('This pull request changes the configuration'));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain('the change applies once merged');
    expect(notice[0]).toContain('the gate would pass');
    expect(sink.summaries.join('\n')).toContain('This pull request changes the configuration');
  });

  it('accepts .github/stack-verdict.yaml at the default location', async () => {
    const { result } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: { '.github/stack-verdict.yaml': 'fail-on: never\n', 'proposals/p.md': bad },
    });
    expect(result?.config?.file).toBe('.github/stack-verdict.yaml');
    expect(result?.report.gate).toEqual({ failOn: 'never', passed: true });
  });

  it('without a file the built-in policy applies', async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: { 'proposals/p.md': bad },
    });
    expect(result?.config).toEqual({ file: undefined, from: 'the workspace' });
    expect(result?.report.gate.failOn).toBe('error');
    expect(sink.messages('info')).toContain(
      'Configuration: none at the workspace; the built-in policy applies',
    );
  });

  it('an explicit config path must exist', async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { config: 'ci/verdict.yml' },
      workspaceFiles: { 'proposals/p.md': bad },
    });
    expect(result).toBeUndefined();
    expect(sink.failed[0]).toMatch(
      /configuration is invalid[\s\S]*configuration error in ci\/verdict\.yml: the configuration file does not exist/,
    );
  });
});

describe('the configuration from the base commit', () => {
  /** Base and head hold different configurations; the head's would let everything pass. */
  function forkPr() {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.filesAt.set(BASE, { [CONFIG]: 'fail-on: warning\n' });
    fake.filesAt.set(HEAD, { [CONFIG]: 'fail-on: never\nextends: none\n' });
    return fake;
  }

  it('pull_request_target reads it at the base through the API, never at the head', async () => {
    const fake = forkPr();
    const { result, sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      checkout: BASE,
      // What the workspace holds is not read either.
      workspaceFiles: { [CONFIG]: 'fail-on: never\n' },
    });
    expect(result?.config).toEqual({
      file: CONFIG,
      from: `the base commit ${BASE.slice(0, 7)} of pull request #42`,
    });
    expect(result?.report.gate).toEqual({ failOn: 'warning', passed: false });
    expect(sink.failed).toHaveLength(1);
    const configReads = contentCalls(fake).filter((c) => String(c.path).startsWith('.github'));
    expect(configReads).toEqual([
      { path: '.github', ref: BASE },
      { path: CONFIG, ref: BASE },
    ]);
  });

  it('pull_request without a checkout reads it at the base too', async () => {
    const fake = forkPr();
    const { result } = await runScenario({
      event: 'pull_request',
      payload: pullRequestPayload(),
      fake,
    });
    expect(result?.source.kind).toBe('api');
    expect(result?.report.gate.failOn).toBe('warning');
    expect(
      contentCalls(fake)
        .filter((c) => c.ref === HEAD)
        .map((c) => c.path),
    ).toEqual(['proposals/portal.md']);
  });

  it('pull_request_target with the head checked out still reads the base', async () => {
    const fake = forkPr();
    const { result } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      checkout: HEAD,
      workspaceFiles: { [CONFIG]: 'fail-on: never\n', 'proposals/portal.md': bad },
    });
    expect(result?.source.kind).toBe('workspace');
    expect(result?.report.gate.failOn).toBe('warning');
  });

  it('custom rules of the base apply to the pull request', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.filesAt.set(BASE, {
      [CONFIG]: [
        'custom-rules:',
        '  - id: portal-needs-review',
        '    severity: error',
        '    docs: https://wiki.example.com/portal',
        '    message: Portals need an architecture review.',
        '    when: { field: kind, equals: http-api }',
        '',
      ].join('\n'),
    });
    const { result } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
    });
    const findings = result!.report.proposals[0]!.findings;
    expect(findings.find((f) => f.rule === 'portal-needs-review')).toMatchObject({
      severity: 'error',
      docs: 'https://wiki.example.com/portal',
    });
  });

  it('loadConfigAt refuses a link, a folder, both names, and a missing explicit file', async () => {
    const fake = new FakeGitHub();
    const repo = { owner: OWNER, repo: REPO };
    fake.filesAt.set(BASE, { [CONFIG]: { symlink: '/etc/passwd' } });
    await expect(loadConfigAt(fake, repo, BASE)).rejects.toThrow(/symbolic link/);
    fake.filesAt.set(BASE, { [CONFIG]: 'fail-on: error\n', '.github/stack-verdict.yaml': '' });
    await expect(loadConfigAt(fake, repo, BASE)).rejects.toThrow(/both .* exist; keep one/);
    await expect(loadConfigAt(fake, repo, BASE, 'ci/x.yml')).rejects.toThrow(
      /does not exist at commit cccccc/,
    );
    fake.filesAt.set(BASE, { [CONFIG]: `# ${'x'.repeat(300 * 1024)}\n` });
    await expect(loadConfigAt(fake, repo, BASE)).rejects.toThrow(/over the 256 KiB limit/);
    await expect(loadConfigAt(fake, repo, BASE)).rejects.toBeInstanceOf(ConfigError);
  });

  it('an API failure reading it fails the step and says what the token needs', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const request = fake.request.bind(fake);
    fake.request = async (route, params) => {
      if (route === CONTENTS && params?.ref === BASE) {
        throw Object.assign(new Error('Server Error'), { status: 500 });
      }
      return request(route, params);
    };
    const { result, sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
    });
    expect(result).toBeUndefined();
    expect(sink.failed[0]).toMatch(
      /cannot look for the configuration in \.github at commit c{7} .*Server Error \(the token needs `contents: read`\)/,
    );
    expect(fake.count(CREATE)).toBe(0);
  });
});

describe('a bad configuration', () => {
  const BROKEN = ['extends: recommended', 'rules:', '  rust-onboard-cost: warning', ''].join('\n');

  it('fails the step saying it is the configuration, with file:line:column', async () => {
    const fake = new FakeGitHub();
    const { result, sink } = await runScenario({
      event: 'push',
      fake,
      checkout: HEAD,
      workspaceFiles: { [CONFIG]: BROKEN, 'proposals/portal.md': bad },
    });
    expect(result).toBeUndefined();
    expect(sink.failed).toHaveLength(1);
    expect(sink.failed[0]).toMatch(/^Stack Verdict cannot judge: the configuration is invalid\./);
    expect(sink.failed[0]).toContain(
      `configuration error in ${CONFIG}:3:3: unknown rule \`rust-onboard-cost\`.`,
    );
    // An error annotation on the file, at the line and column.
    expect(sink.annotations('error')).toEqual([
      {
        level: 'error',
        message: expect.stringMatching(/^unknown rule `rust-onboard-cost`/),
        props: {
          title: 'Stack Verdict: configuration error',
          file: CONFIG,
          startLine: 3,
          startColumn: 3,
        },
      },
    ]);
    // Nothing misleading: no verdict, no report, no comment; the summary names the problem.
    expect(sink.outputs).toEqual({});
    expect(fake.count(CREATE)).toBe(0);
    // The comment list may have been read beside the configuration; nothing was written.
    expect(
      fake.calls.some((c) => c.route.includes('/comments') && !c.route.startsWith('GET ')),
    ).toBe(false);
    expect(sink.summaries).toHaveLength(1);
    expect(sink.summaries[0]).toContain('## ⚠️ Stack Verdict: configuration error');
    expect(sink.summaries[0]).toContain('<code>.github/stack-verdict.yml:3:3</code>');
    expect(sink.summaries[0]).not.toMatch(/Approved|Changes requested/);
  });

  it('read from the base, it says so', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.filesAt.set(BASE, { [CONFIG]: 'fail-on: sometimes\n' });
    const { sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
    });
    expect(sink.failed[0]).toMatch(
      new RegExp(
        `the configuration is invalid \\(read from the base commit ${BASE.slice(0, 7)} of pull request #42\\)`,
      ),
    );
    expect(sink.failed[0]).toMatch(new RegExp(`configuration error in ${CONFIG}:1:10: `));
    expect(sink.annotations('error')[0]!.props).toMatchObject({ file: CONFIG, startLine: 1 });
    // No proposal was read.
    expect(contentCalls(fake).map((c) => c.path)).toEqual(['.github', CONFIG]);
  });

  it('lists every problem, one line each, even with a newline in a value', async () => {
    const { sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: {
        [CONFIG]: 'fail-on: "x\\ny"\nmax-bytes: 0\n',
      },
    });
    const lines = sink.failed[0]!.split('\n');
    expect(lines[0]).toBe('Stack Verdict cannot judge: the configuration has 2 problems.');
    expect(lines.slice(1)).toHaveLength(2);
    expect(lines[1]).toMatch(/^ {2}configuration error in \.github\/stack-verdict\.yml:1:10: /);
    expect(lines[2]).toMatch(/^ {2}configuration error in \.github\/stack-verdict\.yml:2:12: /);
    expect(sink.annotations('error')).toHaveLength(2);
  });
});

describe('explicit inputs win over the configuration', () => {
  const CONFIGURED = ['files: [design/**/*.md]', 'fail-on: never', 'max-bytes: 10', ''].join('\n');

  it('files, fail-on and max-bytes given as inputs are used', async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { files: 'proposals/**/*.md', 'fail-on': 'error', 'max-bytes': '1048576' },
      workspaceFiles: { [CONFIG]: CONFIGURED, 'proposals/portal.md': bad, 'design/x.md': warn },
    });
    expect(result?.files.files).toEqual(['proposals/portal.md']);
    expect(result?.report.gate).toEqual({ failOn: 'error', passed: false });
    // Read in full: max-bytes 10 of the file did not apply.
    expect(result?.report.proposals[0]!.findings.map((f) => f.rule)).not.toContain(
      'proposal-invalid',
    );
    expect(sink.failed).toHaveLength(1);
  });

  it('without them the configuration decides, max-bytes included', async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: { [CONFIG]: CONFIGURED, 'proposals/portal.md': bad, 'design/x.md': warn },
    });
    expect(result?.files.files).toEqual(['design/x.md']);
    expect(result?.report.gate).toEqual({ failOn: 'never', passed: true });
    expect(result?.report.proposals[0]!.findings[0]).toMatchObject({
      rule: 'proposal-invalid',
      message: expect.stringMatching(/over the 10 bytes limit/),
    });
    expect(sink.failed).toEqual([]);
  });

  it("the config input at action.yml's default is the optional default location", async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      inputs: { config: CONFIG },
      workspaceFiles: { 'proposals/portal.md': bad },
    });
    expect(result?.config?.file).toBeUndefined();
    expect(sink.failed).toHaveLength(1); // the gate, not a missing file
    expect(sink.failed[0]).toMatch(/the gate fails/);
  });
});
