// The pages in docs/rules are generated from the rule modules. This test regenerates them in
// memory and fails when a committed page differs, is missing, or has no rule.
// To regenerate after changing a rule:  UPDATE_DOCS=1 npx vitest run test/docs
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import {
  DOCS_TODAY,
  EXAMPLE_FILE,
  renderRuleDoc,
  renderRulesIndex,
  waiverSnippet,
  withExampleArtefacts,
} from '../../src/core/render/rule-doc.js';
import { RULES } from '../../src/core/rules/index.js';

const DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const UPDATE = process.env.UPDATE_DOCS === '1';
const HINT = 'run `UPDATE_DOCS=1 npx vitest run test/docs` and commit the result';

const expected = new Map<string, string>([
  ['README.md', renderRulesIndex(RULES)],
  ...RULES.map((rule): [string, string] => [`${rule.id}.md`, renderRuleDoc(rule)]),
]);

if (UPDATE) {
  mkdirSync(DOCS_DIR, { recursive: true });
  for (const name of readdirSync(DOCS_DIR)) {
    if (name.endsWith('.md') && !expected.has(name)) rmSync(path.join(DOCS_DIR, name));
  }
  for (const [name, text] of expected) writeFileSync(path.join(DOCS_DIR, name), text);
}

describe('docs/rules', () => {
  it.each([...expected.keys()])('%s is up to date', (name) => {
    const file = path.join(DOCS_DIR, name);
    expect(existsSync(file), `docs/rules/${name} is missing: ${HINT}`).toBe(true);
    expect(readFileSync(file, 'utf8'), `docs/rules/${name} is out of date: ${HINT}`).toBe(
      expected.get(name),
    );
  });

  it('has no page without a rule', () => {
    const pages = existsSync(DOCS_DIR)
      ? readdirSync(DOCS_DIR).filter((n) => n.endsWith('.md'))
      : [];
    const orphans = pages.filter((n) => !expected.has(n));
    expect(orphans, `pages with no rule: ${HINT}`).toEqual([]);
  });

  it('has one page per rule, with unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(expected.size).toBe(RULES.length + 1);
  });

  it('links every rule from the index', () => {
    const index = expected.get('README.md')!;
    for (const rule of RULES) expect(index).toContain(`[\`${rule.id}\`](${rule.id}.md)`);
  });
});

describe('renderRuleDoc', () => {
  const byId = (id: string) => RULES.find((r) => r.id === id)!;

  it('shows the message the engine produces on the fires example', () => {
    const page = renderRuleDoc(byId('rust-onboarding-cost'));
    expect(page).toMatch(/^# `rust-onboarding-cost`$/m);
    expect(page).toContain('**Severity:** warning');
    expect(page).toMatch(/proposals\/example\.yaml:\d+:\d+ {2}warning {2}rust-onboarding-cost/);
    expect(page).toContain('engineer-months of ramp-up');
    expect(page).toContain('## Does not fire on');
  });

  it('offers a waiver for waivable rules only', () => {
    expect(renderRuleDoc(byId('rust-onboarding-cost'))).toContain(
      '  - rule: rust-onboarding-cost\n    reason:',
    );
    const unwaivable = renderRuleDoc(byId('proposal-invalid'));
    expect(unwaivable).toContain('**Waivable:** no');
    expect(unwaivable).not.toContain('waivers:\n  - rule: proposal-invalid');
    expect(unwaivable).toContain('cannot be waived');
  });

  it.each(
    RULES.filter((r) => !r.unwaivable && !r.docs.fires.includes('waivers:')).map((r) => [r.id, r]),
  )('the waiver %s suggests really waives its findings', (_, rule) => {
    const engine = withExampleArtefacts(rule, { ...defaultEngineOptions(), today: DOCS_TODAY });
    const result = judgeFile(
      EXAMPLE_FILE,
      `${rule.docs.fires.trimEnd()}\n${waiverSnippet(rule)}`,
      engine,
    );
    if (result.kind !== 'proposal') throw new Error('skipped');
    // A rule across proposals reports where the run's files meet, beside its `alongside`.
    const report =
      rule.docs.alongside === undefined
        ? result.report
        : buildReport(
            [result, judgeFile('other.yaml', rule.docs.alongside, engine)],
            'error',
            engine,
          ).proposals[0]!;
    const mine = report.findings.filter((f) => f.rule === rule.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((f) => f.waived)).toBe(true);
    const problems = report.findings.filter(
      (f) => f.rule.startsWith('waiver-') || f.rule === 'proposal-invalid',
    );
    expect(problems).toEqual([]);
  });

  it('refuses a rule whose fires example does not fire', () => {
    const rule = byId('team-missing');
    const broken = { ...rule, docs: { ...rule.docs, fires: rule.docs.passes } };
    expect(() => renderRuleDoc(broken)).toThrow(/produces no finding/);
  });
});
