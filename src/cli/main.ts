import { parseArgs } from 'node:util';
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  engineOptionsFromConfig,
  formatConfigProblem,
  stricterFailOn,
  type Config,
} from '../config/index.js';
import { buildReport, utcToday } from '../core/engine.js';
import { renderJson } from '../core/render/json.js';
import { renderMarkdown } from '../core/render/markdown.js';
import { renderSarif } from '../core/render/sarif.js';
import { renderText } from '../core/render/text.js';
import { stripControl } from '../core/render/escape.js';
import { findRule, RULES } from '../core/rules/index.js';
import { didYouMean } from '../core/suggest.js';
import type { FailOn } from '../core/types.js';
import { resolveTargets, UsageError } from './check.js';
import { AUTO_MIN_FILES, judgeAll, MAX_JOBS } from './parallel.js';
import { initCommand } from './init.js';
import { configCommand } from './config-command.js';
import { loadCliConfig } from './config-location.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** The CLI's own script, run by worker threads for large checks; absent: one thread. */
  workerUrl?: URL;
}

export const VERSION = '1.0.0';

const MAIN_HELP = `Usage: stack-verdict <command> [options]

Judges the language choice in service proposals against the Go/Rust policy.

Commands:
  check [PATH|GLOB ...]   judge proposals (default: the default globs from here)
  rules                   list the rules (with --config: as the configuration sets them)
  explain RULE            print one rule's documentation
  config --print          print the merged configuration, naming each value's file
  init SERVICE            write a commented proposal skeleton to proposals/SERVICE.yaml

Options:
  -h, --help              show help (also after a command)
  -v, --version           print the version
`;

const CHECK_HELP = `Usage: stack-verdict check [PATH|GLOB ...] [options]

A file is judged as given; a folder means every .yml, .yaml and .md file beneath it;
anything else is a glob from the current folder. With no argument the configuration's
\`files\` globs are used, by default: proposals/**/*.{yml,yaml,md}, **/*.proposal.{yml,yaml},
**/service-proposal.{yml,yaml}.

Options:
  -f, --format FORMAT     text (default), json, markdown or sarif
      --config PATH       the team's configuration (default: ${DEFAULT_CONFIG_PATH} of the
                          repository, found from any folder in it, if it exists)
      --fail-on LEVEL     error, warning or never (default: the configuration's, else error)
      --max-bytes N       largest proposal file read, in bytes (default: the configuration's,
                          else 1048576)
  -j, --jobs N|auto       threads that judge the files, 1 to ${MAX_JOBS}; auto (default): one per
                          core (at most 4) from ${AUTO_MIN_FILES.toLocaleString('en-US')} files, else one
  -h, --help              show this help

Exit status: 0 the gate passes, 1 the gate fails, 2 usage, configuration or I/O error.
`;

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) io.stderr(`stack-verdict: ${formatConfigProblem(p)}\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`stack-verdict: ${err.message}\n`);
      return 2;
    }
    if (
      err instanceof TypeError &&
      'code' in err &&
      String(err.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`stack-verdict: ${err.message}\n`);
      return 2;
    }
    io.stderr(`stack-verdict: ${(err as Error).message}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'check':
      return check(rest, io);
    case 'rules':
      return rules(rest, io);
    case 'init':
      return initCommand(rest, io);
    case 'explain':
      return explain(rest, io);
    case 'config':
      return configCommand(rest, io);
    default:
      throw new UsageError(
        `unknown command "${command}".${didYouMean(command, ['check', 'rules', 'explain', 'init', 'config'])} See stack-verdict --help`,
      );
  }
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      'max-bytes': { type: 'string' },
      jobs: { type: 'string', short: 'j', default: 'auto' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = oneOf('--format', values.format, FORMATS);
  const failOnFlag =
    values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON);
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    maxBytes = Number(values['max-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      throw new UsageError(
        `--max-bytes must be a whole number of bytes; got "${values['max-bytes']}"`,
      );
    }
  }
  const jobs: number | 'auto' = values.jobs === 'auto' ? 'auto' : Number(values.jobs);
  // Digits only (Number() also reads "0x4" and "2e1"); each thread loads the whole engine.
  if (jobs !== 'auto' && (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > MAX_JOBS)) {
    throw new UsageError(
      `--jobs must be "auto" or a whole number from 1 to ${MAX_JOBS}; got "${values.jobs}"`,
    );
  }
  // Flags win over the configuration, which wins over the built-in defaults; but no flag
  // goes below the fail-on of a shared configuration (issue 14).
  const { config, root, file } = await loadCliConfig(io.cwd, io.env, values.config);
  const failOn = stricterFailOn(failOnFlag ?? config.failOn ?? 'error', config.failOnFloor);
  if (failOnFlag !== undefined && failOn !== failOnFlag) {
    io.stderr(
      `stack-verdict: --fail-on ${failOnFlag} is looser than the shared configuration's fail-on; judging with ${failOn}\n`,
    );
  }
  maxBytes ??= config.maxBytes;
  const files = await resolveTargets(io.cwd, positionals, config.files);
  const today = utcToday();
  const options = engineOptionsFromConfig(config, { today });
  const parallel = io.workerUrl
    ? {
        jobs,
        workerUrl: io.workerUrl,
        configPath: file,
        configRoot: root,
        ...(config.remoteTexts ? { remoteTexts: config.remoteTexts } : {}),
        today,
      }
    : undefined;
  const report = {
    ...buildReport(await judgeAll(io.cwd, files, options, maxBytes, parallel), failOn, options),
    config: { chain: [...(config.chain ?? [])] },
  };
  if (format === 'json') io.stdout(renderJson(report));
  else if (format === 'markdown') io.stdout(renderMarkdown(report));
  else if (format === 'sarif') {
    io.stdout(
      renderSarif(report, {
        toolVersion: VERSION,
        informationUri: 'https://github.com/stack-verdict/stack-verdict',
        rules: options.knownRules,
        docsUrl: options.docsUrl,
      }),
    );
  } else io.stdout(renderText(report, { color: useColor(io) }));
  return report.gate.passed ? 0 : 1;
}

