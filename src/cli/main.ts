// The CLI's dispatcher: finds the command, runs it, and turns what it throws into a message
// and an exit status. Each command lives in commands/ and validates its own options.

import { ConfigError, formatConfigProblem } from '../config/index.js';
import { didYouMean } from '../core/suggest.js';
import { checkCommand } from './commands/check.js';
import { debugging, UsageError, VERSION, type CliIo } from './io.js';

export { VERSION, type CliIo } from './io.js';

const MAIN_HELP = `Usage: stack-verdict <command> [options]

Judges the language choice in service proposals against the Go/Rust policy.

Commands:
  check [PATH|GLOB ...]   judge proposals (default: the default globs from here)
  rules                   list the rules (with --config: as the configuration sets them)
  explain RULE            print one rule's documentation
  config --print          print the merged configuration, naming each value's file
  init SERVICE            write a commented proposal skeleton to proposals/SERVICE.yaml
  portfolio [PATH ...]    one page of every service decision (markdown, json or html; --merge joins pages)
  evidence PATH           what Stack Verdict reads in a measurement artefact (k6, go test -bench, ...)

Options:
  -h, --help              show help (also after a command)
  -v, --version           print the version
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

// `check` is the hot path and is loaded with the CLI; the others only when run (webpackMode
// "eager": in the one bundle file, evaluated on import()).
const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  rules: async (args, io) =>
    (await import(/* webpackMode: "eager" */ './commands/rules.js')).rulesCommand(args, io),
  explain: async (args, io) =>
    (await import(/* webpackMode: "eager" */ './commands/explain.js')).explainCommand(args, io),
  init: async (args, io) =>
    (await import(/* webpackMode: "eager" */ './commands/init.js')).initCommand(args, io),
  portfolio: async (args, io) =>
    (await import(/* webpackMode: "eager" */ './commands/portfolio.js')).portfolioCommand(args, io),
  config: async (args, io) =>
    (await import(/* webpackMode: "eager" */ './commands/config.js')).configCommand(args, io),
  evidence: async (args, io) =>
    (await import(/* webpackMode: "eager" */ './commands/evidence.js')).evidenceCommand(args, io),
};

/**
 * Runs one command line and returns the exit status: 0 or 1 as the command says, 2 for a
 * usage, configuration or I/O error and for an internal error (a defect of Stack Verdict,
 * said as such so that it is reported rather than taken for a mistake in the command).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    io.stderr(errorMessage(err, io.env));
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
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) {
    throw new UsageError(
      `unknown command "${command}".${didYouMean(command, Object.keys(COMMANDS))} See stack-verdict --help`,
    );
  }
  return handler(rest, io);
}

/** What the user reads on standard error for an error a command threw. */
function errorMessage(err: unknown, env: NodeJS.ProcessEnv): string {
  if (err instanceof ConfigError) {
    return err.problems.map((p) => `stack-verdict: ${formatConfigProblem(p)}\n`).join('');
  }
  if (err instanceof UsageError) return `stack-verdict: ${err.message}\n`;
  if (err instanceof TypeError && String(codeOf(err)).startsWith('ERR_PARSE_ARGS')) {
    return `stack-verdict: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`;
  }
  // A failed read or write of the system (EACCES, ENOSPC, ...): the file's fault, not ours.
  if (err instanceof Error && isSystemError(err)) return `stack-verdict: ${err.message}\n`;
  const message = err instanceof Error ? err.message : String(err);
  const stack = debugging(env) && err instanceof Error && err.stack ? `${err.stack}\n` : '';
  return `stack-verdict: internal error: ${message}\n${stack}`;
}

function codeOf(err: Error): unknown {
  return (err as NodeJS.ErrnoException).code;
}

/** An error from the operating system: a code such as ENOENT with the call that failed. */
function isSystemError(err: Error): boolean {
  const { code, syscall } = err as NodeJS.ErrnoException;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof syscall === 'string';
}
