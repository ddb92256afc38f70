// The portfolio: every service decision of a repository at a glance. Built from a
// run's report alone, so the CLI, the Action and a report from elsewhere all give one page;
// the pages of several repositories or jobs merge into one (mergePortfolios).
import { daysBetween } from './engine.js';
import type { DriftFinding, DriftKind } from './drift/index.js';
import { POLICY_VERSION } from './policy.js';
import { compareText } from './verdict.js';
import { isPastDecision } from './status.js';
import type {
  Costs,
  ProposalReport,
  ProposalVerdict,
  Recommendation,
  Report,
  RunVerdict,
} from './types.js';

export const PORTFOLIO_VERSION = 2;
export const DEFAULT_WARNING_DAYS = 30;

export interface PortfolioOptions {
  /** Today as YYYY-MM-DD: waivers' days left are counted from it. */
  today: string;
  /** Waivers expiring within this many days are listed first and flagged. */
  warningDays?: number;
  /** The repository the report is of (OWNER/NAME) and the ref read; absent for a local folder. */
  repository?: { name: string; ref?: string };
  /** What the code and the developer portal say against the decisions (core/drift). */
  drift?: readonly DriftFinding[];
}

/** How many proposals have each value (a language, a status, a verdict), most first. */
export interface Tally {
  value: string;
  proposals: number;
}

export interface LanguageRow {
  language: string;
  proposals: number;
  approved: number;
  approvedWithWarnings: number;
  changesRequested: number;
}

export interface Mismatch {
  repository?: string;
  file: string;
  service: string | null;
  language: string;
  recommended: 'go' | 'rust';
  /** The Rust justifications that hold (empty when Go is recommended). */
  justifications: string[];
}

export interface PortfolioWaiver {
  repository?: string;
  file: string;
  service: string | null;
  rule: string;
  reason: string;
  approvedBy: string | null;
  expires: string | null;
  /** Days from today to `expires` (negative once expired); null without `expires`. */
  daysLeft: number | null;
  /** expired: past its date; expiring: within the warning days; active; unused. */
  state: 'expired' | 'expiring' | 'active' | 'unused';
}

/** A finding that points at work to do on a measurement, by rule. */
export interface MeasurementItem {
  repository?: string;
  file: string;
  service: string | null;
  line: number;
  message: string;
}

export interface CostTotals {
  /** Rust proposals with any cost computed. */
  proposals: number;
  premiumPerYear: [number, number];
  onboardingEngineerMonths: [number, number];
  rampEngineerMonthsPerYear: [number, number];
  ciMinutesPerDay: number;
}

export interface CostRow {
  repository?: string;
  file: string;
  service: string | null;
  costs: Costs;
}

/** What a justification rests on (the JSON report's `justificationBasis`). */
export type JustificationBasis = 'declared' | 'measured' | 'verified';

export interface InventoryJustification {
  id: string;
  basis: JustificationBasis;
}

export interface InventoryWaiver {
  rule: string;
  expires: string | null;
  state: PortfolioWaiver['state'];
}

/** One proposal of the inventory: every proposal is one, past decisions too. */
export interface InventoryEntry {
  /** OWNER/NAME of the repository the proposal is in; absent for a run on a local folder. */
  repository?: string;
  file: string;
  service: string | null;
  owner: string | null;
  language: string | null;
  recommended: Recommendation | null;
  verdict: ProposalVerdict;
  status: string;
  /** Rejected, deprecated or superseded: listed apart and left out of every count and sum. */
  past: boolean;
  /** What superseded it, as written after `superseded by`; null otherwise. */
  supersededBy: string | null;
  justifications: InventoryJustification[];
  waivers: InventoryWaiver[];
}

/** A repository the page covers; one that could not be read is listed with the reason. */
export interface PortfolioRepository {
  /** OWNER/NAME. */
  name: string;
  /** The branch, tag or commit read; absent: the default branch. */
  ref?: string;
  /** Proposals read from it, past decisions included. */
  proposals: number;
  error?: { status?: number; reason: string };
}

export interface PortfolioCounts {
  /** Every proposal listed, past decisions included. */
  proposals: number;
  /** Proposals that are no past decision: what the counts by language and verdict and the sums cover. */
  current: number;
  /** Rejected, deprecated and superseded decisions. */
  past: number;
}

/** Why a Rust proposal's costs are missing from the totals, in whole or in part. */
export type CostGap = 'no team data' | 'no delivery data' | 'not valid';

