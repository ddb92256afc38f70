// One page from the repositories read (repositories.ts): each readable repository's
// portfolio, its rows marked with the repository and its drift (its code and catalog against
// its decisions) named after it, merged into one; one that could not be read is in the page's
// list of repositories with the reason and adds nothing else. Also one JSON
// report of them all, for the Action's outputs, whose files are named OWNER/NAME:PATH.

import { driftFindings } from '../../core/drift/index.js';
import { POLICY_VERSION } from '../../core/policy.js';
import {
  buildPortfolio,
  mergePortfolios,
  unreadableRepository,
  type Portfolio,
} from '../../core/portfolio.js';
import type { Report } from '../../core/types.js';
import { countFindings, runVerdict } from '../../core/verdict.js';
import type { RepositoryRead } from './repositories.js';

const EMPTY: Report = {
  version: 1,
  verdict: 'no-proposals',
  counts: { proposals: 0, errors: 0, warnings: 0, notices: 0, waived: 0 },
  proposals: [],
  skipped: [],
  gate: { failOn: 'never', passed: true },
  policy: POLICY_VERSION,
};

export function portfolioOfRepositories(
  reads: readonly RepositoryRead[],
  options: { today: string; warningDays?: number },
): Portfolio {
  const parts = reads.map((read): Portfolio => {
    const repository = { name: read.name, ...(read.ref !== undefined ? { ref: read.ref } : {}) };
    if (read.ok) {
      return buildPortfolio(read.report, {
        today: options.today,
        warningDays: options.warningDays ?? read.warningDays,
        repository,
        drift: driftFindings(read.decisions, [read.code]),
      });
    }
    return unreadableRepository(
      { ...repository, error: read.error },
      {
        today: options.today,
        ...(options.warningDays !== undefined ? { warningDays: options.warningDays } : {}),
      },
    );
  });
  return mergePortfolios(parts, {
    today: options.today,
    ...(options.warningDays !== undefined ? { warningDays: options.warningDays } : {}),
  });
}

/** Every readable repository's report as one: verdict and counts over all their proposals. */
export function reportOfRepositories(reads: readonly RepositoryRead[]): Report {
  const proposals = reads.flatMap((r) =>
    r.ok ? r.report.proposals.map((p) => ({ ...p, file: `${r.name}:${p.file}` })) : [],
  );
  const skipped = reads.flatMap((r) =>
    r.ok ? r.report.skipped.map((s) => ({ ...s, file: `${r.name}:${s.file}` })) : [],
  );
  return {
    ...EMPTY,
    verdict: runVerdict(proposals),
    counts: countFindings(proposals),
    proposals,
    skipped,
  };
}
