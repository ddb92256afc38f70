import { classifyKey } from '../proposal/fields.js';
import { quote } from '../format.js';
import { defineRule } from './rule.js';

// Validation lets unknown top-level keys through (policy 1.1); this rule reports those that
// are neither ignored nor a near miss of a field (near misses are proposal-invalid).
export default defineRule({
  id: 'proposal-unknown-field',
  severity: 'notice',
  description:
    'A top-level key is not a proposal field, not a near miss of one, and not a key the proposal format ignores.',
  docs: {
    why: `A key the format does not know is read by no rule. It may be a note for people, or a field from another tool; it may also be a field the authors believe is judged when it is not. The finding says so once, without failing the check.`,
    fix: `Rename the key to \`x-<name>\` to keep it as a note (keys starting with \`x-\` and decision-record keys such as \`title\`, \`date\` and \`deciders\` are ignored), remove it, or waive the finding. docs/proposal-format.md lists every field.`,
    fires: `service: orders-api
language: go
summary: Order intake over HTTP.
foo: bar
`,
    passes: `service: orders-api
language: go
summary: Order intake over HTTP.
x-foo: bar
`,
  },
  check({ proposal }) {
    return Object.keys(proposal)
      .filter((key) => classifyKey(key).kind === 'unknown')
      .map((key) => ({
        path: [key],
        target: 'key' as const,
        message: `${quote(key)} is not a proposal field, so no rule reads it. Rename it to \`x-…\` to keep it as a note, remove it, or waive this finding.`,
      }));
  },
});