/** A Rust proposal the cost totals leave out, in whole or in part, and why. */
export interface CostExclusion {
  repository?: string;
  file: string;
  service: string | null;
  gaps: CostGap[];
}

export interface Portfolio {
  version: typeof PORTFOLIO_VERSION;
  policy: string;
  date: string;
  warningDays: number;
  /** The worst verdict among current proposals. */
  verdict: RunVerdict;
  counts: PortfolioCounts;
  /** The inventory: every proposal, ordered by repository then file. */
  proposals: InventoryEntry[];
  /** Every repository read (empty for a run on a local folder), in the order given. */
  repositories: PortfolioRepository[];
  byLanguage: LanguageRow[];
  /** Every status, past decisions' included. */
  byStatus: Tally[];
  byVerdict: Tally[];
  mismatches: Mismatch[];
  waivers: PortfolioWaiver[];
  /** Measurements taken on Go older than 1.26 (gc-remeasure-on-go-1-26). */
  remeasure: MeasurementItem[];
  /** Growing memory on Go not yet leak-checked (goroutine-leak-check). */
  leakUnchecked: MeasurementItem[];
  costs: CostRow[];
  costTotals: CostTotals;
  /** Rust proposals whose costs the totals leave out, in whole or in part. */
  costExclusions: CostExclusion[];
  /**
   * Code and portal entries that disagree with the decisions, by repository; absent when the
   * code was not read (a page made from a report alone).
   */
  drift?: DriftFinding[];
  /** What the constraints' evidence showed, when the run read artefacts (docs/evidence.md). */
  evidence?: EvidenceTotals;
}

/** Measurements by what their evidence showed, and the contradicted ones. */
export interface EvidenceTotals {
  verified: number;
  /** Constraints that cite a link, which is not read. */
  urlOnly: number;
  /** A file read but not compared, or one that gives no figure. */
  unchecked: number;
  contradicted: number;
  /** The evidence-contradicts-claim findings. */
  contradictions: MeasurementItem[];
}

const DRIFT_ORDER: readonly DriftKind[] = [
  'rust-without-decision',
  'portal-disagrees',
  'go-without-decision',
];

const VERDICTS = ['approved', 'approved-with-warnings', 'changes-requested'] as const;

/** The lists a portfolio is made of; counts, tallies and sums are computed from them. */
type PortfolioLists = Pick<
  Portfolio,
  | 'proposals'
  | 'repositories'
  | 'mismatches'
  | 'waivers'
  | 'remeasure'
  | 'leakUnchecked'
  | 'costs'
  | 'costExclusions'
  | 'drift'
  | 'evidence'
>;

/** The page of one run's report; with `repository`, every row names it. */
export function buildPortfolio(report: Report, options: PortfolioOptions): Portfolio {
  const warningDays = options.warningDays ?? DEFAULT_WARNING_DAYS;
  const repository = options.repository?.name;
  const at = <T extends object>(row: T): T => (repository ? { repository, ...row } : row);
  const all = report.proposals;
  // Past decisions are listed, and take no part in anything else on the page.
  const current = all.filter((p) => !isPastDecision(p.status));
  const costs = current.flatMap((p): CostRow[] =>
    p.costs && hasAnyCost(p.costs)
      ? [at({ file: p.file, service: p.service, costs: p.costs })]
      : [],
  );
  const evidenceOf = evidenceTotals(current, at);
  const lists: PortfolioLists = {
    proposals: all.map((p) => at(inventoryEntry(p))),
    repositories: options.repository
      ? [
          {
            name: options.repository.name,
            ...(options.repository.ref ? { ref: options.repository.ref } : {}),
            proposals: all.length,
          },
        ]
      : [],
    mismatches: current.flatMap(mismatch).map(at),
    waivers: current.flatMap(waiversOf).map(at),
    remeasure: findingsOf(current, 'gc-remeasure-on-go-1-26').map(at),
    leakUnchecked: findingsOf(current, 'goroutine-leak-check').map(at),
    costs,
    costExclusions: current.flatMap(costExclusion).map(at),
    ...(options.drift ? { drift: [...options.drift] } : {}),
    ...(evidenceOf ? { evidence: evidenceOf } : {}),
  };
  return summarize(lists, {
    policy: report.policy ?? POLICY_VERSION,
    date: options.today,
    warningDays,
  });
}

