import { extraCiMinutes, shownCiMinutes } from '../costs.js';
import { formatNumber, plural } from '../format.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'rust-ci-build-cost',
  severity: 'warning',
  description:
    'Rust is chosen and CI builds it so often that its slower clean builds add an hour or more of CI a day.',
  docs: {
    why: `A clean Go build of a typical service with its dependencies finishes in 2–10 s; a clean Rust build takes 1–3 min, 6–90× longer depending on crate count and hardware. Multiplied by every merge, the gap becomes CI spend, merge-queue contention and engineers waiting on feedback: 40 builds a day at about 2 min each cost more than an hour a day over 5 s Go builds. Incremental compilation narrows the gap only where a cache survives; shared runners that start cold rebuild everything each time. A shared build cache (sccache, distributed Cargo caching) helps, but it is infrastructure Go does not need.`,
    fix: `Keep builds below the daily threshold (fewer builds of this service a day), or choose Go. If a warm shared build cache such as sccache already keeps Rust builds short, set \`ci-cache: warm\` and waive the finding with the measured build time as the reason.`,
    fires: `service: search-indexer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [search-indexing]
delivery:
  merges-per-day: 40
  ci-cache: cold
`,
    passes: `service: search-indexer
language: rust
kind: worker
workload:
  bound: cpu
  hot-path: [search-indexing]
delivery:
  merges-per-day: 20
  ci-cache: cold
`,
  },
  check({ proposal: p, settings }) {
    const merges = p.delivery?.['merges-per-day'];
    if (p.language !== 'rust' || merges === undefined) return [];
    const extraSeconds = settings.rustBuildSeconds - settings.goBuildSeconds;
    // The unrounded minutes decide; the message shows them as `costs` does.
    const minutes = extraCiMinutes(p, settings)!;
    if (minutes <= 0 || minutes < settings.ciMinutesPerDay) return [];
    const cold =
      p.delivery?.['ci-cache'] === 'cold'
        ? ' The CI cache is cold, so incremental builds will not help: shared runners with cold caches do not benefit from them.'
        : '';
    // Most merges a day that stay below the threshold.
    const maxMerges = Math.ceil((settings.ciMinutesPerDay * 60) / extraSeconds) - 1;
    const below = maxMerges >= 1 ? `at most ${plural(maxMerges, 'merge')} a day, ` : '';
    return [
      {
        path: ['delivery', 'merges-per-day'],
        message:
          `${plural(merges, 'merge')} a day × ${formatNumber(extraSeconds)} s more per clean build (Rust about ${formatNumber(settings.rustBuildSeconds)} s, Go about ${formatNumber(settings.goBuildSeconds)} s) add ${formatNumber(shownCiMinutes(minutes, settings))} minutes of CI a day, at or above the ${formatNumber(settings.ciMinutesPerDay)}-minute threshold.${cold} ` +
          `The finding goes away with ${below}or with Go; if a warm shared build cache (sccache) keeps Rust builds short, record it and waive the finding with the measured build time.`,
      },
    ];
  },
});
