// A Rust proposal with nothing measured: the default policy must request changes.
export const RUST_UNMEASURED = [
  'service: svc-rt',
  'summary: A small worker that does one thing for one team.',
  'owner: team-a',
  'language: rust',
  'kind: worker',
  'workload:',
  '  bound: io',
  'team:',
  '  size: 3',
  'rationale: we like it',
  '',
].join('\n');

/** RUST_UNMEASURED with `language: rust` replaced by `line` (a raw YAML line). */
export function withLanguage(line: string): string {
  return RUST_UNMEASURED.replace('language: rust', line);
}
