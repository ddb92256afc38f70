// `stack-verdict check`: judges proposals and gates on the verdict. The options are read and
// validated first, before any file or configuration is read.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { engineOptionsFromConfig, stricterFailOn } from '../../config/index.js';
import { utcToday, type EngineOptions, type FileResult } from '../../core/engine.js';
import { formatNumber, plural } from '../../core/format.js';
import { judgedReport, judgeRead, type ReadOutcome } from '../../core/judge.js';
import { renderJson, renderJsonChunks } from '../../core/render/json.js';
import type { FailOn, Report } from '../../core/types.js';
import { DEFAULT_CONFIG_PATH } from '../../config/index.js';
import { DEFAULT_MAX_BYTES, decode, formatBytes, isInside, toReportPath } from '../../io/files.js';
import { UsageError, useColor, VERSION, type CliIo } from '../io.js';
import { loadCliConfig } from '../load-config.js';
import { isOwnerRepo, repositoryOf, withCitedArtefacts } from '../evidence-pass.js';
import { beforeArtefacts, type Artefacts } from '../../core/evidence/artefacts.js';
import { oneOf, parseOptions } from '../options.js';
import { AUTO_MIN_CORES, AUTO_MIN_FILES, judgeAll, MAX_JOBS } from '../parallel.js';
import { READ_AHEAD_MIN_FILES } from '../read-ahead.js';
import { writeReportFile } from '../report-file.js';
import { fixResults, type FixRun } from '../fix.js';
import { otherProposals } from '../others.js';
import { proposalsAmong, resolveTargets } from '../targets.js';

