import { parseArgs } from 'node:util';
import { didYouMean } from '../core/suggest.js';
import { UsageError } from './io.js';

type Options = Parameters<typeof parseArgs>[0] extends infer C
  ? C extends { options?: infer O }
    ? NonNullable<O>
    : never
  : never;

/**
 * parseArgs with a linter's manners: `-f=json` as well as `--format=json`, and every mistake
 * said in the CLI's own words: an unknown option answered with the closest known one, a
 * missing value or a value given to a switch named as the user wrote it. Node's own text
 * (which suggests `--` and changes between Node versions) is never shown.
 */
export function parseOptions<O extends Options>(
  args: readonly string[],
  options: O,
  command: string,
  allowPositionals = true,
) {
  const end = args.indexOf('--');
  const normalized = args.flatMap((a, i) => {
    const short = end !== -1 && i > end ? null : /^-([a-zA-Z])=(.*)$/s.exec(a);
    return short ? [`-${short[1]}`, short[2]!] : [a];
  });
  let parsed;
  try {
    parsed = parseArgs({ args: normalized, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(
      `${optionProblem(err, options, command)} See stack-verdict ${command} --help`,
    );
  }
  if (!allowPositionals && parsed.positionals.length > 0) {
    throw new UsageError(
      `${command} takes no argument (got "${parsed.positionals[0]}"). See stack-verdict ${command} --help`,
    );
  }
  return parsed;
}

/** What went wrong in parseArgs's error, in one sentence ending with a full stop. */
function optionProblem(err: unknown, options: Options, command: string): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const names = Object.entries(options).flatMap(([long, o]) => [
    `--${long}`,
    ...(o.short ? [`-${o.short}`] : []),
  ]);
  /** The long name of what the message names, `-f` or `-f, --format`. */
  const longName = (named: string): string => {
    const long = /--[^\s',<]+/.exec(named)?.[0];
    if (long) return long;
    const short = named.replace(/^-/, '');
    const entry = Object.entries(options).find(([, o]) => o.short === short);
    return entry ? `--${entry[0]}` : named;
  };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '([^']+)'/.exec(message)?.[1] ?? '';
    const bare = option.replace(/=.*$/s, '');
    // One letter is a typo of the same letter in the other case, or of nothing.
    const candidates = /^-[a-zA-Z]$/.test(bare)
      ? names.filter((n) => n.toLowerCase() === bare.toLowerCase())
      : names.filter((n) => n.startsWith('--'));
    return `unknown option "${bare}" for ${command}.${didYouMean(bare, candidates)}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = longName(/Option '([^']+)'/.exec(message)?.[1] ?? '');
    if (/does not take an argument/.test(message)) return `${option} takes no value.`;
    return `${option} needs a value (${option} VALUE or ${option}=VALUE).`;
  }
  return `cannot read the options of ${command}.`;
}

/** `value` when it is one of `allowed`; otherwise a usage error naming the flag. */
export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}
