import { defineRule } from './rule.js';

const HOST: Record<string, string> = { c: 'C', cpp: 'C++' };

export default defineRule({
  id: 'go-ffi-embedding',
  severity: 'warning',
  description: 'Go is chosen for code that must embed into a C or C++ codebase.',
  docs: {
    why: `The policy names embedding into a C or C++ codebase via FFI as a case for Rust. Whether a Go library linked through cgo suits the host process (its runtime, its garbage collector, the cost of each call across the boundary) is a question to answer with the host's owners and a measurement, not an assumption.`,
    fix: `Choose Rust, or set \`workload.ffi: none\` if the code talks to the C/C++ side over a network or process boundary instead of being linked into it. Waive this finding only with the reason cgo is acceptable here.`,
    fires: `service: codec-bridge
language: go
kind: library
workload:
  bound: cpu
  ffi: cpp
`,
    passes: `service: codec-bridge
language: go
kind: library
workload:
  bound: cpu
  ffi: none
`,
  },
  check({ proposal: p, triggers }) {
    const path = triggers.get('ffi-embedding');
    if (p.language !== 'go' || !path) return [];
    const ffi = p.workload?.ffi ?? '';
    const host = HOST[ffi] ?? ffi;
    return [
      {
        path,
        message:
          `Go chosen for code that embeds into a ${host} codebase: workload.ffi is ${ffi}. ` +
          `The policy names embedding into a C/C++ codebase via FFI as a case for Rust. Is linking Go into the ${host} process through cgo acceptable to its owners, and measured? ` +
          `Choose Rust, set ffi to none if the ${host} side is reached over a process or network boundary, or waive this finding with the reason cgo is acceptable.`,
      },
    ];
  },
});
