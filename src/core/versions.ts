/** Parses "go1.24", "1.26", "1.26.1" or "go1.26rc1" into numbers; null when it is not a Go version. */
export function parseGoVersion(text: string): number[] | null {
  const m = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(text.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/** Compares versions part by part as numbers, so 1.9 < 1.26. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** True when `version` names a Go release older than `minimum`; false when either is not a Go version. */
export function goOlderThan(version: string, minimum: string): boolean {
  const v = parseGoVersion(version);
  const m = parseGoVersion(minimum);
  return v !== null && m !== null && compareVersions(v, m) < 0;
}

/**
 * A runtime such as "go1.24", "go 1.22" or "go1.26rc1" is Go; "rustc 1.85" is not, and neither
 * is "go1 measured on cpython": the whole value must be a Go version, or a limit hit elsewhere
 * could pass for a Go measurement.
 */
export function isGoRuntime(runtime: string): boolean {
  return /^go ?\d+(\.\d+){0,2}((rc|beta)\d+)?$/i.test(runtime.trim());
}
