import type { ApprovalContext } from '../core/approvals.js';
import { DEFAULT_DOCS_URL, type ActiveRule, type EngineOptions } from '../core/engine.js';
import { RULES } from '../core/rules/index.js';
import type { Rule } from '../core/rules/rule.js';
import type { Config } from './config.js';
import type { CustomRule } from './custom-rules.js';

// Their findings come from reading the file, so they run whatever `extends` says.
const ALWAYS_ON = new Set(['proposal-invalid', 'waiver-invalid']);

export interface EngineOptionsInput {
  /** Where built-in rules' documentation pages live (ending in `/`). */
  docsBase?: string;
  /** Today as YYYY-MM-DD, for waivers' `expires`; the engine uses the UTC date when absent. */
  today?: string;
  /** What the shell saw of the pull request's approvals; absent: it cannot see them. */
  approvals?: ApprovalContext;
}

/** The engine's options for a configuration: which rules run, how severe, with what settings. */
export function engineOptionsFromConfig(
  config: Config,
  { docsBase = DEFAULT_DOCS_URL, today, approvals }: EngineOptionsInput = {},
): EngineOptions {
  const rules: ActiveRule[] = [];
  for (const rule of RULES) {
    const base = config.extends === 'recommended' || ALWAYS_ON.has(rule.id) ? rule.severity : 'off';
    const level = ALWAYS_ON.has(rule.id) ? rule.severity : (config.rules.get(rule.id) ?? base);
    if (level !== 'off') rules.push({ rule, severity: level });
  }
  // A team's own rules run whatever `extends` says: writing one is turning it on.
  for (const rule of config.customRules) {
    const level = config.rules.get(rule.id) ?? rule.severity;
    if (level !== 'off') rules.push({ rule, severity: level });
  }
  return {
    rules,
    knownRules: [...RULES, ...config.customRules],
    settings: config.settings,
    docsUrl: (rule: Rule) =>
      isCustom(rule, config) ? (rule as CustomRule).link : `${docsBase}${rule.id}.md`,
    unwaivable: config.unwaivable,
    drafts: config.drafts,
    ...(today !== undefined ? { today } : {}),
    // With no approvers a waiver that needs an approval waits (the engine says how to name them).
    ...(config.approvers.length > 0 || config.approvalRequired.length > 0
      ? {
          approvals: {
            approvers: config.approvers,
            required: config.approvalRequired,
            context: approvals ?? { kind: 'unseen' },
          },
        }
      : {}),
  };
}

function isCustom(rule: Rule, config: Config): boolean {
  return config.customRules.some((r) => r.id === rule.id);
}
