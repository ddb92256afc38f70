import { quote } from '../format.js';
import { defineRule, type EvidenceCite, type RunHit } from './rule.js';

/** How many other citations a message names before it counts the rest. */
const NAMED = 3;

/** Two citations of one artefact are for different figures only when both name their metric. */
function sameFigure(a: EvidenceCite, b: EvidenceCite): boolean {
  const ma = a.metric?.trim();
  const mb = b.metric?.trim();
  return !(ma && mb && ma !== mb);
}

// Runs across proposals: buildReport calls checkRun once the run's files are judged.
export default defineRule({
  id: 'evidence-reused',
  severity: 'warning',
  description:
    'Two proposals judged in one run cite the same evidence for different services, and no metric tells their figures apart.',
  docs: {
    why: `A measurement shows one system under one load. When two proposals for different services cite the same dashboard, report or file, at most one of them measured what it claims; the other borrowed a figure, and reviewers of each proposal see only their own. Links are compared without their fragment, the order of their query and a trailing slash; repository paths after resolving them from the root. One run that measured several services at once is legitimate when each constraint names its own figure in \`metric\` (a k6 scenario per service, a benchmark per package).`,
    fix: `Cite the measurement of this service. If one run did measure both, name the figure each constraint is about in \`metric\` (for example \`http_req_duration{scenario:checkout}\`), different for each service.`,
    fires: `service: checkout-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: tail-latency
    source: load-test
    evidence: https://ci.example.com/load/run/41#summary
    observed: P99 95 ms at 20k rps
    limit: P99 <= 40 ms
    runtime: go1.26
`,
    passes: `service: checkout-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: tail-latency
    source: load-test
    evidence: https://ci.example.com/load/run/41
    metric: http_req_duration{scenario:checkout}
    observed: P99 95 ms at 20k rps
    limit: P99 <= 40 ms
    runtime: go1.26
`,
    alongside: `service: cart-api
language: rust
kind: http-api
workload:
  bound: mixed
constraints:
  - type: tail-latency
    source: load-test
    evidence: https://ci.example.com/load/run/41/
    metric: http_req_duration{scenario:cart}
    observed: P99 88 ms at 20k rps
    limit: P99 <= 40 ms
    runtime: go1.26
`,
  },
  checkRun(proposals) {
    // Each citation, grouped by what it cites: linear in the citations.
    const byKey = new Map<string, { index: number; cite: EvidenceCite }[]>();
    proposals.forEach((p, index) => {
      for (const cite of p.evidence ?? []) {
        const list = byKey.get(cite.key);
        if (list) list.push({ index, cite });
        else byKey.set(cite.key, [{ index, cite }]);
      }
    });
    const hits: RunHit[] = [];
    for (const cites of byKey.values()) {
      if (cites.length < 2) continue;
      for (const own of cites) {
        const service = proposals[own.index]!.service?.trim();
        // The first NAMED others and whether there are more: a long group costs no square.
        const others: typeof cites = [];
        for (const o of cites) {
          if (o.index === own.index || !sameFigure(own.cite, o.cite)) continue;
          if (proposals[o.index]!.service?.trim() === service) continue;
          others.push(o);
          if (others.length > NAMED) break;
        }
        if (others.length === 0) continue;
        const named = others.slice(0, NAMED).map((o) => {
          const p = proposals[o.index]!;
          const name = p.service ? `${quote(p.service)} in ` : '';
          return `${name}${quote(p.file)} (constraint #${o.cite.constraint + 1})`;
        });
        const more = others.length > NAMED ? ' and others' : '';
        hits.push({
          index: own.index,
          position: own.cite.position,
          message:
            `The evidence of constraint #${own.cite.constraint + 1} is also cited for a different service by ${named.join(', ')}${more}, and no metric tells the figures apart: one measurement shows one system. ` +
            `Cite this service's own measurement, or name each constraint's figure in metric if one run measured both.`,
        });
      }
    }
    return hits;
  },
});
