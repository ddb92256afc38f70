// `k6 run --summary-export`: metrics.<m> holds the statistics directly, trends in ms.

import type { EvidenceReader } from '../types.js';
import { k6Default, k6Reading, metricEntries } from './k6-common.js';

const reader: EvidenceReader = {
  format: 'k6-summary-export',
  nested: ['metrics'],
  read({ json, focus }, work) {
    if (!json || !json.has('metrics') || !json.has('root_group')) return null;
    const metrics = metricEntries(json, 'flat', focus, work);
    if (!metrics || metrics.kept.length === 0) return null;
    return k6Reading('k6-summary-export', metrics, undefined, work);
  },
  defaultSeries: (reading, type, unitClass) => k6Default(reading, type, unitClass),
};

export default reader;
