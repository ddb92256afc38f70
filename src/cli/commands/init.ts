// `stack-verdict init SERVICE`: writes a commented proposal skeleton to proposals/SERVICE.yaml.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_GLOBS, isInside, toReportPath } from '../../io/files.js';
import { UsageError, type CliIo } from '../io.js';
import { findRoot } from '../load-config.js';
import { parseOptions } from '../options.js';

/**
 * The proposal's JSON Schema in a local install of the package (npm install --save-dev), for
 * editors (yaml-language-server). The package is not on a registry and the schema not at a
 * public address, so a path to the installed file is the reference that resolves.
 */
export const SCHEMA_IN_PACKAGE = 'node_modules/stack-verdict/schema/proposal.schema.json';
export const RULES_DOCS_URL = 'https://github.com/stack-verdict/stack-verdict/tree/v1/docs/rules';
export const DEFAULT_INIT_DIR = 'proposals';

/** A service name as the proposal format expects it: kebab-case, like `billing-ledger`. */
export const SERVICE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_SERVICE_LENGTH = 63;

/** What `initCommand` needs from the CLI's io. */
export type InitIo = Pick<CliIo, 'cwd' | 'stdout' | 'stderr'>;

export const INIT_HELP = `Usage: stack-verdict init SERVICE [options]

Writes a commented service proposal to proposals/SERVICE.yaml, ready to fill in.
SERVICE is the service's name in kebab-case, e.g. billing-ledger.

Options:
      --dir DIR           folder to write to (default: proposals)
      --stdout            print the proposal instead of writing a file
  -h, --help              show this help

An existing file is never overwritten.
Exit status: 0 written, 2 usage error or the file exists.
`;

const COMMENT_COLUMN = 38;

/** One line of the skeleton: YAML (or commented-out YAML) with an aligned comment. */
function row(code: string, comment?: string): string {
  if (comment === undefined) return code;
  const pad = Math.max(code.length + 1, COMMENT_COLUMN);
  return `${code.padEnd(pad)}# ${comment}`;
}

/**
 * A commented YAML proposal for `service`. Required fields are filled in with the policy's
 * defaults; every optional field is present but commented out, with an example value.
 * As written it is a valid proposal (test/docs/init.test.ts checks it against the schema).
 * `schema`: the schema's path from the proposal's folder, for editors; undefined: a comment
 * saying how to get one.
 */