export const CHECK_HELP = `Usage: stack-verdict check [PATH|GLOB ...] [options]

The configuration's \`files\` globs, relative to the repository root (the git top level,
else the folder holding .github/stack-verdict.yml) from any folder, decide what is judged:
with no argument, every file they match; in a folder (\`check .\`), the files beneath it
that they match. By default: proposals/**/*.{yml,yaml,md}, **/*.proposal.{yml,yaml},
**/service-proposal.{yml,yaml}, docs/decisions/**/*.md, docs/adr/**/*.md, doc/adr/**/*.md.
A file named is judged as given; any other argument is a glob from the current folder (over
.yml, .yaml and .md files). The configuration file and CI workflow files are never found by
a folder or a glob. Report paths are relative to the repository root.
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
      --fix               write the fixes findings carry (language aliases, unquoted
                          versions, misspelt keys and values) into the files, then
                          judge the fixed files; files with nothing to fix are not touched
      --fix-dry-run       print a unified diff of what --fix would change, write nothing,
                          and judge the files as --fix would leave them
      --repository OWNER/REPO
                          the repository's name on GitHub: a constraint's link to a file
                          of it is read as that file (default: GITHUB_REPOSITORY, else
                          the origin remote)
      --skip-unmatched    of the files named, judge only those the \`files\` globs match
                          and skip the others quietly (the pre-commit hook passes every
                          staged YAML and Markdown file)
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

/** Everything `check` was asked to do, validated. */
export interface CheckOptions {
  /** Files, folders and globs to judge; empty: the configuration's `files` globs. */
  targets: string[];
  /** Judge the one proposal on standard input (`-`) instead of files. */
  fromStdin: boolean;
  /** The name the proposal read with `-` goes by; undefined: `<stdin>`. */
  stdinFilename: string | undefined;
  format: Format;
  /** Where the report in `format` is written (the terminal then gets text); undefined: none. */
  output: string | undefined;
  /** Text and compact output show errors only. */
  quiet: boolean;
  /** More unwaived warnings than this fail the run; undefined: no limit. */
  maxWarnings: number | undefined;
  /** `--config`, relative to the current folder; undefined: the repository's own file. */
  config: string | undefined;
  /** `--fail-on`; undefined: the configuration's. It never goes below a shared floor. */
  failOn: FailOn | undefined;
  /** `--max-bytes`; undefined: the configuration's. */
  maxBytes: number | undefined;
  jobs: number | 'auto';
  /** Waivers that need an approver's review count as approved. */
  assumeApproved: boolean;
  /** `--fix`: write the findings' fixes; `--fix-dry-run`: show them as a diff. */
  fix: 'write' | 'dry-run' | undefined;
  /** `--repository OWNER/REPO`; undefined: GITHUB_REPOSITORY, else the origin remote. */
  repository: string | undefined;
  /** Named files the configuration's globs do not match are skipped quietly. */
  skipUnmatched: boolean;
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
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  repository: { type: 'string' },
  'skip-unmatched': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The command line of `check` as options, or 'help'; a usage error for anything wrong. */
export function readCheckOptions(args: readonly string[]): CheckOptions | 'help' {
  const { values, positionals } = parseOptions(args, CHECK_OPTIONS, 'check');
  if (values.help) return 'help';
  const format = oneOf('--format', values.format, FORMATS);
  const failOn =
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
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && !fromStdin)
    throw new UsageError('--stdin-filename names the proposal read with -; give - as well');
  if (stdinFilename === '') throw new UsageError('--stdin-filename needs a file name');
  const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;
  if (values.fix && values['fix-dry-run'])
    throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them: give one');
  if (fix === 'write' && fromStdin)
    throw new UsageError('--fix writes files, and - reads standard input: use --fix-dry-run');
  // The diff goes to standard output: a machine-readable report there would be spoilt.
  if (fix === 'dry-run' && values.output === undefined && !['text', 'compact'].includes(format))
    throw new UsageError(
      `--fix-dry-run prints a diff on standard output: write the ${format} report with -o FILE`,
    );
  const repository = values.repository;
  if (repository !== undefined && !isOwnerRepo(repository)) {
    throw new UsageError(`--repository must be OWNER/REPO, as on GitHub; got "${repository}"`);
  }
  return {
    targets: fromStdin ? [] : positionals,
    fromStdin,
    stdinFilename,
    format,
    output: values.output,
    quiet: values.quiet === true,
    maxWarnings,
    config: values.config,
    failOn,
    maxBytes,
    jobs,
    assumeApproved: values['assume-approved'] === true,
    fix,
    repository,
    skipUnmatched: values['skip-unmatched'] === true,
  };
}

export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = readCheckOptions(args);
  if (options === 'help') {
    io.stdout(CHECK_HELP);
    return 0;
  }
  let report = await judgeForCheck(options, io);
  if (options.output !== undefined) refuseProposal(io.cwd, options.output, report);
  let fixFailed = 0;
  if (options.fix) {
    const fixed = fixResults(
      report.results,
      report.engine,
      { ...report.fixRun, write: options.fix === 'write' },
      io,
    );
    if (options.fix === 'dry-run' && fixed.diff) io.stdout(fixed.diff);
    fixFailed = fixed.failed;
    report = { ...report, report: report.rebuild(fixed.results) };
  }
  await printReport(report.report, report.engine, options, io);
  const { counts, gate } = report.report;
  let code = gate.passed ? 0 : 1;
  // Compact output has no summary line: a failed gate says why on stderr (text output's last
  // line says it; machine formats carry it in the report).
  const shown =
    options.output !== undefined
      ? options.format === 'compact'
        ? 'compact'
        : 'text'
      : options.format;
  if (code === 1 && shown === 'compact') {
    const open = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')].join(' and ');
    io.stderr(`stack-verdict: the gate fails (fail-on: ${gate.failOn}) with ${open} unwaived\n`);
  }
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    io.stderr(
      `stack-verdict: ${plural(counts.warnings, 'unwaived warning')}, more than --max-warnings ${options.maxWarnings}\n`,
    );
    code = 1;
  }
  // A file that could not be written keeps its findings, and the report says so: exit 2 as
  // for any other I/O error, unless the gate already failed.
  if (fixFailed > 0 && code === 0) code = 2;
  return code;
}

/** Loads the configuration and judges what `check` was given. */
async function judgeForCheck(
  options: CheckOptions,
  io: CliIo,
): Promise<{
  report: Report;
  engine: EngineOptions;
  results: FileResult[];
  /** The report of other results (the same files fixed), judged as this one was. */
  rebuild: (results: readonly FileResult[]) => Report;
  fixRun: Omit<FixRun, 'write'>;
  globs: readonly string[];
  scope: Scope;
}> {
  // Flags win over the configuration, which wins over the built-in defaults; but no flag
  // goes below the fail-on of a shared configuration.
  const { config, root, file } = await loadCliConfig(io.cwd, io.env, options.config);
  const failOn = stricterFailOn(options.failOn ?? config.failOn ?? 'error', config.failOnFloor);
  if (options.failOn !== undefined && failOn !== options.failOn) {
    io.stderr(
      `stack-verdict: --fail-on ${options.failOn} is looser than the shared configuration's fail-on; judging with ${failOn}\n`,
    );
  }
  const maxBytes = options.maxBytes ?? config.maxBytes;
  const today = utcToday();
  const approvals = { kind: options.assumeApproved ? 'assumed' : 'unseen' } as const;
  // Report paths are from `root`; evidence paths resolve from the git top level around it.
  const where = await repositoryOf(root, io.env, options.repository);
  // The first pass reads no artefact: only the proposals that cite a path are judged again.
  const engine: EngineOptions = beforeArtefacts({
    ...engineOptionsFromConfig(config, { today, approvals }),
    ...where.engine,
  });
  let stdinText: ReadOutcome | undefined;
  let results: FileResult[];
  let others: Awaited<ReturnType<typeof otherProposals>> = [];
  let stdin: FixRun['stdin'];
  if (options.fromStdin) {
    const name = stdinName(io.cwd, root, options.stdinFilename);
    if (options.stdinFilename !== undefined && !picomatch([...config.files])(name)) {
      io.stderr(
        `stack-verdict: note: ${name} matches none of the proposal globs (${config.files.join(', ')}); judged anyway, but a check without - would not find it\n`,
      );
    }
    stdinText = readStdin(io, maxBytes);
    results = sayWhy([judgeRead(name, stdinText, engine)]);
    if (stdinText.ok) stdin = { name, text: stdinText.text };
    // Unnamed, the text may be one of the repository's files itself: no comparison.
    if (options.stdinFilename !== undefined)
      others = await otherProposals(root, config.files, new Set([name]), maxBytes);
  } else {
    const scope = { root, configFile: file };
    let files = await resolveTargets(io.cwd, options.targets, config.files, scope);
    if (options.skipUnmatched) files = proposalsAmong(files, config.files, scope);
    const parallel = io.workerUrl
      ? {
          jobs: options.jobs,
          workerUrl: io.workerUrl,
          ...(io.readerUrl ? { readerUrl: io.readerUrl } : {}),
          configPath: file,
          configRoot: root,
          ...(config.remoteTexts ? { remoteTexts: config.remoteTexts } : {}),
          today,
          assumeApproved: options.assumeApproved,
        }
      : undefined;
    const named = await namedFiles(io.cwd, root, options.targets);
    results = sayWhy(await judgeAll(root, files, engine, maxBytes, parallel), named);
    // Files given on the command line: duplicate-service also compares with the proposals
    // the globs find that are not judged here.
    if (options.targets.length > 0) {
      const judged = new Set(files.map((f) => toReportPath(root, f)));
      others = await otherProposals(root, config.files, judged, maxBytes);
    }
  }
  // The artefacts the proposals cite, read once each through the guarded reader, and the
  // proposals that cite a path judged again with them. Report paths are from the root.
  let artefacts: Artefacts = new Map();
  results = await withCitedArtefacts(results, {
    cwd: root,
    root: where.root,
    engine,
    maxBytes,
    cap: config.maxEvidenceBytes,
    ...(stdinText ? { text: stdinText } : {}),
    after: (r) => sayWhy([r])[0]!,
    seen: (read) => (artefacts = read),
  });
  // Files fixed by --fix are judged with the artefacts this run read.
  const judging: EngineOptions = { ...engine, artefacts };
  const rebuild = (next: readonly FileResult[]): Report =>
    judgedReport(next, failOn, engine, config.chain, others);
  const fixRun = { root, maxBytes: maxBytes ?? DEFAULT_MAX_BYTES, ...(stdin ? { stdin } : {}) };
  return {
    report: rebuild(results),
    engine: judging,
    results,
    rebuild,
    fixRun,
    globs: config.files,
    scope: { root, configFile: file },
  };
}