export interface MergeOptions {
  /** The day the merged page is made (waivers' days left count from it); default: the latest part's. */
  today?: string;
  /** Default: the first part's. */
  warningDays?: number;
}

/**
 * One page from several: portfolios of one repository each, or of several jobs. Lists are
 * joined, and every count, tally, sum and waiver state is computed again, so merging the
 * portfolios of two sets of proposals gives the portfolio of them all.
 */
export function mergePortfolios(
  parts: readonly Portfolio[],
  options: MergeOptions = {},
): Portfolio {
  const dates = parts.map((p) => p.date).sort();
  const policies = [...new Set(parts.map((p) => p.policy))];
  const evidence = addEvidence(parts);
  const lists: PortfolioLists = {
    proposals: parts.flatMap((p) => p.proposals),
    repositories: parts.flatMap((p) => p.repositories),
    mismatches: parts.flatMap((p) => p.mismatches),
    waivers: parts.flatMap((p) => p.waivers),
    remeasure: parts.flatMap((p) => p.remeasure),
    leakUnchecked: parts.flatMap((p) => p.leakUnchecked),
    costs: parts.flatMap((p) => p.costs),
    costExclusions: parts.flatMap((p) => p.costExclusions),
    // Checked when any part's code was read.
    ...(parts.some((p) => p.drift) ? { drift: parts.flatMap((p) => p.drift ?? []) } : {}),
    ...(evidence ? { evidence } : {}),
  };
  return summarize(lists, {
    policy: policies.length > 0 ? policies.join(', ') : POLICY_VERSION,
    date: options.today ?? dates[dates.length - 1] ?? '1970-01-01',
    warningDays: options.warningDays ?? parts[0]?.warningDays ?? DEFAULT_WARNING_DAYS,
  });
}

/**
 * The part of a page for a repository that could not be read: listed with the reason, and
 * nothing else, so that merging it with the others never drops it silently.
 */
export function unreadableRepository(
  repository: { name: string; ref?: string; error: { status?: number; reason: string } },
  options: PortfolioOptions,
): Portfolio {
  const { name, ref, error } = repository;
  return summarize(
    {
      proposals: [],
      repositories: [{ name, ...(ref ? { ref } : {}), proposals: 0, error }],
      mismatches: [],
      waivers: [],
      remeasure: [],
      leakUnchecked: [],
      costs: [],
      costExclusions: [],
    },
    {
      policy: POLICY_VERSION,
      date: options.today,
      warningDays: options.warningDays ?? DEFAULT_WARNING_DAYS,
    },
  );
}

/** The page from its lists: the one place counts, tallies, sums and waiver states are made. */
function summarize(
  lists: PortfolioLists,
  meta: { policy: string; date: string; warningDays: number },
): Portfolio {
  const { date, warningDays } = meta;
  const proposals = [...lists.proposals]
    .map((p) => ({
      ...p,
      waivers: p.waivers.map((w) => ({ ...w, state: restate(w, date, warningDays).state })),
    }))
    .sort(byPlace);
  const current = proposals.filter((p) => !p.past);
  const languages = new Map<string, LanguageRow>();
  for (const p of current) {
    const language = p.language ?? '(none)';
    let row = languages.get(language);
    if (!row) {
      row = { language, proposals: 0, approved: 0, approvedWithWarnings: 0, changesRequested: 0 };
      languages.set(language, row);
    }
    row.proposals++;
    if (p.verdict === 'approved') row.approved++;
    else if (p.verdict === 'approved-with-warnings') row.approvedWithWarnings++;
    else row.changesRequested++;
  }
  const byLanguage = [...languages.values()].sort(
    (a, b) => b.proposals - a.proposals || compareText(a.language, b.language),
  );
  const costs = [...lists.costs].sort(byPlace);
  return {
    version: PORTFOLIO_VERSION,
    policy: meta.policy,
    date,
    warningDays,
    verdict: worstVerdict(current),
    counts: {
      proposals: proposals.length,
      current: current.length,
      past: proposals.length - current.length,
    },
    proposals,
    repositories: [...lists.repositories],
    byLanguage,
    byStatus: tally(proposals.map((p) => p.status)),
    byVerdict: tally(current.map((p) => p.verdict)).sort(
      (a, b) =>
        VERDICTS.indexOf(a.value as (typeof VERDICTS)[number]) -
        VERDICTS.indexOf(b.value as (typeof VERDICTS)[number]),
    ),
    mismatches: [...lists.mismatches].sort(byPlace),
    waivers: lists.waivers.map((w) => restate(w, date, warningDays)).sort(compareWaivers),
    remeasure: [...lists.remeasure].sort(byPlaceAndLine),
    leakUnchecked: [...lists.leakUnchecked].sort(byPlaceAndLine),
    costs,
    costTotals: sumCosts(costs),
    costExclusions: [...lists.costExclusions].sort(byPlace),
    ...(lists.drift
      ? {
          drift: [...lists.drift].sort(
            (a, b) =>
              compareText(a.repository ?? '', b.repository ?? '') ||
              DRIFT_ORDER.indexOf(a.kind) - DRIFT_ORDER.indexOf(b.kind),
          ),
        }
      : {}),
    ...(lists.evidence
      ? {
          evidence: {
            ...lists.evidence,
            contradictions: [...lists.evidence.contradictions].sort(byPlaceAndLine),
          },
        }
      : {}),
  };
}

