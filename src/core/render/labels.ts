import type { RunVerdict, Severity } from '../types.js';

export const VERDICT_LABEL: Record<RunVerdict, string> = {
  approved: 'Approved',
  'approved-with-warnings': 'Approved with warnings',
  'changes-requested': 'Changes requested',
  'no-proposals': 'No proposals',
};

export const VERDICT_ICON: Record<RunVerdict, string> = {
  approved: '✅',
  'approved-with-warnings': '⚠️',
  'changes-requested': '❌',
  'no-proposals': '➖',
};

export const SEVERITY_ICON: Record<Severity, string> = {
  error: '🔴',
  warning: '🟡',
  notice: '🔵',
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
