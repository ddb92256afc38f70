import { quote } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'language-not-covered',
  severity: 'notice',
  description: 'The language is neither Go nor Rust, so the default rules do not judge the choice.',
  docs: {
    why: `The default rule set encodes one policy: start backend services in Go and move to Rust when a measured constraint or a Rust-shaped workload calls for it. It has nothing to say about other languages, so a proposal in another language passes without its choice being examined.`,
    fix: `Write custom rules for the language if your organisation has a policy for it, then turn this rule off or waive it on the proposal. Choosing Go or Rust also makes the finding go away.`,
    fires: `service: report-builder
language: python
kind: data-pipeline
workload:
  bound: io
`,
    passes: `service: report-builder
language: go
kind: data-pipeline
workload:
  bound: io
`,
  },
  check({ proposal: p, triggers }) {
    if (p.language === 'go' || p.language === 'rust') return [];
    const lean =
      triggers.size > 0
        ? `rust (through ${[...triggers.keys()].join(', ')})`
        : 'go (no case for Rust holds)';
    return [
      {
        path: ['language'],
        message:
          `The language is ${quote(p.language)}; the default rule set judges only go and rust, so this choice was not checked. Between those two the policy would recommend ${lean}. ` +
          `Cover ${quote(p.language)} with a custom rule and turn this one off or waive it, or choose go or rust.`,
      },
    ];
  },
});
