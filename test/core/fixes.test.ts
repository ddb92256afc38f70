// Fixes the engine attaches to findings: which problems get one, what it writes, and that a
// fix never changes anything but the one value or key it is about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, defaultEngineOptions, judgeFile } from '../../src/core/engine.js';
import { renderJson } from '../../src/core/render/json.js';
import reportValidator from '../../src/generated/report-validator.js';
import { parseProposal } from '../../src/core/proposal/parse.js';
import {
  applyFixes,
  sameData,
  compatibleFixes,
  fixText,
  MAX_FIX_PASSES,
} from '../../src/core/proposal/fixes.js';
import type { Finding, Fix } from '../../src/core/types.js';

const engine = defaultEngineOptions();

function findings(text: string, file = 'proposals/p.yml'): Finding[] {
  const result = judgeFile(file, text, engine);
  if (result.kind !== 'proposal') throw new Error(`skipped: ${result.skipped.reason}`);
  return result.report.findings;
}

const fixesOf = (text: string, file?: string): Fix[] =>
  findings(text, file).flatMap((f) => f.fixes ?? []);

/** The text once every fix is applied, pass after pass. */
const fixed = (text: string, file = 'proposals/p.yml') =>
  fixText(text, (t) => fixesOf(t, file)).text;

const BASE = 'service: orders\nkind: http-api\nworkload:\n  bound: io\n';

