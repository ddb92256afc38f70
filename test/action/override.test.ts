// The override label: when the pull request carries it, the gate passes, and the comment, the
// summary and the log say the gate was overridden, by which label, and what it would have said.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanTempDirs,
  example,
  FakeGitHub,
  pullRequestPayload,
  runScenario,
  type Scenario,
} from './fake-github.js';
import { renderGfm } from '../rendered.js';

afterEach(cleanTempDirs);

const LABELS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels';
const LABEL = 'stack-verdict: override';

let bad: string; // customer-portal-api.md: changes-requested
let good: string; // orders-api.yaml: approved
beforeAll(async () => {
  bad = await example('customer-portal-api.md');
  good = await example('orders-api.yaml');
});

function scenario(fake: FakeGitHub, extra: Partial<Scenario> = {}): Scenario {
  return {
    event: 'pull_request_target',
    payload: pullRequestPayload({ labels: fake.labels.map((name) => ({ name })) }),
    fake,
    inputs: { 'override-label': LABEL },
    ...extra,
  };
}

describe('override-label', () => {
  it('passes a failing gate, and the comment, summary and log say so', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.labels = ['bug', LABEL];
    const { result, sink } = await runScenario(scenario(fake));
    expect(result?.report.gate).toEqual({
      failOn: 'error',
      passed: true,
      overridden: { label: LABEL, wouldHavePassed: false },
    });
    expect(sink.failed).toEqual([]);
    // A warning in the log and on the run, with the label and what the gate would have said.
    expect(sink.messages('warning').join('\n')).toMatch(
      /Changes requested — .*The gate was overridden by the label "stack-verdict: override": without it the gate would have failed \(fail-on: error\)\./,
    );
    const note =
      '> [!WARNING]\n> **The gate was overridden** by the label <code>stack-verdict: override</code>. Without it the gate would have failed (fail-on: error); the findings below still stand.';
    expect(fake.comments[0]!.body).toContain(note);
    expect(sink.summaries[0]).toContain(note);
    // The findings are still listed.
    expect(fake.comments[0]!.body).toContain('rust-without-measured-constraint');
  });

  it('matches the label case-insensitively and reads the labels now, from the API', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    // The payload (the event's labels) has none; the label was added since: a re-run sees it.
    const { result, sink } = await runScenario(
      scenario(fake, {
        payload: pullRequestPayload({ labels: [] }),
        inputs: { 'override-label': 'Stack-Verdict: OVERRIDE' },
        fake: Object.assign(fake, { labels: [LABEL] }),
      }),
    );
    expect(fake.count(LABELS)).toBe(1);
    expect(result?.report.gate.overridden).toEqual({ label: LABEL, wouldHavePassed: false });
    expect(sink.failed).toEqual([]);
  });

  it("falls back to the event's labels when the API refuses", async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.labelsStatus = 403;
    const { result, sink } = await runScenario(
      scenario(fake, { payload: pullRequestPayload({ labels: [{ name: LABEL }] }) }),
    );
    expect(result?.report.gate.passed).toBe(true);
    expect(sink.messages('info').join('\n')).toMatch(/labels .* cannot be read \(403\)/);
  });

  it('without the label the gate fails as usual and nothing mentions an override', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.labels = ['override'];
    const { result, sink } = await runScenario(scenario(fake));
    expect(result?.report.gate).toEqual({ failOn: 'error', passed: false });
    expect(sink.failed).toHaveLength(1);
    expect(fake.comments[0]!.body).not.toMatch(/overridden/);
  });

  it('says the gate would have passed anyway when it would have', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/orders.yaml', good);
    fake.labels = [LABEL];
    const { result, sink } = await runScenario(scenario(fake));
    expect(result?.report.gate.overridden).toEqual({ label: LABEL, wouldHavePassed: true });
    expect(sink.failed).toEqual([]);
    expect(sink.messages('warning')).toEqual([]);
    expect(fake.comments[0]!.body).toContain(
      'by the label <code>stack-verdict: override</code>. Without it the gate would have passed as well (fail-on: error).',
    );
  });

  it('escapes the label text in the comment', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    const label = '<img src=x> @org/admins [x](https://e.vil)';
    fake.labels = [label];
    const { sink } = await runScenario(scenario(fake, { inputs: { 'override-label': label } }));
    expect(sink.failed).toEqual([]);
    const body = fake.comments[0]!.body;
    expect(renderGfm(body)).not.toContain('<img');
    expect(body).not.toContain('@org');
    expect(body).not.toContain('](https://e.vil)');
    expect(body).toContain('\\<img src=x>');
  });

  it('is not looked up without the input, nor outside pull requests', async () => {
    const fake = new FakeGitHub();
    fake.addPrFile('proposals/portal.md', bad);
    fake.labels = [LABEL];
    const { result } = await runScenario(scenario(fake, { inputs: {} }));
    expect(fake.count(LABELS)).toBe(0);
    expect(result?.report.gate.passed).toBe(false);

    const push = new FakeGitHub();
    const { result: pushed } = await runScenario({
      event: 'push',
      checkout: 'a'.repeat(40),
      fake: push,
      inputs: { 'override-label': LABEL },
      workspaceFiles: { 'proposals/portal.md': bad },
    });
    expect(push.count(LABELS)).toBe(0);
    expect(pushed?.report.gate.passed).toBe(false);
  });
});