/** What the current proposals' evidence showed; absent when the run read no artefact. */
function evidenceTotals(
  proposals: readonly ProposalReport[],
  at: <T extends object>(row: T) => T,
): EvidenceTotals | undefined {
  if (!proposals.some((p) => Array.isArray(p.evidence))) return undefined;
  const totals: EvidenceTotals = {
    verified: 0,
    urlOnly: 0,
    unchecked: 0,
    contradicted: 0,
    contradictions: findingsOf(proposals, 'evidence-contradicts-claim').map(at),
  };
  for (const p of proposals) {
    for (const e of p.evidence ?? []) {
      if (e.status === 'verified') totals.verified++;
      else if (e.status === 'url') totals.urlOnly++;
      else if (e.status === 'contradicts') totals.contradicted++;
      else if (e.status === 'unchecked' || e.unreadable === 'unusable') totals.unchecked++;
    }
  }
  return totals;
}

/** The sums of several parts' evidence totals; absent when no part read artefacts. */
function addEvidence(parts: readonly Portfolio[]): EvidenceTotals | undefined {
  const read = parts.flatMap((p) => (p.evidence ? [p.evidence] : []));
  if (read.length === 0) return undefined;
  return {
    verified: read.reduce((n, e) => n + e.verified, 0),
    urlOnly: read.reduce((n, e) => n + e.urlOnly, 0),
    unchecked: read.reduce((n, e) => n + e.unchecked, 0),
    contradicted: read.reduce((n, e) => n + e.contradicted, 0),
    contradictions: read.flatMap((e) => e.contradictions),
  };
}

interface Placed {
  repository?: string;
  file: string;
}

/** By repository (a local folder's proposals first), then by file. */
function byPlace(a: Placed, b: Placed): number {
  return compareText(a.repository ?? '', b.repository ?? '') || compareText(a.file, b.file);
}

function byPlaceAndLine(a: MeasurementItem, b: MeasurementItem): number {
  return byPlace(a, b) || a.line - b.line;
}

function worstVerdict(proposals: readonly InventoryEntry[]): RunVerdict {
  let worst: RunVerdict = 'no-proposals';
  for (const p of proposals) {
    if (worst === 'no-proposals' || VERDICTS.indexOf(p.verdict) > VERDICTS.indexOf(worst))
      worst = p.verdict;
  }
  return worst;
}

function inventoryEntry(p: ProposalReport): InventoryEntry {
  const past = isPastDecision(p.status);
  const successor = /^superseded by\s+(\S[\s\S]*)$/i.exec(p.status)?.[1] ?? null;
  return {
    file: p.file,
    service: p.service,
    owner: p.owner ?? null,
    language: p.language,
    recommended: p.recommended,
    verdict: p.verdict,
    status: p.status,
    past,
    supersededBy: successor,
    justifications: p.justifications.map((id) => ({
      id,
      basis: p.justificationBasis?.[id] ?? 'declared',
    })),
    waivers: (p.waivers ?? []).map((w) => ({
      rule: w.rule,
      expires: w.expires ?? null,
      state: w.state,
    })),
  };
}

