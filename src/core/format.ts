// Number formatting for rule messages: the numbers must read the same everywhere.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** At most one decimal, none when whole: 76.666 → "76.7", 2 → "2". */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

export function usd(n: number): string {
  return `$${Math.round(n).toLocaleString('en-US')}`;
}

export function usdRange([lo, hi]: readonly [number, number]): string {
  return `${usd(lo)}–${usd(hi)}`;
}

export function range([lo, hi]: readonly [number, number]): string {
  return lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`;
}

export function percent(share: number): string {
  return `${formatNumber(share * 100)}%`;
}

/** Text from the proposal, quoted and cut short so it reads as data inside a message. */
export function quote(text: string): string {
  const t = String(text).trim();
  return JSON.stringify(t.length > 160 ? `${t.slice(0, 159)}…` : t);
}
