// `go test -bench` output in the benchmark format (golang.org/x/perf/benchfmt): `key: value`
// configuration lines, then `BenchmarkName-N  iterations  value unit ...`; repeats of one
// benchmark (`-count`) give the median of each unit.

import { eachLine, identifier, median } from '../lines.js';
import type { EvidenceReader, Figure, IdentityItem, Series } from '../types.js';

const CONFIG = /^([a-z][^\s:A-Z]*):(?:\s+(.*))?$/;
const RESULT = /^(Benchmark\S*)\s+([0-9]+)\s+(.+)$/;
const PAIR = /([-+]?[0-9]+(?:\.[0-9]+)?(?:e[-+]?[0-9]+)?)\s+(\S+)/gy;
const UNIT = /^[A-Za-z0-9/%._-]{1,24}$/;
const GO_VERSION = /^go[0-9]+\.[0-9]+(?:\.[0-9]+|(?:rc|beta)[0-9]+)?$/;
const SHOWN = ['pkg', 'goos', 'goarch', 'cpu'];

/** A benchmark's name without the `-N` GOMAXPROCS suffix. */
export function benchmarkName(name: string): string {
  return name.replace(/-[0-9]+$/, '');
}

const reader: EvidenceReader = {
  format: 'go-bench',
  read({ text, json }, work) {
    if (json) return null;
    const config = new Map<string, string>();
    const pkgs: string[] = [];
    const benches = new Map<string, Map<string, number[]>>();
    eachLine(text, work, (line) => {
      const r = RESULT.exec(line);
      if (r) {
        const name = benchmarkName(r[1]!).slice(0, 200);
        let units = benches.get(name);
        PAIR.lastIndex = 0;
        const rest = r[3]!;
        let m: RegExpExecArray | null;
        while ((m = PAIR.exec(rest)) !== null) {
          const value = Number(m[1]);
          const unit = m[2]!;
          if (UNIT.test(unit) && Number.isFinite(value) && value >= 0) {
            if (!units) {
              units = new Map();
              benches.set(name, units);
            }
            const list = units.get(unit) ?? [];
            list.push(value);
            units.set(unit, list);
          }
          let pos = PAIR.lastIndex;
          while (rest[pos] === ' ' || rest[pos] === '\t') pos += 1;
          PAIR.lastIndex = pos;
        }
        return;
      }
      const c = CONFIG.exec(line);
      if (c) {
        const key = c[1]!;
        const value = (c[2] ?? '').trim();
        if (key === 'pkg' && value !== '' && !pkgs.includes(value) && pkgs.length < 20)
          pkgs.push(value);
        if ((key === 'go' || key === 'goversion') && GO_VERSION.test(value))
          config.set('go', value);
        else if (SHOWN.includes(key) && value !== '' && !config.has(key)) config.set(key, value);
      }
    });
    if (benches.size === 0) return null;
    const series: Series[] = [];
    for (const [name, units] of benches) {
      const figures: Figure[] = [];
      for (const [unit, values] of units) {
        work.steps += values.length;
        const figure: Figure = { stat: null, value: median(values), unit };
        if (values.length > 1) figure.samples = values.length;
        figures.push(figure);
      }
      series.push({ name, label: identifier(name), figures });
    }
    const identity: IdentityItem[] = [];
    if (pkgs.length > 0) identity.push({ key: 'pkg', value: pkgs.map(identifier).join(', ') });
    const goos = config.get('goos');
    const goarch = config.get('goarch');
    if (goos !== undefined || goarch !== undefined) {
      identity.push({ key: 'goos/goarch', value: identifier(`${goos ?? '?'}/${goarch ?? '?'}`) });
    }
    const cpu = config.get('cpu');
    if (cpu !== undefined) identity.push({ key: 'cpu', value: identifier(cpu) });
    const go = config.get('go');
    if (go !== undefined) identity.push({ key: 'go', value: go });
    const reading = { format: 'go-bench' as const, tool: 'go test -bench', series, identity };
    return go !== undefined ? { ...reading, go } : reading;
  },
  defaultSeries(reading) {
    const first = reading.series[0];
    return first ? { name: first.name } : null;
  },
};

export default reader;