async function rules(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } },
  });
  if (values.help) {
    io.stdout(
      "Usage: stack-verdict rules [--config PATH]\n\nLists every rule, the team's own rules too, with its severity under the configuration\n(default: .github/stack-verdict.yml of the repository, else the built-in one).\n",
    );
    return 0;
  }
  const { config } = await loadCliConfig(io.cwd, io.env, values.config);
  const levels = ruleLevels(config);
  const all = [...RULES, ...config.customRules];
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
function ruleLevels(config: Config): Map<string, string> {
  return new Map(engineOptionsFromConfig(config).rules.map((a) => [a.rule.id, a.severity]));
}

async function explain(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } },
  });
  if (values.help) {
    io.stdout(
      "Usage: stack-verdict explain RULE [--config PATH]\n\nPrints a rule's documentation, a custom rule's too, with its severity under the configuration.\n",
    );
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule id; `stack-verdict rules` lists them');
  const { config } = await loadCliConfig(io.cwd, io.env, values.config);
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
    throw new UsageError(
      `no rule "${id}".${didYouMean(
        id,
        [...RULES, ...config.customRules].map((r) => r.id),
      )}`,
    );
  }
  const indent = (s: string) => s.trimEnd().replace(/^/gm, '    ');
  const shown = level === rule.severity ? rule.severity : `${level}; default ${rule.severity}`;
  io.stdout(
    `${rule.id} (${shown})\n\n${rule.description}\n\nWhy\n${indent(rule.docs.why)}\n\nFix\n${indent(rule.docs.fix)}\n\nFires on\n${indent(rule.docs.fires)}\n\nDoes not fire on\n${indent(rule.docs.passes)}\n`,
  );
  return 0;
}

/** Text from a configuration on one line, without control characters. */
function oneLine(text: string): string {
  return stripControl(text).replace(/\s+/g, ' ');
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY && io.env.TERM !== 'dumb';
}