describe('fixes the engine offers', () => {
  it.each([
    ['language: Golang', 'language: go'],
    ['language: golang', 'language: go'],
    ['language: GO', 'language: go'],
    ['language: Rust-lang', 'language: rust'],
    ['language: rust2024', 'language: rust'],
    ['language: rustc', 'language: rust'],
    ["language: 'Golang'", "language: 'go'"],
    ['language: "Rust"', 'language: "rust"'],
    ['language: Python', 'language: python'],
  ])('%s → %s', (line, want) => {
    const text = `${BASE}${line} # as written\n`;
    const [fix, ...more] = fixesOf(text);
    expect(more).toEqual([]);
    expect(applyFixes(text, [fix!])).toBe(`${BASE}${want} # as written\n`);
  });

  it('quotes a version YAML reads as a number, keeping its digits', () => {
    for (const [written, quoted] of [
      ['1.20', '"1.20"'],
      ['1.26', '"1.26"'],
      ['2024', '"2024"'],
    ] as const) {
      const text = `service: a\nlanguage: go\nkind: cli\nworkload: {bound: io}\ntoolchain:\n  go: ${written}\n`;
      expect(fixed(text)).toBe(text.replace(written, quoted));
    }
    const edition =
      'service: a\nlanguage: rust\nkind: cli\nworkload: {bound: io}\ntoolchain: {rust-edition: 2021}\n';
    expect(fixed(edition)).toBe(edition.replace('2021', '"2021"'));
  });

  it('renames a near-miss key, at the top and inside a mapping', () => {
    const text = 'service: a\nlanguge: go\nkind: cli\nworkload:\n  bund: io\n  protocl: http\n';
    expect(fixed(text)).toBe(
      'service: a\nlanguage: go\nkind: cli\nworkload:\n  bound: io\n  protocol: http\n',
    );
  });

  it('writes the value an enum near miss stands for', () => {
    const text = `${BASE.replace('bound: io', 'bound: IO\n  protocol: Grpc\n  ffi: cpp ')}language: go\n`;
    expect(fixed(text)).toBe(
      `${BASE.replace('bound: io', 'bound: io\n  protocol: grpc\n  ffi: cpp ')}language: go\n`,
    );
    const hotPath = `${BASE}language: rust\nworkload2: x\n`;
    expect(fixesOf(hotPath)).toEqual([]); // an unknown key with no near field: no guess
  });

  it('spells a status keyword right, keeping what follows it', () => {
    expect(fixed(`${BASE}language: go\nstatus: Acepted\n`)).toBe(
      `${BASE}language: go\nstatus: accepted\n`,
    );
    expect(fixed(`${BASE}language: go\nstatus: superseeded by ADR-0012\n`)).toBe(
      `${BASE}language: go\nstatus: superseded by ADR-0012\n`,
    );
    const [finding] = findings(`${BASE}language: go\nstatus: propsed\n`);
    expect(finding!.message).toContain('Did you mean `proposed`?');
  });

  it('names the rule a waiver misspells, and renames a misspelt key of a waiver', () => {
    const text = `${BASE}language: rust\nwaivers:\n  - rule: rust-onbording-cost\n    reason: two hires\n  - rule: team-missing\n    reasn: later\n`;
    const rules = findings(text)
      .filter((f) => f.fixes)
      .map((f) => f.rule);
    expect(rules).toEqual(['waiver-invalid', 'waiver-invalid']);
    expect(fixed(text)).toBe(
      text.replace('rust-onbording-cost', 'rust-onboarding-cost').replace('reasn', 'reason'),
    );
  });

  it('offers nothing when no single replacement makes sense', () => {
    const none = [
      // The field is already there: renaming would write it twice.
      'service: a\nlanguage: go\nlanguge: go\nkind: cli\nworkload: {bound: io}\n',
      // Two keys near the same field.
      'service: a\nlanguge: go\nlangauge: go\nkind: cli\nworkload: {bound: io}\n',
      // A value near no allowed one, and one as near to two.
      'service: a\nlanguage: go\nkind: cli\nworkload: {bound: xyz}\n',
      // A block scalar.
      'service: a\nlanguage: |\n  Golang\nkind: cli\nworkload: {bound: io}\n',
      // An alias: the anchored value is used elsewhere too.
      'service: a\nx-lang: &l Golang\nlanguage: *l\nkind: cli\nworkload: {bound: io}\n',
      // A status that is no near miss of one.
      'service: a\nlanguage: go\nstatus: maybe later\nkind: cli\nworkload: {bound: io}\n',
    ];
    for (const text of none) expect(fixesOf(text), text).toEqual([]);
  });

  it('offers no fix too long for the report to carry whole', () => {
    const text = `${BASE}language: go\ntoolchain:\n  go: 1.${'2'.repeat(70_000)}\n`;
    const result = judgeFile('p.yml', text, engine);
    const json = JSON.parse(renderJson(buildReport([result], 'error', engine))) as unknown;
    expect(reportValidator(json) ? [] : reportValidator.errors).toEqual([]);
    expect(fixesOf(text)).toEqual([]);
    expect(fixesOf(`${BASE}language: go\ntoolchain:\n  go: 1.${'2'.repeat(20)}\n`)).toHaveLength(1);
  });

  it('gives offsets into the whole file and lines and columns of the file', () => {
    const md =
      '---\r\nservice: a\r\nlanguage: Golang\r\nkind: cli\r\nworkload: {bound: io}\r\n---\r\nBody\r\n';
    const [fix] = fixesOf(md, 'docs/adr/1.md');
    expect(md.slice(fix!.range[0], fix!.range[1])).toBe('Golang');
    expect(fix).toMatchObject({
      text: 'go',
      start: { line: 3, column: 11 },
      end: { line: 3, column: 17 },
      description: 'write `go`',
    });
    const bom = `\ufeff${md}`;
    const [withBom] = fixesOf(bom, 'docs/adr/1.md');
    expect(bom.slice(withBom!.range[0], withBom!.range[1])).toBe('Golang');
  });

  it('carries fixes in the JSON report, valid by its schema', () => {
    const result = judgeFile('p.yml', `${BASE}language: Golang\n`, engine);
    const json = JSON.parse(renderJson(buildReport([result], 'error', engine))) as unknown;
    const ok = reportValidator(json);
    expect(ok ? [] : reportValidator.errors).toEqual([]);
    const finding = (json as { proposals: { findings: Finding[] }[] }).proposals[0]!.findings[0]!;
    expect(finding.fixes).toEqual([
      {
        range: [63, 69],
        text: 'go',
        description: 'write `go`',
        start: { line: 5, column: 11 },
        end: { line: 5, column: 17 },
      },
    ]);
  });
});

