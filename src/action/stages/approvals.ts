// Stage 6: where a waiver becomes approved (Finding.waiverApproval), from the pull request's
// reviews (api/list-reviews.ts) and the configuration's approvers. Not filled yet: every
// report passes through unchanged.

import type { Report } from '../../core/types.js';
import type { Started } from '../types.js';
import type { Settings } from './configuration.js';

export interface Approvals {
  report: Report;
  /** What this stage did, for the log. */
  reason: string;
}

export async function approveWaivers(
  _run: Started,
  _settings: Settings,
  report: Report,
): Promise<Approvals> {
  return { report, reason: 'no approvals needed' };
}
