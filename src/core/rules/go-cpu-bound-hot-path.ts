import { defineRule } from './rule.js';

export default defineRule({
  id: 'go-cpu-bound-hot-path',
  severity: 'warning',
  description: 'Go is chosen for CPU-bound work with a compute-heavy hot path.',
  docs: {
    why: `For I/O-bound services Go and Rust land in the same performance tier, because the database is the bottleneck. CPU-bound work is different: compression, cryptography, video encoding, ML inference, parsing, search indexing and bulk data processing run closer to the hardware in Rust, whose ceiling there is higher. A workload declared \`bound: cpu\` with such a hot path is one of the cases the policy names for Rust. An in-memory cache alone does not count.`,
    fix: `Choose Rust, or describe the workload as it is: if the hot path waits on I/O, set \`bound: io\` or \`mixed\`; if it is only a cache, list \`in-memory-cache\` alone. If a benchmark shows Go meets the target, waive this finding with that reason.`,
    fires: `service: thumbnailer
language: go
kind: worker
workload:
  bound: cpu
  hot-path: [video-encoding]
`,
    passes: `service: thumbnailer
language: go
kind: worker
workload:
  bound: io
  hot-path: [video-encoding]
`,
  },
  check({ proposal: p, triggers }) {
    const path = triggers.get('cpu-bound-hot-path');
    if (p.language !== 'go' || !path) return [];
    const heavy = (p.workload?.['hot-path'] ?? []).filter((h) => h !== 'in-memory-cache');
    return [
      {
        path,
        message:
          `Go chosen for CPU-bound work: workload.bound is cpu and the hot path lists ${heavy.join(', ')}. ` +
          `Compute-heavy paths like ${heavy.length === 1 ? 'this' : 'these'} are where Rust's ceiling is higher than Go's. ` +
          `Choose Rust, set bound to io or mixed if the hot path actually waits on I/O, or waive this finding with a benchmark showing Go meets the target.`,
      },
    ];
  },
});
