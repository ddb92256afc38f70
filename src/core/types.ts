// Shared types of the core. Field names of the proposal follow shared/spec/proposal-v1.md.

export type Severity = 'error' | 'warning' | 'notice';
export type SeverityLevel = Severity | 'off';
export type ProposalVerdict = 'approved' | 'approved-with-warnings' | 'changes-requested';
export type RunVerdict = ProposalVerdict | 'no-proposals';
export type FailOn = 'error' | 'warning' | 'never';
export type Recommendation = 'go' | 'rust';

export type ConstraintType =
  'memory' | 'cpu' | 'gc-pauses' | 'tail-latency' | 'throughput' | 'cold-start' | 'build-time';
export type ConstraintSource = 'production' | 'load-test' | 'benchmark' | 'estimate';

export interface Constraint {
  type: ConstraintType;
  source: ConstraintSource;
  evidence?: string;
  observed?: string;
  runtime?: string;
  trend?: 'steady' | 'growing' | 'spiky';
}

export interface Team {
  size?: number;
  'rust-experience'?: number;
  'go-experience'?: number;
  background?: string[];
  'annual-attrition'?: number;
  'planned-hires'?: number;
}

export interface Waiver {
  rule: string;
  reason?: string;
  /** The last day (YYYY-MM-DD) the waiver is in force. */
  expires?: string;
  /** Who accepted the finding. */
  'approved-by'?: string;
}

/** A proposal that passed schema validation. */
export interface Proposal {
  service: string;
  summary?: string;
  owner?: string;
  status?: 'draft' | 'proposed' | 'accepted' | 'rejected' | 'superseded';
  language: string;
  kind: string;
  workload: {
    bound: 'io' | 'cpu' | 'mixed';
    'hot-path'?: string[];
    protocol?: 'http' | 'grpc' | 'custom-binary';
    latency?: { 'p99-ms'?: number; 'p999-ms'?: number; 'deterministic-tail'?: boolean };
    'cold-start-ms'?: number;
    'memory-budget-mb'?: number;
    ffi?: 'none' | 'c' | 'cpp';
  };
  constraints?: Constraint[];
  team?: Team;
  delivery?: { 'merges-per-day'?: number; 'ci-cache'?: 'cold' | 'warm' };
  toolchain?: { go?: string; 'rust-edition'?: string };
  compliance?: string[];
  rationale?: string;
  waivers?: Waiver[];
}

/** A path into the proposal document, e.g. ['constraints', 0, 'source']. */
export type NodePath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  waived: boolean;
  /** The reviewers' reason, when waived. */
  waiverReason?: string;
  /** When waived by a waiver that has them: its last day in force and who approved it. */
  waiverExpires?: string;
  waiverApprovedBy?: string;
  /** Where the rule is documented. */
  docs?: string;
}

export interface ProposalReport {
  file: string;
  service: string | null;
  language: string | null;
  status: string;
  recommended: Recommendation | null;
  justifications: string[];
  verdict: ProposalVerdict;
  findings: Finding[];
}

export interface Counts {
  proposals: number;
  errors: number;
  warnings: number;
  notices: number;
  waived: number;
}

/** A file that was looked at but is not a proposal (Markdown with no front matter). */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Report {
  version: 1;
  verdict: RunVerdict;
  counts: Counts;
  proposals: ProposalReport[];
  skipped: SkippedFile[];
  gate: Gate;
}

export interface Gate {
  failOn: FailOn;
  passed: boolean;
  /** Set when an override label forced the gate open. */
  overridden?: GateOverride;
}

export interface GateOverride {
  label: string;
  /** What the gate said before the override. */
  wouldHavePassed: boolean;
}