export function proposalSkeleton(service: string, schema?: string): string {
  if (!SERVICE_NAME.test(service)) {
    throw new Error(`"${service}" is not a kebab-case service name`);
  }
  const lines = [
    schema !== undefined
      ? `# yaml-language-server: $schema=${schema}`
      : '# Editors check this file as you type once stack-verdict is installed in the repository',
    ...(schema !== undefined
      ? []
      : [
          '# (npm install --save-dev stack-verdict-VERSION.tgz) and the proposal is written again.',
        ]),
    '#',
    `# Service proposal for ${service}.`,
    '#',
    '# Stack Verdict judges the language chosen here on every pull request: Go by default, Rust',
    '# when a hard constraint has been measured or the work is of a kind where Rust clearly pays',
    '# off. Required fields are filled in; optional ones are commented out with an example value.',
    '# To use one, delete the "# " in front of it and keep its indentation.',
    `# What each rule checks: ${RULES_DOCS_URL}`,
    '',
    row(`service: ${service}`, "required: the service's name, in kebab-case"),
    row('# summary: What the service does, in one sentence.'),
    row('# owner: "@acme/payments"', 'the team or person who owns the service'),
    row('status: proposed', 'draft | proposed | accepted | rejected | superseded'),
    row('', '  (a draft is judged but never fails the check)'),
    row('language: go', 'required: go | rust | any other language, in lower case'),
    row('kind: http-api', 'optional: http-api | grpc-service | crud-service |'),
    row('', '  worker | cli | data-pipeline | library, or systems'),
    row('', '  software (database | message-broker | network-proxy |'),
    row('', '  runtime | compiler)'),
    row('workload:', 'optional: what the service spends its time on'),
    row('  bound: io', 'required in workload: io (waits on databases, network) |'),
    row('', '  cpu | mixed'),
    row('  # hot-path: [parsing]', 'compression | cryptography | video-encoding |'),
    row('', '  ml-inference | parsing | search-indexing |'),
    row('', '  data-processing | in-memory-cache | image-processing'),
    row('  # protocol: http', 'http | grpc | custom-binary'),
    row('  # latency:', 'latency targets'),
    row('  #   p99-ms: 50', 'P99 in milliseconds'),
    row('  #   p999-ms: 120', 'P99.9 in milliseconds'),
    row('  #   deterministic-tail: false', 'true: needs a predictable P99.9, no GC pauses'),
    row('  # cold-start-ms: 300', 'the start-up time the service must meet'),
    row('  # memory-budget-mb: 512', 'the memory the service may use'),
    row('  # ffi: none', 'none | c | cpp: must embed into a C/C++ codebase'),
    '',
    '# The constraints that drove the choice, each with how it was measured, a link to the',
    '# measurement (evidence) and what was seen (observed). Rust needs one measured in',
    '# production or a load test, unless the workload itself calls for Rust.',
    row('# constraints:'),
    row('#   - type: memory', 'memory | cpu | gc-pauses | tail-latency |'),
    row('#', '  throughput | cold-start | build-time'),
    row('#     source: production', 'production | load-test | benchmark | estimate'),
    row('#     evidence: https://grafana.example.com/d/abc'),
    row('#     observed: "RSS 14 GB at 8M cache entries"'),
    row('#     runtime: go1.24', 'the runtime measured: goX.Y or rustc X.Y'),
    row('#     trend: growing', 'steady | growing | spiky'),
    row('#     limit: "RSS <= 16 GB"', 'the target the service must meet'),
    row('#     met: false', 'true: the limit was met, not a hard constraint'),
    row('#     leak-checked: false', 'true: the goroutineleak profile found no leak'),
    row('#     metric: http_req_duration', 'the figure meant, when evidence has several'),
    '',
    '# The engineers who will build and run the service. The Rust rules weigh onboarding,',
    '# hiring and attrition from these numbers, and ask for them when Rust is chosen.',
    row('# team:'),
    row('#   size: 6', 'engineers on the service'),
    row('#   rust-experience: 0', 'engineers who have shipped Rust in production'),
    row('#   go-experience: 4', 'engineers who have shipped Go in production'),
    row('#   background: [python, typescript]', 'languages the team comes from'),
    row('#   annual-attrition: 0.2', 'share of the team that leaves in a year, 0 to 1'),
    row('#   planned-hires: 2', 'engineers still to hire for the service'),
    '',
    row('# delivery:', 'how often CI builds the service'),
    row('#   merges-per-day: 40', 'builds CI runs a day for this service'),
    row('#   ci-cache: cold', 'cold (shared runners, empty caches) | warm'),
    '',
    row('# toolchain:', 'quote versions: YAML reads 1.20 as the number 1.2'),
    row('#   go: "1.26"', 'Go release'),
    row('#   rust: "1.85"', 'rustc version'),
    row('#   rust-edition: "2024"', 'Rust edition'),
    '',
    row('# compliance: [nist-post-quantum]', 'free-form compliance tags'),
    row("# rationale: Why this language, in the team's own words."),
    '',
    '# Findings the reviewers accepted, each with the reason. A waived finding stays in the',
    '# report but no longer counts. `stack-verdict rules` lists the rule ids.',
    row('# waivers:'),
    row('#   - rule: rust-onboarding-cost', 'the id of the rule whose finding is accepted'),
    row('#     reason: Two engineers who shipped Rust join from the storage team in January.'),
    row('#     approved-by: "@acme/architecture"', 'who accepted it'),
    row('#     expires: "2027-06-30"', 'last day in force (YYYY-MM-DD); then it counts'),
    row('', '  again and waiver-expired reports it'),
    '',
  ];
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** What `init` was asked, validated. */
export interface InitOptions {
  /** The service's name in kebab-case: the file is SERVICE.yaml. */
  service: string;
  /** The folder to write to, relative to the current folder. */
  dir: string;
  /** Print the proposal instead of writing a file. */
  stdout: boolean;
}

/** The command line of `init` as options, or 'help'; a usage error for anything wrong. */
export function readInitOptions(args: readonly string[]): InitOptions | 'help' {
  const { values, positionals } = parseOptions(
    args,
    {
      dir: { type: 'string', default: DEFAULT_INIT_DIR },
      stdout: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    'init',
  );
  if (values.help) return 'help';
  if (positionals.length === 0)
    throw new UsageError('name the service, e.g. `stack-verdict init billing-ledger`');
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one service name, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  const service = positionals[0]!;
  const problem = serviceNameProblem(service);
  if (problem) throw new UsageError(problem);
  // The folder matters only when a file is written.
  if (!values.stdout && values.dir.trim() === '') throw new UsageError('--dir needs a folder');
  return { service, dir: values.dir, stdout: values.stdout };
}

/** `stack-verdict init`: returns the exit status (0 written or printed, 2 usage error or exists). */
export async function initCommand(args: readonly string[], io: InitIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`stack-verdict: ${message}\n`);
    return 2;
  };
  let options: InitOptions | 'help';
  try {
    options = readInitOptions(args);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }
  if (options === 'help') {
    io.stdout(INIT_HELP);
    return 0;
  }
  const { service } = options;
  const dir = path.resolve(io.cwd, options.dir);
  const schema = await installedSchema(io.cwd, dir);
  const text = proposalSkeleton(service, schema);
  if (options.stdout) {
    io.stdout(text);
    return 0;
  }
  const file = path.join(dir, `${service}.yaml`);
  const shown = toReportPath(io.cwd, file);
  const dirInfo = await stat(dir).catch(() => undefined);
  if (dirInfo && !dirInfo.isDirectory()) {
    return fail(`${toReportPath(io.cwd, dir)} exists and is not a folder`);
  }
  try {
    await mkdir(dir, { recursive: true });
    // 'wx' fails when the file exists, so a proposal is never overwritten, even in a race.
    await writeFile(file, text, { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      return fail(
        `${shown} already exists; init never overwrites a proposal. Edit that file, or pick another name or --dir.`,
      );
    }
    return fail(`cannot write ${shown}: ${code ?? (err as Error).message}`);
  }
  io.stdout(`Created ${shown}\n`);
  io.stdout(
    `Fill it in, check it with \`stack-verdict check ${shown}\`, and open a pull request with it.\n`,
  );
  if (schema === undefined) {
    io.stdout(
      `Note: stack-verdict is not installed in this repository (${SCHEMA_IN_PACKAGE} is missing), so the proposal names no JSON Schema for editors. Install it as a dev dependency to have one.\n`,
    );
  }
  if (!picomatch([...DEFAULT_GLOBS])(shown)) {
    io.stdout(
      `Note: the default globs (${DEFAULT_GLOBS.join(', ')}) do not match ${shown}; name the folder in the check, or configure the globs.\n`,
    );
  }
  return 0;
}

/**
 * The path from `dir` to the proposal schema of the nearest local install, looking in `dir`
 * and each folder up to the repository root; undefined when there is none.
 */
async function installedSchema(cwd: string, dir: string): Promise<string | undefined> {
  const root = await findRoot(cwd);
  const top = isInside(root, dir) ? root : dir;
  for (let at = dir; ; at = path.dirname(at)) {
    const file = path.join(at, ...SCHEMA_IN_PACKAGE.split('/'));
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) {
      const rel = path.relative(dir, file).split(path.sep).join('/');
      return rel.startsWith('../') ? rel : `./${rel}`;
    }
    if (at === top || path.dirname(at) === at) return undefined;
  }
}

/** Why `name` cannot be a service name, or undefined when it can. */
export function serviceNameProblem(name: string): string | undefined {
  if (name.length > MAX_SERVICE_LENGTH) {
    return `the service name is ${name.length} characters long; keep it to ${MAX_SERVICE_LENGTH}`;
  }
  if (SERVICE_NAME.test(name)) return undefined;
  const suggestion = name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  const hint =
    suggestion && SERVICE_NAME.test(suggestion) && suggestion.length <= MAX_SERVICE_LENGTH
      ? ` Did you mean "${suggestion}"?`
      : '';
  return `"${name}" is not a kebab-case service name: lower-case letters and digits in words joined by single hyphens, starting with a letter (e.g. billing-ledger).${hint}`;
}
