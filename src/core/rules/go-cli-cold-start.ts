import { formatNumber } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'go-cli-cold-start',
  severity: 'notice',
  description: 'Go is chosen for a CLI that must start almost instantly.',
  docs: {
    why: `Go is a fine default for command-line tools, but the policy names a CLI that needs near-instantaneous cold start as a case for Rust. A proposal that says the tool must be ready within a few milliseconds (10 ms by default, configurable) asks exactly that question: does the Go binary start fast enough on the machines it runs on? Measure it rather than assume.`,
    fix: `Measure the Go binary's start-up on the target machines: if it meets the bound, record the measurement and waive this notice. Otherwise choose Rust. If the requirement is looser than stated, raise \`workload.cold-start-ms\` above the bound.`,
    fires: `service: git-hook
language: go
kind: cli
workload:
  bound: io
  cold-start-ms: 5
`,
    passes: `service: git-hook
language: go
kind: cli
workload:
  bound: io
  cold-start-ms: 200
`,
  },
  check({ proposal: p, settings, triggers }) {
    const path = triggers.get('cli-cold-start');
    if (p.language !== 'go' || !path) return [];
    const ms = formatNumber(p.workload?.['cold-start-ms'] ?? 0);
    const bound = formatNumber(settings.cliColdStartMs);
    return [
      {
        path,
        message:
          `Go chosen for a CLI that must start within ${ms} ms (workload.cold-start-ms), at or under the ${bound} ms bound where near-instant start favours Rust. ` +
          `Does the Go binary start that fast on the target machines? ` +
          `Measure the Go binary's start-up and waive this notice if it meets ${ms} ms, choose Rust, or raise cold-start-ms above ${bound} ms if the requirement is looser.`,
      },
    ];
  },
});
