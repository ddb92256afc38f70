// Helpers of the configuration tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import {
  ConfigError,
  engineOptionsFromConfig,
  parseConfig,
  type Config,
  type ConfigProblem,
} from '../../src/config/index.js';
import { judgeFile } from '../../src/core/engine.js';
import type { ProposalReport } from '../../src/core/types.js';

export const CONFIG_FILE = '.github/stack-verdict.yml';
export const TODAY = '2026-03-01';

/** A minimal valid proposal, with extra top-level YAML appended. */
export function proposal(language = 'go', extra = '', kind = 'http-api', bound = 'io'): string {
  return `service: svc\nlanguage: ${language}\nkind: ${kind}\nworkload:\n  bound: ${bound}\n${extra}`;
}

export function config(text: string): Config {
  return parseConfig(CONFIG_FILE, text);
}

/** The problems of a configuration that must be refused. */
export function problems(text: string): ConfigProblem[] {
  try {
    parseConfig(CONFIG_FILE, text);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return [...(err as ConfigError).problems];
  }
  throw new Error('the configuration was accepted');
}

/** The single problem of a configuration, as `line:column message`. */
export function problem(text: string): string {
  const all = problems(text);
  expect(all, all.map((p) => p.message).join('\n')).toHaveLength(1);
  const p = all[0]!;
  return `${p.line}:${p.column} ${p.message}`;
}

/** Judges a proposal under a configuration. */
export function judge(configText: string, proposalText: string, today = TODAY): ProposalReport {
  const options = engineOptionsFromConfig(config(configText), { today });
  const result = judgeFile('proposals/p.yaml', proposalText, options);
  if (result.kind !== 'proposal') throw new Error('skipped');
  return result.report;
}

export function ids(report: ProposalReport): string[] {
  return report.findings.map((f) => f.rule);
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary workspace holding `files` (path → text). */
export function workspace(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sv-config-'));
  dirs.push(root);
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function cliIo(cwd: string): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  return {
    io: {
      cwd,
      env: { NO_COLOR: '1' },
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      isTTY: false,
    },
    out,
  };
}
