import path from 'node:path';
import { canonical, grantedBy, waiverKey, type ApprovalPolicy } from './approvals.js';
import { valueFix, verifyFixes } from './proposal/fixes.js';
import { parseProposal, type Problem, type SourceDocument } from './proposal/parse.js';
import { notAProposal, validateProposal } from './proposal/validate.js';
import { RULES, type EvidenceCite, type Rule } from './rules/index.js';
import type { RunProposal } from './rules/rule.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';
import { closestUnique, didYouMean } from './suggest.js';
import { analyse, TRIGGER_IDS, type JustificationBasis } from './triggers.js';
import { evidenceForm, evidenceKey } from './measurement.js';
import type { Artefacts } from './evidence/types.js';
import { checkProposalEvidence, type ConstraintEvidence } from './evidence/constraints.js';
import { evidenceEntry } from './evidence/entry.js';
import { plural, quote } from './format.js';
import { computeCosts } from './costs.js';
import { POLICY_VERSION } from './policy.js';
import { isPastDecision, normalizeStatus } from './status.js';
import type {
  FailOn,
  Finding,
  Fix,
  NodePath,
  Position,
  Proposal,
  ProposalReport,
  Report,
  Severity,
  SkippedFile,
  Waiver,
  WaiverRecord,
  WaiverApproval,
} from './types.js';
import {
  compareFindings,
  countFindings,
  gatePasses,
  proposalVerdict,
  runVerdict,
  type DraftPolicy,
} from './verdict.js';

export const DEFAULT_DOCS_URL =
  'https://github.com/stack-verdict/stack-verdict/blob/main/docs/rules/';

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
  /** How drafts gate (configuration `drafts`); advisory when absent. */
  drafts?: DraftPolicy;
  /** Who may approve waivers and what the shell saw; absent, no waiver needs one. */
  approvals?: ApprovalPolicy;
  /** OWNER/REPO of the repository judged: its GitHub file links compare as repository paths. */
  repository?: string;
  /**
   * The artefacts cited constraints' `evidence` names, as the shell read them (keyed by the
   * path from the root). Absent: the shell read none, and repository paths count as cited
   * only (as a URL does). Empty (a first pass, beforeArtefacts): links are judged, and a
   * path counts as not read in this run.
   */
  artefacts?: Artefacts;
  /**
   * The folder, from the repository root, that the judged files' paths start at (the CLI run
   * in a subfolder); absent or '': the root. Evidence paths resolve from the root.
   */
  base?: string;
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
  | {
      kind: 'proposal';
      report: ProposalReport;
      /** Where `service` is written, for rules across proposals (duplicate-service). */
      servicePosition?: Position;
      /** The evidence its constraints cite, for rules across proposals (evidence-reused). */
      evidence?: EvidenceCite[];
      /** A constraint cites evidence (a link or a path): judging with artefacts may change it. */
      citesEvidence?: boolean;
    }
  | {
      kind: 'skipped';
      skipped: SkippedFile;
      /**
       * A decision record that is not a proposal (its front matter holds no proposal field,
       * or it has none and lies in a decision-record folder): left out of the report unless
       * the user named the file (the CLI clears this for files named on the command line).
       */
      quiet?: boolean;
    };

/**
 * The decision-record folders of the default globs (MADR, log4brains, adr-tools). adr-tools
 * and log4brains write no front matter, so a record there without any is a record, not a
 * proposal that lost its front matter.
 */
const DECISION_FOLDER = /(?:^|\/)(?:docs\/decisions|docs\/adr|doc\/adr)\//i;

