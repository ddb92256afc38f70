import { extraCiMinutes, shownCiMinutes } from '../costs.js';
import { formatNumber, quote } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'rust-despite-build-time-constraint',
  severity: 'warning',
  description:
    'Rust is chosen although build time is listed as a constraint, and Rust builds are the slower ones.',
  docs: {
    why: `Build time is one of the constraints that points to Go, not Rust. A clean Go build of a typical service takes 2–10 s and a clean Rust build 1–3 min, a 6–90× gap depending on crate count and hardware. A team that already feels CI cost, merge-queue delay or a slow inner loop will feel them more in Rust, and the usual remedies (incremental builds, sccache, distributed Cargo caches) help only where caches stay warm and someone operates them.`,
    fix: `Choose Go, or remove the build-time entry if it no longer holds. If a measured runtime constraint outweighs build time, keep Rust, plan a warm shared build cache, and waive the finding with that trade-off as the reason.`,
    fires: `service: pricing-engine
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: build-time
    source: production
    evidence: https://ci.example.com/insights/pricing
    observed: merge queue waits 25 min at peak
`,
    passes: `service: pricing-engine
language: go
kind: worker
workload:
  bound: cpu
  hot-path: [data-processing]
constraints:
  - type: build-time
    source: production
    evidence: https://ci.example.com/insights/pricing
    observed: merge queue waits 25 min at peak
`,
  },
  check({ proposal: p, settings, triggers }) {
    if (p.language !== 'rust') return [];
    const { rustBuildSeconds: rust, goBuildSeconds: go } = settings;
    const ratio = go > 0 ? ` (${formatNumber(rust / go)}× longer)` : '';
    const merges = p.delivery?.['merges-per-day'];
    const minutes = extraCiMinutes(p, settings);
    const daily =
      merges !== undefined && minutes !== undefined
        ? ` At ${formatNumber(merges)} merges a day that is ${formatNumber(shownCiMinutes(minutes, settings))} more minutes of CI a day.`
        : '';
    const caseFor =
      triggers.size > 0
        ? ` The case for Rust here rests on ${[...triggers.keys()].join(', ')}; weigh it against build time explicitly.`
        : '';
    return (p.constraints ?? []).flatMap((c, i) =>
      c.type !== 'build-time'
        ? []
        : [
            {
              path: ['constraints', i],
              message:
                `The build-time constraint (#${i + 1}, source ${c.source}${c.observed ? `: ${quote(c.observed)}` : ''}), yet a clean Rust build takes about ${formatNumber(rust)} s against ${formatNumber(go)} s for Go${ratio}.${daily}${caseFor} ` +
                `Choose Go, drop the constraint if it no longer holds, or waive the finding with the reason Rust still wins.`,
            },
          ],
    );
  },
});
