import { formatNumber, range } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'go-deterministic-tail-latency',
  severity: 'warning',
  description: 'Go is chosen for a service that needs a deterministic, pause-free tail latency.',
  docs: {
    why: `Setting \`deterministic-tail: true\` says the service needs a predictable P99.9 with no garbage-collection pauses. Go 1.26 made Green Tea the default collector, which makes marking and scanning small objects cheaper; Go's release notes expect 10–40% less GC overhead in real-world programs that use the garbage collector heavily, and say results vary. The collector still runs, so a pause-free tail cannot be promised. Rust has no garbage collector; predictable tail latency under load is one of the cases the policy names for it.`,
    fix: `Choose Rust, or set \`deterministic-tail: false\` if the latency targets tolerate occasional GC work — then measure the P99.9 on Go 1.26 or later. Waive this finding only with a measurement that shows Go holds the tail.`,
    fires: `service: quote-engine
language: go
kind: http-api
workload:
  bound: mixed
  latency:
    p999-ms: 5
    deterministic-tail: true
`,
    passes: `service: quote-engine
language: go
kind: http-api
workload:
  bound: mixed
  latency:
    p999-ms: 5
    deterministic-tail: false
`,
  },
  check({ proposal: p, settings, triggers }) {
    const path = triggers.get('deterministic-tail-latency');
    if (p.language !== 'go' || !path) return [];
    const latency = p.workload?.latency ?? {};
    const targets = [
      latency['p99-ms'] !== undefined ? `P99 ${formatNumber(latency['p99-ms'])} ms` : '',
      latency['p999-ms'] !== undefined ? `P99.9 ${formatNumber(latency['p999-ms'])} ms` : '',
    ].filter(Boolean);
    const stated = targets.length ? ` (targets: ${targets.join(', ')})` : '';
    return [
      {
        path,
        message:
          `Go chosen for a service that needs a deterministic tail${stated}: workload.latency.deterministic-tail is true. ` +
          `Go's garbage collector still runs, even with Green Tea GC on 1.26 (${range(settings.greenTeaGcCutPercent)}% less GC overhead expected in programs that use the GC heavily), so a pause-free tail cannot be guaranteed; Rust has no GC. ` +
          `Choose Rust, or set deterministic-tail to false if the targets tolerate GC work and measure them on Go 1.26.`,
      },
    ];
  },
});
