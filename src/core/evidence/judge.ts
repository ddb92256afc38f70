// Holding a constraint's claim against its artefact (docs/evidence.md): which figure the
// claim is about, whether the file shows the limit met, and whether `met`, `observed` and
// `runtime` agree with it. Pure: the file has been read, or refused, by the caller.

import { MAX_TOKEN_CHARS, quote } from '../format.js';
import { identifier } from './lines.js';
import { readerFor } from './registry.js';
import { benchmarkName } from './readers/go-bench.js';
import type {
  EvidenceFormat,
  EvidenceReading,
  Figure,
  IdentityItem,
  ReadResult,
  Series,
} from './types.js';
import {
  compare,
  fromBase,
  observedFigure,
  parseLimit,
  percentileRank,
  toBase,
  unitClass,
  type Limit,
} from './units.js';

/** The parts of a constraint the artefact is held against (proposal-v1, policy 1.1–1.2). */
export interface EvidenceClaim {
  type: string;
  metric?: string;
  observed?: string;
  limit?: string;
  met?: boolean;
  runtime?: string;
}

/** What the caller found at the constraint's `evidence`. */
export type EvidenceSource =
  | { kind: 'url' }
  | { kind: 'missing'; path: string; reason: string }
  | { kind: 'refused'; path: string; reason: string }
  | { kind: 'too-large'; path: string; bytes: number; cap: number }
  | { kind: 'read'; path: string; result: ReadResult };

export type EvidenceStatus = 'verified' | 'contradicts' | 'unchecked' | 'unreadable' | 'url';

export interface Contradiction {
  field: 'met' | 'observed' | 'runtime';
  /** What the proposal says, safe to show. */
  claimed: string;
  /** What the artefact shows. */
  found: string;
}

export interface EvidenceCheck {
  status: EvidenceStatus;
  /**
   * For `unreadable`: `nothing` — the path names nothing readable (the constraint cites
   * nothing and does not count); `unusable` — the file is there but gives no figure to compare
   * (it counts as a URL would).
   */
  unreadable?: 'nothing' | 'unusable';
  /** Whether the constraint still counts as measured evidence. */
  counts: boolean;
  path: string | null;
  format: EvidenceFormat | null;
  tool: string | null;
  /** The series compared (safe to show), e.g. `http_req_duration`, `BenchmarkQuote`. */
  metric: string | null;
  /** The figure compared, in the file's unit. */
  stat: string | null;
  value: number | null;
  unit: string | null;
  /** The same figure in the limit's unit, for the message. */
  valueInLimitUnit: number | null;
  limit: Limit | null;
  /** Whether the artefact shows the limit met (null when nothing was compared). */
  met: boolean | null;
  /** The Go version the constraint is taken to be measured on (`go1.26`), when known. */
  runtime: string | null;
  identity: IdentityItem[];
  contradictions: Contradiction[];
  /** A percentile resting on fewer than 10 / (1 − N/100) samples. */
  fewSamples: boolean;
  reason?: string;
}

function base(
  partial: Partial<EvidenceCheck> & Pick<EvidenceCheck, 'status' | 'counts'>,
): EvidenceCheck {
  return {
    path: null,
    format: null,
    tool: null,
    metric: null,
    stat: null,
    value: null,
    unit: null,
    valueInLimitUnit: null,
    limit: null,
    met: null,
    runtime: null,
    identity: [],
    contradictions: [],
    fewSamples: false,
    ...partial,
  };
}

/** `go1.26.1` → `go1.26`; anything else → null. */
export function goMajorMinor(version: string | undefined): string | null {
  const m = /^go ?([0-9]+)\.([0-9]+)/i.exec((version ?? '').trim());
  return m ? `go${Number(m[1])}.${Number(m[2])}` : null;
}

const show = (n: number): string => String(Number(n.toPrecision(6)));

/** A figure as a message writes it: `p99.9 95.2 ms`. */
export function figureText(stat: string | null, value: number, unit: string): string {
  return `${stat ? `${stat} ` : ''}${show(value)}${unit === '%' ? '%' : ` ${unit}`}`;
}

