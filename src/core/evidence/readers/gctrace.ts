// Go GC traces (GODEBUG=gctrace=1), one line per cycle after any prefix (a timestamp, a pod
// name). The runtime writes (src/runtime/mgc.go):
//   gc N @Ts U%: A+B+C ms clock, ... ms cpu, H0->H1->H2 MB, G MB goal[, S MB stacks, X MB globals], P P[ (forced)]
// A and C are the two stop-the-world pauses; U is GC's share of CPU since the program
// started; H0 is the heap when the cycle began. "MB" there is 2^20 bytes.
// Only what the figures need is kept: the pauses (two numbers a cycle) and running maxima.

import { MAX_LINE, nearestRank } from '../lines.js';
import type { EvidenceReader, Figure, IdentityItem, Series } from '../types.js';

const NUM = '[0-9]+(?:\\.[0-9]+)?';
// Matched with test(), which makes no match object: the figures are then read from the
// record's fixed layout (readCycle), with no string made.
const CYCLE = new RegExp(
  `gc [0-9]+ @${NUM}s [0-9]+%: ${NUM}\\+${NUM}\\+${NUM} ms clock, [0-9.+/]+ ms cpu, ` +
    `[0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, (?:[0-9]+ MB stacks, [0-9]+ MB globals, )?[0-9]+ P(?: \\(forced\\))?`,
  'y',
);

/** The number `[0-9]+(?:\.[0-9]+)?` at `i`, and the index past it. */
function numberAt(text: string, i: number): { value: number; end: number } {
  let value = 0;
  let scale = 1;
  let fraction = false;
  let j = i;
  for (; ; j++) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      if (fraction) scale *= 10;
    } else if (c === 46 && !fraction) fraction = true;
    else break;
  }
  // Up to 15 digits are exact in a double, and one division by a power of ten rounds as
  // Number() does; longer ones are left to Number().
  return { value: j - i > 15 ? Number(text.slice(i, j)) : value / scale, end: j };
}

interface Cycle {
  t: number;
  cpu: number;
  a: number;
  c: number;
  heap: number;
  procs: number;
  forced: boolean;
}

/** The figures of the record CYCLE matched from `at` to `end`. */
function readCycle(text: string, at: number, end: number): Cycle {
  const t = numberAt(text, text.indexOf('@', at) + 1);
  const cpu = numberAt(text, t.end + 2);
  const a = numberAt(text, cpu.end + 3);
  const b = numberAt(text, a.end + 1);
  const c = numberAt(text, b.end + 1);
  const heap = numberAt(text, text.indexOf(' ms cpu, ', c.end) + 9);
  const forced = text.charCodeAt(end - 1) === 41;
  // `N P` ends the record, before ` (forced)`.
  let p = (forced ? end - 9 : end) - 2;
  while (p > at && text.charCodeAt(p - 1) >= 48 && text.charCodeAt(p - 1) <= 57) p -= 1;
  return {
    t: t.value,
    cpu: cpu.value,
    a: a.value,
    c: c.value,
    heap: heap.value,
    procs: numberAt(text, p).value,
    forced,
  };
}

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
        at = lineEnd;
        continue;
      }
      CYCLE.lastIndex = at;
      if (!CYCLE.test(text)) continue;
      const end = CYCLE.lastIndex;
      const m = readCycle(text, at, end);
      const { t, a, c, heap } = m;
      if (
        !Number.isFinite(t) ||
        !Number.isFinite(a) ||
        !Number.isFinite(c) ||
        !Number.isFinite(heap)
      )
        continue;
      cycles += 1;
      if (m.forced) forced += 1;
      first = Math.min(first, t);
      last = Math.max(last, t);
      pauses.push(a);
      pauses.push(c);
      pauseSum += a + c;
      peakHeap = Math.max(peakHeap, heap);
      cpu = m.cpu;
      procs = m.procs;
      at = end - 1;
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
