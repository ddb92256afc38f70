// The registry of the default rule set (docs/policy.md), in the order of its first version;
// the waiver governance rules follow it, then the rules later policy versions added.
import type { Rule } from './rule.js';
import rustWithoutMeasuredConstraint from './rust-without-measured-constraint.js';
import rustOnboardingCost from './rust-onboarding-cost.js';
import rustHiringPremium from './rust-hiring-premium.js';
import rustCiBuildCost from './rust-ci-build-cost.js';
import rustDespiteBuildTimeConstraint from './rust-despite-build-time-constraint.js';
import teamMissing from './team-missing.js';
import goDespiteMeasuredConstraint from './go-despite-measured-constraint.js';
import goCpuBoundHotPath from './go-cpu-bound-hot-path.js';
import goDeterministicTailLatency from './go-deterministic-tail-latency.js';
import goSystemsSoftware from './go-systems-software.js';
import goFfiEmbedding from './go-ffi-embedding.js';
import goCustomProtocol from './go-custom-protocol.js';
import goCliColdStart from './go-cli-cold-start.js';
import gcRemeasureOnGo126 from './gc-remeasure-on-go-1-26.js';
import goroutineLeakCheck from './goroutine-leak-check.js';
import constraintNotMeasured from './constraint-not-measured.js';
import constraintBenchmarkOnly from './constraint-benchmark-only.js';
import constraintWithoutEvidence from './constraint-without-evidence.js';
import toolchainOutdated from './toolchain-outdated.js';
import postQuantumTls from './post-quantum-tls.js';
import languageNotCovered from './language-not-covered.js';
import proposalInvalid from './proposal-invalid.js';
import proposalUnknownField from './proposal-unknown-field.js';
import waiverInvalid from './waiver-invalid.js';
import waiverExpired from './waiver-expired.js';
import waiverExpiring from './waiver-expiring.js';
import waiverUnused from './waiver-unused.js';
import rustJustificationUnmeasured from './rust-justification-unmeasured.js';
import rustOnUnconfirmedMeasurement from './rust-on-unconfirmed-measurement.js';
import constraintNotOnGo from './constraint-not-on-go.js';
import duplicateService from './duplicate-service.js';
import goTeamKnowsRust from './go-team-knows-rust.js';
import constraintContradictsItself from './constraint-contradicts-itself.js';
import evidenceReused from './evidence-reused.js';
import evidenceContradictsClaim from './evidence-contradicts-claim.js';
import evidenceUnreadable from './evidence-unreadable.js';
import evidenceUnverified from './evidence-unverified.js';

export type {
  EvidenceCite,
  Rule,
  RuleContext,
  RuleHit,
  RuleDocs,
  RunHit,
  RunProposal,
} from './rule.js';

export const RULES: readonly Rule[] = [
  rustWithoutMeasuredConstraint,
  rustOnboardingCost,
  rustHiringPremium,
  rustCiBuildCost,
  rustDespiteBuildTimeConstraint,
  teamMissing,
  goDespiteMeasuredConstraint,
  goCpuBoundHotPath,
  goDeterministicTailLatency,
  goSystemsSoftware,
  goFfiEmbedding,
  goCustomProtocol,
  goCliColdStart,
  gcRemeasureOnGo126,
  goroutineLeakCheck,
  constraintNotMeasured,
  constraintBenchmarkOnly,
  constraintWithoutEvidence,
  toolchainOutdated,
  postQuantumTls,
  languageNotCovered,
  proposalInvalid,
  proposalUnknownField,
  waiverInvalid,
  waiverExpired,
  waiverUnused,
  rustJustificationUnmeasured,
  rustOnUnconfirmedMeasurement,
  constraintNotOnGo,
  duplicateService,
  goTeamKnowsRust,
  waiverExpiring,
  constraintContradictsItself,
  evidenceReused,
  evidenceContradictsClaim,
  evidenceUnreadable,
  evidenceUnverified,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
