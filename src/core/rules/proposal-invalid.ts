import { defineRule } from './rule.js';

// Findings come from reading and validating the file (proposal/parse.ts, proposal/validate.ts).
export default defineRule({
  id: 'proposal-invalid',
  severity: 'error',
  description:
    'The file is not a valid proposal: bad YAML, a missing or unknown field, a wrong type or value.',
  unwaivable: true,
  docs: {
    why: `A proposal that cannot be read cannot be judged, and a typo such as \`languge\` or \`bound: IO\` would otherwise hide the very field a rule needs. Each problem points at the file, line and column of the offending node, and unknown keys and values come with the closest valid name.`,
    fix: `Correct the field the message names. The schema in \`schema/proposal.schema.json\` lists every field; add the comment \`# yaml-language-server: $schema=<url>\` as the first line so that editors check the file as you type. This rule cannot be waived.`,
    fixes: `a language written as an alias or near miss of Go or Rust (\`Golang\`, \`Rust-lang\`, \`rust2024\`) becomes \`go\` or \`rust\`, and another language name in capitals is written in lower case; a version YAML reads as a number (\`go: 1.20\`) is quoted with its digits as written (\`"1.20"\`); a key one or two letters from exactly one field (\`languge\`) is renamed to it, unless the field is already there; a value near exactly one allowed value (\`bound: IO\`) becomes that value; a misspelt status keyword (\`Acepted\`) is spelt right. Nothing else in the file changes: comments, key order, quoting and line endings stay as written.`,
    fires: `service: orders-api
languge: go
kind: http-api
workload:
  bound: io
`,
    passes: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
`,
  },
});
