// Through the whole run: a waiver that needs an approval keeps the gate red until a
// listed approver (never the author) approves the pull request, and the comment, the summary
// and the JSON report say the same.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASE,
  cleanTempDirs,
  FakeGitHub,
  HEAD,
  pullRequestPayload,
  runScenario,
  type Scenario,
} from './fake-github.js';

afterEach(cleanTempDirs);

const AUTHOR = 'mallory';
const CONFIG = '.github/stack-verdict.yml';
const SELF_WAIVED = [
  'service: svc',
  'language: rust',
  'kind: http-api',
  'workload:',
  '  bound: io',
  'waivers:',
  '  - rule: rust-without-measured-constraint',
  '    reason: we like rust',
  '',
].join('\n');

function fakeWith(approvers: string): FakeGitHub {
  const fake = new FakeGitHub();
  fake.files.set(CONFIG, `approvers: ${approvers}\n`);
  fake.addPrFile('proposals/svc.yaml', SELF_WAIVED);
  return fake;
}

function scenario(fake: FakeGitHub, extra: Partial<Scenario> = {}): Scenario {
  return {
    event: 'pull_request_target',
    payload: pullRequestPayload({ user: { login: AUTHOR } }),
    fake,
    ...extra,
  };
}

const approve = (login: string, minute = 0, state = 'APPROVED') => ({
  user: { login },
  state,
  submitted_at: `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`,
});

function waiverFinding(result: Awaited<ReturnType<typeof runScenario>>['result']) {
  const f = result?.report.proposals[0]?.findings.find(
    (x) => x.rule === 'rust-without-measured-constraint',
  );
  expect(f).toBeDefined();
  return f!;
}

describe('waiver approvals in the Action', () => {
  it('a self-waived error without an approval keeps the gate red; comment and JSON agree', async () => {
    const fake = fakeWith('[alice, acme/architecture]');
    const { result, sink } = await runScenario(scenario(fake));
    const f = waiverFinding(result);
    expect(f.waived).toBe(false);
    expect(f.waiverApproval).toEqual({ status: 'pending', by: ['alice', 'acme/architecture'] });
    expect(result?.report.gate.passed).toBe(false);
    expect(sink.failed).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain(
      'waiver awaiting approval by alice, acme/architecture',
    );
    const json = JSON.parse(await readFile(result!.reportPath, 'utf8')) as {
      proposals: { findings: { waiverApproval?: unknown }[] }[];
    };
    expect(json.proposals[0]!.findings.map((x) => x.waiverApproval).filter(Boolean)).toEqual([
      f.waiverApproval,
    ]);
  });

  it('an approval by a listed login turns it green', async () => {
    const fake = fakeWith('[alice]');
    fake.reviews = [approve('Alice')];
    const { result, sink } = await runScenario(scenario(fake));
    const f = waiverFinding(result);
    expect(f.waived).toBe(true);
    expect(f.waiverApproval).toEqual({ status: 'approved', by: ['alice'] });
    expect(sink.failed).toEqual([]);
    expect(fake.comments[0]!.body).toContain('approved by alice');
  });

  it("the author's own approval does not count, even when the author is listed", async () => {
    const fake = fakeWith(`[${AUTHOR}]`);
    fake.reviews = [approve(AUTHOR)];
    const { result, sink } = await runScenario(scenario(fake));
    expect(waiverFinding(result).waiverApproval?.status).toBe('pending');
    expect(sink.failed).toHaveLength(1);
  });

  it('a dismissed approval takes it back', async () => {
    const fake = fakeWith('[alice]');
    fake.reviews = [approve('alice', 1), approve('alice', 2, 'DISMISSED')];
    const { sink } = await runScenario(scenario(fake, { event: 'pull_request_review' }));
    expect(sink.failed).toHaveLength(1);
  });

  it('on pull_request_review the approvers come from the base commit, not the checkout', async () => {
    const fake = fakeWith('[alice]');
    fake.reviews = [approve('bob')];
    // The pull request's checkout adds bob to `approvers`; the base commit lists only alice.
    const { result, sink } = await runScenario(
      scenario(fake, {
        event: 'pull_request_review',
        checkout: HEAD,
        workspaceFiles: {
          [CONFIG]: 'approvers: [alice, bob]\n',
          'proposals/svc.yaml': SELF_WAIVED,
        },
      }),
    );
    expect(waiverFinding(result).waiverApproval).toEqual({ status: 'pending', by: ['alice'] });
    expect(sink.failed).toHaveLength(1);
    expect(fake.calls.some((c) => c.params.ref === BASE && c.params.path === '.github')).toBe(true);
  });

  it('a team approver counts when the token can read the team, and the run says why when not', async () => {
    const fake = fakeWith('[acme/architecture]');
    fake.reviews = [approve('dave')];
    fake.teams.set('acme/architecture', { active: ['dave'] });
    const green = await runScenario(scenario(fake));
    expect(waiverFinding(green.result).waiverApproval).toEqual({
      status: 'approved',
      by: ['dave (acme/architecture)'],
    });
    expect(green.sink.failed).toEqual([]);

    fake.teamsStatus = 403;
    const red = await runScenario(scenario(fake));
    expect(red.sink.failed).toHaveLength(1);
    expect(red.sink.log.map((l) => l.message).join('\n')).toContain(
      'acme/architecture (HTTP 403) could not be read',
    );
  });

  it('outside a pull request (push) the waiver stays pending and the run says why', async () => {
    const { result, sink } = await runScenario({
      event: 'push',
      checkout: HEAD,
      workspaceFiles: { [CONFIG]: 'approvers: [alice]\n', 'proposals/svc.yaml': SELF_WAIVED },
    });
    expect(waiverFinding(result).waiverApproval?.status).toBe('pending');
    expect(sink.failed).toHaveLength(1);
    const why = 'the push event has none: waivers that need an approval stay pending';
    expect(sink.log.some((l) => l.message.includes(why))).toBe(true);
    expect(result?.summary).toContain(why);
  });
});
