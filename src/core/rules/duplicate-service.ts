import { quote } from '../format.js';
import { defineRule, type RunHit } from './rule.js';

/** How many other files a message names before it counts the rest. */
const NAMED = 3;

// Runs across proposals: buildReport calls checkRun once the run's files are judged.
export default defineRule({
  id: 'duplicate-service',
  severity: 'error',
  description: 'Two proposals judged in the same run name the same service.',
  unwaivable: true,
  docs: {
    why: `A service proposal records the decision for one service. Two files that name the same \`service\` leave reviewers with two answers to one question: a change to one is judged while the other still says something else, and a waiver in one silently stands beside findings in the other. Each file is reported, pointing at the other, so that neither can pass on its own.`,
    fix: `Keep one proposal per service: delete or merge the duplicate, or rename \`service\` if the two files describe different services. This rule cannot be waived, and it fails the gate on a draft too.`,
    fires: `service: orders-api
language: go
kind: http-api
workload:
  bound: io
`,
    passes: `service: orders-worker
language: go
kind: worker
workload:
  bound: io
`,
    alongside: `service: orders-api
language: rust
kind: http-api
workload:
  bound: cpu
  hot-path: [parsing]
`,
  },
  checkRun(proposals) {
    const byService = new Map<string, number[]>();
    proposals.forEach((p, i) => {
      if (p.service === null || p.service.trim() === '') return;
      const key = p.service.trim();
      byService.set(key, [...(byService.get(key) ?? []), i]);
    });
    const hits: RunHit[] = [];
    for (const [service, indices] of byService) {
      if (indices.length < 2) continue;
      // The first NAMED others only: linear in the files, however many share one name.
      const head = indices.slice(0, NAMED + 1);
      for (const i of indices) {
        const others = head.filter((j) => j !== i).slice(0, NAMED);
        const named = others.map((j) => quote(proposals[j]!.file)).join(', ');
        const rest = indices.length - 1 - others.length;
        const more = rest > 0 ? ` and ${rest} more` : '';
        hits.push({
          index: i,
          position: proposals[i]!.servicePosition,
          message:
            `The service ${quote(service)} is also proposed in ${named}${more}: one service, one proposal. ` +
            `Delete or merge the duplicate, or rename service if the files describe different services.`,
        });
      }
    }
    return hits;
  },
});
