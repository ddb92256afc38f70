// Spectral's approximation of Stack Verdict's `rust-without-measured-constraint` rule
// (shared/spec/rules-v1.md): language rust and none of the Rust justifications holds.
// The rule's `given` is `$.language`, so the finding points at the language value, like
// Stack Verdict's; the justifications are read from the whole document.
const SYSTEMS = ['database', 'message-broker', 'network-proxy', 'runtime', 'compiler'];
const RUST_CONSTRAINTS = ['memory', 'cpu', 'gc-pauses', 'tail-latency', 'throughput', 'cold-start'];
const MEASURED = ['production', 'load-test'];

export default function rustWithoutJustification(language, _options, context) {
  if (language !== 'rust') return [];
  const p = context.document.data;
  if (p === null || typeof p !== 'object') return [];
  const w = p.workload && typeof p.workload === 'object' ? p.workload : {};
  const team = p.team && typeof p.team === 'object' ? p.team : {};
  const constraints = Array.isArray(p.constraints) ? p.constraints : [];
  const hot = Array.isArray(w['hot-path']) ? w['hot-path'] : [];
  const justified =
    constraints.some(
      (c) => c && RUST_CONSTRAINTS.includes(c.type) && MEASURED.includes(c.source),
    ) ||
    (w.bound === 'cpu' && hot.some((h) => h !== 'in-memory-cache')) ||
    (w.latency && w.latency['deterministic-tail'] === true) ||
    SYSTEMS.includes(p.kind) ||
    (p.kind === 'cli' && typeof w['cold-start-ms'] === 'number' && w['cold-start-ms'] <= 10) ||
    w.ffi === 'c' ||
    w.ffi === 'cpp' ||
    w.protocol === 'custom-binary' ||
    (typeof team['rust-experience'] === 'number' &&
      typeof team.size === 'number' &&
      team['rust-experience'] >= 1 &&
      team['rust-experience'] >= team.size * 0.5);
  if (justified) return [];
  return [
    {
      message:
        'Rust chosen without a measured constraint: no constraint measured in production or a load test, ' +
        'no CPU-bound hot path, no systems software, no team that already ships Rust',
    },
  ];
}
