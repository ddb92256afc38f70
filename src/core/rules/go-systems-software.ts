import { SYSTEMS_KINDS } from '../triggers.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'go-systems-software',
  severity: 'warning',
  description: 'Go is chosen for systems software (database, broker, proxy, runtime or compiler).',
  docs: {
    why: `Databases, message brokers, network proxies, runtimes and compilers are infrastructure other services depend on. They live on tight memory budgets and long-tail latency, where control over allocation and the absence of a garbage collector matter more than delivery speed. The policy names this kind of work as a case for Rust, and the teams that moved such subsystems to Rust did so for these reasons.`,
    fix: `Choose Rust, or correct \`kind\` if the service is really an API, worker or pipeline in front of such a system. Keeping Go for systems software needs a waiver with the reason (for example, an existing Go codebase to extend).`,
    fires: `service: edge-proxy
language: go
kind: network-proxy
workload:
  bound: io
`,
    passes: `service: edge-proxy
language: go
kind: http-api
workload:
  bound: io
`,
  },
  check({ proposal: p, triggers }) {
    const path = triggers.get('systems-software');
    if (p.language !== 'go' || !path) return [];
    return [
      {
        path,
        message:
          `Go chosen for systems software: the kind is ${p.kind}, one of ${SYSTEMS_KINDS.join(', ')}. ` +
          `The policy names systems software as work where Rust is the right choice. ` +
          `Choose Rust, correct the kind if the service is not a ${p.kind}, or waive this finding with the reason Go is kept.`,
      },
    ];
  },
});
