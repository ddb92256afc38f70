// The repository's other proposals, for rules across proposals (duplicate-service) when the
// CLI judges only some files: the pre-commit hook passes the staged ones, a user one.
import type { OtherProposal } from '../core/engine.js';
import { otherProposal } from '../core/proposal/other.js';
import { readForCheck, toReportPath } from '../io/files.js';
import { resolveTargets } from './targets.js';

/**
 * The `service` and `status` of every file the globs find that is not judged in this run,
 * read through the guarded reader. A file that cannot be read or parsed gives nothing: it is
 * judged (and reported) when it is checked itself.
 */
export async function otherProposals(
  cwd: string,
  globs: readonly string[],
  judged: ReadonlySet<string>,
  maxBytes?: number,
): Promise<OtherProposal[]> {
  const out: OtherProposal[] = [];
  for (const absolute of await resolveTargets(cwd, [], globs)) {
    const file = toReportPath(cwd, absolute);
    if (judged.has(file)) continue;
    const read = readForCheck(cwd, absolute, maxBytes);
    if (!read.ok) continue;
    const other = otherProposal(file, read.text);
    if (!other) continue;
    out.push(other);
  }
  return out;
}
