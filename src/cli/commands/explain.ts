// `stack-verdict explain RULE`: one rule's documentation, a custom rule's too, with its
// severity under the configuration.

import { findRule, RULES } from '../../core/rules/index.js';
import { closest } from '../../core/suggest.js';
import { UsageError, type CliIo } from '../io.js';
import { loadCliConfig } from '../load-config.js';
import { parseOptions } from '../options.js';
import { oneLine, ruleLevels } from './rules.js';

const EXPLAIN_HELP =
  "Usage: stack-verdict explain RULE [--config PATH]\n\nPrints a rule's documentation, a custom rule's too, with its severity under the configuration.\n";

/** What `explain` was asked, validated. */
export interface ExplainOptions {
  /** The rule's id, as `stack-verdict rules` lists it. */
  id: string;
  /** `--config`, relative to the current folder; undefined: the repository's own file. */
  config: string | undefined;
}

export function readExplainOptions(args: readonly string[]): ExplainOptions | 'help' {
  const { values, positionals } = parseOptions(
    args,
    { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } },
    'explain',
  );
  if (values.help) return 'help';
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule id; `stack-verdict rules` lists them');
  return { id, config: values.config };
}

export async function explainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = readExplainOptions(args);
  if (options === 'help') {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  const { id } = options;
  const { config } = await loadCliConfig(io.cwd, io.env, options.config);
  const level = ruleLevels(config).get(id) ?? 'off';
  const custom = config.customRules.find((r) => r.id === id);
  if (custom) {
    const from = config.origins?.get(`custom-rules.${id}`);
    io.stdout(
      `${custom.id} (${level}; a custom rule${from ? ` of ${oneLine(from)}` : ''})\n\n${oneLine(custom.description)}\n${custom.link ? `\nMore: ${oneLine(custom.link)}\n` : ''}`,
    );
    return 0;
  }
  const rule = findRule(id);
  if (!rule) {
    const near = nearestRule(
      id,
      [...RULES, ...config.customRules].map((r) => r.id),
    );
    throw new UsageError(
      `no rule "${oneLine(id)}".${near ? ` Did you mean \`${near}\`?` : ''} \`stack-verdict rules\` lists them all.`,
    );
  }
  const indent = (s: string) => s.trimEnd().replace(/^/gm, '    ');
  const shown = level === rule.severity ? rule.severity : `${level}; default ${rule.severity}`;
  io.stdout(
    `${rule.id} (${shown})\n\n${rule.description}\n\nWhy\n${indent(rule.docs.why)}\n\nFix\n${indent(rule.docs.fix)}\n\nFires on\n${indent(rule.docs.fires)}\n\nDoes not fire on\n${indent(rule.docs.passes)}\n`,
  );
  return 0;
}

/**
 * The rule a user most likely meant: one a typo away (`rust-onbording-cost`), else one whose
 * id holds what was typed (`onboarding`), else the one sharing the most words with it.
 */
export function nearestRule(word: string, ids: readonly string[]): string | undefined {
  const typo = closest(word, ids);
  if (typo !== undefined) return typo;
  const w = word.toLowerCase().replace(/[_\s]+/g, '-');
  if (w.length >= 3) {
    const holding = ids.filter((id) => id.includes(w));
    if (holding.length > 0) return holding.sort((a, b) => a.length - b.length)[0];
  }
  const words = new Set(w.split('-').filter((part) => part.length >= 3));
  let best: string | undefined;
  let shared = 0;
  for (const id of ids) {
    const n = id.split('-').filter((part) => words.has(part)).length;
    if (n > shared) [best, shared] = [id, n];
  }
  return best;
}
