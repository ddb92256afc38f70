import { readFileSync } from 'node:fs';
import { readEvidence } from '../../src/core/evidence/index.js';
import type { EvidenceReading, Figure } from '../../src/core/evidence/index.js';

export function example(name: string): string {
  return readFileSync(new URL(`../../examples/evidence/${name}`, import.meta.url), 'utf8');
}

export function read(text: string): EvidenceReading {
  const result = readEvidence(text);
  if (!result.ok) throw new Error(`not read: ${result.error.reason}`);
  return result.reading;
}

/** The figures of one series as `stat unit → value`. */
export function figures(reading: EvidenceReading, series: string): Record<string, number> {
  const s = reading.series.find((x) => x.name === series);
  if (!s)
    throw new Error(`no series ${series}; has ${reading.series.map((x) => x.name).join(', ')}`);
  return Object.fromEntries(s.figures.map((f: Figure) => [`${f.stat ?? '-'} ${f.unit}`, f.value]));
}

export function identity(reading: EvidenceReading): Record<string, string | number> {
  return Object.fromEntries(reading.identity.map((i) => [i.key, i.value]));
}