export function limitText(limit: Limit): string {
  return `${limit.stat ? `${limit.stat} ` : ''}${limit.op} ${show(limit.value)}${limit.unit === '%' ? '%' : ` ${limit.unit}`}`;
}

function statsOf(series: Series, wantedClass: string): string {
  const stats = series.figures
    .filter((f) => unitClass(f.unit) === wantedClass)
    .map((f) => f.stat ?? f.unit);
  return stats.length > 0 ? stats.join(', ') : 'no figure of that kind';
}

function sameMetric(reading: EvidenceReading, series: Series, metric: string): boolean {
  const m = metric.trim();
  if (series.name === m || series.name.trim() === m) return true;
  return reading.format === 'go-bench' && benchmarkName(series.name) === benchmarkName(m);
}

/** The series `metric` names (a Go benchmark with or without its `-N` suffix), if any. */
export function findSeries(reading: EvidenceReading, metric: string): Series | undefined {
  return reading.series.find((s) => sameMetric(reading, s, metric));
}

type Pick1 = { series: Series; figure: Figure } | { reason: string };

/** The figure of the artefact the limit speaks of, or why there is none. */
function pickFigure(reading: EvidenceReading, claim: EvidenceClaim, limit: Limit): Pick1 {
  const wanted = unitClass(limit.unit)!;
  let series: Series | undefined;
  if (claim.metric !== undefined && claim.metric.trim() !== '') {
    series = reading.series.find((s) => sameMetric(reading, s, claim.metric!));
    if (!series) {
      const names = reading.series.slice(0, 8).map((s) => s.label);
      const more = reading.series.length > 8 ? ', …' : '';
      return {
        reason: `no metric ${quote(claim.metric, MAX_TOKEN_CHARS)}; has ${names.join(', ')}${more}`,
      };
    }
  } else if (limit.stat !== null) {
    // A word such as `pause` or `heap` names a series, unless several have it (hyperfine's
    // commands all answer to `start`): then the reader's default decides or asks.
    const named = reading.series.filter((s) => s.words?.includes(limit.stat!));
    if (named.length === 1) series = named[0];
  }
  if (!series) {
    const choice = readerFor(reading.format).defaultSeries(reading, claim.type, wanted);
    if (choice === null) {
      return {
        reason: `no default figure for a ${claim.type} limit in ${wanted}; name one in \`metric\``,
      };
    }
    if ('ask' in choice) return { reason: choice.ask };
    series = reading.series.find((s) => s.name === choice.name);
    if (!series) return { reason: `no ${choice.name} in the file` };
  }
  const inClass = series.figures.filter((f) => unitClass(f.unit) === wanted);
  let figure: Figure | undefined;
  if (limit.stat !== null) {
    figure = series.words?.includes(limit.stat)
      ? inClass.find((f) => f.stat === series.primary)
      : inClass.find((f) => f.stat === limit.stat);
    if (!figure) {
      return {
        reason: `${series.label} has ${statsOf(series, wanted)}; the limit asks ${limit.stat}`,
      };
    }
  } else {
    figure =
      inClass.find((f) => f.stat === series.primary) ??
      (inClass.length === 1 ? inClass[0] : undefined);
    if (!figure) {
      return {
        reason: `${series.label} has ${statsOf(series, wanted)}; the limit names no statistic`,
      };
    }
  }
  return { series, figure };
}

// Figures read from text and converted between units differ in the last bits; a limit met
// exactly must read as met.
const round = (n: number): number => Number(n.toPrecision(12));

