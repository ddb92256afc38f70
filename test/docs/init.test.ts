// `stack-verdict init`: the skeleton is a valid proposal as written and with every optional
// field uncommented; the command writes it, never overwrites, and rejects bad names.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import schema from '../../schema/proposal.schema.json' with { type: 'json' };
import {
  initCommand,
  proposalSkeleton,
  SCHEMA_IN_PACKAGE,
  serviceNameProblem,
} from '../../src/cli/commands/init.js';
import { defaultEngineOptions, judgeFile } from '../../src/core/engine.js';

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** The skeleton with every commented-out field turned on (the header line stays a comment). */
function uncommented(text: string): string {
  return text
    .split('\n')
    .map((line, i) =>
      i === 0 ? line : line.replace(/^( {0,2})# (?=\s*(?:[a-z][a-z0-9-]*:(?:\s|$)|- ))/, '$1'),
    )
    .join('\n');
}

function judge(text: string, file = 'proposals/orders-api.yaml') {
  const result = judgeFile(file, text, defaultEngineOptions());
  if (result.kind !== 'proposal') throw new Error('skipped');
  return result.report;
}

const INVALID = ['proposal-invalid', 'waiver-invalid'];

describe('proposalSkeleton', () => {
  const text = proposalSkeleton('orders-api');

  it('starts with the yaml-language-server schema comment when given the schema', () => {
    const ref = `../${SCHEMA_IN_PACKAGE}`;
    expect(proposalSkeleton('orders-api', ref).split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${ref}`,
    );
    expect(text).not.toMatch(/yaml-language-server/);
  });

  it('is valid against schema/proposal.schema.json as written', () => {
    const data = parse(text) as unknown;
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data).toMatchObject({
      service: 'orders-api',
      language: 'go',
      kind: 'http-api',
      workload: { bound: 'io' },
    });
  });

  it('judges as a valid proposal, approved with no findings', () => {
    const report = judge(text);
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ service: 'orders-api', verdict: 'approved', recommended: 'go' });
  });

  it('stays valid with every optional field uncommented, and then shows every field', () => {
    const full = uncommented(text);
    const data = parse(full) as Record<string, unknown>;
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    const report = judge(full);
    expect(report.findings.filter((f) => INVALID.includes(f.rule))).toEqual([]);
    // Every field of the schema appears in the skeleton.
    const keysOf = (s: { properties?: Record<string, unknown> }): string[] =>
      Object.keys(s.properties ?? {});
    const top = schema as unknown as {
      properties: Record<
        string,
        { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } }
      >;
    };
    expect(Object.keys(data).sort()).toEqual(keysOf(top).sort());
    const nested = (obj: unknown, key: string): Record<string, unknown> => {
      const v = (obj as Record<string, unknown>)[key];
      return (Array.isArray(v) ? v[0] : v) as Record<string, unknown>;
    };
    for (const key of ['workload', 'constraints', 'team', 'delivery', 'toolchain', 'waivers']) {
      const sub = top.properties[key]!;
      const expected = keysOf(sub.items ?? sub).sort();
      expect(Object.keys(nested(data, key)).sort(), key).toEqual(expected);
    }
    expect(Object.keys(nested(nested(data, 'workload'), 'latency')).sort()).toEqual(
      keysOf(
        (
          top.properties.workload!.properties as Record<
            string,
            { properties: Record<string, unknown> }
          >
        ).latency!,
      ).sort(),
    );
  });

  it('comments every field, on its line or in the paragraph above it', () => {
    // These are self-explanatory or explained by the comment paragraph before their block.
    const explainedAbove =
      /^\s*(?:- )?(summary|rationale|constraints|evidence|observed|team|waivers|reason):/;
    for (const line of uncommented(text).split('\n')) {
      if (/^\s*(?:- )?[a-z][a-z0-9-]*:/.test(line) && !explainedAbove.test(line)) {
        expect(line, line).toMatch(/ # \S/);
      }
    }
  });

  it('keeps lines short', () => {
    for (const line of text.split('\n').slice(1))
      expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('refuses names that are not kebab-case', () => {
    expect(() => proposalSkeleton('Orders API')).toThrow(/kebab-case/);
  });
});

describe('serviceNameProblem', () => {
  it.each(['orders-api', 'a', 'ledger2', 'edge-proxy-v2'])('accepts %s', (name) => {
    expect(serviceNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['OrdersApi', 'orders-api'],
    ['orders_api', 'orders-api'],
    ['orders api', 'orders-api'],
    ['-orders', 'orders'],
    ['orders--api', 'orders-api'],
    ['orders-', 'orders'],
  ])('rejects %s and suggests %s', (name, suggestion) => {
    expect(serviceNameProblem(name)).toContain(`Did you mean "${suggestion}"?`);
  });

  it.each(['', '2fast', '../etc/passwd', 'a'.repeat(64)])('rejects %j', (name) => {
    expect(serviceNameProblem(name)).toBeDefined();
  });
});

describe('initCommand', () => {
  let cwd: string;
  let out: string;
  let err: string;
  const io = () => ({
    cwd,
    stdout: (t: string) => {
      out += t;
    },
    stderr: (t: string) => {
      err += t;
    },
  });

  beforeEach(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'stack-verdict-init-'));
    out = '';
    err = '';
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('writes proposals/SERVICE.yaml, creating the folder', async () => {
    expect(await initCommand(['billing-ledger'], io())).toBe(0);
    const file = path.join(cwd, 'proposals', 'billing-ledger.yaml');
    expect(readFileSync(file, 'utf8')).toBe(proposalSkeleton('billing-ledger'));
    expect(out).toContain('Created proposals/billing-ledger.yaml');
    expect(out).not.toContain('default globs');
    expect(err).toBe('');
  });

  it('refuses to overwrite an existing file', async () => {
    expect(await initCommand(['billing-ledger'], io())).toBe(0);
    const file = path.join(cwd, 'proposals', 'billing-ledger.yaml');
    writeFileSync(file, 'service: mine\n');
    out = '';
    expect(await initCommand(['billing-ledger'], io())).toBe(2);
    expect(err).toMatch(/proposals\/billing-ledger\.yaml already exists; init never overwrites/);
    expect(readFileSync(file, 'utf8')).toBe('service: mine\n');
    expect(out).toBe('');
  });

  it('writes into --dir, and says when the default globs would not find it', async () => {
    expect(await initCommand(['edge-proxy', '--dir', 'services/edge'], io())).toBe(0);
    expect(existsSync(path.join(cwd, 'services', 'edge', 'edge-proxy.yaml'))).toBe(true);
    expect(out).toContain('Created services/edge/edge-proxy.yaml');
    expect(out).toContain('default globs');
  });

  it('accepts a nested folder under proposals/ without a note', async () => {
    expect(await initCommand(['edge-proxy', '--dir', 'proposals/network'], io())).toBe(0);
    expect(out).toContain('Created proposals/network/edge-proxy.yaml');
    expect(out).not.toContain('default globs');
  });

  it('prints the skeleton with --stdout and writes nothing', async () => {
    expect(await initCommand(['billing-ledger', '--stdout'], io())).toBe(0);
    expect(out).toBe(proposalSkeleton('billing-ledger'));
    expect(existsSync(path.join(cwd, 'proposals'))).toBe(false);
  });

  it.each([
    [['Billing_Ledger'], /not a kebab-case service name.*Did you mean "billing-ledger"/],
    [[], /name the service/],
    [['a', 'b'], /expected one service name/],
    [['a', '--force'], /unknown option "--force" for init\. See stack-verdict init --help/],
    [['a', '--stdot'], /unknown option "--stdot" for init\. Did you mean `--stdout`\?/],
    [['a', '--dir'], /--dir/],
  ])('exits 2 on %j', async (args, message) => {
    expect(await initCommand(args, io())).toBe(2);
    expect(err).toMatch(message);
    expect(existsSync(path.join(cwd, 'proposals'))).toBe(false);
  });

  it('exits 2 when --dir is a file', async () => {
    writeFileSync(path.join(cwd, 'notes'), 'x');
    expect(await initCommand(['a', '--dir', 'notes'], io())).toBe(2);
    expect(err).toContain('notes exists and is not a folder');
  });

  it('prints help', async () => {
    expect(await initCommand(['--help'], io())).toBe(0);
    expect(out).toMatch(/^Usage: stack-verdict init SERVICE/);
  });
});