/** Reads, validates and judges one file. Never throws on the file's content. */
export function judgeFile(file: string, text: string, options: EngineOptions): FileResult {
  const parsed = parseProposal(file, text);
  if (parsed.kind === 'skipped') {
    const skipped = { file, reason: parsed.reason };
    return DECISION_FOLDER.test(file)
      ? { kind: 'skipped', skipped, quiet: true }
      : { kind: 'skipped', skipped };
  }
  const notProposal = notAProposal(file, parsed.document);
  if (notProposal) return { kind: 'skipped', skipped: { file, reason: notProposal }, quiet: true };
  const { report, proposal } = judgeDocument(file, parsed.document, options);
  const data = parsed.document.data;
  if (report.findings.some((f) => f.fixes)) {
    verifyFixes(file, text, parsed.document, report.findings);
  }
  const hasService =
    data !== null &&
    typeof data === 'object' &&
    typeof (data as { service?: unknown }).service === 'string';
  const result: FileResult = { kind: 'proposal', report };
  if (hasService) result.servicePosition = parsed.document.locate(['service']);
  const evidence = proposal ? evidenceCites(file, proposal, parsed.document, options) : [];
  if (evidence.length > 0) result.evidence = evidence;
  if (proposal?.constraints?.some((c) => evidenceForm(c.evidence) !== 'none')) {
    result.citesEvidence = true;
  }
  return result;
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

/** The file's path from the repository root, which evidence paths resolve from. */
function fromRoot(file: string, options: EngineOptions): string {
  return options.base ? path.posix.normalize(`${options.base}/${file}`) : file;
}

/** The evidence each constraint of a valid proposal cites, normalised for comparison. */
function evidenceCites(
  file: string,
  proposal: Proposal,
  doc: SourceDocument,
  options: EngineOptions,
): EvidenceCite[] {
  const cites: EvidenceCite[] = [];
  (proposal.constraints ?? []).forEach((c, i) => {
    const key = evidenceKey(c.evidence, fromRoot(file, options), options.repository);
    if (key === undefined) return;
    const cite: EvidenceCite = {
      constraint: i,
      key,
      position: doc.locate(['constraints', i, 'evidence'], 'value'),
    };
    if (typeof c.metric === 'string') cite.metric = c.metric;
    cites.push(cite);
  });
  return cites;
}

function judgeDocument(
  file: string,
  doc: SourceDocument,
  options: EngineOptions,
): { report: ProposalReport; proposal?: Proposal } {
  const problems = [...doc.problems];
  let proposal: Proposal | undefined;
  if (problems.length === 0) {
    const validated = validateProposal(doc);
    problems.push(...validated.problems);
    proposal = validated.proposal;
  } else if (doc.parts) {
    // A file of several documents is refused whole, and splitting it is what to do; of each
    // document's own problems only those a fix resolves come with it, so that `--fix` leaves
    // each half ready to split off. The rest is reported once each proposal has its file (a
    // Markdown file read as YAML would otherwise list its whole body).
    for (const part of doc.parts) {
      if (part.problems.length > 0) continue;
      problems.push(...validateProposal(part).problems.filter((p) => p.fixes));
    }
  }
  const findings = problems.map((p) => problemFinding(p, options));
  if (!proposal) return { report: invalidReport(file, doc.data, findings) };

  // With the artefacts the shell read, each constraint is held against its own; the rules
  // then judge the constraints as their artefacts left them (docs/evidence.md). A proposal
  // that cites none is judged as if none were read: a run's first pass gives an empty map.
  let evidence: ConstraintEvidence[] | undefined;
  if (options.artefacts && proposal.constraints?.some((c) => evidenceForm(c.evidence) !== 'none')) {
    const checked = checkProposalEvidence(
      fromRoot(file, options),
      proposal,
      options.artefacts,
      options.repository,
    );
    proposal = checked.proposal;
    evidence = checked.evidence;
  }
  const settings = options.settings;
  const analysis = analyse(proposal, settings);
  const triggers = analysis.triggers;
  const today = options.today ?? utcToday();
  const waivers = checkWaivers(proposal, doc, options, findings, today);
  const granted = options.approvals
    ? grantedBy(options.approvals.approvers, options.approvals.context)
    : [];
  // One context for every rule, and indexed loops: this loop runs once per rule per file.
  const context = evidence
    ? { proposal, settings, triggers, evidence }
    : { proposal, settings, triggers };
  const active = options.rules;
  for (let r = 0; r < active.length; r++) {
    const { rule, severity } = active[r]!;
    if (!rule.check) continue;
    const hits = rule.check(context);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      const named = waivers.filter((w) => w.waiver.rule === rule.id);
      for (const w of named) w.matched = true;
      const waiver = named.find((w) => !w.expired)?.waiver;
      const stale = waiver
        ? staleFor(file, { ...waiver, approvedBy: waiver['approved-by'] }, options.approvals)
        : undefined;
      const approval =
        waiver &&
        decideApproval(
          severity,
          options.approvals,
          stale ? grantedWithout(options.approvals!, stale) : granted,
        );
      const pending = approval?.status === 'pending';
      // Fields set one by one, in the order the report shows them (no spread of temporary
      // objects): this runs for every finding.
      const at = doc.locate(hit.path, hit.target);
      const finding: Finding = {
        rule: rule.id,
        severity,
        message: pending
          ? `${hit.message} ${pendingNote(approval.by, severity, stale)}`
          : hit.message,
        line: at.line,
        column: at.column,
        waived: waiver !== undefined && !pending,
      };
      if (waiver) {
        if (waiver.reason !== undefined) finding.waiverReason = waiver.reason;
        if (waiver.expires !== undefined) finding.waiverExpires = waiver.expires;
        if (waiver['approved-by'] !== undefined) finding.waiverApprovedBy = waiver['approved-by'];
      }
      const docs = docsLink(rule, options);
      if (docs) finding.docs = docs;
      if (approval) finding.waiverApproval = approval;
      findings.push(finding);
    }
  }
  findings.push(...governWaivers(waivers, doc, options, today));
  findings.sort(compareFindings);
  flatten(findings);
  const justifications = TRIGGER_IDS.filter((id) => triggers.has(id));
  const justificationBasis: Record<string, JustificationBasis> = {};
  for (const id of justifications) justificationBasis[id] = analysis.basis.get(id) ?? 'declared';
  const answeredBy: Record<string, number[]> = {};
  for (const [id, indices] of analysis.answered) answeredBy[id] = indices.map((i) => i + 1);
  const status = normalizeStatus(proposal.status ?? 'proposed') ?? 'proposed';
  const report: ProposalReport = {
    file,
    service: proposal.service,
    language: proposal.language,
    status,
    recommended: triggers.size > 0 ? 'rust' : 'go',
    justifications,
    verdict: proposalVerdict(findings),
    findings,
    // A past decision's price is not one anybody will pay.
    costs: isPastDecision(status) ? null : computeCosts(proposal, settings),
    justificationBasis,
    answeredBy,
    waivers: waivers.map((w) => waiverRecord(w, doc)),
    // After the contract's fields, which keep their order.
    ...(proposal.owner !== undefined ? { owner: proposal.owner } : {}),
  };
  if (evidence) report.evidence = evidence.map(evidenceEntry);
  return { report, proposal };
}

