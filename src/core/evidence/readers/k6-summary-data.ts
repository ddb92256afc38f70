// k6's handleSummary data written out with JSON.stringify(data): metrics.<m>.values in ms.

import type { EvidenceReader } from '../types.js';
import { isObject, k6Default, k6Reading, metricEntries } from './k6-common.js';

const reader: EvidenceReader = {
  format: 'k6-summary-data',
  nested: ['metrics'],
  read({ json, focus }, work) {
    if (!json || !json.has('metrics')) return null;
    if (!json.has('root_group') && !json.has('state') && !json.has('options')) return null;
    const metrics = metricEntries(json, 'values', focus, work);
    if (!metrics || metrics.kept.length === 0) return null;
    const state = json.get('state');
    const ms = isObject(state) ? state.testRunDurationMs : undefined;
    const duration = typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
    return k6Reading('k6-summary-data', metrics, duration, work);
  },
  defaultSeries: (reading, type, unitClass) => k6Default(reading, type, unitClass),
};

export default reader;
