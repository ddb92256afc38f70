import { defineRule } from './rule.js';

// Findings come from the engine, after every rule has run on the proposal.
export default defineRule({
  id: 'waiver-unused',
  severity: 'notice',
  description: 'A waiver names a rule that reports nothing on this proposal, so it waives nothing.',
  unwaivable: true,
  docs: {
    why: `A waiver that matches no finding does nothing today, but it stays in the file: when the proposal changes later and the rule fires again, the old waiver silences the new finding without anyone reviewing it. It also tells readers that a problem was accepted when there is none.`,
    fix: `Delete the waiver. If the rule is turned off in the configuration, the waiver is not needed either. This rule cannot be waived.`,
    fires: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
waivers:
  - rule: go-systems-software
    reason: The storage team reviewed it.
`,
    passes: `service: orders-api
language: go
kind: database
workload:
  bound: io
waivers:
  - rule: go-systems-software
    reason: The storage team reviewed it and will run it in Go for the first year.
`,
  },
});
