// In the CLI: it cannot see pull-request reviews, so waivers that need an approval are
// pending (and said so once); --assume-approved judges them as approved, in worker threads too.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { runWorker, type WorkerInput } from '../../src/cli/parallel.js';
import type { Report } from '../../src/core/types.js';
import { cliIo, workspace } from './helpers.js';

type WorkerOutput = Parameters<Parameters<typeof runWorker>[1]>[0];

const SELF_WAIVED =
  'service: svc\nlanguage: rust\nkind: http-api\nworkload:\n  bound: io\nwaivers:\n  - rule: rust-without-measured-constraint\n    reason: we like rust\n    approved-by: "@alice"\n';
const FILES = {
  '.github/stack-verdict.yml': 'approvers: [alice]\nrules:\n  team-missing: off\n',
  'proposals/a.yaml': SELF_WAIVED,
  'proposals/b.yaml': SELF_WAIVED.replace('svc', 'other'),
};
const NOTE = 'Approvals: the CLI cannot see pull-request reviews';

async function run(cwd: string, ...args: string[]) {
  const { io, out } = cliIo(cwd);
  const code = await runCli(['check', ...args], io);
  return { code, ...out };
}

describe('waiver approvals in the CLI', () => {
  it('reports waivers that need an approval as pending, fails the gate, and says why once', async () => {
    const r = await run(workspace(FILES));
    expect(r.code).toBe(1);
    expect(r.stdout.split(NOTE)).toHaveLength(2);
    expect(r.stdout).toContain(
      "2 waivers that need an approver's approval (configuration `approvers`) counts as pending",
    );
    expect(r.stdout.match(/Its waiver is pending: it counts once `alice` approves/g)).toHaveLength(
      2,
    );
  });

  it('the text agrees with the JSON of the same run', async () => {
    const root = workspace(FILES);
    const json = JSON.parse((await run(root, '--format', 'json')).stdout) as Report;
    const pending = json.proposals.flatMap((p) =>
      p.findings.filter((f) => f.waiverApproval?.status === 'pending'),
    );
    expect(pending).toHaveLength(2);
    expect(pending.every((f) => !f.waived && f.severity === 'error')).toBe(true);
    expect(json.counts.waived).toBe(0);
    expect(json.gate.passed).toBe(false);
  });

  it('--assume-approved judges them as approved, without the note', async () => {
    const r = await run(workspace(FILES), '--assume-approved');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(NOTE);
    expect(r.stdout).not.toContain('pending');
    const json = JSON.parse(
      (await run(workspace(FILES), '--assume-approved', '-f', 'json')).stdout,
    ) as Report;
    expect(json.counts.waived).toBe(2);
  });

  it('without approvers configured a waived error is pending, and --assume-approved passes it', async () => {
    const files = { ...FILES, '.github/stack-verdict.yml': 'rules:\n  team-missing: off\n' };
    const r = await run(workspace(files));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(NOTE);
    expect(r.stdout).toContain('no approvers are named');
    expect((await run(workspace(files), '--assume-approved')).code).toBe(0);
  });

  it.each([true, false])(
    'a worker thread judges as the main thread (assumeApproved: %s)',
    async (assumeApproved) => {
      const root = workspace(FILES);
      const output: WorkerOutput[] = [];
      const input: WorkerInput = {
        mark: 'stack-verdict/check-worker',
        cwd: root,
        configPath: undefined,
        today: '2026-03-01',
        assumeApproved,
        maxBytes: undefined,
        files: [path.join(root, 'proposals/a.yaml')],
        shared: new Int32Array(new SharedArrayBuffer(8)),
        index: 0,
      };
      await runWorker(input, (o) => output.push(o));
      const result = output[0]!.results[0]![1];
      if (result.kind !== 'proposal') throw new Error('skipped');
      const core = result.report.findings.find(
        (f) => f.rule === 'rust-without-measured-constraint',
      )!;
      expect(core.waived).toBe(assumeApproved);
      expect(core.waiverApproval?.status).toBe(assumeApproved ? 'approved' : 'pending');
    },
  );
});