// A message built from pieces (a template literal) is held by V8 as a tree of them until
// something reads it whole; JSON.stringify then flattens each one while writing the report,
// long after the tree was copied out of the young generation. One read here, while the
// message is young, makes it one string: about a third less work for the report's writing
// and for the GC. The sum keeps the optimizing compiler from dropping the read.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written only, to keep the read
let flattened = 0;
function flatten(findings: readonly Finding[]): void {
  for (let i = 0; i < findings.length; i++) flattened += findings[i]!.message.indexOf('\u0000');
}

function waiverRecord(w: WaiverState, doc: SourceDocument): WaiverRecord {
  return {
    rule: w.waiver.rule,
    reason: w.waiver.reason ?? '',
    ...(w.waiver.expires !== undefined ? { expires: w.waiver.expires } : {}),
    ...(w.waiver['approved-by'] !== undefined ? { approvedBy: w.waiver['approved-by'] } : {}),
    state: w.matched ? (w.expired ? 'expired' : 'active') : 'unused',
    ...doc.locate(['waivers', w.index]),
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
  (proposal.waivers ?? []).forEach((w, i) => {
    const rule = options.knownRules.find((r) => r.id === w.rule);
    let message: string | undefined;
    let fix: Fix | undefined;
    let at: NodePath = ['waivers', i, 'rule'];
    if (!rule) {
      const known = options.knownRules.map((r) => r.id);
      message = `the waiver names ${quote(w.rule)}, which is not a rule.${didYouMean(w.rule, known)} \`stack-verdict rules\` lists them`;
      const meant = closestUnique(w.rule, known);
      if (meant !== undefined) fix = valueFix(doc, at, meant, `write \`${meant}\``);
    } else if (rule.unwaivable || options.unwaivable?.includes(rule.id)) {
      message = `\`${rule.id}\` cannot be waived; fix what it reports instead`;
    } else if (w.expires !== undefined && !isCalendarDate(w.expires)) {
      message = `\`waivers[${i}].expires\` is not a date: there is no ${quote(w.expires)}`;
      at = ['waivers', i, 'expires'];
    }
    if (message) {
      findings.push(
        problemFinding(
          { rule: 'waiver-invalid', message, ...doc.locate(at), ...(fix ? { fixes: [fix] } : {}) },
          options,
        ),
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
  // waiver.rule names a known rule and `expires` is a calendar date (checkWaivers): safe as is.
  for (const { index, waiver, expired, matched } of states) {
    // A rule across proposals reports once the run's files meet (applyRunRules): whether
    // its waiver is used is not known here.
    if (!matched && options.knownRules.find((r) => r.id === waiver.rule)?.checkRun) continue;
    const left = waiver.expires === undefined ? undefined : daysBetween(today, waiver.expires);
    const expiring = left !== undefined && left <= options.settings.waiverWarningDays;
    const id = matched
      ? expired
        ? 'waiver-expired'
        : expiring
          ? 'waiver-expiring'
          : undefined
      : 'waiver-unused';
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
    } else if (id === 'waiver-expiring') {
      const when = left === 0 ? 'today, its last day in force' : `in ${plural(left!, 'day')}`;
      message =
        `The waiver of \`${waiver.rule}\` expires on ${waiver.expires!} (${when}); after that the findings it waives count again. ` +
        `Fix what the rule reports, or renew the waiver with a later \`expires\` before then.`;
      at = ['waivers', index, 'expires'];
    } else {
      const days = daysBetween(waiver.expires!, today);
      const by = waiver['approved-by'];
      const approved = by
        ? ` (approved by ${quote(by.length > 80 ? `${by.slice(0, 79)}…` : by)})`
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

/** The approving logins whose approval predates the waiver as it stands; undefined: none. */
function staleFor(
  file: string,
  waiver: { rule: string; reason?: string; expires?: string; approvedBy?: string },
  policy: ApprovalPolicy | undefined,
): readonly string[] | undefined {
  const context = policy?.context;
  if (context?.kind !== 'pull-request' || !context.stale || context.stale.size === 0) {
    return undefined;
  }
  const key = waiverKey(file, {
    rule: waiver.rule,
    ...(waiver.reason !== undefined ? { reason: waiver.reason } : {}),
    ...(waiver.expires !== undefined ? { expires: waiver.expires } : {}),
    ...(waiver.approvedBy !== undefined ? { approvedBy: waiver.approvedBy } : {}),
  });
  const stale = context.stale.get(key);
  return stale && stale.length > 0 ? stale : undefined;
}

/** Who granted, leaving out the stale approvals. */
function grantedWithout(policy: ApprovalPolicy, stale: readonly string[]): string[] {
  const context = policy.context;
  if (context.kind !== 'pull-request') return [];
  const out = new Set(stale.map(canonical));
  return grantedBy(policy.approvers, {
    ...context,
    approving: context.approving.filter((l) => !out.has(canonical(l))),
  });
}

/** Whether a waiver of a finding this severe needs an approval, and whether it has one. */
function decideApproval(
  severity: Severity,
  policy: ApprovalPolicy | undefined,
  granted: readonly string[],
): WaiverApproval | undefined {
  if (!policy) return undefined;
  if (!policy.required.includes(severity)) {
    return policy.approvers.length > 0 ? { status: 'not-required', by: [] } : undefined;
  }
  if (policy.context.kind === 'assumed') return { status: 'approved', by: [] };
  // At most 100 names, as the report schema allows (approvers has at most 100 entries).
  if (granted.length > 0) return { status: 'approved', by: granted.slice(0, 100) };
  return { status: 'pending', by: policy.approvers.map((a) => a.text).slice(0, 100) };
}

const MAX_NAMED = 5;

/** Appended to a finding whose waiver waits: the configuration's names, in code spans. */
function pendingNote(
  approvers: readonly string[],
  severity: Severity,
  stale: readonly string[] | undefined,
): string {
  if (stale) {
    const who = stale
      .slice(0, MAX_NAMED)
      .map((a) => `\`${a}\``)
      .join(', ');
    const approval = stale.length === 1 ? 'The approval by' : 'The approvals by';
    const is = stale.length === 1 ? 'is' : 'are';
    return `${pendingNote(approvers, severity, undefined)} ${approval} ${who} ${is} stale: given on a commit where this waiver did not stand as it does now (rule, reason, expiry, approved-by).`;
  }
  if (approvers.length === 0) {
    return `Its waiver is pending: a waived ${severity} needs an approval, and no approvers are named. List who may approve under \`approvers:\` in \`.github/stack-verdict.yml\` (GitHub logins or org/team slugs); locally, the CLI's \`--assume-approved\` takes it as approved.`;
  }
  const named = approvers.slice(0, MAX_NAMED).map((a) => `\`${a}\``);
  const more = approvers.length - named.length;
  const who =
    named.length === 1
      ? named[0]!
      : `one of ${named.join(', ')}${more > 0 ? ` (or ${plural(more, 'other approver')})` : ''}`;
  return `Its waiver is pending: it counts once ${who} approves the pull request.`;
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

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
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
    ...(p.fixes ? { fixes: p.fixes } : {}),
  };
}

// A rule's link, built once per engine: every finding carries one, and one string shared
// by 10,000 reports costs neither the building nor the memory of 10,000 copies.
const docsLinks = new WeakMap<EngineOptions['docsUrl'], Map<Rule, string | undefined>>();

function docsField(rule: Rule, options: EngineOptions): { docs?: string } {
  const docs = docsLink(rule, options);
  return docs ? { docs } : {};
}

function docsLink(rule: Rule, options: EngineOptions): string | undefined {
  let links = docsLinks.get(options.docsUrl);
  if (!links) docsLinks.set(options.docsUrl, (links = new Map()));
  let docs = links.get(rule);
  if (docs === undefined && !links.has(rule)) {
    docs = options.docsUrl(rule);
    links.set(rule, docs);
  }
  return docs;
}

function invalidReport(file: string, data: unknown, findings: Finding[]): ProposalReport {
  const fields = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const written = text(fields.status);
  findings.sort(compareFindings);
  return {
    file,
    service: text(fields.service),
    language: text(fields.language),
    status: (written !== null && normalizeStatus(written)) || 'proposed',
    recommended: null,
    justifications: [],
    verdict: 'changes-requested',
    findings,
    costs: null,
    ...(typeof fields.owner === 'string' ? { owner: fields.owner } : {}),
  };
}

/**
 * The run's report from each file's result. Rules across proposals (duplicate-service) run
 * here, where every file's result meets: the CLI, its worker threads and the Action all
 * build their report through this function, so none can miss them. `options` must be the
 * engine the files were judged with (its rules, severities, `unwaivable` and `drafts`).
 */
export function buildReport(
  results: readonly FileResult[],
  failOn: FailOn,
  options: EngineOptions = defaultEngineOptions(),
  others: readonly OtherProposal[] = [],
): Report {
  let proposals: ProposalReport[] = [];
  const positions: Position[] = [];
  const evidence: (readonly EvidenceCite[])[] = [];
  const skipped: SkippedFile[] = [];
  for (const r of results) {
    if (r.kind === 'proposal') {
      proposals.push(r.report);
      positions.push(r.servicePosition ?? { line: 1, column: 1 });
      evidence.push(r.evidence ?? []);
    } else if (!r.quiet) skipped.push(r.skipped);
  }
  proposals = applyRunRules(proposals, positions, evidence, options, others);
  return {
    version: 1,
    verdict: runVerdict(proposals),
    counts: countFindings(proposals),
    proposals,
    skipped,
    gate: {
      failOn,
      passed: gatePasses(proposals, failOn, {
        drafts: options.drafts,
        unwaivable: options.unwaivable,
      }),
    },
    policy: POLICY_VERSION,
  };
}

/**
 * A proposal of the repository that the run does not judge (the CLI on one file, the
 * pre-commit hook): rules across proposals compare with it, and report nothing on it.
 */
export interface OtherProposal {
  file: string;
  service: string | null;
  /** Its status as written; a past decision is left out (it may share its successor's name). */
  status?: string;
}

/** Adds the findings of rules across proposals; the reports given are not changed. */
function applyRunRules(
  proposals: ProposalReport[],
  positions: readonly Position[],
  evidence: readonly (readonly EvidenceCite[])[],
  options: EngineOptions,
  others: readonly OtherProposal[],
): ProposalReport[] {
  const added = new Map<number, Finding[]>();
  // Past decisions take no part: a superseded record names the service its successor names.
  const current: number[] = [];
  const seen: RunProposal[] = [];
  proposals.forEach((p, i) => {
    if (isPastDecision(p.status)) return;
    current.push(i);
    seen.push({
      file: p.file,
      service: p.service,
      servicePosition: positions[i]!,
      evidence: evidence[i] ?? [],
    });
  });
  const judged = new Set(proposals.map((p) => p.file));
  for (const o of others) {
    if (judged.has(o.file) || isPastDecision(normalizeStatus(o.status ?? '') ?? '')) continue;
    seen.push({ file: o.file, service: o.service, servicePosition: { line: 1, column: 1 } });
  }
  const today = options.today ?? utcToday();
  const granted = options.approvals
    ? grantedBy(options.approvals.approvers, options.approvals.context)
    : [];
  const used = new Map<number, Set<WaiverRecord>>();
  for (const { rule, severity } of options.rules) {
    if (!rule.checkRun) continue;
    for (const found of rule.checkRun(seen)) {
      // Findings on the other files are theirs to report when they are judged.
      if (found.index >= current.length) continue;
      const hit = { ...found, index: current[found.index]! };
      const list = added.get(hit.index) ?? [];
      // The proposal's own waiver of the rule waives it, as for a rule of one proposal
      // (unless the rule is unwaivable: then checkWaivers already refused the waiver).
      const unwaivable = rule.unwaivable || options.unwaivable?.includes(rule.id);
      const waiver = unwaivable
        ? undefined
        : proposals[hit.index]!.waivers?.find(
            (w) => w.rule === rule.id && (w.expires === undefined || w.expires >= today),
          );
      const stale = waiver
        ? staleFor(proposals[hit.index]!.file, waiver, options.approvals)
        : undefined;
      const approval =
        waiver &&
        decideApproval(
          severity,
          options.approvals,
          stale ? grantedWithout(options.approvals!, stale) : granted,
        );
      const pending = approval?.status === 'pending';
      const finding: Finding = {
        rule: rule.id,
        severity,
        message: pending
          ? `${hit.message} ${pendingNote(approval.by, severity, stale)}`
          : hit.message,
        ...hit.position,
        waived: waiver !== undefined && !pending,
        ...docsField(rule, options),
      };
      if (waiver) {
        finding.waiverReason = waiver.reason;
        if (waiver.expires !== undefined) finding.waiverExpires = waiver.expires;
        if (waiver.approvedBy !== undefined) finding.waiverApprovedBy = waiver.approvedBy;
        if (approval) finding.waiverApproval = approval;
        const set = used.get(hit.index) ?? new Set();
        used.set(hit.index, set.add(waiver));
      }
      list.push(finding);
      added.set(hit.index, list);
    }
  }
  if (added.size === 0) return proposals;
  return proposals.map((p, i) => {
    const more = added.get(i);
    if (!more) return p;
    const findings = [...p.findings, ...more].sort(compareFindings);
    const mine = used.get(i);
    const waivers = mine
      ? p.waivers?.map((w): WaiverRecord => (mine.has(w) ? { ...w, state: 'active' } : w))
      : p.waivers;
    return {
      ...p,
      findings,
      verdict: proposalVerdict(findings),
      ...(waivers ? { waivers } : {}),
    };
  });
}
