import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  engineOptionsFromConfig,
  formatConfigProblem,
  stricterFailOn,
  type Config,
} from '../config/index.js';
import {
  buildReport,
  judgeFile,
  unreadableFile,
  utcToday,
  type EngineOptions,
  type FileResult,
} from '../core/engine.js';
import { formatNumber, plural } from '../core/format.js';
import { POLICY_VERSION } from '../core/policy.js';
import { renderJson, renderJsonChunks } from '../core/render/json.js';
import { stripControl } from '../core/render/escape.js';
import { findRule, RULES } from '../core/rules/index.js';
import { didYouMean } from '../core/suggest.js';
import type { FailOn, Report } from '../core/types.js';
import { DEFAULT_MAX_BYTES, decode, formatBytes, isInside, toReportPath } from '../io/files.js';
import { resolveTargets, UsageError } from './check.js';
import { parseOptions } from './options.js';
import { writeReportFile } from './output.js';
import { AUTO_MIN_CORES, AUTO_MIN_FILES, judgeAll, MAX_JOBS } from './parallel.js';
import { READ_AHEAD_MIN_FILES } from './read-ahead.js';
import { loadCliConfig } from './config-location.js';
import { otherProposals } from './others.js';
import pkg from '../../package.json' with { type: 'json' };

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** The terminal's width when standard output is one; absent: text output is not wrapped. */
  columns?: number;
  /** All of standard input (`check -`); absent: there is none. */
  readStdin?: () => Uint8Array;
  /** The CLI's own script, run by worker threads for large checks; absent: one thread. */
  workerUrl?: URL;
  /** The read-ahead thread's script (dist/cli/reader.js); absent: no read-ahead. */
  readerUrl?: URL;
}

/** package.json's version, put in the bundle at build time (the JSON import is inlined). */
export const VERSION: string = pkg.version;

const MAIN_HELP = `Usage: stack-verdict <command> [options]

Judges the language choice in service proposals against the Go/Rust policy.

Commands:
  check [PATH|GLOB ...]   judge proposals (default: the default globs from here)
  rules                   list the rules (with --config: as the configuration sets them)
  explain RULE            print one rule's documentation
  config --print          print the merged configuration, naming each value's file
  init SERVICE            write a commented proposal skeleton to proposals/SERVICE.yaml
  portfolio [PATH ...]    one page of every service decision (markdown, json or html)

Options:
  -h, --help              show help (also after a command)
  -v, --version           print the version
`;

const CHECK_HELP = `Usage: stack-verdict check [PATH|GLOB ...] [options]

A file is judged as given; a folder means every .yml, .yaml and .md file beneath it;
anything else is a glob from the current folder. With no argument the configuration's
\`files\` globs are used, by default: proposals/**/*.{yml,yaml,md}, **/*.proposal.{yml,yaml},
**/service-proposal.{yml,yaml}, docs/decisions/**/*.md, docs/adr/**/*.md, doc/adr/**/*.md.
A decision record whose front matter holds no proposal field is skipped silently when found
by globs or in a folder; named as a file, the output says why it was skipped (exit 0).

Options:
  -                       read one proposal from standard input
  -f, --format FORMAT     text (default), compact, json, markdown, sarif, junit (JUnit XML
                          for Jenkins, GitLab and Azure DevOps) or gitlab (GitLab Code
                          Quality JSON)
      --stdin-filename N  the name of the proposal read with -: the report shows it, and
                          its extension says whether it is YAML or Markdown
  -o, --output FILE       write the report (in --format) to FILE; the terminal gets the
                          text output
  -q, --quiet             print errors only (text and compact output; -o files are whole)
      --max-warnings N    fail when there are more than N unwaived warnings
      --config PATH       the team's configuration (default: ${DEFAULT_CONFIG_PATH} of the
                          repository, found from any folder in it, if it exists)
      --fail-on LEVEL     error, warning or never (default: the configuration's, else error)
      --max-bytes N       largest proposal file read, in bytes (default: the configuration's,
                          else 1048576)
      --assume-approved   take waivers that need an approver's review as approved (the CLI
                          cannot see pull-request reviews)
  -j, --jobs N|auto       threads that judge the files, 1 to ${MAX_JOBS}; auto (default): one per
                          core (at most 4) from ${formatNumber(AUTO_MIN_FILES)} files on ${AUTO_MIN_CORES} cores
                          or more, else one, with a thread that reads the files ahead from
                          ${formatNumber(READ_AHEAD_MIN_FILES)} files on 2 cores or more
  -h, --help              show this help

Exit status: 0 the gate passes, 1 the gate fails (or too many warnings),
2 usage, configuration or I/O error.
`;