describe('applying fixes', () => {
  const fix = (start: number, end: number, text: string): Fix => ({ range: [start, end], text });

  it('applies non-overlapping fixes from the end; an overlapping or touching one waits', () => {
    const picked = compatibleFixes([
      fix(6, 8, 'B'),
      fix(0, 2, 'A'),
      fix(1, 3, 'x'),
      fix(8, 9, 'y'),
    ]);
    expect(picked.map((f) => f.text)).toEqual(['A', 'B']);
    expect(applyFixes('aa--bbbbcc', picked)).toBe('A--bbBcc');
  });

  it('stops after a bounded number of passes when fixes never settle', () => {
    let n = 0;
    const result = fixText('x', (t) => (n++, [fix(0, t.length, `${t}x`)]));
    expect(result.passes).toBe(MAX_FIX_PASSES);
    expect(n).toBe(MAX_FIX_PASSES);
  });
});

// --- the property: a fix changes the one value or key it is about, and nothing else --------

/** Every leaf of the data by its path (JSON of the path array). */
function leaves(data: unknown, prefix: (string | number)[] = [], out = new Map<string, unknown>()) {
  if (Array.isArray(data)) data.forEach((v, i) => leaves(v, [...prefix, i], out));
  else if (data !== null && typeof data === 'object') {
    const keys = Object.keys(data);
    if (keys.length === 0) out.set(JSON.stringify(prefix), {});
    for (const k of keys) leaves((data as Record<string, unknown>)[k], [...prefix, k], out);
  } else out.set(JSON.stringify(prefix), data);
  return out;
}

/** Whether `after` is `before` with one leaf's value changed, or one key renamed in place. */
function oneChange(before: unknown, after: unknown): boolean {
  const a = leaves(before);
  const b = leaves(after);
  const removed = [...a].filter(([k, v]) => !b.has(k) || !Object.is(b.get(k), v));
  const added = [...b].filter(([k, v]) => !a.has(k) || !Object.is(a.get(k), v));
  if (removed.length === 1 && added.length === 1 && removed[0]![0] === added[0]![0]) return true;
  if (removed.length === 0 || removed.length !== added.length) return false;
  // A rename: the same leaves, under one key of another name.
  const parse = (k: string) => JSON.parse(k) as (string | number)[];
  const r = removed.map(([k, v]) => [parse(k), v] as const);
  const d = added.map(([k, v]) => [parse(k), v] as const);
  const depth = r[0]![0].findIndex((seg, i) => seg !== d[0]![0][i]);
  if (depth < 0) return false;
  return r.every(([path, v], i) => {
    const [other, w] = d[i]!;
    return (
      path.length === other.length &&
      path.every((seg, j) => (j === depth ? seg === r[0]![0][depth] : seg === other[j])) &&
      other[depth] === d[0]![0][depth] &&
      Object.is(v, w)
    );
  });
}

const word = fc.constantFrom('orders', 'billing', 'ledger-api', 'edge', 'Checkout');
const style = fc.constantFrom<'plain' | 'single' | 'double'>('plain', 'single', 'double');
const comment = fc.option(fc.constantFrom(' # note', '   # why: "quoted"', ' #'), { nil: '' });

function scalar(value: string, how: 'plain' | 'single' | 'double'): string {
  if (how === 'single') return `'${value}'`;
  if (how === 'double') return JSON.stringify(value);
  return value;
}

