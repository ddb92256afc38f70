// docs/policy.md is the repository's own statement of the policy, which code and pages cite:
// it must name every rule the registry runs, with the severity the rule has, every trigger,
// and the policy version the reports carry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_VERSION } from '../../src/core/policy.js';
import { RULES } from '../../src/core/rules/index.js';
import { TRIGGER_IDS } from '../../src/core/triggers.js';
import { REPO_ROOT } from '../helpers.js';

const page = readFileSync(path.join(REPO_ROOT, 'docs', 'policy.md'), 'utf8');

/** The rules table: rule id → severity, from rows such as "| `rule-id` | warning | … |". */
const table = new Map(
  [...page.matchAll(/^\| `([a-z0-9-]+)` +\| (error|warning|notice) +\|/gm)].map((m) => [
    m[1]!,
    m[2]!,
  ]),
);

describe('docs/policy.md', () => {
  it('is the page of the policy version the reports carry', () => {
    expect(page).toMatch(
      new RegExp(`^# The default policy \\(version ${POLICY_VERSION.replace('.', '\\.')}\\)$`, 'm'),
    );
    expect(page).toContain(`## What changed in ${POLICY_VERSION}`);
  });

  it.each(RULES.map((r) => [r.id, r.severity] as const))(
    'lists %s in the rules table with its severity (%s)',
    (id, severity) => {
      expect(table.get(id), `${id} is missing from the rules table`).toBe(severity);
    },
  );

  it.each([...TRIGGER_IDS])('explains the trigger %s', (id) => {
    expect(page).toMatch(new RegExp(`^\\| \`${id}\` +\\|`, 'm'));
  });

  it('cites nothing outside the repository', () => {
    expect(page).not.toMatch(/\.\.\/shared|shared\/(spec|reference)/);
    for (const [, target] of page.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
      if (/^https?:/.test(target!)) continue;
      expect(() => readFileSync(path.join(REPO_ROOT, 'docs', target!)), target).not.toThrow();
    }
  });
});
