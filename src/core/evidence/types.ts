import type { UnitClass } from '../units.js';
import type { JsonDoc } from './json-scan.js';
import type { Work } from './work.js';

// What an evidence reader gives back: the figures of one artefact, in the units the file
// uses (docs/evidence.md), and what identifies the run so a reviewer can judge it.

export type EvidenceFormat =
  'k6-summary-export' | 'k6-summary-data' | 'vegeta' | 'hyperfine' | 'wrk' | 'go-bench' | 'gctrace';

export type { UnitClass };

/**
 * One number of the artefact. `stat` is canonical (`p50`, `p99.9`, `avg`, `min`, `max`,
 * `stddev`, `count`, `throughput`, `pause`, `heap`, `gc cpu`, ...) or null when the file
 * gives a single value (a Go benchmark's `ns/op`). `unit` is spelled as the grammar spells
 * it (`ms`, `ns`, `us`, `s`, `B`, `MiB`, `rps`, `/s`, `%`, `ns/op`, `B/op`) or, for a Go
 * benchmark's custom unit, as printed. `samples`: how many observations a percentile rests on,
 * when the file says.
 */
export interface Figure {
  stat: string | null;
  value: number;
  unit: string;
  samples?: number;
}

/** A named group of figures: a k6 metric, a hyperfine command, a Go benchmark, gctrace's pauses. */
export interface Series {
  /** The name as the file writes it (capped), for matching a constraint's `metric`. */
  name: string;
  /** The name safe to show in a message (see identifier()). */
  label: string;
  figures: Figure[];
  /**
   * The figure a limit without a statistic compares with (hyperfine's mean, gctrace's
   * largest pause); absent when the series has several and none is the obvious one.
   */
  primary?: string | null;
  /** Words a limit may use for the primary figure (`pause`, `heap`, `start`). */
  words?: string[];
}

export interface IdentityItem {
  /** What the value is: `scenarios`, `requests`, `duration`, `command`, `pkg`, ... */
  key: string;
  /** Safe to show: numbers as numbers, text through identifier(). */
  value: string | number;
}

export interface EvidenceReading {
  format: EvidenceFormat;
  /** Short name of the tool for a message: `k6`, `vegeta`, `hyperfine`, `wrk`, `go test -bench`, `gctrace`. */
  tool: string;
  series: Series[];
  identity: IdentityItem[];
  /** The Go version the artefact names (`go1.26.0`) from a `go:` or `goversion:` line. */
  go?: string;
}

/** Why a text yields no reading. */
export interface Unrecognised {
  reason: string;
}

export type ReadResult =
  { ok: true; reading: EvidenceReading } | { ok: false; error: Unrecognised };

export type { Work } from './work.js';

/** The text, and its JSON value when the text is one JSON object (parsed once for all readers). */
export interface EvidenceInput {
  text: string;
  json: JsonDoc | undefined;
  /** Metric names the caller will ask for, kept however many others the file holds. */
  focus: ReadonlySet<string>;
}

export interface EvidenceReader {
  format: EvidenceFormat;
  /**
   * Top-level members of a JSON artefact whose own members the reader lists (json.members):
   * indexed while the document is scanned, so they are not scanned a second time.
   */
  nested?: readonly string[];
  /**
   * The text's figures, or null when the text is not of this format. Pure: no I/O, and the
   * work it does is linear in the text's length (counted in `work`).
   */
  read(input: EvidenceInput, work: Work): EvidenceReading | null;
  /**
   * The series a constraint of this type reads when it names no `metric`, for a limit of
   * this unit class (null: there is none, or ask for a `metric` with `ask`).
   */
  defaultSeries(
    reading: EvidenceReading,
    type: string,
    unitClass: UnitClass | null,
  ): { name: string } | { ask: string } | null;
}

/** What a shell found at one repository path a constraint cites as evidence. */
export type ArtefactRead =
  /**
   * The file's text at the commit judged; `added` when it is new in this pull request;
   * `focus`: every `metric` the run's constraints ask of it (the engine keeps those however
   * many tagged metrics the file holds; absent, the citing proposal's own).
   */
  | { kind: 'text'; text: string; added?: boolean; focus?: readonly string[] }
  /** Nothing at that path at the commit judged. */
  | { kind: 'missing' }
  /** Not read: outside the repository, a link that leads out, or inside `.git`. */
  | { kind: 'refused'; reason: string }
  /** Larger than `max-evidence-bytes`. */
  | { kind: 'too-large'; bytes: number; cap: number };

/** Repository paths from the root, as `EngineOptions.artefacts` is keyed. */
export type Artefacts = ReadonlyMap<string, ArtefactRead>;
