// Renders a rule's documentation page (docs/rules/RULE.md) and the index of all rules
// (docs/rules/README.md) from the rule modules. The example output on each page is what
// the engine really reports on the rule's `fires` example, so the docs cannot drift from
// the code: test/docs/rule-docs.test.ts fails when a committed page differs.

import { buildReport, defaultEngineOptions, judgeFile, type EngineOptions } from '../engine.js';
import type { Rule } from '../rules/rule.js';
import type { Finding, ProposalReport } from '../types.js';

/** Where a rule across proposals finds the other proposal of its examples. */
export const ALONGSIDE_FILE = 'proposals/other.yaml';

/** The file name the examples are judged under, as shown in the example output. */
export const EXAMPLE_FILE = 'proposals/example.yaml';
/**
 * The day the examples are judged on, so that messages that count days (waiver-expired)
 * read the same in every regeneration. Pages whose output depends on it say so.
 */
export const DOCS_TODAY = '2026-06-01';
const LATER_DAY = '2027-06-01';

const SEVERITY_NOTE: Record<Rule['severity'], string> = {
  error: 'an unwaived error makes the verdict "changes requested" and fails the gate',
  warning:
    'an unwaived warning makes the verdict "approved with warnings"; it fails the gate only with `fail-on: warning`',
  notice: 'a notice informs the reviewers and never changes the verdict',
};

/** Rules that always run as errors, whatever the configuration (as src/config enforces). */
const ALWAYS_ERROR = new Set(['proposal-invalid', 'waiver-invalid']);

export interface RuleDocOptions {
  /** The engine that judges the examples; the default rule set and settings unless given. Its `today` is always DOCS_TODAY. */
  engine?: EngineOptions;
}

/** The Markdown page of one rule. Throws when the rule's examples do not behave as documented. */
export function renderRuleDoc(rule: Rule, options: RuleDocOptions = {}): string {
  const engine = { ...(options.engine ?? defaultEngineOptions()), today: DOCS_TODAY };
  const fired = findingsOf(rule, rule.docs.fires, engine);
  const datedOutput =
    findingsOf(rule, rule.docs.fires, { ...engine, today: LATER_DAY })
      .map(findingText)
      .join('\n') !== fired.map(findingText).join('\n');
  if (fired.length === 0) {
    throw new Error(`${rule.id}: its "fires" example produces no finding of the rule`);
  }
  if (findingsOf(rule, rule.docs.passes, engine).length > 0) {
    throw new Error(`${rule.id}: its "passes" example produces a finding of the rule`);
  }

  const out: string[] = [
    `<!-- Generated from the rule's module in src/core/rules/ by \`UPDATE_DOCS=1 npx vitest run test/docs\`. Edit the module, not this page. -->`,
    '',
    `# \`${rule.id}\``,
    '',
    `**Severity:** ${rule.severity} · **Waivable:** ${rule.unwaivable ? 'no' : 'yes'}`,
    '',
    oneLine(rule.description),
    '',
    ALWAYS_ERROR.has(rule.id)
      ? `An error makes the verdict "changes requested" and fails the gate. The rule always runs as an error: the configuration cannot change its severity or turn it off.`
      : `By default ${SEVERITY_NOTE[rule.severity]}. A team's configuration can change the severity or turn the rule off.`,
    '',
    '## Why',
    '',
    rule.docs.why.trim(),
    '',
    '## How to fix or waive',
    '',
    rule.docs.fix.trim(),
    '',
    ...(rule.docs.fixes !== undefined
      ? [
          `\`stack-verdict check --fix\` corrects what is mechanical (\`--fix-dry-run\` shows the diff first): ${rule.docs.fixes.trim()}`,
          '',
        ]
      : []),
  ];
  if (rule.unwaivable) {
    if (!/cannot be waived/i.test(rule.docs.fix)) {
      out.push('Findings of this rule cannot be waived.', '');
    }
    out.push(`A waiver that names \`${rule.id}\` is itself reported as \`waiver-invalid\`.`, '');
  } else {
    out.push(
      'To accept the finding instead, add a waiver to the proposal. The finding stays in the report with the reason, but no longer counts towards the verdict:',
      '',
      fence('yaml', waiverSnippet(rule)),
      '',
    );
  }
  out.push(
    '## Fires on',
    '',
    fence('yaml', rule.docs.fires),
    '',
    ...(rule.docs.alongside !== undefined
      ? [
          `judged in one run with \`${ALONGSIDE_FILE}\`:`,
          '',
          fence('yaml', rule.docs.alongside),
          '',
        ]
      : []),
    `Stack Verdict reports (\`stack-verdict check ${EXAMPLE_FILE}${rule.docs.alongside !== undefined ? ` ${ALONGSIDE_FILE}` : ''}\`, default settings${datedOutput ? `, checked on ${DOCS_TODAY}` : ''}):`,
    '',
    fence('text', fired.map(findingText).join('\n')),
    '',
    '## Does not fire on',
    '',
    fence('yaml', rule.docs.passes),
    '',
  );
  return out.join('\n');
}

