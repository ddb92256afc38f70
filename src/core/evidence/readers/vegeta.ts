// `vegeta report -type=json`: latencies in ns, throughput and rate per second, success 0..1.

import { measurement } from '../lines.js';
import type { EvidenceReader, Figure, IdentityItem, Series } from '../types.js';
import { isObject } from './k6-common.js';

const LATENCY_STATS: [string, string][] = [
  ['mean', 'avg'],
  ['50th', 'p50'],
  ['90th', 'p90'],
  ['95th', 'p95'],
  ['99th', 'p99'],
  ['max', 'max'],
  ['min', 'min'],
];

const reader: EvidenceReader = {
  format: 'vegeta',
  read({ json }, work) {
    if (!json || !json.has('latencies') || !json.has('requests')) return null;
    const lat = json.get('latencies');
    if (!isObject(lat)) return null;
    if (!('50th' in lat) && !('mean' in lat)) return null;
    work.steps += 16;
    const requests = measurement(json.get('requests'))
      ? (json.get('requests') as number)
      : undefined;
    const throughput = json.get('throughput');
    const rate = json.get('rate');
    const success = json.get('success');
    const duration = json.get('duration');
    const latencies: Figure[] = [];
    for (const [key, stat] of LATENCY_STATS) {
      const value = lat[key];
      if (!measurement(value)) continue;
      const figure: Figure = { stat, value, unit: 'ns' };
      if (stat.startsWith('p') && requests !== undefined) figure.samples = requests;
      latencies.push(figure);
    }
    const series: Series[] = [];
    if (latencies.length > 0)
      series.push({ name: 'latencies', label: 'latencies', figures: latencies });
    if (measurement(throughput)) {
      series.push({
        name: 'throughput',
        label: 'throughput',
        figures: [{ stat: 'throughput', value: throughput, unit: 'rps' }],
        primary: 'throughput',
      });
    }
    if (measurement(rate)) {
      series.push({
        name: 'rate',
        label: 'rate',
        figures: [{ stat: 'rate', value: rate, unit: 'rps' }],
        primary: 'rate',
      });
    }
    if (measurement(success) && success <= 1) {
      series.push({
        name: 'success',
        label: 'success',
        figures: [{ stat: 'success', value: Number((success * 100).toPrecision(12)), unit: '%' }],
        primary: 'success',
      });
    }
    const identity: IdentityItem[] = [];
    if (requests !== undefined) identity.push({ key: 'requests', value: requests });
    if (measurement(duration)) identity.push({ key: 'duration', value: duration / 1e9 });
    return { format: 'vegeta', tool: 'vegeta', series, identity };
  },
  defaultSeries(reading, type, unitClass) {
    const has = (name: string) => reading.series.some((s) => s.name === name);
    if (unitClass === 'rate' || (unitClass === null && type === 'throughput')) {
      return has('throughput') ? { name: 'throughput' } : null;
    }
    if (unitClass === 'time' || unitClass === null)
      return has('latencies') ? { name: 'latencies' } : null;
    return null;
  },
};

export default reader;
