// `stack-verdict rules`: every rule, the team's own too, with its severity under the configuration.

import { engineOptionsFromConfig, type Config } from '../../config/index.js';
import { POLICY_VERSION } from '../../core/policy.js';
import { stripControl } from '../../core/render/escape.js';
import { RULES } from '../../core/rules/index.js';
import { VERSION, type CliIo } from '../io.js';
import { loadCliConfig } from '../load-config.js';
import { parseOptions } from '../options.js';

const RULES_HELP =
  "Usage: stack-verdict rules [--config PATH]\n\nLists every rule, the team's own rules too, with its severity under the configuration\n(default: .github/stack-verdict.yml of the repository, else the built-in one).\n";

/** What `rules` and `explain` were asked, validated. */
export interface RulesOptions {
  /** `--config`, relative to the current folder; undefined: the repository's own file. */
  config: string | undefined;
}

export function readRulesOptions(args: readonly string[]): RulesOptions | 'help' {
  const { values } = parseOptions(
    args,
    { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } },
    'rules',
  );
  return values.help ? 'help' : { config: values.config };
}

export async function rulesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = readRulesOptions(args);
  if (options === 'help') {
    io.stdout(RULES_HELP);
    return 0;
  }
  const { config } = await loadCliConfig(io.cwd, io.env, options.config);
  const levels = ruleLevels(config);
  const all = [...RULES, ...config.customRules];
  io.stdout(`Stack Verdict ${VERSION}, policy ${POLICY_VERSION}: ${all.length} rules\n\n`);
  const width = Math.max(...all.map((r) => r.id.length));
  for (const r of all) {
    const custom = config.customRules.includes(r as Config['customRules'][number])
      ? '  (custom)'
      : '';
    io.stdout(
      `${r.id.padEnd(width)}  ${(levels.get(r.id) ?? 'off').padEnd(7)}  ${oneLine(r.description)}${custom}\n`,
    );
  }
  return 0;
}

/** Each rule's severity under a configuration; a rule that does not run is absent. */
export function ruleLevels(config: Config): Map<string, string> {
  return new Map(engineOptionsFromConfig(config).rules.map((a) => [a.rule.id, a.severity]));
}

/** Text from a configuration on one line, without control characters. */
export function oneLine(text: string): string {
  return stripControl(text).replace(/\s+/g, ' ');
}
