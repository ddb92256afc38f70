// `hyperfine --export-json`: one result per command, every time in seconds; percentiles
// beyond the median come from `times` by nearest rank.

import { identifier, measurement, nearestRank } from '../lines.js';
import type { EvidenceReader, Figure, IdentityItem, Series } from '../types.js';
import { isObject, MAX_NAME } from './k6-common.js';

const STATS: [string, string][] = [
  ['mean', 'avg'],
  ['median', 'p50'],
  ['min', 'min'],
  ['max', 'max'],
  ['stddev', 'stddev'],
];

const PERCENTILES = [90, 95, 99, 99.9];

const reader: EvidenceReader = {
  format: 'hyperfine',
  read({ json }, work) {
    if (!json || !json.has('results')) return null;
    const results = json.get('results');
    if (!Array.isArray(results)) return null;
    const series: Series[] = [];
    const identity: IdentityItem[] = [];
    for (const result of results as unknown[]) {
      work.steps += 1;
      if (!isObject(result) || typeof result.command !== 'string' || !('mean' in result)) continue;
      const command =
        result.command.length > MAX_NAME ? result.command.slice(0, MAX_NAME) : result.command;
      const times = Array.isArray(result.times)
        ? (result.times as unknown[]).filter(measurement)
        : [];
      work.steps += times.length;
      const figures: Figure[] = [];
      for (const [key, stat] of STATS) {
        const value = result[key];
        if (!measurement(value)) continue;
        const figure: Figure = { stat, value, unit: 's' };
        if (stat === 'p50' && times.length > 0) figure.samples = times.length;
        figures.push(figure);
      }
      if (times.length > 0) {
        const sorted = Float64Array.from(times).sort();
        for (const q of PERCENTILES) {
          figures.push({
            stat: `p${q}`,
            value: nearestRank(sorted, q),
            unit: 's',
            samples: sorted.length,
          });
        }
      }
      if (figures.length === 0) continue;
      series.push({
        name: command,
        label: identifier(command),
        figures,
        primary: 'avg',
        words: ['start'],
      });
      identity.push({ key: 'command', value: identifier(command) });
      if (times.length > 0) identity.push({ key: 'runs', value: times.length });
    }
    if (series.length === 0) return null;
    return { format: 'hyperfine', tool: 'hyperfine', series, identity };
  },
  defaultSeries(reading) {
    if (reading.series.length === 1) return { name: reading.series[0]!.name };
    return { ask: `the file times ${reading.series.length} commands; name one in \`metric\`` };
  },
};

export default reader;