/** The waiver a rule's page suggests; `approved-by` and `expires` are optional. */
export function waiverSnippet(rule: Rule): string {
  return [
    'waivers:',
    `  - rule: ${rule.id}`,
    '    reason: What the reviewers decided and why, e.g. the plan that covers this risk.',
    '    approved-by: "@acme/architecture" # optional: who accepted it',
    '    expires: "2027-06-30" # optional: the last day it holds; then the finding counts again',
    '',
  ].join('\n');
}

/** docs/rules/README.md: every rule with its severity and description, linked to its page. */
export function renderRulesIndex(rules: readonly Rule[]): string {
  const rows = rules.map(
    (r) =>
      `| [\`${r.id}\`](${r.id}.md) | ${r.severity} | ${r.unwaivable ? 'no' : 'yes'} | ${oneLine(r.description).replace(/\|/g, '\\|')} |`,
  );
  return [
    `<!-- Generated from the rule modules in src/core/rules/ by \`UPDATE_DOCS=1 npx vitest run test/docs\`. Edit the modules, not this page. -->`,
    '',
    '# Rules',
    '',
    'Stack Verdict judges the language chosen in a service proposal against one policy: default to Go, and choose Rust when a hard constraint has been measured or when the work is of a kind where Rust clearly pays off. Each rule below checks one part of that policy. Its page explains the facts behind it, what makes a finding go away, and shows a proposal that fires it with the exact message Stack Verdict prints.',
    '',
    '- **error**: the verdict is "changes requested" and the gate fails.',
    '- **warning**: the verdict is "approved with warnings"; the gate fails only with `fail-on: warning`.',
    "- **notice**: for the reviewers' information; the verdict does not change.",
    '',
    "A team's configuration can change a rule's severity or turn it off, except for `proposal-invalid` and `waiver-invalid`, which always run as errors. A waiver in the proposal (`waivers: [{rule, reason}]`, optionally with `approved-by` and an `expires` date) accepts a rule's findings on that proposal: they stay in the report with the reason but no longer count. The findings of rules marked not waivable cannot be waived.",
    '',
    '| Rule | Severity | Waivable | Description |',
    '|---|---|---|---|',
    ...rows,
    '',
    "`stack-verdict rules` prints the same list, and `stack-verdict explain RULE` one rule's documentation.",
    '',
    `Findings of ${rules
      .filter((r) => r.docs.fixes !== undefined)
      .map((r) => `[\`${r.id}\`](${r.id}.md)`)
      .join(
        ' and ',
      )} may carry a fix: \`stack-verdict check --fix\` writes it into the file, and the JSON and SARIF reports carry it.`,
    '',
  ].join('\n');
}

/**
 * The report of an example as EXAMPLE_FILE, judged in one run with the rule's `alongside`
 * proposal when it has one (rules across proposals), as `stack-verdict check` would.
 */
export function judgeExample(rule: Rule, yaml: string, engine: EngineOptions): ProposalReport {
  const results = [judgeFile(EXAMPLE_FILE, yaml, engine)];
  if (rule.docs.alongside !== undefined) {
    results.push(judgeFile(ALONGSIDE_FILE, rule.docs.alongside, engine));
  }
  const report = buildReport(results, 'error', engine).proposals.find(
    (p) => p.file === EXAMPLE_FILE,
  );
  if (!report) throw new Error(`${rule.id}: an example was skipped`);
  return report;
}

function findingsOf(rule: Rule, yaml: string, engine: EngineOptions): Finding[] {
  return judgeExample(rule, yaml, engine).findings.filter((f) => f.rule === rule.id);
}

/** A finding as the terminal shows it: location, severity and rule, then the wrapped message. */
function findingText(f: Finding): string {
  const head = `${EXAMPLE_FILE}:${f.line}:${f.column}  ${f.severity}  ${f.rule}`;
  return [head, ...wrap(f.message, 88).map((l) => `  ${l}`)].join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A fenced block whose fence is longer than any run of backticks inside it. */
function fence(lang: string, body: string): string {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((m) => m.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${body.replace(/\s+$/, '')}\n${marks}`;
}
