import { quote } from '../format.js';
import { growingOnGo } from '../triggers.js';
import { defineRule, type RuleHit } from './rule.js';

export default defineRule({
  id: 'goroutine-leak-check',
  severity: 'notice',
  description:
    'Memory on Go keeps growing and no goroutine-leak check is recorded: rule out leaks before blaming Go.',
  docs: {
    why: `Memory that climbs slowly in production is one way goroutine leaks show up: goroutines blocked forever on a channel, mutex or other primitive that can never release them, each holding its stack and whatever it references. Such leaks take days to find by hand, and a language switch would not fix the bug. Go 1.26 adds a goroutineleak profile to runtime/pprof (enabled with GOEXPERIMENT=goroutineleakprofile) that reports goroutines blocked in this way. Until that profile has run clean, growth on Go does not count as a measured constraint.`,
    fix: `Build the service with Go 1.26 and GOEXPERIMENT=goroutineleakprofile, collect the goroutineleak profile from runtime/pprof, and fix what it reports. When the profile is clean, set \`leak-checked: true\` on the constraint: the notice goes away and the growth counts as a measured constraint. Once memory holds steady, set \`trend: steady\` instead.`,
    fires: `service: notifier
language: go
kind: worker
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/notifier
    observed: RSS grows about 300 MB a day until restart
    runtime: go1.24
    trend: growing
`,
    passes: `service: notifier
language: go
kind: worker
workload:
  bound: io
constraints:
  - type: memory
    source: production
    evidence: https://grafana.example.com/d/notifier
    observed: RSS flat at 2 GB
    runtime: go1.24
    trend: steady
`,
  },
  check({ proposal: p }) {
    const hits: RuleHit[] = [];
    (p.constraints ?? []).forEach((c, i) => {
      if (!growingOnGo(c) || c['leak-checked'] === true) return;
      const where = c.runtime?.trim()
        ? `on ${quote(c.runtime)}`
        : 'with no runtime given, which counts as Go';
      const seen = c.observed ? `, observed ${quote(c.observed)}` : '';
      hits.push({
        path: ['constraints', i],
        message:
          `The memory constraint (#${i + 1}, ${c.source}) is growing ${where}${seen}. ` +
          `Gradual growth is one way goroutine leaks show up. Run Go 1.26's goroutineleak profile (GOEXPERIMENT=goroutineleakprofile); until then the growth does not count as a measured constraint. ` +
          `Set leak-checked: true once the profile is clean.`,
      });
    });
    return hits;
  },
});
