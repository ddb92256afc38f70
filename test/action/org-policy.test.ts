// In the Action: the configuration at the base commit extends a shared one, read
// through the contents API (with `policy-token` when given); the comment, the job summary and
// the JSON report name the chain that judged; a refused read fails the step, naming the chain.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { escapeCode } from '../../src/core/render/escape.js';
import {
  BASE,
  cleanTempDirs,
  example,
  FakeGitHub,
  HttpError,
  MERGE,
  pullRequestPayload,
  runScenario,
} from './fake-github.js';
import type { ApiResponse } from '../../src/action/github.js';

afterEach(cleanTempDirs);

const CONFIG = '.github/stack-verdict.yml';
const SHARED = 'acme/policy/stack-verdict.yml@v1';
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';

let warn: string; // session-store.md: approved-with-warnings
beforeAll(async () => {
  warn = await example('session-store.md');
});

/** The fake API, with the policy repository's file at v1 and the base's configuration extending it. */
function policyPr(shared = 'fail-on: warning\n') {
  const fake = new FakeGitHub();
  fake.addPrFile('proposals/session.md', warn);
  fake.filesAt.set(BASE, { [CONFIG]: `extends: ${SHARED}\n` });
  fake.filesAt.set('v1', { 'stack-verdict.yml': shared });
  return fake;
}

describe('a configuration extending a policy repository', () => {
  it('is read at the base, merged, and named in the report, the comment and the summary', async () => {
    const fake = policyPr();
    const { result, sink, tokens } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      checkout: BASE,
      // The workflow's own input cannot go below the shared fail-on.
      inputs: { 'fail-on': 'never', 'policy-token': 'ghp_policy' },
    });
    expect(sink.failed).toHaveLength(1);
    expect(result?.report.gate).toEqual({ failOn: 'warning', passed: false });
    expect(result?.report.config).toEqual({ chain: [CONFIG, SHARED] });
    // The policy file was asked for in its own repository at its ref, with the policy token.
    expect(tokens).toContain('ghp_policy');
    expect(fake.calls.filter((c) => c.route === CONTENTS && c.params.repo === 'policy')).toEqual([
      {
        route: CONTENTS,
        params: { owner: 'acme', repo: 'policy', path: 'stack-verdict.yml', ref: 'v1' },
      },
    ]);
    const footer = `_Judged by policy ${result?.report.policy} with ${result!.report.config!.chain.map((n) => `<code>${escapeCode(n)}</code>`).join(' → ')}_`;
    expect(fake.comments).toHaveLength(1);
    // The last visible line (the hidden state marker follows it).
    const visible = fake.comments[0]!.body.trimEnd()
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('<!--'));
    expect(visible.at(-1)).toBe(footer);
    expect(sink.summaries.join('\n')).toContain(footer);
  });

  it("on pull_request with the checkout, the base commit's file extends the policy repository", async () => {
    const fake = policyPr();
    const { result } = await runScenario({
      event: 'pull_request',
      payload: pullRequestPayload(),
      fake,
      checkout: MERGE,
      // The pull request's own file drops the shared policy: it does not judge it.
      workspaceFiles: { [CONFIG]: 'extends: recommended\n', 'proposals/session.md': warn },
    });
    expect(result?.config?.from).toBe(`the base commit ${BASE.slice(0, 7)} of pull request #42`);
    expect(result?.report.config).toEqual({ chain: [CONFIG, SHARED] });
    expect(result?.report.gate).toEqual({ failOn: 'warning', passed: false });
  });

  it('a shared file of the same repository is read at the base commit too', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/session.md', warn);
    fake.filesAt.set(BASE, {
      [CONFIG]: 'extends: policy/base.yml\n',
      'policy/base.yml': 'fail-on: warning\n',
    });
    const { result } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      checkout: BASE,
    });
    expect(result?.report.config).toEqual({ chain: [CONFIG, 'policy/base.yml'] });
    expect(result?.report.gate.failOn).toBe('warning');
    expect(
      fake.calls.some(
        (c) => c.route === CONTENTS && c.params.path === 'policy/base.yml' && c.params.ref === BASE,
      ),
    ).toBe(true);
  });

  it('a refused read fails the step with the chain and says which token is needed', async () => {
    class Refusing extends FakeGitHub {
      override async request(
        route: string,
        params: Record<string, unknown> = {},
      ): Promise<ApiResponse> {
        if (route === CONTENTS && params.repo === 'policy') {
          this.calls.push({ route, params });
          throw new HttpError(403, 'Resource not accessible by integration');
        }
        return super.request(route, params);
      }
    }
    const fake = new Refusing();
    fake.addPrFile('proposals/session.md', warn);
    fake.filesAt.set(BASE, { [CONFIG]: `extends: ${SHARED}\n` });
    const { result, sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      checkout: BASE,
    });
    expect(result).toBeUndefined();
    expect(sink.failed).toHaveLength(1);
    expect(sink.failed[0]).toContain(
      `configuration error in ${CONFIG}:1:10: the shared configuration ${SHARED} cannot be read: access denied (HTTP 403); a private policy repository needs a token that can read it (the Action's \`policy-token\` input; GITHUB_TOKEN or GH_TOKEN for the CLI) (chain: ${CONFIG} → ${SHARED})`,
    );
    expect(fake.comments).toHaveLength(0);
  });

  it('a missing policy file fails the step with the chain', async () => {
    const fake = policyPr();
    fake.filesAt.set('v1', {});
    const { result, sink } = await runScenario({
      event: 'pull_request_target',
      payload: pullRequestPayload(),
      fake,
      checkout: BASE,
    });
    expect(result).toBeUndefined();
    expect(sink.failed[0]).toContain(
      `the shared configuration ${SHARED} does not exist, or the token cannot see its repository (HTTP 404) (chain: ${CONFIG} → ${SHARED})`,
    );
  });
});

describe('the policy-token input', () => {
  const inputs = (extra: Record<string, string>) => (name: string) =>
    ({ 'github-token': 'ghs_x', ...extra })[name] ?? '';

  it('is optional, and refused before any I/O when it holds white space', () => {
    expect(readInputs(inputs({})).policyToken).toBeUndefined();
    expect(readInputs(inputs({ 'policy-token': 'ghp_abc' })).policyToken).toBe('ghp_abc');
    expect(() => readInputs(inputs({ 'policy-token': 'ghp_abc ghp_def' }))).toThrow(
      /`policy-token` holds white space/,
    );
  });
});
