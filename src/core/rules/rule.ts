import type { Settings } from '../settings.js';
import type { Triggers } from '../triggers.js';
import type { NodePath, Position, Proposal, Severity } from '../types.js';

export interface RuleContext {
  proposal: Proposal;
  settings: Settings;
  triggers: Triggers;
}

/** One finding of a rule: what to say, and which node of the proposal it is about. */
export interface RuleHit {
  message: string;
  path: NodePath;
  /** Point at the key rather than its value (default). */
  target?: 'key' | 'value';
}

export interface RuleDocs {
  /** Why the rule exists: the facts behind it. */
  why: string;
  /** What makes the finding go away, including a waiver where that is right. */
  fix: string;
  /** A proposal (YAML) that fires the rule; tests check that it does. */
  fires: string;
  /** A proposal (YAML) that does not; tests check that too. */
  passes: string;
  /** For a rule across proposals: another proposal judged in the same run as `fires` and `passes`. */
  alongside?: string;
  /** What `check --fix` corrects in this rule's findings, when some carry a fix. */
  fixes?: string;
}

/** A proposal as a rule across proposals sees it: one entry per judged file of the run. */
export interface RunProposal {
  file: string;
  service: string | null;
  /** Where `service` is written; 1:1 when unknown. */
  servicePosition: Position;
  /** The evidence each constraint cites (absent on a proposal that is not valid). */
  evidence?: readonly EvidenceCite[];
}

/** One constraint's evidence, as rules across proposals compare it. */
export interface EvidenceCite {
  /** The constraint's index in `constraints`. */
  constraint: number;
  /** The normalised evidence (measurement.ts, evidenceKey). */
  key: string;
  metric?: string;
  /** Where `evidence` is written. */
  position: Position;
}

/** A finding of a rule across proposals, on the proposal at `index` of the run. */
export interface RunHit {
  index: number;
  message: string;
  position: Position;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line, shown by `stack-verdict rules`. */
  description: string;
  docs: RuleDocs;
  /** Absent for rules whose findings come from validation (proposal-invalid, waiver-invalid). */
  check?: (ctx: RuleContext) => RuleHit[];
  /** Rules across proposals run once per run, where the reports are combined (buildReport). */
  checkRun?: (proposals: readonly RunProposal[]) => RunHit[];
  /** Findings of this rule cannot be waived. */
  unwaivable?: boolean;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
