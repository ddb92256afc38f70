import { defineRule } from './rule.js';

// Findings come from the engine, which compares each waiver's `expires` with today and with
// the `waiver-warning-days` setting.
export default defineRule({
  id: 'waiver-expiring',
  severity: 'notice',
  description: 'A waiver that waives a finding expires soon (within `waiver-warning-days`).',
  unwaivable: true,
  docs: {
    why: `A waiver with \`expires\` stops waiving the day after that date, and the finding it silenced then counts again: on a pull request that may have nothing to do with the proposal, the check turns red. This rule gives the owners notice while the waiver is still in force, by default 30 days before (the \`waiver-warning-days\` setting), so that the decision can be taken again in time.`,
    fix: `Fix what the waived rule reports and delete the waiver, or renew it: a later \`expires\` and, where the configuration lists \`approvers\`, a new approval on the pull request that changes it. To be told earlier or later, set \`settings.waiver-warning-days\`. This rule cannot be waived.`,
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
    reason: Two engineers who shipped Rust join from the storage team at the end of June.
    expires: 2026-06-20
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
    reason: Two engineers who shipped Rust join from the storage team at the end of June.
    expires: 2030-12-31
`,
  },
});