type Scope = { root: string; configFile: string | undefined };

/** `-o` never replaces a proposal (a file this run judged, one the `files` globs match) nor the configuration. */
function refuseProposal(
  cwd: string,
  output: string,
  judged: { report: Report; globs: readonly string[]; scope: Scope },
): void {
  const absolute = path.resolve(cwd, output);
  const file = toReportPath(judged.scope.root, absolute);
  const { proposals, skipped } = judged.report;
  if (
    proposals.some((p) => p.file === file) ||
    skipped.some((s) => s.file === file) ||
    proposalsAmong([absolute], judged.globs, judged.scope).length > 0
  ) {
    throw new UsageError(
      `cannot write the report to ${output}: it is a proposal, and -o never overwrites one; choose another file`,
    );
  }
  if (file === judged.scope.configFile || /^\.github\/stack-verdict\.ya?ml$/i.test(file)) {
    throw new UsageError(
      `cannot write the report to ${output}: it is the configuration; choose another file`,
    );
  }
}

/** The report paths of the files named on the command line (not folders, not globs). */
async function namedFiles(
  cwd: string,
  root: string,
  targets: readonly string[],
): Promise<Set<string>> {
  const named = new Set<string>();
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) named.add(toReportPath(root, absolute));
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

/** The report's name of the proposal read from standard input. */
function stdinName(cwd: string, root: string, given: string | undefined): string {
  if (given === undefined) return '<stdin>';
  const absolute = path.resolve(cwd, given);
  return isInside(root, absolute) ? toReportPath(root, absolute) : given.split(path.sep).join('/');
}