const FORMATS = ['text', 'compact', 'json', 'markdown', 'sarif', 'junit', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];
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
      io.stderr(`stack-verdict: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
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
      return (await import(/* webpackMode: "eager" */ './init.js')).initCommand(rest, io);
    case 'explain':
      return explain(rest, io);
    case 'portfolio':
      return (await import(/* webpackMode: "eager" */ './portfolio.js')).portfolioCommand(rest, io);
    case 'config':
      return (await import(/* webpackMode: "eager" */ './config-command.js')).configCommand(
        rest,
        io,
      );
    default:
      throw new UsageError(
        `unknown command "${command}".${didYouMean(command, ['check', 'rules', 'explain', 'init', 'portfolio', 'config'])} See stack-verdict --help`,
      );
  }
}

const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  'max-bytes': { type: 'string' },
  jobs: { type: 'string', short: 'j', default: 'auto' },
  'stdin-filename': { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'assume-approved': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, CHECK_OPTIONS, 'check');
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
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings']))
      throw new UsageError(
        `--max-warnings must be a whole number (0 or more); got "${values['max-warnings']}"`,
      );
    maxWarnings = Number(values['max-warnings']);
  }
  if (values.output === '') throw new UsageError('--output needs the path of a file');
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1)
    throw new UsageError('- (standard input) cannot be mixed with paths: check one or the other');
  if (values['stdin-filename'] !== undefined && !fromStdin)
    throw new UsageError('--stdin-filename names the proposal read with -; give - as well');
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
  const today = utcToday();
  const assumeApproved = values['assume-approved'] === true;
  const approvals = { kind: assumeApproved ? 'assumed' : 'unseen' } as const;
  const options = engineOptionsFromConfig(config, { today, approvals });
  let report: Report;
  if (fromStdin) {
    const name = stdinName(io.cwd, values['stdin-filename']);
    if (values['stdin-filename'] !== undefined && !picomatch([...config.files])(name)) {
      io.stderr(
        `stack-verdict: note: ${name} matches none of the proposal globs (${config.files.join(', ')}); judged anyway, but a check without - would not find it\n`,
      );
    }
    // Unnamed, the text may be one of the repository's files itself: no comparison.
    const others =
      values['stdin-filename'] === undefined
        ? []
        : await otherProposals(io.cwd, config.files, new Set([name]), maxBytes);
    report = buildReport(
      sayWhy([judgeStdin(io, name, options, maxBytes)]),
      failOn,
      options,
      others,
    );
  } else {
    const files = await resolveTargets(io.cwd, positionals, config.files);
    const parallel = io.workerUrl
      ? {
          jobs,
          workerUrl: io.workerUrl,
          ...(io.readerUrl ? { readerUrl: io.readerUrl } : {}),
          configPath: file,
          configRoot: root,
          ...(config.remoteTexts ? { remoteTexts: config.remoteTexts } : {}),
          today,
          assumeApproved,
        }
      : undefined;
    const named = await namedFiles(io.cwd, positionals);
    // Files given on the command line: duplicate-service also compares with the proposals
    // the globs find that are not judged here.
    const others =
      positionals.length === 0
        ? []
        : await otherProposals(
            io.cwd,
            config.files,
            new Set(files.map((f) => toReportPath(io.cwd, f))),
            maxBytes,
          );
    report = buildReport(
      sayWhy(await judgeAll(io.cwd, files, options, maxBytes, parallel), named),
      failOn,
      options,
      others,
    );
  }
  report = { ...report, config: { chain: [...(config.chain ?? [])] } }; // issue 14: who judged
  // Only the renderer asked for is loaded: the others' code is compiled and run only when
  // used (webpackMode "eager": in the one bundle file, evaluated on import()).
  const render = async (f: Format, color: boolean, quiet: boolean): Promise<string> => {
    if (f === 'json') return renderJson(report);
    if (f === 'markdown') {
      const { renderMarkdown } = await import(
        /* webpackMode: "eager" */ '../core/render/markdown.js'
      );
      return renderMarkdown(report);
    }
    if (f === 'compact') {
      const { renderCompact } = await import(
        /* webpackMode: "eager" */ '../core/render/compact.js'
      );
      return renderCompact(report, { errorsOnly: quiet });
    }
    if (f === 'junit' || f === 'gitlab') {
      const policy = { drafts: options.drafts, unwaivable: options.unwaivable };
      if (f === 'gitlab') {
        const { renderGitlab } = await import(
          /* webpackMode: "eager" */ '../core/render/gitlab.js'
        );
        return renderGitlab(report, policy);
      }
      const { renderJunit } = await import(/* webpackMode: "eager" */ '../core/render/junit.js');
      return renderJunit(report, policy);
    }
    if (f === 'sarif') {
      const { renderSarif } = await import(/* webpackMode: "eager" */ '../core/render/sarif.js');
      return renderSarif(report, {
        toolVersion: VERSION,
        informationUri: 'https://github.com/stack-verdict/stack-verdict',
        rules: options.knownRules,
        docsUrl: options.docsUrl,
      });
    }
    const { renderText } = await import(/* webpackMode: "eager" */ '../core/render/text.js');
    const textOptions = {
      color,
      ...(io.isTTY && io.columns ? { width: io.columns } : {}),
      ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    };
    if (quiet) return quietText(report, textOptions, renderText, maxWarnings);
    const pending = pendingWaivers(report);
    return renderText(report, textOptions) + (pending > 0 ? `\n${pendingNote(pending)}\n` : '');
  };
  const quiet = Boolean(values.quiet);
  if (values.output !== undefined) {
    // The file first: when it cannot be written, the run fails before printing a verdict.
    writeReportFile(io.cwd, values.output, await render(format, false, false));
    io.stdout(await render(format === 'compact' ? 'compact' : 'text', useColor(io), quiet));
  } else if (format === 'json') {
    // In pieces: the whole report as one string was the largest allocation of a big run.
    for (const chunk of renderJsonChunks(report)) io.stdout(chunk);
  } else {
    io.stdout(await render(format, format === 'text' && useColor(io), quiet));
  }
  let code = report.gate.passed ? 0 : 1;
  // Compact output has no summary line: a failed gate says why on stderr (text output's last
  // line says it; machine formats carry it in the report).
  const shown = values.output !== undefined ? (format === 'compact' ? 'compact' : 'text') : format;
  if (code === 1 && shown === 'compact') {
    const c = report.counts;
    const open = [plural(c.errors, 'error'), plural(c.warnings, 'warning')].join(' and ');
    io.stderr(
      `stack-verdict: the gate fails (fail-on: ${report.gate.failOn}) with ${open} unwaived\n`,
    );
  }
  if (maxWarnings !== undefined && report.counts.warnings > maxWarnings) {
    io.stderr(
      `stack-verdict: ${plural(report.counts.warnings, 'unwaived warning')}, more than --max-warnings ${maxWarnings}\n`,
    );
    code = 1;
  }
  return code;
}

/** The report paths of the files named on the command line (not folders, not globs). */
async function namedFiles(cwd: string, targets: readonly string[]): Promise<Set<string>> {
  const named = new Set<string>();
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) named.add(toReportPath(cwd, absolute));
  }
  return named;
}

/**
 * A decision record that is not a proposal is left out silently when globs or a folder
 * found it; named on the command line (or read from standard input), the report says why.
 */
function sayWhy(results: FileResult[], named?: ReadonlySet<string>): FileResult[] {
  return results.map((r) =>
    r.kind === 'skipped' && r.quiet && (!named || named.has(r.skipped.file))
      ? { kind: 'skipped', skipped: r.skipped }
      : r,
  );
}

/** Waivers held back only because the CLI cannot see reviews (issue 14). */
function pendingWaivers(report: Report): number {
  let n = 0;
  for (const p of report.proposals)
    for (const f of p.findings) if (f.waiverApproval?.status === 'pending') n++;
  return n;
}

function pendingNote(n: number): string {
  const which = n === 1 ? 'a waiver that needs' : `${n} waivers that need`;
  return `Approvals: the CLI cannot see pull-request reviews, so ${which} an approver's approval (configuration \`approvers\`) counts as pending and its finding counts. Pass --assume-approved to judge as if approved.`;
}

