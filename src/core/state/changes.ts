// The state model: what changed since the previous run, as the comment shows it. It lives
// here, below both the diff that makes it and the renderers that show it.

import type { Finding, Severity } from '../types.js';

/** A finding of an earlier run, as remembered: enough to name it, nothing to trust. */
export interface RememberedFinding {
  file: string;
  rule: string;
  severity: Severity;
}

export interface Changes {
  /** The open findings of this report that the previous run did not have (by identity). */
  newFindings: ReadonlySet<Finding>;
  /** Open findings of the previous run that are gone or waived now. */
  resolved: readonly RememberedFinding[];
  /** The commit the previous run judged, if known. */
  previousSha?: string;
}
