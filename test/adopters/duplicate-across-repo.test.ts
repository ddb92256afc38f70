// duplicate-service compares with every proposal of the repository, also when the CLI judges
// one file (the pre-commit hook passes the staged files only).
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, proposal, tempTree } from '../helpers.js';

const ORDERS = proposal().replace('service: svc', 'service: orders');
const BILLING = proposal().replace('service: svc', 'service: billing');

async function check(cwd: string, args: string[], stdin?: string) {
  const t = fakeIo(cwd);
  if (stdin !== undefined) t.io.readStdin = () => Buffer.from(stdin);
  const code = await runCli(['check', ...args, '--format', 'json'], t.io);
  expect(t.stderr()).toBe('');
  return { code, report: JSON.parse(t.stdout()) as Report };
}

const rules = (r: Report) => r.proposals.flatMap((p) => p.findings.map((f) => f.rule));

describe('duplicate-service on one file', () => {
  it('finds the other proposal of the same service that the globs find', async () => {
    const cwd = tempTree({
      'proposals/orders.yaml': ORDERS,
      'services/orders/service-proposal.yaml': ORDERS,
      'proposals/billing.yaml': BILLING,
    });
    const { code, report } = await check(cwd, ['proposals/orders.yaml']);
    expect(report.proposals.map((p) => p.file)).toEqual(['proposals/orders.yaml']);
    const dup = report.proposals[0]!.findings.find((f) => f.rule === 'duplicate-service')!;
    expect(dup.message).toContain('"services/orders/service-proposal.yaml"');
    expect(dup.line).toBe(1);
    expect(report.gate.passed).toBe(false);
    expect(code).toBe(1);
    // A service named once in the repository gets none.
    expect(rules((await check(cwd, ['proposals/billing.yaml'])).report)).not.toContain(
      'duplicate-service',
    );
  });

  it('reads standard input against the repository too, and not against the file it replaces', async () => {
    const cwd = tempTree({ 'proposals/orders.yaml': ORDERS, 'proposals/billing.yaml': BILLING });
    const same = await check(cwd, ['-', '--stdin-filename', 'proposals/orders.yaml'], ORDERS);
    expect(rules(same.report)).not.toContain('duplicate-service');
    const twin = await check(cwd, ['-', '--stdin-filename', 'proposals/new.yaml'], ORDERS);
    expect(rules(twin.report)).toContain('duplicate-service');
  });

  it('ignores a past decision of the same service, and files that are not proposals', async () => {
    const cwd = tempTree({
      'proposals/orders.yaml': ORDERS,
      'docs/decisions/0001-orders.md': `---\nstatus: superseded by ADR-0002\n${ORDERS}---\n# Old\n`,
      'proposals/broken.yaml': 'service: orders\nlanguage: [',
    });
    const { report } = await check(cwd, ['proposals/orders.yaml']);
    expect(rules(report)).not.toContain('duplicate-service');
  });
});

describe('standard input without a name', () => {
  it('is not compared with the repository: it may be one of its files (git show :file | check -)', async () => {
    const cwd = tempTree({ 'proposals/orders.yaml': ORDERS });
    const { report } = await check(cwd, ['-'], ORDERS);
    expect(rules(report)).not.toContain('duplicate-service');
  });
});