function readStdin(io: CliIo, maxBytes = DEFAULT_MAX_BYTES): ReadOutcome {
  if (!io.readStdin) throw new UsageError('- reads standard input, and there is none here');
  const bytes = io.readStdin();
  return bytes.length > maxBytes
    ? {
        ok: false as const,
        message: `the input is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for a proposal; it was not read`,
      }
    : decode(bytes);
}

/** Prints the report (and writes it to --output): the file first, so a failed write prints no verdict. */
async function printReport(
  report: Report,
  engine: EngineOptions,
  options: CheckOptions,
  io: CliIo,
): Promise<void> {
  const { format, quiet } = options;
  if (options.output !== undefined) {
    writeReportFile(
      io.cwd,
      options.output,
      await render(report, engine, options, io, format, false, false),
    );
    io.stdout(
      await render(
        report,
        engine,
        options,
        io,
        format === 'compact' ? 'compact' : 'text',
        useColor(io),
        quiet,
      ),
    );
  } else if (format === 'json') {
    // In pieces: the whole report as one string was the largest allocation of a big run.
    for (const chunk of renderJsonChunks(report)) io.stdout(chunk);
  } else {
    io.stdout(
      await render(report, engine, options, io, format, format === 'text' && useColor(io), quiet),
    );
  }
}

// Only the renderer asked for is loaded: the others' code is compiled and run only when used
// (webpackMode "eager": in the one bundle file, evaluated on import()).
async function render(
  report: Report,
  engine: EngineOptions,
  options: CheckOptions,
  io: CliIo,
  format: Format,
  color: boolean,
  quiet: boolean,
): Promise<string> {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') {
    const { renderMarkdown } = await import(
      /* webpackMode: "eager" */ '../../core/render/markdown.js'
    );
    return renderMarkdown(report, {
      gatePolicy: { drafts: engine.drafts, unwaivable: engine.unwaivable },
    });
  }
  if (format === 'compact') {
    const { renderCompact } = await import(
      /* webpackMode: "eager" */ '../../core/render/compact.js'
    );
    return renderCompact(report, { errorsOnly: quiet });
  }
  if (format === 'junit' || format === 'gitlab') {
    const policy = { drafts: engine.drafts, unwaivable: engine.unwaivable };
    if (format === 'gitlab') {
      const { renderGitlab } = await import(
        /* webpackMode: "eager" */ '../../core/render/gitlab.js'
      );
      return renderGitlab(report, policy);
    }
    const { renderJunit } = await import(/* webpackMode: "eager" */ '../../core/render/junit.js');
    return renderJunit(report, policy);
  }
  if (format === 'sarif') {
    const { renderSarif } = await import(/* webpackMode: "eager" */ '../../core/render/sarif.js');
    return renderSarif(report, {
      toolVersion: VERSION,
      informationUri: 'https://github.com/stack-verdict/stack-verdict',
      rules: engine.knownRules,
      docsUrl: engine.docsUrl,
    });
  }
  const { renderText } = await import(/* webpackMode: "eager" */ '../../core/render/text.js');
  const textOptions = {
    color,
    ...(io.isTTY && io.columns ? { width: io.columns } : {}),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
  };
  if (quiet) return quietText(report, textOptions, renderText, options.maxWarnings);
  const pending = pendingWaivers(report);
  return renderText(report, textOptions) + (pending > 0 ? `\n${pendingNote(pending)}\n` : '');
}

/** Waivers held back only because the CLI cannot see reviews. */
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
