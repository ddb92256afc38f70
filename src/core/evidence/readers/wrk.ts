// `wrk --latency` text: times printed with their own unit (us, ms, s, and m or h for long
// ones), the Latency Distribution, and Requests/sec.

import { eachLine, identifier } from '../lines.js';
import type { EvidenceReader, Figure, IdentityItem, Series } from '../types.js';
import { canonicalStat } from '../units.js';

const TIME = '([0-9]+(?:\\.[0-9]+)?)(us|ms|s|m|h)';
const RUNNING = /^Running ([0-9]+(?:\.[0-9]+)?[a-z]*) test @ (\S+)/;
const THREAD_LATENCY = new RegExp(`^\\s*Latency\\s+${TIME}\\s+${TIME}\\s+${TIME}`);
const DISTRIBUTION_LINE = new RegExp(`^\\s*([0-9]{1,3}(?:\\.[0-9]+)?)%\\s+${TIME}\\s*$`);
const REQUESTS = /^\s*([0-9]+) requests in ([0-9]+(?:\.[0-9]+)?)(us|ms|s|m|h),/;
const RPS = /^Requests\/sec:\s+([0-9]+(?:\.[0-9]+)?)\s*$/;

/** A wrk time as a figure: minutes and hours become seconds, the grammar has no unit for them. */
function time(value: string, unit: string): { value: number; unit: string } {
  const n = Number(value);
  if (unit === 'm') return { value: n * 60, unit: 's' };
  if (unit === 'h') return { value: n * 3600, unit: 's' };
  return { value: n, unit };
}

const reader: EvidenceReader = {
  format: 'wrk',
  read({ text, json }, work) {
    if (json) return null;
    let target: string | undefined;
    let requests: number | undefined;
    let seconds: number | undefined;
    let rps: number | undefined;
    let inDistribution = false;
    const latency: Figure[] = [];
    eachLine(text, work, (line) => {
      let m = RUNNING.exec(line);
      if (m) {
        target = m[2];
        return;
      }
      m = THREAD_LATENCY.exec(line);
      if (m) {
        latency.push(
          { stat: 'avg', ...time(m[1]!, m[2]!) },
          { stat: 'max', ...time(m[5]!, m[6]!) },
        );
        return;
      }
      if (/^\s*Latency Distribution/.test(line)) {
        inDistribution = true;
        return;
      }
      if (inDistribution) {
        m = DISTRIBUTION_LINE.exec(line);
        if (m) {
          const stat = canonicalStat(`p${m[1]!}`);
          if (stat !== null) latency.push({ stat, ...time(m[2]!, m[3]!) });
          return;
        }
        inDistribution = false;
      }
      m = REQUESTS.exec(line);
      if (m) {
        requests = Number(m[1]);
        const d = time(m[2]!, m[3]!);
        seconds = d.unit === 'us' ? d.value / 1e6 : d.unit === 'ms' ? d.value / 1e3 : d.value;
        return;
      }
      m = RPS.exec(line);
      if (m) rps = Number(m[1]);
    });
    if (rps === undefined || (target === undefined && latency.length === 0)) return null;
    if (requests !== undefined) {
      for (const f of latency) if (f.stat?.startsWith('p')) f.samples = requests;
    }
    const series: Series[] = [];
    if (latency.length > 0) series.push({ name: 'latency', label: 'latency', figures: latency });
    series.push({
      name: 'Requests/sec',
      label: 'Requests/sec',
      figures: [{ stat: 'throughput', value: rps, unit: 'rps' }],
      primary: 'throughput',
    });
    const identity: IdentityItem[] = [];
    if (target !== undefined) identity.push({ key: 'target', value: identifier(target) });
    if (requests !== undefined) identity.push({ key: 'requests', value: requests });
    if (seconds !== undefined) identity.push({ key: 'duration', value: seconds });
    return { format: 'wrk', tool: 'wrk', series, identity };
  },
  defaultSeries(reading, type, unitClass) {
    const has = (name: string) => reading.series.some((s) => s.name === name);
    if (unitClass === 'rate' || (unitClass === null && type === 'throughput'))
      return { name: 'Requests/sec' };
    return has('latency') ? { name: 'latency' } : null;
  },
};

export default reader;