/** A proposal with at least one mechanical mistake, written in many styles. */
const proposals = fc
  .record({
    service: word,
    language: fc.constantFrom(
      'Golang',
      'golang',
      'GO',
      'Rust-lang',
      'rust2024',
      'Rust',
      'go',
      'rust',
    ),
    languageKey: fc.constantFrom('language', 'language', 'languge'),
    bound: fc.constantFrom('io', 'IO', 'Cpu', 'mixed', 'cpuu'),
    boundKey: fc.constantFrom('bound', 'bound', 'bund'),
    version: fc.constantFrom('1.20', '1.26', '"1.25"', '1.3'),
    status: fc.option(fc.constantFrom('Acepted', 'proposed', 'draf', 'superseeded by ADR-1'), {
      nil: undefined,
    }),
    styles: fc.array(style, { minLength: 6, maxLength: 6 }),
    comments: fc.array(comment, { minLength: 8, maxLength: 8 }),
    flow: fc.boolean(),
    crlf: fc.boolean(),
    markdown: fc.boolean(),
    bom: fc.boolean(),
    order: fc.boolean(),
  })
  .filter(
    (p) =>
      !['go', 'rust'].includes(p.language) ||
      p.languageKey !== 'language' ||
      !['io', 'mixed'].includes(p.bound) ||
      p.boundKey !== 'bound' ||
      !p.version.startsWith('"') ||
      (p.status !== undefined && p.status !== 'proposed'),
  )
  .map((p) => {
    const s = p.styles;
    const c = p.comments;
    const workload = p.flow
      ? [`workload: {${p.boundKey}: ${scalar(p.bound, s[2]!)}, protocol: http}${c[2]}`]
      : [
          `workload:${c[2]}`,
          `  ${p.boundKey}: ${scalar(p.bound, s[2]!)}${c[3]}`,
          '  protocol: http',
        ];
    const head = [
      `service: ${scalar(p.service, s[0]!)}${c[0]}`,
      `${p.languageKey}: ${scalar(p.language, s[1]!)}${c[1]}`,
    ];
    const lines = [
      '# a proposal',
      ...(p.order ? head.reverse() : head),
      `kind: http-api${c[4]}`,
      ...workload,
      `toolchain:${c[5]}`,
      `  go: ${p.version}${c[6]}`,
      ...(p.status === undefined ? [] : [`status: ${scalar(p.status, s[3]!)}${c[7]}`]),
    ];
    const eol = p.crlf ? '\r\n' : '\n';
    const yaml = lines.join(eol) + eol;
    const text = p.markdown ? `---${eol}${yaml}---${eol}# Notes${eol}` : yaml;
    return {
      file: p.markdown ? 'docs/adr/0001-x.md' : 'proposals/x.yml',
      text: p.bom ? `\ufeff${text}` : text,
    };
  });

