// Go GC traces (GODEBUG=gctrace=1), one line per cycle after any prefix (a timestamp, a pod
// name). The runtime writes (src/runtime/mgc.go):
//   gc N @Ts U%: A+B+C ms clock, ... ms cpu, H0->H1->H2 MB, G MB goal[, S MB stacks, X MB globals], P P[ (forced)]
// A and C are the two stop-the-world pauses; U is GC's share of CPU since the program
// started; H0 is the heap when the cycle began. "MB" there is 2^20 bytes.
// Only what the figures need is kept: the pauses (two numbers a cycle) and running maxima.

import { MAX_LINE, nearestRank } from '../lines.js';
import type { EvidenceReader, Figure, IdentityItem, Series } from '../types.js';

const NUM = '([0-9]+(?:\\.[0-9]+)?)';
// Global: the engine finds the next record itself, passing over the program's own log and
// over every "gc " that starts none, so the loop below runs once a record.
const CYCLE = new RegExp(
  `gc [0-9]+ @${NUM}s ([0-9]+)%: ${NUM}\\+[0-9]+(?:\\.[0-9]+)?\\+${NUM} ms clock, [0-9.+/]+ ms cpu, ` +
    `([0-9]+)->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, (?:[0-9]+ MB stacks, [0-9]+ MB globals, )?([0-9]+) P( \\(forced\\))?`,
  'g',
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
    // A record lies on one line and nothing in it can start another, so matches never
    // overlap: linear.
    work.steps += text.length;
    let lineStart = 0;
    let lineEnd = -1;
    CYCLE.lastIndex = 0;
    for (let m = CYCLE.exec(text); m !== null; m = CYCLE.exec(text)) {
      const at = m.index;
      if (at > lineEnd) {
        // The line holding `at`: from the end of the last one, over any lines between.
        lineStart = lineEnd + 1;
        for (;;) {
          let k = text.indexOf('\n', lineStart);
          if (k < 0) k = text.length;
          if (k >= at) {
            lineEnd = k;
            break;
          }
          lineStart = k + 1;
        }
      }
      // Lines too long to be a record's are passed over whole, as every reader does.
      if (lineEnd - lineStart > MAX_LINE) {
        CYCLE.lastIndex = lineEnd;
        continue;
      }
      const t = Number(m[1]);
      const a = Number(m[3]);
      const c = Number(m[4]);
      const heap = Number(m[5]);
      if (
        !Number.isFinite(t) ||
        !Number.isFinite(a) ||
        !Number.isFinite(c) ||
        !Number.isFinite(heap)
      )
        continue;
      cycles += 1;
      if (m[7] !== undefined) forced += 1;
      if (t < first) first = t;
      if (t > last) last = t;
      pauses.push(a);
      pauses.push(c);
      pauseSum += a + c;
      if (heap > peakHeap) peakHeap = heap;
      cpu = Number(m[2]);
      procs = Number(m[6]);
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
