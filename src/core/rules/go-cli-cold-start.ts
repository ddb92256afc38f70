import { formatNumber } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'go-cli-cold-start',
  severity: 'notice',
  description: 'Go is chosen for a CLI that must start almost instantly.',
  docs: {
    why: `Go is a fine default for command-line tools, but the policy's source names a CLI tool that needs near-instantaneous cold start as a case for Rust. The source gives no number: "near-instantaneous" becomes a bound through this policy's setting \`cli-cold-start-ms\` (10 ms by default, configurable), and a proposal whose \`workload.cold-start-ms\` is at or under it asks one question: does the Go binary start fast enough on the machines it runs on? Measure it rather than assume: a Go start-up measured within the need answers it.`,
    fix: `Measure the Go binary's start-up on the target machines (hyperfine, for instance) and record it as a \`cold-start\` constraint with its \`evidence\`, \`observed\`, \`limit\` and \`runtime\`: a measured Go start that meets the need answers it. Otherwise choose Rust. If the requirement is looser than stated, raise \`workload.cold-start-ms\` above the setting.`,
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
          `Go chosen for a CLI that must start within ${ms} ms (workload.cold-start-ms), at or under this policy's cli-cold-start-ms setting of ${bound} ms, from which it treats the need as the near-instantaneous cold start that favours Rust. ` +
          `Does the Go binary start that fast on the target machines? ` +
          `Measure the Go binary's start-up (hyperfine) and record it as a cold-start constraint: a measured start within ${ms} ms answers the need. Otherwise choose Rust, or raise cold-start-ms above ${bound} ms if the requirement is looser.`,
      },
    ];
  },
});
