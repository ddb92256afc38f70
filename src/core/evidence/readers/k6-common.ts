// What both k6 summaries share: the metric names, the statistics of a trend, the unit each
// kind of metric is written in (time in ms), and the run's identity.

import type { JsonDoc } from '../json-scan.js';
import { parseMember } from '../json-scan.js';
import { identifier, measurement } from '../lines.js';
import type { EvidenceReading, Figure, IdentityItem, Series, UnitClass, Work } from '../types.js';
import { canonicalStat, percentileRank } from '../units.js';

export const MAX_NAME = 200;

export interface K6Metric {
  name: string;
  /** trend | counter | rate | gauge, when the file says. */
  type: string | undefined;
  /** time | data | default, when the file says. */
  contains: string | undefined;
  values: Record<string, unknown>;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unitFor(metric: K6Metric): string {
  if (metric.contains === 'time') return 'ms';
  if (metric.contains === 'data') return 'B';
  if (metric.contains === 'default') return '';
  // The export drops `contains`: its trends are k6's timings (ms) and data_* counts bytes.
  if (metric.name.startsWith('data_')) return 'B';
  return 'ms';
}

function isTrend(metric: K6Metric): boolean {
  if (metric.type !== undefined) return metric.type === 'trend';
  return 'med' in metric.values || 'avg' in metric.values;
}

function figuresOf(metric: K6Metric, requests: number | undefined): Figure[] {
  const v = metric.values;
  const out: Figure[] = [];
  const http = metric.name.startsWith('http_req');
  if (isTrend(metric)) {
    const unit = unitFor(metric);
    const count = measurement(v.count) ? v.count : undefined;
    const samples = count ?? (http && !metric.name.includes('{') ? requests : undefined);
    for (const [key, value] of Object.entries(v)) {
      if (!measurement(value)) continue;
      const stat = key === 'count' ? 'count' : canonicalStat(key);
      if (stat === null || stat === 'start' || stat === 'throughput') continue;
      const figure: Figure = { stat, value, unit: stat === 'count' ? '' : unit };
      if (samples !== undefined && percentileRank(stat) !== null) figure.samples = samples;
      out.push(figure);
    }
    return out;
  }
  const counter = metric.type === 'counter' || ('count' in v && 'rate' in v);
  if (counter) {
    if (measurement(v.count))
      out.push({
        stat: 'count',
        value: v.count,
        unit: metric.name.startsWith('data_') || metric.contains === 'data' ? 'B' : '',
      });
    if (measurement(v.rate)) {
      out.push(
        metric.name === 'http_reqs'
          ? { stat: 'throughput', value: v.rate, unit: 'rps' }
          : { stat: 'rate', value: v.rate, unit: '/s' },
      );
    }
    return out;
  }
  const rate = metric.type === 'rate' || ('passes' in v && 'fails' in v);
  if (rate) {
    const share = metric.type === 'rate' ? (v.rate ?? v.value) : v.value;
    if (measurement(share) && share <= 1)
      out.push({ stat: 'rate', value: Number((share * 100).toPrecision(12)), unit: '%' });
    return out;
  }
  // A gauge: its last value and extremes.
  const unit = metric.contains === 'time' ? 'ms' : metric.contains === 'data' ? 'B' : '';
  for (const key of ['value', 'min', 'max'] as const) {
    if (measurement(v[key]))
      out.push({ stat: key === 'value' ? 'last' : key, value: v[key], unit });
  }
  return out;
}

/** The reading of k6 metrics, in the file's order; `durationMs` when the file gives it. */
export function k6Reading(
  format: 'k6-summary-export' | 'k6-summary-data',
  { kept: metrics, scenarios }: K6Metrics,
  durationMs: number | undefined,
  work: Work,
): EvidenceReading {
  const byName = new Map(metrics.map((m) => [m.name, m]));
  const reqs = byName.get('http_reqs')?.values;
  const requests = reqs && measurement(reqs.count) ? reqs.count : undefined;
  const series: Series[] = [];
  for (const metric of metrics) {
    work.steps += 1;
    const figures = figuresOf(metric, requests);
    if (figures.length === 0) continue;
    series.push({ name: metric.name, label: identifier(metric.name), figures });
  }
  const identity: IdentityItem[] = [];
  if (scenarios.size > 0)
    identity.push({ key: 'scenarios', value: [...scenarios].sort().join(', ') });
  if (requests !== undefined) identity.push({ key: 'requests', value: requests });
  let seconds = durationMs !== undefined ? durationMs / 1000 : undefined;
  // The export leaves out the run's state; k6's rate is the count over the run's duration.
  if (
    seconds === undefined &&
    requests !== undefined &&
    reqs &&
    measurement(reqs.rate) &&
    reqs.rate > 0
  ) {
    seconds = requests / reqs.rate;
  }
  if (seconds !== undefined && Number.isFinite(seconds))
    identity.push({ key: 'duration', value: seconds });
  return { format, tool: 'k6', series, identity };
}

export function k6Default(
  reading: EvidenceReading,
  type: string,
  unitClass: UnitClass | null,
): { name: string } | null {
  const has = (name: string) => reading.series.some((s) => s.name === name);
  if (unitClass === 'rate' || (unitClass === null && type === 'throughput')) {
    return has('http_reqs') ? { name: 'http_reqs' } : null;
  }
  if (
    unitClass === 'time' ||
    (unitClass === null && ['tail-latency', 'gc-pauses', 'cold-start'].includes(type))
  ) {
    return has('http_req_duration') ? { name: 'http_req_duration' } : null;
  }
  return null;
}

/**
 * Tagged sub-metrics kept beyond those the constraints name: k6 writes one per threshold on a
 * tag, so a file with thousands is a generated one and the figures need none of the rest.
 */
export const MAX_TAGGED = 200;

/** Scenarios named in the run's identity, at most. */
const MAX_SCENARIOS = 100;
const MAX_SEEN = 1000;
const SCENARIO_TAG = /[{,]\s*scenario:([^,}]*)/g;

export interface K6Metrics {
  kept: K6Metric[];
  /** Every scenario named in a metric's tags, kept or not. */
  scenarios: Set<string>;
}

/**
 * The metrics of `metrics` with names of a sane length, each with its values object: every
 * untagged metric, the ones in `focus`, and the first MAX_TAGGED tagged ones. Only those are
 * parsed.
 */
export function metricEntries(
  json: JsonDoc,
  shape: 'flat' | 'values',
  focus: ReadonlySet<string>,
  work: Work,
): K6Metrics | null {
  const members = json.members('metrics');
  if (members === null) return null;
  const kept: K6Metric[] = [];
  const scenarios = new Set<string>();
  // A generated file repeats one scenario tag on thousands of metrics: each written value is
  // made safe to show once.
  const seen = new Set<string>();
  let tagged = 0;
  for (const member of members) {
    const name = member.key;
    if (name.length > MAX_NAME) continue;
    const brace = name.indexOf('{');
    if (brace >= 0) {
      if (scenarios.size < MAX_SCENARIOS && name.includes('scenario:', brace)) {
        SCENARIO_TAG.lastIndex = brace;
        for (let m = SCENARIO_TAG.exec(name); m !== null; m = SCENARIO_TAG.exec(name)) {
          const written = m[1]!;
          if (seen.has(written)) continue;
          if (seen.size < MAX_SEEN) seen.add(written);
          if (scenarios.size < MAX_SCENARIOS) scenarios.add(identifier(written.trim()));
        }
      }
      if (!focus.has(name) && ++tagged > MAX_TAGGED) continue;
    }
    const raw = parseMember(json.text, member, work);
    if (!isObject(raw)) continue;
    if (shape === 'values') {
      if (!isObject(raw.values)) continue;
      kept.push({
        name,
        type: typeof raw.type === 'string' ? raw.type : undefined,
        contains: typeof raw.contains === 'string' ? raw.contains : undefined,
        values: raw.values,
      });
    } else {
      if (isObject(raw.values)) continue;
      kept.push({ name, type: undefined, contains: undefined, values: raw });
    }
  }
  return { kept, scenarios };
}