/** A current Rust proposal whose costs the totals cannot hold in full. */
function costExclusion(p: ProposalReport): CostExclusion[] {
  if (p.language !== 'rust') return [];
  const gaps: CostGap[] = [];
  if (p.recommended === null) gaps.push('not valid');
  else {
    if (!p.costs?.premiumPerYear) gaps.push('no team data');
    if ((p.costs?.ciMinutesPerDay ?? null) === null) gaps.push('no delivery data');
  }
  return gaps.length > 0 ? [{ file: p.file, service: p.service, gaps }] : [];
}

function tally(values: readonly string[]): Tally[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, proposals]) => ({ value, proposals }))
    .sort((a, b) => b.proposals - a.proposals || compareText(a.value, b.value));
}

/** A proposal whose language is go or rust and differs from the recommendation. */
function mismatch(p: ProposalReport): Mismatch[] {
  if (p.recommended === null || (p.language !== 'go' && p.language !== 'rust')) return [];
  if (p.language === p.recommended) return [];
  return [
    {
      file: p.file,
      service: p.service,
      language: p.language,
      recommended: p.recommended,
      justifications: [...p.justifications],
    },
  ];
}

function waiversOf(p: ProposalReport): PortfolioWaiver[] {
  return (p.waivers ?? []).map((w) => ({
    file: p.file,
    service: p.service,
    rule: w.rule,
    reason: w.reason,
    approvedBy: w.approvedBy ?? null,
    expires: w.expires ?? null,
    daysLeft: null,
    state: w.state,
  }));
}

/**
 * A waiver's days left and state on `today`: expired past its date, expiring within the
 * warning days, active after them; an unused waiver stays unused.
 */
function restate<W extends { expires: string | null; state: PortfolioWaiver['state'] }>(
  w: W,
  today: string,
  warningDays: number,
): W & { daysLeft: number | null } {
  const daysLeft = w.expires ? daysBetween(today, w.expires) : null;
  let state = w.state;
  if (w.state !== 'unused' && daysLeft !== null) {
    if (daysLeft < 0) state = 'expired';
    else if (daysLeft <= warningDays) state = 'expiring';
    else state = 'active';
  }
  return { ...w, daysLeft, state };
}

const WAIVER_ORDER: Record<PortfolioWaiver['state'], number> = {
  expiring: 0,
  expired: 1,
  active: 2,
  unused: 3,
};

/** Expiring first (soonest first), then expired, then the rest; ties by file and rule. */
function compareWaivers(a: PortfolioWaiver, b: PortfolioWaiver): number {
  return (
    WAIVER_ORDER[a.state] - WAIVER_ORDER[b.state] ||
    (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) ||
    byPlace(a, b) ||
    compareText(a.rule, b.rule)
  );
}

function findingsOf(proposals: readonly ProposalReport[], rule: string): MeasurementItem[] {
  return proposals.flatMap((p) =>
    p.findings
      .filter((f) => f.rule === rule)
      .map((f) => ({ file: p.file, service: p.service, line: f.line, message: f.message })),
  );
}

function hasAnyCost(c: Costs): boolean {
  return (
    c.premiumPerYear !== null ||
    c.onboardingEngineerMonths !== null ||
    c.rampEngineerMonthsPerYear !== null ||
    c.ciMinutesPerDay !== null
  );
}

function sumCosts(rows: readonly CostRow[]): CostTotals {
  const totals: CostTotals = {
    proposals: rows.length,
    premiumPerYear: [0, 0],
    onboardingEngineerMonths: [0, 0],
    rampEngineerMonthsPerYear: [0, 0],
    ciMinutesPerDay: 0,
  };
  const add = (into: [number, number], v: [number, number] | null) => {
    if (v) {
      into[0] += v[0];
      into[1] += v[1];
    }
  };
  for (const { costs } of rows) {
    add(totals.premiumPerYear, costs.premiumPerYear);
    add(totals.onboardingEngineerMonths, costs.onboardingEngineerMonths);
    add(totals.rampEngineerMonthsPerYear, costs.rampEngineerMonthsPerYear);
    totals.ciMinutesPerDay += costs.ciMinutesPerDay ?? 0;
  }
  // Sums of one-decimal figures drift (0.1 + 0.2): keep what the rules would show.
  const tidy = (n: number) => Math.round(n * 1000) / 1000;
  totals.rampEngineerMonthsPerYear = [
    tidy(totals.rampEngineerMonthsPerYear[0]),
    tidy(totals.rampEngineerMonthsPerYear[1]),
  ];
  totals.ciMinutesPerDay = tidy(totals.ciMinutesPerDay);
  return totals;
}
