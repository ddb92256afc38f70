// Go GC traces (GODEBUG=gctrace=1), one line per cycle after any prefix (a timestamp, a pod
// name). The runtime writes (src/runtime/mgc.go):
//   gc N @Ts U%: A+B+C ms clock, ... ms cpu, H0->H1->H2 MB, G MB goal[, S MB stacks, X MB globals], P P[ (forced)]
// A and C are the two stop-the-world pauses; U is GC's share of CPU since the program
// started; H0 is the heap when the cycle began. "MB" there is 2^20 bytes.
// Only what the figures need is kept: the pauses (two numbers a cycle) and running maxima.

import { MAX_LINE, nearestRank } from '../lines.js';
import type { EvidenceReader, Figure, IdentityItem, Series } from '../types.js';

const NUM = '([0-9]+(?:\\.[0-9]+)?)';
const CYCLE = new RegExp(
  `gc ([0-9]+) @${NUM}s ([0-9]+)%: ${NUM}\\+${NUM}\\+${NUM} ms clock, [0-9.+/]+ ms cpu, ` +
    `([0-9]+)->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, (?:[0-9]+ MB stacks, [0-9]+ MB globals, )?([0-9]+) P( \\(forced\\))?`,
  'y',
);

const PERCENTILES = [50, 90, 95, 99, 99.9];

class Numbers {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

const reader: EvidenceReader = {
  format: 'gctrace',
  read({ text, json }, work) {
    if (json) return null;
    const pauses = new Numbers();
    let cycles = 0;
    let forced = 0;
    let first = Infinity;
    let last = -Infinity;
    let peakHeap = 0;
    let cpu = 0;
    let procs = 0;
    let pauseSum = 0;
    // Jump from one "gc " to the next instead of walking every line: a trace is usually
    // mixed with the program's own log. Each try stops at the first character a record
    // cannot hold (never a newline, never "gc "), so the tries never overlap: linear.
    work.steps += text.length;
    let lineStart = 0;
    let lineEnd = -1;
    for (let at = text.indexOf('gc '); at >= 0; at = text.indexOf('gc ', at + 1)) {
      if (at > lineEnd) {
        lineStart = text.lastIndexOf('\n', at) + 1;
        lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) lineEnd = text.length;
      }
      // Lines too long to be a record's are passed over whole, as every reader does.
      if (lineEnd - lineStart > MAX_LINE) {
        at = lineEnd;
        continue;
      }
      CYCLE.lastIndex = at;
      const m = CYCLE.exec(text);
      if (!m) continue;
      const t = Number(m[2]);
      const a = Number(m[4]);
      const c = Number(m[6]);
      const heap = Number(m[7]);
      if (![t, a, c, heap].every(Number.isFinite)) continue;
      cycles += 1;
      if (m[9] !== undefined) forced += 1;
      first = Math.min(first, t);
      last = Math.max(last, t);
      pauses.push(a);
      pauses.push(c);
      pauseSum += a + c;
      peakHeap = Math.max(peakHeap, heap);
      cpu = Number(m[3]);
      procs = Number(m[8]);
      at = CYCLE.lastIndex - 1;
    }
    if (cycles === 0) return null;
    const sorted = pauses.data.subarray(0, pauses.length).sort();
    work.steps += sorted.length;
    const n = sorted.length;
    const pauseFigures: Figure[] = [
      { stat: 'max', value: sorted[n - 1]!, unit: 'ms', samples: n },
      { stat: 'avg', value: pauseSum / n, unit: 'ms', samples: n },
      ...PERCENTILES.map((q) => ({
        stat: `p${q}`,
        value: nearestRank(sorted, q),
        unit: 'ms',
        samples: n,
      })),
    ];
    const series: Series[] = [
      { name: 'pause', label: 'pause', figures: pauseFigures, primary: 'max', words: ['pause'] },
      {
        name: 'heap',
        label: 'heap',
        figures: [{ stat: 'max', value: peakHeap, unit: 'MiB' }],
        primary: 'max',
        words: ['heap'],
      },
      {
        name: 'gc cpu',
        label: 'gc cpu',
        figures: [{ stat: 'gc cpu', value: cpu, unit: '%' }],
        primary: 'gc cpu',
        words: ['gc cpu'],
      },
    ];
    const identity: IdentityItem[] = [
      { key: 'cycles', value: cycles },
      { key: 'span', value: last - first },
      { key: 'P', value: procs },
      { key: 'peak heap', value: peakHeap },
    ];
    if (forced > 0) identity.push({ key: 'forced', value: forced });
    return { format: 'gctrace', tool: 'gctrace', series, identity };
  },
  defaultSeries(_reading, type, unitClass) {
    if (unitClass === 'size' || (unitClass === null && type === 'memory')) return { name: 'heap' };
    if (unitClass === 'share' || (unitClass === null && type === 'cpu')) return { name: 'gc cpu' };
    if (unitClass === 'time' || unitClass === null) return { name: 'pause' };
    return null;
  },
};

export default reader;
