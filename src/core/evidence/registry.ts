// The evidence readers, one module per format, in the order they are tried. Each is
// recognised by what the text holds, never by the file's name.

import k6SummaryData from './readers/k6-summary-data.js';
import k6SummaryExport from './readers/k6-summary-export.js';
import vegeta from './readers/vegeta.js';
import hyperfine from './readers/hyperfine.js';
import gctrace from './readers/gctrace.js';
import wrk from './readers/wrk.js';
import goBench from './readers/go-bench.js';
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

export function readerFor(format: EvidenceFormat): EvidenceReader {
  return READERS.find((r) => r.format === format)!;
}

function jsonObject(text: string, work: Work): Record<string, unknown> | undefined | null {
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  if (text[i] !== '{') return undefined;
  work.steps += text.length;
  try {
    // JSON.parse is linear and does not recurse on nesting; the readers then walk only the
    // few paths they know, so a deep or wide document costs its length and no more.
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * What the artefact's text holds: the first reader that recognises it, or why none did.
 * Pure; `work` counts the characters and values examined.
 */
export function readEvidence(raw: string, work: Work = { steps: 0 }): ReadResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const json = jsonObject(text, work);
  if (json === null) {
    return { ok: false, error: { reason: 'a JSON document that does not parse as one object' } };
  }
  for (const reader of READERS) {
    if (
      json !== undefined &&
      (reader.format === 'gctrace' || reader.format === 'wrk' || reader.format === 'go-bench')
    )
      continue;
    const reading = reader.read({ text, json }, work);
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
