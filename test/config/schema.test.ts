import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import proposalSchema from '../../schema/proposal.schema.json' with { type: 'json' };
import { applyOverrideLabel, parseConfig, SETTING_KEYS } from '../../src/config/index.js';
import { buildReport } from '../../src/core/engine.js';
import { RULES } from '../../src/core/rules/index.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { Report } from '../../src/core/types.js';

describe('schema/config.schema.json', () => {
  it('is draft-07', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('lists every built-in rule under rules, in the registry order', () => {
    expect(Object.keys(schema.properties.rules.properties)).toEqual(RULES.map((r) => r.id));
  });

  it('lists exactly the settings of the table, and the table covers every Settings field', () => {
    expect(Object.keys(SETTING_KEYS).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(Object.keys(schema.properties.settings.properties).sort()).toEqual(
      Object.values(SETTING_KEYS).sort(),
    );
  });

  it('describes every key for editors', () => {
    const missing: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [key, child] of Object.entries(
        (n.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (!child.description && !child.$ref) missing.push(`${at}.${key}`);
        visit(child, `${at}.${key}`);
      }
      for (const [key, child] of Object.entries((n.definitions ?? {}) as Record<string, unknown>)) {
        visit(child, `#${key}`);
      }
    };
    visit(schema, '');
    expect(missing).toEqual([]);
  });
});

describe('schema/proposal.schema.json waivers', () => {
  it('has the optional governance fields', () => {
    const waiver = proposalSchema.properties.waivers.items;
    expect(waiver.required).toEqual(['rule', 'reason']);
    expect(Object.keys(waiver.properties)).toEqual(['rule', 'reason', 'expires', 'approved-by']);
  });
});

describe('applyOverrideLabel', () => {
  const failing = (): Report => {
    const report = buildReport([], 'error');
    return { ...report, gate: { ...report.gate, passed: false } };
  };

  it('opens a failing gate and records what it would have said', () => {
    const report = failing();
    const out = applyOverrideLabel(
      report,
      ['bug', 'Stack-Verdict: Override'],
      'stack-verdict: override',
    );
    expect(out.gate).toEqual({
      failOn: 'error',
      passed: true,
      overridden: { label: 'Stack-Verdict: Override', wouldHavePassed: false },
    });
    expect(report.gate.passed).toBe(false); // the input is not changed
  });

  it('records an override of a gate that passed anyway', () => {
    const out = applyOverrideLabel(buildReport([], 'error'), ['override'], 'override');
    expect(out.gate.overridden).toEqual({ label: 'override', wouldHavePassed: true });
  });

  it('changes nothing without the label, or with no override label configured', () => {
    const report = failing();
    expect(applyOverrideLabel(report, ['bug'], 'override')).toBe(report);
    expect(applyOverrideLabel(report, ['override'], undefined)).toBe(report);
    expect(applyOverrideLabel(report, ['override'], '')).toBe(report);
  });
});

describe('docs/configuration.md', () => {
  it('its complete example is a valid configuration', async () => {
    const text = await readFile(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    const example = /## A complete example\s+```yaml\n([\s\S]*?)```/.exec(text)?.[1];
    expect(example).toBeDefined();
    const config = parseConfig('docs/configuration.md', example!);
    expect(config.customRules.map((r) => r.id)).toEqual([
      'no-python-for-cpu',
      'database-needs-owner',
      'big-team-needs-rust-plan',
    ]);
  });
});
