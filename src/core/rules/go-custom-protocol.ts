import { defineRule } from './rule.js';

export default defineRule({
  id: 'go-custom-protocol',
  severity: 'notice',
  description: 'Go is chosen for a service that speaks a custom binary protocol.',
  docs: {
    why: `Goroutines are the simpler answer when the job is to serve many ordinary requests at once. Squeezing maximum throughput out of a custom binary protocol, with strict resource limits per connection and deterministic teardown, is the job Rust's explicit async model (Tokio futures and tasks) was built for; there its extra complexity pays for itself.`,
    fix: `Keep Go if the protocol does not need per-connection resource budgets or peak throughput, and waive this notice with that reason; choose Rust if it does. If the service actually speaks HTTP or gRPC, correct \`workload.protocol\`.`,
    fires: `service: telemetry-ingest
language: go
kind: worker
workload:
  bound: io
  protocol: custom-binary
`,
    passes: `service: telemetry-ingest
language: go
kind: worker
workload:
  bound: io
  protocol: grpc
`,
  },
  check({ proposal: p, triggers }) {
    const path = triggers.get('custom-protocol');
    if (p.language !== 'go' || !path) return [];
    return [
      {
        path,
        message:
          `Go chosen for a custom binary protocol: workload.protocol is custom-binary${p.kind ? ` (the service is a ${p.kind}, ${p.workload?.bound}-bound)` : ''}. ` +
          `When such a protocol must run at peak throughput with strict per-connection resource limits, Rust's explicit async model is worth its complexity; goroutines are simpler when it need not. ` +
          `Choose Rust if those limits apply, otherwise waive this notice with that reason, or correct the protocol if it is http or grpc.`,
      },
    ];
  },
});
