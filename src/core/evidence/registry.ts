// The evidence readers, one module per format, in the order they are tried. Each is
// recognised by what the text holds, never by the file's name.

import k6SummaryData from './readers/k6-summary-data.js';
import k6SummaryExport from './readers/k6-summary-export.js';
import vegeta from './readers/vegeta.js';
import hyperfine from './readers/hyperfine.js';
import gctrace from './readers/gctrace.js';
import wrk from './readers/wrk.js';
import goBench from './readers/go-bench.js';
import { scanJson } from './json-scan.js';
import type { EvidenceFormat, EvidenceReader, ReadResult, Work } from './types.js';

export const READERS: readonly EvidenceReader[] = [
  k6SummaryData,
  k6SummaryExport,
  vegeta,
  hyperfine,
  gctrace,
  wrk,
  goBench,
];

const NESTED: ReadonlySet<string> = new Set(READERS.flatMap((r) => r.nested ?? []));

export function readerFor(format: EvidenceFormat): EvidenceReader {
  return READERS.find((r) => r.format === format)!;
}

/**
 * What the artefact's text holds: the first reader that recognises it, or why none did.
 * Pure; `work` counts the characters and values examined. `focus`: the metric names the
 * constraints citing the file ask for, kept even when the file holds thousands of tagged
 * sub-metrics (only the first MAX_TAGGED of those are kept otherwise).
 */
export function readEvidence(
  raw: string,
  work: Work = { steps: 0 },
  focus: readonly string[] = [],
): ReadResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const json = scanJson(text, work, NESTED);
  if (json === null) {
    return { ok: false, error: { reason: 'a JSON document that does not parse as one object' } };
  }
  for (const reader of READERS) {
    if (
      json !== undefined &&
      (reader.format === 'gctrace' || reader.format === 'wrk' || reader.format === 'go-bench')
    )
      continue;
    const reading = reader.read({ text, json, focus: new Set(focus) }, work);
    if (reading) return { ok: true, reading };
  }
  return {
    ok: false,
    error: {
      reason:
        json !== undefined
          ? 'a JSON document of no recognised format (k6 summary, vegeta report, hyperfine export)'
          : 'a text of no recognised format (wrk --latency, go test -bench, GODEBUG=gctrace=1)',
    },
  };
}
