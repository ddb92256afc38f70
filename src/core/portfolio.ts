// The portfolio: every service decision of a repository at a glance. Built from a
// run's report alone, so the CLI, the Action and a report from elsewhere all give one page.
import { daysBetween } from './engine.js';
import { POLICY_VERSION } from './policy.js';
import { compareText } from './verdict.js';
import type { Costs, ProposalReport, Report, RunVerdict } from './types.js';

export const PORTFOLIO_VERSION = 1;
export const DEFAULT_WARNING_DAYS = 30;

export interface PortfolioOptions {
  /** Today as YYYY-MM-DD: waivers' days left are counted from it. */
  today: string;
  /** Waivers expiring within this many days are listed first and flagged. */
  warningDays?: number;
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
  file: string;
  service: string | null;
  language: string;
  recommended: 'go' | 'rust';
  /** The Rust justifications that hold (empty when Go is recommended). */
  justifications: string[];
}

export interface PortfolioWaiver {
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
  file: string;
  service: string | null;
  costs: Costs;
}

export interface Portfolio {
  version: typeof PORTFOLIO_VERSION;
  policy: string;
  date: string;
  warningDays: number;
  verdict: RunVerdict;
  proposals: number;
  byLanguage: LanguageRow[];
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

const VERDICTS = ['approved', 'approved-with-warnings', 'changes-requested'] as const;

export function buildPortfolio(report: Report, options: PortfolioOptions): Portfolio {
  const warningDays = options.warningDays ?? DEFAULT_WARNING_DAYS;
  const proposals = report.proposals;
  const languages = new Map<string, LanguageRow>();
  for (const p of proposals) {
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
  const costs = proposals.flatMap((p): CostRow[] =>
    p.costs && hasAnyCost(p.costs) ? [{ file: p.file, service: p.service, costs: p.costs }] : [],
  );
  return {
    version: PORTFOLIO_VERSION,
    policy: report.policy ?? POLICY_VERSION,
    date: options.today,
    warningDays,
    verdict: report.verdict,
    proposals: proposals.length,
    byLanguage,
    byStatus: tally(proposals.map((p) => p.status)),
    byVerdict: tally(proposals.map((p) => p.verdict)).sort(
      (a, b) =>
        VERDICTS.indexOf(a.value as (typeof VERDICTS)[number]) -
        VERDICTS.indexOf(b.value as (typeof VERDICTS)[number]),
    ),
    mismatches: proposals.flatMap(mismatch),
    waivers: proposals
      .flatMap((p) => waiversOf(p, options.today, warningDays))
      .sort(compareWaivers),
    remeasure: findingsOf(proposals, 'gc-remeasure-on-go-1-26'),
    leakUnchecked: findingsOf(proposals, 'goroutine-leak-check'),
    costs,
    costTotals: sumCosts(costs),
    ...evidenceTotals(proposals),
  };
}

function evidenceTotals(proposals: readonly ProposalReport[]): { evidence?: EvidenceTotals } {
  if (!proposals.some((p) => Array.isArray(p.evidence))) return {};
  const totals: EvidenceTotals = {
    verified: 0,
    urlOnly: 0,
    unchecked: 0,
    contradicted: 0,
    contradictions: findingsOf(proposals, 'evidence-contradicts-claim'),
  };
  for (const p of proposals) {
    for (const e of p.evidence ?? []) {
      if (e.status === 'verified') totals.verified++;
      else if (e.status === 'url') totals.urlOnly++;
      else if (e.status === 'contradicts') totals.contradicted++;
      else if (e.status === 'unchecked' || e.unreadable === 'unusable') totals.unchecked++;
    }
  }
  return { evidence: totals };
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

function waiversOf(p: ProposalReport, today: string, warningDays: number): PortfolioWaiver[] {
  return (p.waivers ?? []).map((w) => {
    const daysLeft = w.expires ? daysBetween(today, w.expires) : null;
    let state: PortfolioWaiver['state'] = w.state;
    if (w.state !== 'unused' && daysLeft !== null) {
      if (daysLeft < 0) state = 'expired';
      else if (daysLeft <= warningDays) state = 'expiring';
    }
    return {
      file: p.file,
      service: p.service,
      rule: w.rule,
      reason: w.reason,
      approvedBy: w.approvedBy ?? null,
      expires: w.expires ?? null,
      daysLeft,
      state,
    };
  });
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
    compareText(a.file, b.file) ||
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
