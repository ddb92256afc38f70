// Number formatting for rule messages: the numbers must read the same everywhere.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/**
 * At most one decimal, none when whole, thousands grouped: 76.666 → "76.7", 2 → "2",
 * 12500 → "12,500"; a positive figure that would show as 0 is "under 0.1", never a 0 that
 * the reader takes for nothing. By hand: toLocaleString builds a formatter per call, and that
 * was the largest single cost of judging 10,000 proposals (docs/benchmarks.md).
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  const rounded = Math.round(n * 10);
  if (rounded === 0 && n > 0) return 'under 0.1';
  const sign = rounded < 0 ? '-' : '';
  const tenths = Math.abs(rounded);
  const whole = groupThousands(Math.floor(tenths / 10));
  const decimal = tenths % 10;
  return `${sign}${whole}${decimal === 0 ? '' : `.${decimal}`}`;
}

function groupThousands(n: number): string {
  const digits = n >= 1e21 ? n.toLocaleString('en-US', { useGrouping: false }) : String(n);
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

export function usd(n: number): string {
  const whole = Math.round(n);
  return `${whole < 0 ? '-' : ''}$${groupThousands(Math.abs(whole))}`;
}

// Pairs read by index: destructuring a parameter runs the iterator protocol in code not yet
// optimized, and these run for most proposals.
export function usdRange(pair: readonly [number, number]): string {
  return `${usd(pair[0])}–${usd(pair[1])}`;
}

export function range(pair: readonly [number, number]): string {
  const lo = formatNumber(pair[0]);
  const hi = formatNumber(pair[1]);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** A share as a percentage, exact to four decimals when it has more than one (8.75%, 0.01%). */
export function percent(share: number): string {
  const n = share * 100;
  const oneDecimal = Math.abs(n * 10 - Math.round(n * 10)) < 1e-6;
  return `${oneDecimal ? formatNumber(n) : String(Number(n.toFixed(4)))}%`;
}

/**
 * The most characters of a file's own text that a message quoting an offending token (a
 * value or key that fails validation, a word in a YAML error) carries: a file may be a secret
 * a link or a mistake led to, and messages are published in the pull request's comment.
 */
export const MAX_TOKEN_CHARS = 12;

/** The most characters of proposal text a rule message quotes by default. */
export const MAX_QUOTE_CHARS = 160;

/**
 * Text from the proposal, quoted and cut short so it reads as data inside a message: the ONE
 * way proposal text enters a message. `max` is how many characters of the text are kept
 * (MAX_TOKEN_CHARS for an offending token). The result is a JSON string literal on one line
 * with no backtick, so it can neither end the quotes, start a line, nor open or close the
 * code spans that renderers make of backticked parts (messageToMarkdown): JSON.stringify
 * escapes quotes and control characters; backticks and the line separators it leaves alone
 * (U+0085, U+2028, U+2029) become \u escapes, which still read back as the same text.
 */
export function quote(text: string, max: number = MAX_QUOTE_CHARS): string {
  const t = String(text).trim();
  return JSON.stringify(t.length > max ? `${t.slice(0, max)}…` : t).replace(
    /[`\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
