import { formatNumber, range, usdRange } from '../format.js';
import type { Costs } from '../types.js';

/**
 * The price of a Rust choice as one line of figures (policy 1.1, `costs`), shared by the
 * comment, the job summary and the text output so that all three say the same. Undefined
 * when nothing could be computed. Members come from a report, which may have been written by
 * an untrusted run (fork-safe mode), so each is checked before it is shown.
 */
export function costLine(costs: Costs | null | undefined): string | undefined {
  if (costs === null || typeof costs !== 'object') return undefined;
  const parts: string[] = [];
  const premium = pair(costs.premiumPerYear);
  if (premium) parts.push(`pay premium ${usdRange(premium)} a year`);
  const onboarding = pair(costs.onboardingEngineerMonths);
  if (onboarding) parts.push(`onboarding ${range(onboarding)} engineer-months`);
  const ramp = pair(costs.rampEngineerMonthsPerYear);
  if (ramp) parts.push(`ramp from attrition ${range(ramp)} engineer-months a year`);
  const ci = costs.ciMinutesPerDay;
  if (typeof ci === 'number' && Number.isFinite(ci)) {
    parts.push(`CI ${formatNumber(ci)} more build minutes a day`);
  }
  return parts.length ? `Cost of Rust: ${parts.join(' · ')}` : undefined;
}

function pair(value: unknown): [number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [lo, hi] = value as unknown[];
  if (typeof lo !== 'number' || typeof hi !== 'number') return undefined;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return undefined;
  return [lo, hi];
}