/** The report's name of the proposal read from standard input. */
function stdinName(cwd: string, given: string | undefined): string {
  if (given === undefined) return '<stdin>';
  if (given === '') throw new UsageError('--stdin-filename needs a file name');
  const absolute = path.resolve(cwd, given);
  return isInside(cwd, absolute) ? toReportPath(cwd, absolute) : given.split(path.sep).join('/');
}

function judgeStdin(
  io: CliIo,
  name: string,
  options: EngineOptions,
  maxBytes = DEFAULT_MAX_BYTES,
): FileResult {
  if (!io.readStdin) throw new UsageError('- reads standard input, and there is none here');
  const bytes = io.readStdin();
  const read =
    bytes.length > maxBytes
      ? {
          ok: false as const,
          message: `the input is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for a proposal; it was not read`,
        }
      : decode(bytes);
  return read.ok
    ? judgeFile(name, read.text, options)
    : { kind: 'proposal', report: unreadableFile(name, read.message, options) };
}

/**
 * --quiet text: only the proposals with unwaived errors, and only those findings; nothing at
 * all when there is none. The last line still counts everything, as the JSON report does.
 */
function quietText<O>(
  report: Report,
  options: O,
  renderText: (report: Report, options: O) => string,
  maxWarnings: number | undefined,
): string {
  if (report.counts.errors === 0) {
    // Exit 1 without an error (fail-on warning, --max-warnings) still says why, in one line.
    const fails =
      !report.gate.passed || (maxWarnings !== undefined && report.counts.warnings > maxWarnings);
    return fails ? renderText({ ...report, proposals: [], skipped: [] }, options) : '';
  }
  const proposals = report.proposals
    .map((p) => ({ ...p, findings: p.findings.filter((f) => !f.waived && f.severity === 'error') }))
    .filter((p) => p.findings.length > 0);
  return renderText({ ...report, proposals, skipped: [] }, options);
}

async function rules(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(
    args,
    { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } },
    'rules',
  );
  if (values.help) {
    io.stdout(
      "Usage: stack-verdict rules [--config PATH]\n\nLists every rule, the team's own rules too, with its severity under the configuration\n(default: .github/stack-verdict.yml of the repository, else the built-in one).\n",
    );
    return 0;
  }
  const { config } = await loadCliConfig(io.cwd, io.env, values.config);
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
function ruleLevels(config: Config): Map<string, string> {
  return new Map(engineOptionsFromConfig(config).rules.map((a) => [a.rule.id, a.severity]));
}

async function explain(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { help: { type: 'boolean', short: 'h' }, config: { type: 'string' } },
    'explain',
  );
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
