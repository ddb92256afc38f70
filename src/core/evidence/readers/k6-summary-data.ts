// k6's handleSummary data written out with JSON.stringify(data): metrics.<m>.values in ms.

import type { EvidenceReader } from '../types.js';
import { isObject, k6Default, k6Reading, metricEntries } from './k6-common.js';

const reader: EvidenceReader = {
  format: 'k6-summary-data',
  read({ json }, work) {
    if (!json || !isObject(json.metrics)) return null;
    if (!('root_group' in json) && !('state' in json) && !('options' in json)) return null;
    const metrics = metricEntries(json, 'values');
    if (!metrics || metrics.length === 0) return null;
    const state = json.state;
    const ms = isObject(state) ? state.testRunDurationMs : undefined;
    const duration = typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
    return k6Reading('k6-summary-data', metrics, duration, work);
  },
  defaultSeries: (reading, type, unitClass) => k6Default(reading, type, unitClass),
};

export default reader;
