import { defineRule } from './rule.js';

// Findings come from validation (a waiver without a reason) and the engine (an unknown rule).
export default defineRule({
  id: 'waiver-invalid',
  severity: 'error',
  description: 'A waiver names a rule that does not exist or cannot be waived, or gives no reason.',
  unwaivable: true,
  docs: {
    why: `A waiver tells reviewers that a finding was seen and accepted. One without a reason records no decision, and one that names a misspelt rule silences nothing while looking as if it did.`,
    fix: `Name an existing rule (\`stack-verdict rules\` lists them) and give the reason in \`reason\`. \`proposal-invalid\` and \`waiver-invalid\` cannot be waived. This rule cannot be waived.`,
    fixes: `a waiver that names a rule one or two letters from exactly one rule id (\`rust-onbording-cost\`) names that rule; a misspelt key of the waiver (\`reasn\`) is renamed to the one it stands for.`,
    fires: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
waivers:
  - rule: go-systems-softwar
    reason: The storage team reviewed it.
`,
    passes: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
waivers:
  - rule: go-systems-software
    reason: The storage team reviewed it.
`,
  },
});
