// Every piece of proposal text in every message goes through quote(), which
// leaves no raw line break, no backtick and no way out of its quotes. Walks every rule with
// hostile strings in every free-text field.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { MAX_QUOTE_CHARS, MAX_TOKEN_CHARS, quote } from '../../src/core/format.js';
import { messageToMarkdown } from '../../src/core/render/escape.js';
import { RULES } from '../../src/core/rules/index.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { findTriggers } from '../../src/core/triggers.js';
import type { Proposal } from '../../src/core/types.js';
import { ruleContext } from '../helpers.js';

const FORGED = 'FORGED-TEXT';
/** Ends the quotes, opens and closes code spans, breaks lines every way, pings, injects HTML. */
const HOSTILE = [
  `"\` ${FORGED} \`\`\` @admin`,
  `x\n${FORGED}\r\n- [ ] done`,
  `y\u2028${FORGED}\u2029z\u0085w`,
  `</code><img src=x>${FORGED}`,
  `go1.22\`\n${FORGED}`,
];

/** JSON string literals of a message, as quote() writes them. */
const LITERAL = /"(?:[^"\\]|\\.)*"/g;

function expectSafe(message: string, where: string): void {
  expect(message, where).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
  const outside = message.replace(LITERAL, '');
  expect(outside, where).not.toContain(FORGED);
  expect(outside, where).not.toContain('@admin');
  expect(outside, where).not.toContain('<img');
  for (const lit of message.match(LITERAL) ?? []) expect(lit, where).not.toContain('`');
  // Backticks left are the rule's own code spans: balanced, so none swallows the rest.
  expect((outside.match(/`/g) ?? []).length % 2, where).toBe(0);
  expect(message, where).not.toContain('```');
  // As the comment renders it: the forged text never lands outside a code span as markup.
  expect(messageToMarkdown(message), where).not.toContain('<img');
}

/**
 * Every free-text field of a proposal set to `h`, keeping the values the rules read. Without
 * `constraintsToo` a constraint keeps its words: since policy 1.2 hostile evidence cites
 * nothing and hostile figures compare with nothing, so the rules about a constraint that
 * counts, or about its figures, fire only on its own words.
 */
function poison(p: Proposal, h: string, runtimeToo: boolean, constraintsToo = true): Proposal {
  const q: Proposal = structuredClone(p);
  q.service = h;
  q.summary = h;
  q.owner = h;
  q.rationale = h;
  q.constraints = (q.constraints ?? []).map((c) =>
    constraintsToo
      ? {
          ...c,
          observed: h,
          ...(c.evidence !== undefined ? { evidence: h } : {}),
          limit: h,
          ...(runtimeToo ? { runtime: c.runtime ? `${c.runtime}${h}` : h } : {}),
        }
      : c,
  );
  if (q.team) q.team = { ...q.team, background: [h, 'python'] };
  if (q.compliance) q.compliance = [...q.compliance, h];
  if (q.toolchain) {
    q.toolchain = Object.fromEntries(
      Object.entries(q.toolchain).map(([k, v]) => [k, `${v as string}${h}`]),
    );
  }
  q.waivers = (q.waivers ?? []).map((w) => ({ ...w, reason: h, 'approved-by': h }));
  return q;
}

describe('quote()', () => {
  it('leaves a one-line JSON literal with no backtick that reads back as the text', () => {
    for (const h of HOSTILE) {
      const q = quote(h);
      expect(q).not.toMatch(/[`\n\r\u2028\u2029\u0085]/);
      expect(JSON.parse(q)).toBe(h.trim());
      expect(q.replace(LITERAL, '')).toBe('');
    }
  });
});

describe('quote() cuts short', () => {
  it('keeps MAX_QUOTE_CHARS of a value, MAX_TOKEN_CHARS of an offending token', () => {
    const long = 'a'.repeat(500);
    expect(JSON.parse(quote(long))).toBe(`${'a'.repeat(MAX_QUOTE_CHARS)}…`);
    expect(JSON.parse(quote(long, MAX_TOKEN_CHARS))).toBe(`${'a'.repeat(MAX_TOKEN_CHARS)}…`);
    expect(quote('a'.repeat(MAX_TOKEN_CHARS), MAX_TOKEN_CHARS)).toBe(
      `"${'a'.repeat(MAX_TOKEN_CHARS)}"`,
    );
  });

  it('rust-onboarding-cost quotes each background whole (map passes no length)', () => {
    const rule = RULES.find((r) => r.id === 'rust-onboarding-cost')!;
    const p = parse(rule.docs.fires) as Proposal;
    p.team = { ...p.team, background: ['typescript', 'python', 'kotlin'] };
    const triggers = findTriggers(p, DEFAULT_SETTINGS);
    const [hit] = rule.check!({ proposal: p, settings: DEFAULT_SETTINGS, triggers });
    expect(hit!.message).toContain('coming from "typescript", "python", "kotlin"');
  });
});

describe('every rule quotes the proposal text in its messages', () => {
  const fired = new Set<string>();
  const checked = RULES.filter((r) => r.check);

  it.each(checked.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const base = parse(rule.docs.fires) as Proposal;
    for (const h of HOSTILE) {
      for (const [runtimeToo, constraintsToo] of [
        [false, true],
        [true, true],
        [false, false],
      ]) {
        const p = poison(base, h, runtimeToo!, constraintsToo);
        for (const hit of rule.check!(ruleContext(rule, p, DEFAULT_SETTINGS))) {
          fired.add(rule.id);
          expectSafe(hit.message, `${rule.id} with ${JSON.stringify(h)}`);
        }
      }
    }
    expect(fired.has(rule.id), `${rule.id} never fired on its poisoned example`).toBe(true);
  });

  it('the engine quotes waivers, and duplicate-service the service and file names', () => {
    const options = defaultEngineOptions();
    for (const h of HOSTILE) {
      const doc = (waivers: unknown[]) =>
        JSON.stringify({
          service: h,
          language: 'go',
          kind: 'http-api',
          workload: { bound: 'io' },
          waivers,
        });
      const results = [
        judgeFile('p/a.yaml', doc([{ rule: h, reason: h }]), options),
        judgeFile(
          'p/b.yaml',
          doc([{ rule: 'go-systems-software', reason: h, expires: h }]),
          options,
        ),
        judgeFile(`p/${h.replace(/[\n\r/]/g, '')}.yaml`, doc([]), options),
      ];
      const report = buildReport(results, 'error', options);
      const rules = report.proposals.flatMap((p) => p.findings.map((f) => f.rule));
      expect(rules).toContain('waiver-invalid');
      expect(rules).toContain('duplicate-service');
      for (const p of report.proposals) {
        for (const f of p.findings) expectSafe(f.message, `${f.rule} with ${JSON.stringify(h)}`);
      }
    }
  });
});
