import { defineRule } from './rule.js';

// Findings come from the engine, which compares each waiver's `expires` with today.
export default defineRule({
  id: 'waiver-expired',
  severity: 'warning',
  description: 'A waiver is past its `expires` date, so the findings it waived count again.',
  unwaivable: true,
  docs: {
    why: `A waiver records that reviewers accepted a finding for a reason that held at the time: two Rust engineers joining in January, a measurement still to come. Such reasons go stale, so a waiver may carry \`expires\`, the last day it is in force. After that day the waiver no longer silences anything and this rule points at it, so that the decision is taken again instead of lasting forever.`,
    fix: `Fix what the waived rule reports, or renew the waiver: set a later \`expires\` and, where your team records approvals, a new \`approved-by\`. When the waived rule no longer fires at all, delete the waiver (\`waiver-unused\` then reports it instead of this rule). This rule cannot be waived.`,
    fires: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/orders-rss
team:
  size: 4
  rust-experience: 1
waivers:
  - rule: rust-onboarding-cost
    reason: Two engineers who shipped Rust join from the storage team in January.
    expires: 2026-01-31
    approved-by: "@acme/architecture"
`,
    passes: `service: orders-api
language: rust
kind: http-api
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/orders-rss
team:
  size: 4
  rust-experience: 1
waivers:
  - rule: rust-onboarding-cost
    reason: Two engineers who shipped Rust join from the storage team in January.
    expires: 2030-12-31
    approved-by: "@acme/architecture"
`,
  },
});
