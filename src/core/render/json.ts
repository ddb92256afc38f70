import type { Report } from '../types.js';

/** The JSON report of shared/spec/rules-v1.md. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
