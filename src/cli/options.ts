import { parseArgs } from 'node:util';
import { didYouMean } from '../core/suggest.js';
import { UsageError } from './io.js';

type Options = Parameters<typeof parseArgs>[0] extends infer C
  ? C extends { options?: infer O }
    ? NonNullable<O>
    : never
  : never;

/**
 * parseArgs with a linter's manners: `-f=json` as well as `--format=json`, and an unknown
 * option answered with the closest known one.
 */
export function parseOptions<O extends Options>(
  args: readonly string[],
  options: O,
  command: string,
) {
  const end = args.indexOf('--');
  const normalized = args.flatMap((a, i) => {
    const short = end !== -1 && i > end ? null : /^-([a-zA-Z])=(.*)$/s.exec(a);
    return short ? [`-${short[1]}`, short[2]!] : [a];
  });
  try {
    return parseArgs({ args: normalized, options, allowPositionals: true, strict: true });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const option = /Unknown option '([^']+)'/.exec((err as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
      const names = Object.entries(options).flatMap(([long, o]) => [
        `--${long}`,
        ...(o.short ? [`-${o.short}`] : []),
      ]);
      const bare = option.replace(/=.*$/s, '');
      throw new UsageError(
        `unknown option "${bare}" for ${command}.${didYouMean(bare, names)} See stack-verdict ${command} --help`,
      );
    }
    throw err;
  }
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