/** The claim held against what was found at its `evidence`. */
export function judgeEvidence(claim: EvidenceClaim, source: EvidenceSource): EvidenceCheck {
  if (source.kind === 'url') return base({ status: 'url', counts: true });
  const path = identifier(source.path);
  if (source.kind === 'missing' || source.kind === 'refused') {
    return base({
      status: 'unreadable',
      unreadable: 'nothing',
      counts: false,
      path,
      reason: source.reason,
    });
  }
  if (source.kind === 'too-large') {
    return base({
      status: 'unreadable',
      unreadable: 'unusable',
      counts: true,
      path,
      reason: `${source.bytes} bytes, over the ${source.cap}-byte cap (max-evidence-bytes)`,
    });
  }
  if (!source.result.ok) {
    return base({
      status: 'unreadable',
      unreadable: 'unusable',
      counts: true,
      path,
      reason: source.result.error.reason,
    });
  }
  const reading = source.result.reading;
  const contradictions: Contradiction[] = [];

  // The artefact's Go version: a claim on another version (or on no Go) contradicts it; an
  // absent runtime takes it.
  const artefactGo = goMajorMinor(reading.go);
  let runtime = goMajorMinor(claim.runtime);
  if (artefactGo !== null) {
    if (claim.runtime !== undefined && claim.runtime.trim() !== '' && runtime !== artefactGo) {
      contradictions.push({
        field: 'runtime',
        claimed: `runtime ${quote(claim.runtime, MAX_TOKEN_CHARS)}`,
        found: `go: ${reading.go!}`,
      });
    }
    runtime = artefactGo;
  }

  const common = {
    path,
    format: reading.format,
    tool: reading.tool,
    runtime,
    identity: reading.identity,
  };
  const limit = claim.limit === undefined ? null : parseLimit(claim.limit);
  if (limit === null) {
    const reason =
      claim.limit === undefined
        ? 'the constraint states no limit'
        : 'the limit is not of the form [STAT] OP FIGURE';
    return contradictions.length > 0
      ? base({ status: 'contradicts', counts: false, ...common, contradictions, reason })
      : base({ status: 'unchecked', counts: true, ...common, reason });
  }

  const picked = pickFigure(reading, claim, limit);
  if ('reason' in picked) {
    return contradictions.length > 0
      ? base({
          status: 'contradicts',
          counts: false,
          ...common,
          limit,
          contradictions,
          reason: picked.reason,
        })
      : base({
          status: 'unreadable',
          unreadable: 'unusable',
          counts: true,
          ...common,
          limit,
          reason: picked.reason,
        });
  }
  const { series, figure } = picked;
  const figureBase = toBase(figure.value, figure.unit)!;
  const inLimitUnit = fromBase(figureBase, limit.unit)!;
  if (!Number.isFinite(figureBase) || !Number.isFinite(inLimitUnit)) {
    return base({
      status: 'unreadable',
      unreadable: 'unusable',
      counts: true,
      ...common,
      limit,
      reason: `${series.label} ${figure.stat ?? ''} is out of range`.replace('  ', ' '),
    });
  }
  const met = compare(round(inLimitUnit), limit.op, round(limit.value));
  const found = `${figureText(figure.stat, inLimitUnit, limit.unit)} against ${limitText(limit)}, ${met ? 'met' : 'not met'}`;

  if (claim.met !== undefined && claim.met !== met) {
    contradictions.push({ field: 'met', claimed: `met: ${String(claim.met)}`, found });
  }
  if (claim.observed !== undefined) {
    const obs = observedFigure(claim.observed, unitClass(limit.unit)!);
    if (
      obs !== null &&
      (obs.stat === null ||
        figure.stat === null ||
        obs.stat === figure.stat ||
        series.words?.includes(obs.stat))
    ) {
      const obsBase = toBase(obs.value, obs.unit)!;
      if (round(Math.abs(obsBase - figureBase)) > round(0.1 * Math.abs(figureBase))) {
        contradictions.push({
          field: 'observed',
          claimed: `observed ${figureText(obs.stat, obs.value, obs.unit)}`,
          found: `${figureText(figure.stat, fromBase(figureBase, obs.unit)!, obs.unit)}, more than 10% away`,
        });
      }
    }
  }

  const rank = percentileRank(figure.stat);
  const fewSamples =
    rank !== null && figure.samples !== undefined && figure.samples < 10 / (1 - rank / 100);
  const result = {
    ...common,
    metric: series.label,
    stat: figure.stat,
    value: figure.value,
    unit: figure.unit,
    valueInLimitUnit: inLimitUnit,
    limit,
    met,
    fewSamples,
    contradictions,
  };
  return contradictions.length > 0
    ? base({ status: 'contradicts', counts: false, ...result })
    : base({ status: 'verified', counts: true, ...result });
}
