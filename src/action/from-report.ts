// from-report mode: the JSON report of an earlier run (typically an artifact uploaded by a
// pull_request run of a fork, whose author controls what it contains) is read as untrusted
// data. It is bounded in size, must be a plain file inside the workspace or RUNNER_TEMP,
// must match schema/report.schema.json exactly and add up; its gate is never used, its
// documentation links are replaced by ours, and the pull request it is posted to is never
// taken from it.

import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import validator from '../generated/report-validator.js';
import type { EngineOptions } from '../core/engine.js';
import { RULES } from '../core/rules/index.js';
import type { FailOn, Report } from '../core/types.js';
import { countFindings, gatePasses, proposalVerdict, runVerdict } from '../core/verdict.js';
import { decode, formatBytes, isInside } from '../io/files.js';

/** A report is a few KiB per proposal; anything near this is not one. */
export const REPORT_MAX_BYTES = 5 * 1024 * 1024;

export class ReportError extends Error {
  constructor(file: string, why: string) {
    super(`Stack Verdict cannot use the report ${file}: ${why}. Nothing was posted.`);
    this.name = 'ReportError';
  }
}

/**
 * Reads and validates the report at `file` (absolute, or relative to `workspace`). It must
 * lie in `workspace` or `runnerTemp`, also after following links, and be a regular file of
 * at most REPORT_MAX_BYTES that is not itself a link. Throws ReportError.
 */
export async function readReportFile(
  file: string,
  roots: { workspace: string; runnerTemp?: string | undefined },
): Promise<{ path: string; report: Report }> {
  const absolute = path.resolve(roots.workspace, file);
  const allowed = [roots.workspace, roots.runnerTemp]
    .filter((r): r is string => typeof r === 'string' && r !== '' && path.isAbsolute(r))
    .map((r) => path.resolve(r));
  const where = 'the workspace or RUNNER_TEMP';
  if (!allowed.some((root) => isInside(root, absolute) && absolute !== root)) {
    throw new ReportError(file, `it must be inside ${where}`);
  }
  const info = await lstat(absolute).catch((err: unknown) => {
    throw new ReportError(
      file,
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'the file does not exist (did the artifact download?)'
        : `the file cannot be read (${code(err)})`,
    );
  });
  if (info.isSymbolicLink()) throw new ReportError(file, 'the file is a symbolic link');
  if (!info.isFile()) throw new ReportError(file, 'it is not a regular file');
  // A linked folder on the way must not lead elsewhere.
  const real = await realpath(absolute);
  const realRoots = await Promise.all(allowed.map((r) => realpath(r).catch(() => r)));
  if (!realRoots.some((root) => isInside(root, real))) {
    throw new ReportError(file, `it leads outside ${where} through a link`);
  }
  const handle = await open(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch(
    (err: unknown) => {
      throw new ReportError(file, `the file cannot be opened (${code(err)})`);
    },
  );
  let bytes: Buffer;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new ReportError(file, 'it is not a regular file');
    if (stats.size > REPORT_MAX_BYTES) {
      throw new ReportError(
        file,
        `it is ${formatBytes(stats.size)}, over the ${formatBytes(REPORT_MAX_BYTES)} limit for a report`,
      );
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (bytes.length > REPORT_MAX_BYTES) {
    throw new ReportError(
      file,
      `it is over the ${formatBytes(REPORT_MAX_BYTES)} limit for a report`,
    );
  }
  const text = decode(bytes);
  if (!text.ok) throw new ReportError(file, text.message.replace(/^the file/, 'it'));
  let data: unknown;
  try {
    data = JSON.parse(text.text);
  } catch (err) {
    throw new ReportError(file, `it is not JSON (${(err as Error).message})`);
  }
  return { path: absolute, report: validateReport(data, file) };
}

/**
 * The report, if `data` matches schema/report.schema.json and adds up: each proposal's
 * verdict follows from its findings, the run's verdict and counts from the proposals, and
 * the recommendation from the justifications. Throws ReportError otherwise.
 */
export function validateReport(data: unknown, file = 'the report'): Report {
  // Compiled ahead of time, stopping at the first error (scripts/generate-validators.mjs).
  const validate = validator;
  if (!validate(data)) {
    throw new ReportError(
      file,
      `it is not a Stack Verdict report of version 1: ${schemaError(validate.errors)}`,
    );
  }
  const report = data as Report;
  const tampered = (what: string) =>
    new ReportError(file, `it does not add up (${what}); it may have been altered`);
  report.proposals.forEach((p, i) => {
    if (proposalVerdict(p.findings) !== p.verdict) {
      throw tampered(`the verdict of proposals[${i}] is not what its findings give`);
    }
    if ((p.recommended === 'rust') !== p.justifications.length > 0) {
      throw tampered(`the recommendation of proposals[${i}] does not match its justifications`);
    }
  });
  if (runVerdict(report.proposals) !== report.verdict) {
    throw tampered('the verdict is not the worst of the proposals’ verdicts');
  }
  const counts = countFindings(report.proposals);
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
    if (counts[key] !== report.counts[key])
      throw tampered(`counts.${key} is not what the findings give`);
  }
  return report;
}

function schemaError(errors: readonly ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return 'it does not match the report schema';
  const at = e.instancePath ? `at ${e.instancePath}` : 'at the top level';
  const extra =
    e.keyword === 'additionalProperties'
      ? ` (${JSON.stringify(String((e.params as { additionalProperty?: unknown }).additionalProperty).slice(0, 60))})`
      : '';
  return `${at}: ${e.message ?? 'invalid'}${extra}`;
}

/**
 * The report as this run shows it: the gate made again from `failOn` (the file's gate is
 * never trusted), and documentation links that are ours: a built-in rule links to its page,
 * any other rule to nothing, so that a report cannot make the comment link anywhere.
 */
export function trustedView(report: Report, failOn: FailOn, options: EngineOptions): Report {
  const builtIn = new Map(RULES.map((r) => [r.id, r]));
  const proposals = report.proposals.map((p) => ({
    ...p,
    costs: p.costs ?? null, // a report of policy 1.0 has none
    findings: p.findings.map((f) => {
      const rest = { ...f };
      delete rest.docs; // the file's link is never shown
      const rule = builtIn.get(f.rule);
      const docs = rule ? options.docsUrl(rule) : undefined;
      return docs ? { ...rest, docs } : rest;
    }),
  }));
  return {
    version: 1,
    verdict: report.verdict,
    counts: { ...report.counts },
    proposals,
    skipped: report.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    // Drafts gate as this run's engine says (never as the file says): invalid input,
    // duplicates and unwaivable rules fail a draft here too.
    gate: {
      failOn,
      passed: gatePasses(proposals, failOn, {
        drafts: options.drafts,
        unwaivable: options.unwaivable,
      }),
    },
    ...(report.policy !== undefined ? { policy: report.policy } : {}),
  };
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}
