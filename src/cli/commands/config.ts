// `stack-verdict config --print`: the configuration the CLI would judge with, merged through
// its `extends` chain, as YAML; each value's comment names the file it came from.

import { stringify } from 'yaml';
import { stripControl } from '../../core/render/escape.js';
import { UsageError, type CliIo } from '../io.js';
import { loadCliConfig } from '../load-config.js';
import { parseOptions } from '../options.js';

const HELP = `Usage: stack-verdict config --print [--config PATH]

Prints the configuration Stack Verdict judges with: the repository's own file merged over
what it extends, as YAML. The comment after each value names the file it came from; what no
file sets is the built-in default.

Options:
      --print             print the merged configuration
      --config PATH       the configuration (default: .github/stack-verdict.yml of the repository)
  -h, --help              show this help
`;

// The order a person would write them in.
const ORDER = [
  'extends',
  'fail-on',
  'drafts',
  'max-bytes',
  'files',
  'rules',
  'settings',
  'unwaivable',
];

/** What `config` was asked, validated. */
export interface ConfigOptions {
  /** `--config`, relative to the current folder; undefined: the repository's own file. */
  config: string | undefined;
}

export function readConfigOptions(args: readonly string[]): ConfigOptions | 'help' {
  const { values } = parseOptions(
    args,
    {
      print: { type: 'boolean' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'config',
    false,
  );
  if (values.help) return 'help';
  // --print is the only thing config does today; asking for it keeps room for others.
  if (!values.print) throw new UsageError('config needs --print; see stack-verdict config --help');
  return { config: values.config };
}

export async function configCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = readConfigOptions(args);
  if (options === 'help') {
    io.stdout(HELP);
    return 0;
  }
  const { config } = await loadCliConfig(io.cwd, io.env, options.config);
  io.stdout(printConfig(config.values ?? {}, config.origins ?? new Map(), config.chain ?? []));
  return 0;
}

/** The YAML text; `origins` maps `rules.ID`, `settings.KEY`, `unwaivable.ID`, `custom-rules.ID` or a key to a file. */
export function printConfig(
  values: Readonly<Record<string, unknown>>,
  origins: ReadonlyMap<string, string>,
  chain: readonly string[],
): string {
  const from = (key: string) => ` # ${clean(origins.get(key) ?? 'built-in default')}`;
  const scalar = (v: unknown) =>
    stringify(v, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  const out = [
    `# The configuration Stack Verdict judges with: ${chain.length ? chain.map(clean).join(' → ') : 'the built-in configuration'}`,
    '# After each value, the file it comes from; anything not listed is the built-in default.',
  ];
  out.push(`extends: ${scalar(values.extends ?? 'recommended')}${from('extends')}`);
  const keys = [
    ...ORDER.filter((k) => k !== 'extends' && k in values),
    ...Object.keys(values).filter((k) => !ORDER.includes(k) && k !== 'custom-rules'),
    ...('custom-rules' in values ? ['custom-rules'] : []),
  ];
  for (const key of keys) {
    const value = values[key];
    if ((key === 'rules' || key === 'settings') && isRecord(value)) {
      out.push(`${key}:`);
      for (const [k, v] of Object.entries(value)) {
        out.push(`  ${scalar(k)}: ${flow(v)}${from(`${key}.${k}`)}`);
      }
    } else if (key === 'unwaivable' && Array.isArray(value)) {
      out.push('unwaivable:');
      for (const id of value) out.push(`  - ${scalar(id)}${from(`unwaivable.${String(id)}`)}`);
    } else if (key === 'custom-rules' && Array.isArray(value)) {
      out.push('custom-rules:');
      for (const rule of value) {
        const id = isRecord(rule) ? String(rule.id) : '';
        out.push(`  #${from(`custom-rules.${id}`).slice(2)}`);
        const text = stringify([rule], { lineWidth: 0 }).trimEnd();
        out.push(...text.split('\n').map((line) => `  ${line}`));
      }
    } else if (Array.isArray(value)) {
      out.push(`${key}:${from(key)}`);
      for (const v of value) out.push(`  - ${flow(v)}`);
    } else out.push(`${scalar(key)}: ${flow(value)}${from(key)}`);
  }
  return `${out.join('\n')}\n`;
}

/** A value on one line (lists as [a, b]). */
function flow(v: unknown): string {
  return stringify(v, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
}

/** A file name in a comment: one line, no control characters. */
function clean(name: string): string {
  return stripControl(name).replace(/\s+/g, ' ');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
