import { quote } from '../format.js';
import { isGoRuntime } from '../versions.js';
import { defineRule, type RuleHit } from './rule.js';

export default defineRule({
  id: 'goroutine-leak-check',
  severity: 'notice',
  description: 'Memory on a Go service keeps growing: rule out goroutine leaks before blaming Go.',
  docs: {
    why: `Memory that climbs slowly and never levels off is the typical signature of leaked goroutines: goroutines stuck forever on a channel, mutex or other primitive that will never release them, each holding its stack and whatever it references. Such leaks take days to find by hand, and switching languages does not fix the bug. Go 1.26 adds a goroutineleak profile to runtime/pprof (enabled with GOEXPERIMENT=goroutineleakprofile) that reports goroutines blocked in this way.`,
    fix: `Build the service with Go 1.26 and GOEXPERIMENT=goroutineleakprofile, collect the goroutineleak profile from runtime/pprof, and fix what it reports. Once memory holds steady, set \`trend: steady\` (or remove the constraint); if the profile shows no leaks, say so and waive this notice.`,
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
      if (c.type !== 'memory' || c.trend !== 'growing') return;
      const onGo = c.runtime ? isGoRuntime(c.runtime) : p.language === 'go';
      if (!onGo) return;
      const where = c.runtime ? `on ${quote(c.runtime)}` : 'on the Go service';
      const seen = c.observed ? `, observed ${quote(c.observed)}` : '';
      hits.push({
        path: ['constraints', i],
        message:
          `The memory constraint (#${i + 1}, ${c.source}) is growing ${where}${seen}. ` +
          `Gradual growth is the signature of goroutines blocked forever on channels or locks, a bug a language switch would not fix. ` +
          `Run Go 1.26's goroutineleak profile (runtime/pprof, GOEXPERIMENT=goroutineleakprofile), fix what it finds, then set trend to steady, or waive this notice if the profile is clean.`,
      });
    });
    return hits;
  },
});
