// Each constraint of a proposal held against the artefact its `evidence` cites, from what the
// shell read (docs/evidence.md). Pure: the shell read the files; this reads their text once
// per run, however many constraints and proposals cite the same one.

import { evidenceForm, evidenceKey, intoGit, withEvidenceCheck } from '../measurement.js';
import type { Constraint, Proposal } from '../types.js';
import type { ArtefactRead, Artefacts } from './types.js';
import { identifier } from './lines.js';
import { judgeEvidence, type EvidenceCheck, type EvidenceClaim } from './judge.js';
import { readEvidence } from './registry.js';
import type { ReadResult } from './types.js';

/** A constraint's evidence as the run checked it. */
export interface ConstraintEvidence {
  /** Its index in `constraints`. */
  constraint: number;
  check: EvidenceCheck;
  /** The artefact is new in the pull request judged. */
  added: boolean;
}

// The text's reading, per artefact read and the metrics asked of it: a file that five
// constraints cite is read once.
const readings = new WeakMap<ArtefactRead, Map<string, ReadResult>>();

function readingOf(read: ArtefactRead & { kind: 'text' }, metrics: readonly string[]): ReadResult {
  const focus = read.focus ?? metrics;
  const key = read.focus ? '' : [...new Set(metrics)].sort().join('\u0000');
  let byFocus = readings.get(read);
  if (!byFocus) readings.set(read, (byFocus = new Map()));
  let result = byFocus.get(key);
  if (!result) byFocus.set(key, (result = readEvidence(read.text, { steps: 0 }, focus)));
  return result;
}

function claimOf(c: Constraint): EvidenceClaim {
  const claim: EvidenceClaim = { type: c.type };
  if (typeof c.metric === 'string') claim.metric = c.metric;
  if (typeof c.observed === 'string') claim.observed = c.observed;
  if (typeof c.limit === 'string') claim.limit = c.limit;
  if (typeof c.met === 'boolean') claim.met = c.met;
  if (typeof c.runtime === 'string') claim.runtime = c.runtime;
  return claim;
}

/**
 * The proposal with each constraint that cites evidence carrying its check (the rules read it
 * through readConstraint), and the checks, one per such constraint in order.
 */
export function checkProposalEvidence(
  file: string,
  proposal: Proposal,
  artefacts: Artefacts,
  repository: string | undefined,
): { proposal: Proposal; evidence: ConstraintEvidence[] } {
  const constraints = proposal.constraints ?? [];
  const evidence: ConstraintEvidence[] = [];
  if (constraints.length === 0) return { proposal, evidence };
  // The metrics each path is asked for by this proposal, so one reading serves them all.
  const keys = constraints.map((c) => evidenceKey(c.evidence, file, repository));
  const metrics = new Map<string, string[]>();
  constraints.forEach((c, i) => {
    const key = keys[i];
    if (key?.startsWith('path:') && typeof c.metric === 'string') {
      metrics.set(key, [...(metrics.get(key) ?? []), c.metric]);
    }
  });
  const judged = constraints.map((c, i) => {
    const form = evidenceForm(c.evidence);
    if (form === 'none') return c;
    const claim = claimOf(c);
    const key = keys[i];
    let check: EvidenceCheck;
    let added = false;
    if (key === undefined) {
      // A path of the right form that leads out of the repository, or into `.git`.
      check = judgeEvidence(claim, {
        kind: 'refused',
        path: (c.evidence as string).trim(),
        reason: 'the path leads outside the repository or into .git; it was not read',
      });
    } else if (key.startsWith('url:')) {
      check = judgeEvidence(claim, { kind: 'url' });
    } else {
      const path = key.slice('path:'.length);
      const read: ArtefactRead | undefined = intoGit(path)
        ? // A link into .git is refused here too, whatever the shell did with it.
          { kind: 'refused', reason: 'the path leads into .git; it was not read' }
        : artefacts.get(path);
      if (read === undefined) {
        // The shell did not read it (a first pass, before the artefacts are read): it counts
        // as cited, as it did before artefacts were read at all.
        check = {
          ...judgeEvidence(claim, { kind: 'url' }),
          status: 'unchecked',
          path: identifier(path),
          reason: 'not read in this run',
        };
      } else if (read.kind === 'missing') {
        check = judgeEvidence(claim, {
          kind: 'missing',
          path,
          reason: 'no such file at the commit judged',
        });
      } else if (read.kind === 'refused') {
        check = judgeEvidence(claim, { kind: 'refused', path, reason: read.reason });
      } else if (read.kind === 'too-large') {
        check = judgeEvidence(claim, {
          kind: 'too-large',
          path,
          bytes: read.bytes,
          cap: read.cap,
        });
      } else {
        check = judgeEvidence(claim, {
          kind: 'read',
          path,
          result: readingOf(read, metrics.get(key) ?? []),
        });
        added = read.added === true;
      }
    }
    evidence.push({ constraint: i, check, added });
    return withEvidenceCheck(c, check);
  });
  return { proposal: { ...proposal, constraints: judged }, evidence };
}
