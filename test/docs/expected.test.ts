// examples/EXPECTED.md is what the CLI reports on examples/proposals. This test makes it again
// from a run of the CLI and fails when the committed file differs.
// To regenerate after changing an example or a rule:  node scripts/expected.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { notesOf, renderExpected } from '../../scripts/expected-md.mjs';
import { fakeIo, REPO_ROOT } from '../helpers.js';

const FILE = path.join(REPO_ROOT, 'examples', 'EXPECTED.md');

describe('examples/EXPECTED.md', () => {
  it('is what the CLI reports on examples/proposals now', async () => {
    const t = fakeIo(REPO_ROOT);
    await runCli(['check', 'examples/proposals', '--format', 'json'], t.io);
    const report = JSON.parse(t.stdout()) as Report;
    const committed = readFileSync(FILE, 'utf8');
    const made = await renderExpected(report, notesOf(committed));
    if (process.env.UPDATE_EXPECTED === '1') writeFileSync(FILE, made);
    else expect(committed, 'run `node scripts/expected.mjs` and commit the result').toBe(made);
  });

  it('has a new rule of policy 1.1 fire in some example', async () => {
    const t = fakeIo(REPO_ROOT);
    await runCli(['check', 'examples/proposals', '--format', 'json'], t.io);
    const report = JSON.parse(t.stdout()) as Report;
    const fired = new Set(report.proposals.flatMap((p) => p.findings.map((f) => f.rule)));
    for (const id of [
      'rust-justification-unmeasured',
      'rust-on-unconfirmed-measurement',
      'constraint-not-on-go',
      'duplicate-service',
      'go-team-knows-rust',
    ]) {
      expect(fired.has(id), id).toBe(true);
    }
  });
});
