import { parseProposal, type Problem, type SourceDocument } from './proposal/parse.js';
import { validateProposal } from './proposal/validate.js';
import { RULES, type Rule } from './rules/index.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';
import { didYouMean } from './suggest.js';
import { findTriggers, TRIGGER_IDS } from './triggers.js';
import type {
  FailOn,
  Finding,
  Position,
  Proposal,
  ProposalReport,
  Report,
  Severity,
  SkippedFile,
} from './types.js';
import { compareFindings, countFindings, gatePasses, proposalVerdict, runVerdict } from './verdict.js';

const STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'superseded'];

export const DEFAULT_DOCS_URL = 'https://github.com/stack-verdict/stack-verdict/blob/v1/docs/rules/';

/** A rule as configured: its severity may differ from the default. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

export interface EngineOptions {
  /** The rules that run, with their severities (rules turned off are absent). */
  rules: readonly ActiveRule[];
  /** Every rule a waiver may name, whether it runs or not. */
  knownRules: readonly Rule[];
  settings: Settings;
  /** Where a rule's documentation lives; undefined for no link. */
  docsUrl: (rule: Rule) => string | undefined;
  /** Rules that no waiver may silence, besides those unwaivable by nature. */
  unwaivable?: readonly string[];
}

export function defaultEngineOptions(docsBase: string = DEFAULT_DOCS_URL): EngineOptions {
  return {
    rules: RULES.map((rule) => ({ rule, severity: rule.severity })),
    knownRules: RULES,
    settings: DEFAULT_SETTINGS,
    docsUrl: (rule) => `${docsBase}${rule.id}.md`,
  };
}

export type FileResult =
  | { kind: 'proposal'; report: ProposalReport }
  | { kind: 'skipped'; skipped: SkippedFile };

/** Reads, validates and judges one file. Never throws on the file's content. */
export function judgeFile(file: string, text: string, options: EngineOptions): FileResult {
  const parsed = parseProposal(file, text);
  if (parsed.kind === 'skipped') return { kind: 'skipped', skipped: { file, reason: parsed.reason } };
  return { kind: 'proposal', report: judgeDocument(file, parsed.document, options) };
}

/** A file that could not be read as text (too large, binary, unreadable). */
export function unreadableFile(
  file: string,
  message: string,
  options: EngineOptions,
  at: Position = { line: 1, column: 1 },
): ProposalReport {
  const findings = [problemFinding({ rule: 'proposal-invalid', message, ...at }, options)];
  return invalidReport(file, undefined, findings);
}

function judgeDocument(file: string, doc: SourceDocument, options: EngineOptions): ProposalReport {
  const problems = [...doc.problems];
  let proposal: Proposal | undefined;
  if (problems.length === 0) {
    const validated = validateProposal(doc);
    problems.push(...validated.problems);
    proposal = validated.proposal;
  }
  const findings = problems.map((p) => problemFinding(p, options));
  if (!proposal) return invalidReport(file, doc.data, findings);

  const settings = options.settings;
  const triggers = findTriggers(proposal, settings);
  const waivers = checkWaivers(proposal, doc, options, findings);
  for (const { rule, severity } of options.rules) {
    if (!rule.check) continue;
    for (const hit of rule.check({ proposal, settings, triggers })) {
      const reason = waivers.get(rule.id);
      findings.push({
        rule: rule.id,
        severity,
        message: hit.message,
        ...doc.locate(hit.path),
        waived: reason !== undefined,
        ...(reason !== undefined ? { waiverReason: reason } : {}),
        ...docsField(rule, options),
      });
    }
  }
  findings.sort(compareFindings);
  return {
    file,
    service: proposal.service,
    language: proposal.language,
    status: proposal.status ?? 'proposed',
    recommended: triggers.size > 0 ? 'rust' : 'go',
    justifications: TRIGGER_IDS.filter((id) => triggers.has(id)),
    verdict: proposalVerdict(findings),
    findings,
  };
}

/** Valid waivers by rule id; invalid ones become `waiver-invalid` findings. */
function checkWaivers(
  proposal: Proposal,
  doc: SourceDocument,
  options: EngineOptions,
  findings: Finding[],
): Map<string, string> {
  const waived = new Map<string, string>();
  const known = options.knownRules.map((r) => r.id);
  (proposal.waivers ?? []).forEach((w, i) => {
    const rule = options.knownRules.find((r) => r.id === w.rule);
    let message: string | undefined;
    if (!rule) {
      message = `the waiver names \`${w.rule}\`, which is not a rule.${didYouMean(w.rule, known)} \`stack-verdict rules\` lists them`;
    } else if (rule.unwaivable || options.unwaivable?.includes(rule.id)) {
      message = `\`${w.rule}\` cannot be waived; fix what it reports instead`;
    }
    if (message) {
      const at = doc.locate(['waivers', i, 'rule']);
      findings.push(problemFinding({ rule: 'waiver-invalid', message, ...at }, options));
    } else if (w.reason) {
      waived.set(w.rule, w.reason);
    }
  });
  return waived;
}

function problemFinding(p: Problem, options: EngineOptions): Finding {
  const rule = options.knownRules.find((r) => r.id === p.rule);
  return {
    rule: p.rule,
    severity: 'error',
    message: p.message,
    line: p.line,
    column: p.column,
    waived: false,
    ...(rule ? docsField(rule, options) : {}),
  };
}

function docsField(rule: Rule, options: EngineOptions): { docs?: string } {
  const docs = options.docsUrl(rule);
  return docs ? { docs } : {};
}

function invalidReport(file: string, data: unknown, findings: Finding[]): ProposalReport {
  const fields = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const status = text(fields.status);
  findings.sort(compareFindings);
  return {
    file,
    service: text(fields.service),
    language: text(fields.language),
    status: status !== null && STATUSES.includes(status) ? status : 'proposed',
    recommended: null,
    justifications: [],
    verdict: 'changes-requested',
    findings,
  };
}

export function buildReport(
  results: readonly FileResult[],
  failOn: FailOn,
): Report {
  const proposals: ProposalReport[] = [];
  const skipped: SkippedFile[] = [];
  for (const r of results) {
    if (r.kind === 'proposal') proposals.push(r.report);
    else skipped.push(r.skipped);
  }
  return {
    version: 1,
    verdict: runVerdict(proposals),
    counts: countFindings(proposals),
    proposals,
    skipped,
    gate: { failOn, passed: gatePasses(proposals, failOn) },
  };
}
