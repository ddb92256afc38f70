// `stack-verdict rules`: every rule, the team's own too, with its severity under the configuration.

import { engineOptionsFromConfig, type Config } from '../../config/index.js';
import { POLICY_VERSION } from '../../core/policy.js';
import { escapeMarkdown, safeUrl, stripControl } from '../../core/render/escape.js';
import { RULES } from '../../core/rules/index.js';
import { VERSION, type CliIo } from '../io.js';
import { loadCliConfig } from '../load-config.js';
import { oneOf, parseOptions } from '../options.js';

const RULES_HELP = `Usage: stack-verdict rules [options]

Lists every rule, the team's own rules too, with its severity under the configuration
(default: .github/stack-verdict.yml of the repository, else the built-in one).

Options:
  -f, --format FORMAT     text (default), json or markdown (a table for a wiki or a README)
      --config PATH       the team's configuration
  -h, --help              show this help
`;

const FORMATS = ['text', 'json', 'markdown'] as const;

/** What `rules` was asked, validated. */
export interface RulesOptions {
  /** `--config`, relative to the current folder; undefined: the repository's own file. */
  config: string | undefined;
  format: (typeof FORMATS)[number];
}

export function readRulesOptions(args: readonly string[]): RulesOptions | 'help' {
  const { values } = parseOptions(
    args,
    {
      help: { type: 'boolean', short: 'h' },
      config: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'text' },
    },
    'rules',
    false,
  );
  if (values.help) return 'help';
  return { config: values.config, format: oneOf('--format', values.format, FORMATS) };
}

/** One rule as `rules --format json` lists it. */
export interface RuleEntry {
  id: string;
  /** Its severity under the configuration; `off`: it does not run. */
  severity: string;
  /** Its severity when no configuration changes it. */
  defaultSeverity: string;
  description: string;
  /** A team's own rule (configuration `custom-rules`). */
  custom: boolean;
  /** Its documentation; absent for a custom rule without a link. */
  docs?: string;
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
  if (options.format !== 'text') {
    const docsUrl = engineOptionsFromConfig(config).docsUrl;
    const entries = all.map((r): RuleEntry => {
      const docs = docsUrl(r);
      return {
        id: r.id,
        severity: levels.get(r.id) ?? 'off',
        defaultSeverity: r.severity,
        description: oneLine(r.description),
        custom: config.customRules.includes(r as Config['customRules'][number]),
        ...(docs !== undefined ? { docs } : {}),
      };
    });
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify({ version: VERSION, policy: POLICY_VERSION, rules: entries }, null, 2)}\n`
        : rulesMarkdown(entries),
    );
    return 0;
  }
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

/**
 * The rules as a Markdown table. Rule ids and descriptions of custom rules come from a
 * configuration: escaped as text, so that none can link, mention or break the table.
 */
function rulesMarkdown(entries: readonly RuleEntry[]): string {
  const rows = entries.map((e) => {
    const url = e.docs === undefined ? undefined : safeUrl(e.docs);
    const id = `\`${e.id.replace(/[`|]/g, '')}\``;
    const severity =
      e.severity === e.defaultSeverity
        ? e.severity
        : `${e.severity} (default ${e.defaultSeverity})`;
    return `| ${url ? `[${id}](${url})` : id} | ${severity} | ${escapeMarkdown(e.description)}${e.custom ? ' (custom)' : ''} |`;
  });
  return [
    `Stack Verdict ${VERSION}, policy ${POLICY_VERSION}: ${entries.length} rules`,
    '',
    '| Rule | Severity | What it checks |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
