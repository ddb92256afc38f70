// Shared types of the core. Field names of the proposal follow docs/proposal-format.md.

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
  /** Policy 1.1: the target the service must meet, free text. */
  limit?: string;
  /** Policy 1.1: true when the measured system met the limit (then it is no hard constraint). */
  met?: boolean;
  /** Policy 1.1: Go's goroutineleak profile ran and found no leak. */
  'leak-checked'?: boolean;
  /** Which figure of the evidence the constraint is about, when it holds several. */
  metric?: string;
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
  /** Any case, as decision records write it; `superseded by ADR-0012` too (src/core/status.ts). */
  status?: string;
  language: string;
  /** Optional since policy 1.1: absent, no trigger that reads it holds. */
  kind?: string;
  workload?: {
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
  toolchain?: { go?: string; 'rust-edition'?: string; rust?: string };
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
  /** Whether the waiver that waives (or would waive) this finding is approved. */
  waiverApproval?: WaiverApproval;
  /** Mechanical corrections of the file that resolve this finding, each applied alone. */
  fixes?: Fix[];
}

/**
 * One correction (ESLint's shape): replace `range` of the file's text, UTF-16 offsets
 * [start, end), with `text`. Nothing outside the range changes.
 */
export interface Fix {
  range: [number, number];
  text: string;
  /** What the fix does, for a person choosing whether to apply it ("write `go`"). */
  description?: string;
}

export interface WaiverApproval {
  status: 'approved' | 'pending' | 'not-required';
  /** The approvers: who approved, or (pending) who may approve. */
  by: string[];
}

/**
 * Policy 1.1: the price of a Rust choice, from the same settings the rules use. Each member is
 * null when its inputs are absent. Ranges are [low, high].
 */
export interface Costs {
  premiumPerYear: [number, number] | null;
  onboardingEngineerMonths: [number, number] | null;
  rampEngineerMonthsPerYear: [number, number] | null;
  ciMinutesPerDay: number | null;
}

export interface ProposalReport {
  file: string;
  service: string | null;
  /** The proposal's `owner`, when it names one. */
  owner?: string;
  language: string | null;
  status: string;
  recommended: Recommendation | null;
  justifications: string[];
  /**
   * Policy 1.2: what each justification rests on: the authors' word (declared), a measurement
   * (measured), or a measurement whose artefact was read and agrees (verified). Absent on a
   * proposal that is not valid.
   */
  justificationBasis?: Record<string, 'declared' | 'measured' | 'verified'>;
  /** Policy 1.2: declared needs a met measurement on Go answers, with its constraint numbers (#N). */
  answeredBy?: Record<string, number[]>;
  verdict: ProposalVerdict;
  findings: Finding[];
  /** Policy 1.1: null where the language is not rust or nothing can be computed. */
  costs: Costs | null;
  /** Every well-formed waiver of the proposal and what it does (absent on invalid proposals). */
  waivers?: WaiverRecord[];
}

export interface WaiverRecord {
  rule: string;
  reason: string;
  expires?: string;
  approvedBy?: string;
  /** active: it waives findings; expired: past its `expires`; unused: its rule reported nothing. */
  state: 'active' | 'expired' | 'unused';
  /** Where the waiver is written. */
  line: number;
  column: number;
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
  /** The default policy's version that judged the run (POLICY_VERSION). */
  policy?: string;
  /** Which configuration judged the run (files in the order they were merged). */
  config?: ConfigInfo;
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

export interface ConfigInfo {
  /** The chain of configuration files, the repository's own first, then what it extends. */
  chain: string[];
}