describe('property: a fix changes one value or key and nothing else', () => {
  it('holds for proposals with mistakes in every style', () => {
    fc.assert(
      fc.property(proposals, ({ file, text }) => {
        const before = parseProposal(file, text);
        if (before.kind !== 'document') throw new Error('skipped');
        const fixes = fixesOf(text, file);
        expect(fixes.length).toBeGreaterThan(0);
        for (const fix of fixes) {
          const after = applyFixes(text, [fix]);
          // Outside the range, the text is the same.
          expect(after.slice(0, fix.range[0])).toBe(text.slice(0, fix.range[0]));
          expect(after.slice(fix.range[0] + fix.text.length)).toBe(text.slice(fix.range[1]));
          const parsed = parseProposal(file, after);
          if (parsed.kind !== 'document') throw new Error('skipped after the fix');
          expect(parsed.document.problems).toEqual([]);
          expect(oneChange(before.document.data, parsed.document.data)).toBe(true);
        }
        // All of them, pass after pass: no proposal-invalid finding is left that has a fix.
        const done = fixText(text, (t) => fixesOf(t, file)).text;
        expect(fixesOf(done, file)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

// --- a file of several documents: refused whole, each document's fixes still offered --------

const SPLIT =
  'a second YAML document starts here; a file holds one proposal: split it, one proposal per file';

/** A proposal with nothing to fix and nothing to find: it passes alone. */
const PASSING = 'service: ledger\nlanguage: go\nkind: http-api\nworkload:\n  bound: io\n';

/** How a second document is joined on: the marker, an end marker first, comments around. */
const joint = fc.constantFrom('---\n', '...\n---\n', '--- # the next one\n', '# next\n---\n');

/** The data of each document of a file of several. */
function partsData(file: string, text: string): unknown[] {
  const parsed = parseProposal(file, text);
  if (parsed.kind !== 'document' || !parsed.document.parts) throw new Error('not several');
  return parsed.document.parts.map((p) => p.data);
}

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('a file of several documents', () => {
  it('never passes as one of its documents: it is refused at the second one', () => {
    expect(findings(PASSING)).toEqual([]);
    const yaml = proposals.filter((p) => p.file.endsWith('.yml'));
    const second = fc.oneof(
      fc.constant(PASSING),
      yaml.map((p) => p.text),
    );
    fc.assert(
      fc.property(second, joint, fc.boolean(), (other, join, otherFirst) => {
        const [a, b] = otherFirst ? [other, PASSING] : [PASSING, other];
        const text = a + join + b;
        const result = judgeFile('proposals/x.yml', text, engine);
        if (result.kind !== 'proposal') throw new Error('skipped');
        const report = result.report;
        expect(report.verdict).toBe('changes-requested');
        expect(report.recommended).toBeNull();
        const split = report.findings.filter((f) => f.message === SPLIT);
        expect(split).toHaveLength(1);
        expect(split[0]).toMatchObject({
          rule: 'proposal-invalid',
          severity: 'error',
          ...position(text, a.length + join.indexOf('---')),
        });
        // Every fix applied, pass after pass: still refused, at the same place.
        const done = fixText(text, (t) => fixesOf(t, 'proposals/x.yml')).text;
        const after = judgeFile('proposals/x.yml', done, engine);
        if (after.kind !== 'proposal') throw new Error('skipped');
        expect(after.report.verdict).toBe('changes-requested');
        expect(after.report.findings.filter((f) => f.message === SPLIT)).toHaveLength(1);
      }),
      { numRuns: 100 },
    );
  });

  it('offers each document its fixes; each changes one value or key of one document', () => {
    const yaml = proposals.filter((p) => p.file.endsWith('.yml'));
    fc.assert(
      fc.property(yaml, yaml, joint, (first, second, join) => {
        const file = 'proposals/x.yml';
        const text = first.text + join + second.text.replace(/^\ufeff/, '');
        const before = partsData(file, text);
        expect(before).toHaveLength(2);
        const fixes = fixesOf(text, file);
        // Both documents have a mistake to fix.
        const cut = first.text.length + join.length;
        expect(fixes.some((f) => f.range[1] <= cut)).toBe(true);
        expect(fixes.some((f) => f.range[0] >= cut)).toBe(true);
        for (const fix of fixes) {
          const after = applyFixes(text, [fix]);
          expect(after.slice(0, fix.range[0])).toBe(text.slice(0, fix.range[0]));
          expect(after.slice(fix.range[0] + fix.text.length)).toBe(text.slice(fix.range[1]));
          const data = partsData(file, after);
          const changed = data.map((d, i) => !sameData(d, before[i]));
          expect(changed.filter(Boolean)).toHaveLength(1);
          const i = changed.indexOf(true);
          expect(oneChange(before[i], data[i])).toBe(true);
          expect(i).toBe(fix.range[0] < cut ? 0 : 1);
        }
        // Once all are applied, no document has a fix left, and the file stays refused.
        const done = fixText(text, (t) => fixesOf(t, file)).text;
        expect(fixesOf(done, file)).toEqual([]);
        expect(findings(done, file).map((f) => f.message)).toContain(SPLIT);
      }),
      { numRuns: 150 },
    );
  });

  it('lists, besides the split, only the mistakes a fix corrects in each document', () => {
    const text = `${PASSING}---\nservice: b\nlanguage: Golang\nkind: cli\nworkload: {bound: xyz}\n`;
    expect(findings(text).map((f) => [f.line, f.message.slice(0, 24), f.fixes?.[0]?.text])).toEqual(
      [
        [6, 'a second YAML document s', undefined],
        [8, '`language` names Go: wri', 'go'],
      ],
    );
    // A Markdown decision record saved as .yaml: its body is no list of YAML problems.
    const md = `---\n${PASSING}---\n# Ledger\n\nWe chose Go: it is: the default.\n- one\n`;
    expect(findings(md).map((f) => f.message)).toEqual([SPLIT]);
  });
});
