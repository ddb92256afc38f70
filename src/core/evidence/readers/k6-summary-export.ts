// `k6 run --summary-export`: metrics.<m> holds the statistics directly, trends in ms.

import type { EvidenceReader } from '../types.js';
import { isObject, k6Default, k6Reading, metricEntries } from './k6-common.js';

const reader: EvidenceReader = {
  format: 'k6-summary-export',
  read({ json }, work) {
    if (!json || !isObject(json.metrics) || !('root_group' in json)) return null;
    const metrics = metricEntries(json, 'flat');
    if (!metrics || metrics.length === 0) return null;
    return k6Reading('k6-summary-export', metrics, undefined, work);
  },
  defaultSeries: (reading, type, unitClass) => k6Default(reading, type, unitClass),
};

export default reader;
