import { defineRule } from './rule.js';

const HOST: Record<string, string> = { c: 'C', cpp: 'C++' };

export default defineRule({
  id: 'go-ffi-embedding',
  severity: 'warning',
  description: 'Go is chosen for code that must embed into a C or C++ codebase.',
  docs: {
    why: `Code that must live inside a C or C++ program is best written in a language without its own runtime. A Go library built for cgo carries the Go scheduler and garbage collector into the host process, and every call across the boundary pays cgo's overhead. Rust compiles to a plain library with a C ABI and no runtime, which is why the policy names FFI embedding as a case for Rust.`,
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
          `Through cgo the Go runtime and garbage collector come along into the ${host} process and each call pays the boundary cost, while Rust links in as a library with a C ABI and no runtime. ` +
          `Choose Rust, set ffi to none if the ${host} side is reached over a process or network boundary, or waive this finding with the reason cgo is acceptable.`,
      },
    ];
  },
});
