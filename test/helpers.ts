// Shared helpers of the core and CLI tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { defaultEngineOptions, judgeFile, type EngineOptions } from '../src/core/engine.js';
import type { Finding, Proposal, ProposalReport } from '../src/core/types.js';
import { checkProposalEvidence } from '../src/core/evidence/constraints.js';
import type { Rule, RuleContext } from '../src/core/rules/index.js';
import type { Settings } from '../src/core/settings.js';
import { findTriggers } from '../src/core/triggers.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const EXAMPLES = path.join(REPO_ROOT, 'examples', 'proposals');

/** The smallest valid proposal, with extra top-level YAML appended. */
export function proposal(
  fields: { language?: string; kind?: string; bound?: string } = {},
  extra = '',
): string {
  return [
    'service: svc',
    `language: ${fields.language ?? 'go'}`,
    `kind: ${fields.kind ?? 'http-api'}`,
    'workload:',
    `  bound: ${fields.bound ?? 'io'}`,
    extra,
  ].join('\n');
}

/** Judges a file's text with the default rule set; fails the test when the file is skipped. */
export function judge(
  text: string,
  file = 'proposals/p.yaml',
  options: EngineOptions = defaultEngineOptions(),
): ProposalReport {
  const result = judgeFile(file, text, options);
  if (result.kind !== 'proposal') throw new Error(`${file} was skipped: ${result.skipped.reason}`);
  return result.report;
}

export function ruleIds(report: ProposalReport): string[] {
  return report.findings.map((f) => f.rule);
}

export function findingsOf(report: ProposalReport, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** The one finding of `rule`; fails when there is none or more than one. */
export function only(report: ProposalReport, rule: string): Finding {
  const found = findingsOf(report, rule);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${rule} finding, got ${found.length}: ${JSON.stringify(report.findings, null, 2)}`,
    );
  }
  return found[0]!;
}

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path → content); removed after the test. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stack-verdict-test-'));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

export interface FakeIo {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

/** An in-memory terminal for runCli. */
export function fakeIo(cwd: string, env: NodeJS.ProcessEnv = {}, isTTY = false): FakeIo {
  let out = '';
  let err = '';
  return {
    io: { cwd, env, isTTY, stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
    stdout: () => out,
    stderr: () => err,
  };
}

/** `count` proposals of every kind: Go and Rust, YAML and Markdown, broken and unreadable. */
export function manyProposals(count: number): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    const name = `proposals/team-${Math.floor(i / 50)}/p${String(i).padStart(4, '0')}`;
    switch (i % 6) {
      case 0:
        files[`${name}.yaml`] = proposal({ language: 'rust' }, 'team:\n  size: 2\n');
        break;
      case 1:
        files[`${name}.md`] = `---\n${proposal({ kind: 'database' })}\n---\n# Notes ${i}\n`;
        break;
      case 2:
        files[`${name}.yaml`] = `service: broken-${i}\nlanguage: [go\n`;
        break;
      case 3:
        files[`${name}.yml`] = new Uint8Array([0x73, 0, 0x76]);
        break;
      default:
        files[`${name}.yaml`] = proposal({ bound: i % 2 ? 'cpu' : 'io' });
    }
  }
  return files;
}

/**
 * What a rule's check is given for a proposal: with the artefacts its documented examples
 * cite (rule.docs.artefacts) held against the constraints, as the engine does.
 */
export function ruleContext(rule: Rule, p: Proposal, settings: Settings): RuleContext {
  const files = rule.docs.artefacts;
  if (files === undefined) return { proposal: p, settings, triggers: findTriggers(p, settings) };
  const artefacts = new Map(
    Object.entries(files).map(([file, text]) => [file, { kind: 'text' as const, text }]),
  );
  const checked = checkProposalEvidence('proposals/example.yaml', p, artefacts, undefined);
  return {
    proposal: checked.proposal,
    settings,
    triggers: findTriggers(checked.proposal, settings),
    evidence: checked.evidence,
  };
}
