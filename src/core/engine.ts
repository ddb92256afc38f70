import { parseProposal, type Problem, type SourceDocument } from './proposal/parse.js';
import { notAProposal, validateProposal } from './proposal/validate.js';
import { RULES, type Rule } from './rules/index.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';
import { didYouMean } from './suggest.js';
import { findTriggers, TRIGGER_IDS } from './triggers.js';
import { plural } from './format.js';
import type {
  FailOn,
  Finding,
  NodePath,
  Position,
  Proposal,
  ProposalReport,
  Report,
  Severity,
  SkippedFile,
  Waiver,
} from './types.js';
import {
  compareFindings,
  countFindings,
  gatePasses,
  proposalVerdict,
  runVerdict,
} from './verdict.js';

const STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'superseded'];

export const DEFAULT_DOCS_URL =
  'https://github.com/stack-verdict/stack-verdict/blob/v1/docs/rules/';

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
  /** Today as YYYY-MM-DD, for waivers' `expires`; the current UTC date when absent. */
  today?: string;
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
  { kind: 'proposal'; report: ProposalReport } | { kind: 'skipped'; skipped: SkippedFile };

/** Reads, validates and judges one file. Never throws on the file's content. */
export function judgeFile(file: string, text: string, options: EngineOptions): FileResult {
  const parsed = parseProposal(file, text);
  if (parsed.kind === 'skipped')
    return { kind: 'skipped', skipped: { file, reason: parsed.reason } };
  const notProposal = notAProposal(file, parsed.document);
  if (notProposal) return { kind: 'skipped', skipped: { file, reason: notProposal } };
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
  const today = options.today ?? utcToday();
  const waivers = checkWaivers(proposal, doc, options, findings, today);
  for (const { rule, severity } of options.rules) {
    if (!rule.check) continue;
    for (const hit of rule.check({ proposal, settings, triggers })) {
      const named = waivers.filter((w) => w.waiver.rule === rule.id);
      for (const w of named) w.matched = true;
      const waiver = named.find((w) => !w.expired)?.waiver;
      findings.push({
        rule: rule.id,
        severity,
        message: hit.message,
        ...doc.locate(hit.path, hit.target),
        waived: waiver !== undefined,
        ...(waiver ? waiverFields(waiver) : {}),
        ...docsField(rule, options),
      });
    }
  }
  findings.push(...governWaivers(waivers, doc, options, today));
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

/** A waiver that names a rule it may waive. */
interface WaiverState {
  index: number;
  waiver: Waiver;
  /** Past its `expires` date: it waives nothing. */
  expired: boolean;
  /** Its rule reported something on the proposal. */
  matched: boolean;
}

/** The waivers that may waive; invalid ones become `waiver-invalid` findings. */
function checkWaivers(
  proposal: Proposal,
  doc: SourceDocument,
  options: EngineOptions,
  findings: Finding[],
  today: string,
): WaiverState[] {
  const states: WaiverState[] = [];
  const known = options.knownRules.map((r) => r.id);
  (proposal.waivers ?? []).forEach((w, i) => {
    const rule = options.knownRules.find((r) => r.id === w.rule);
    let message: string | undefined;
    let at: NodePath = ['waivers', i, 'rule'];
    if (!rule) {
      message = `the waiver names \`${w.rule}\`, which is not a rule.${didYouMean(w.rule, known)} \`stack-verdict rules\` lists them`;
    } else if (rule.unwaivable || options.unwaivable?.includes(rule.id)) {
      message = `\`${w.rule}\` cannot be waived; fix what it reports instead`;
    } else if (w.expires !== undefined && !isCalendarDate(w.expires)) {
      message = `\`waivers[${i}].expires\` is not a date: there is no ${w.expires}`;
      at = ['waivers', i, 'expires'];
    }
    if (message) {
      findings.push(
        problemFinding({ rule: 'waiver-invalid', message, ...doc.locate(at) }, options),
      );
    } else if (w.reason) {
      const expired = w.expires !== undefined && w.expires < today;
      states.push({ index: i, waiver: w, expired, matched: false });
    }
  });
  return states;
}

/**
 * `waiver-unused` for waivers whose rule reported nothing, `waiver-expired` for expired
 * ones that would have waived a finding. An expired waiver that matches nothing is
 * reported as unused: deleting it is the fix, not renewing it.
 */
function governWaivers(
  states: readonly WaiverState[],
  doc: SourceDocument,
  options: EngineOptions,
  today: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const { index, waiver, expired, matched } of states) {
    const id = matched ? (expired ? 'waiver-expired' : undefined) : 'waiver-unused';
    const active = id && options.rules.find((r) => r.rule.id === id);
    if (!active) continue;
    let message: string;
    let at: NodePath;
    if (id === 'waiver-unused') {
      const off = !options.rules.some((r) => r.rule.id === waiver.rule);
      message = off
        ? `The waiver of \`${waiver.rule}\` waives nothing: the rule is turned off in the configuration. Delete the waiver.`
        : `The waiver of \`${waiver.rule}\` waives nothing: the rule reports nothing on this proposal. Delete the waiver, so that a later finding of the rule is not silenced without review.`;
      at = ['waivers', index, 'rule'];
    } else {
      const days = daysBetween(waiver.expires!, today);
      const by = waiver['approved-by'];
      const approved = by
        ? ` (approved by ${JSON.stringify(by.length > 80 ? `${by.slice(0, 79)}…` : by)})`
        : '';
      message =
        `The waiver of \`${waiver.rule}\`${approved} expired on ${waiver.expires!}, ${plural(days, 'day')} ago, so the findings it waived count again. ` +
        `Fix what the rule reports, or renew the waiver with a later \`expires\`.`;
      at = ['waivers', index, 'expires'];
    }
    findings.push({
      rule: active.rule.id,
      severity: active.severity,
      message,
      ...doc.locate(at),
      waived: false,
      ...docsField(active.rule, options),
    });
  }
  return findings;
}

function waiverFields(w: Waiver): Partial<Finding> {
  return {
    ...(w.reason !== undefined ? { waiverReason: w.reason } : {}),
    ...(w.expires !== undefined ? { waiverExpires: w.expires } : {}),
    ...(w['approved-by'] !== undefined ? { waiverApprovedBy: w['approved-by'] } : {}),
  };
}

/** Today's date in UTC as YYYY-MM-DD. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True for a YYYY-MM-DD date that exists (2026-02-29 does not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
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

export function buildReport(results: readonly FileResult[], failOn: FailOn): Report {
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
