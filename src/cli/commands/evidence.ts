// `stack-verdict evidence PATH`: what the evidence reader finds in an artefact (its format,
// what identifies the run, every figure it can give), for authors writing a constraint. The
// file is read as a constraint's artefact would be: through the guarded reader, inside the
// repository, under `max-evidence-bytes`.

import path from 'node:path';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../../config/index.js';
import {
  findSeries,
  identifier,
  readEvidence,
  type EvidenceReading,
  type Figure,
  type IdentityItem,
  type Series,
} from '../../core/evidence/index.js';
import { quote } from '../../core/format.js';
import { didYouMean } from '../../core/suggest.js';
import { readGuardedFile, toReportPath } from '../../io/files.js';
import { UsageError, type CliIo } from '../io.js';
import { findRepositoryRoot, loadCliConfig } from '../load-config.js';
import { oneOf, parseOptions } from '../options.js';

export const EVIDENCE_HELP = `Usage: stack-verdict evidence PATH [options]

Prints what Stack Verdict reads in a measurement artefact (k6 summary, vegeta report,
hyperfine export, wrk --latency output, go test -bench output, GODEBUG=gctrace=1 trace):
its format, what identifies the run, and every figure a constraint's limit can compare,
by metric. Use it to choose a constraint's \`metric\` and \`limit\`.

Options:
      --metric M          only the metric (series) M: a k6 metric, a benchmark, a command
  -f, --format FORMAT     text (default) or json (schema/evidence.schema.json)
      --config PATH       the configuration whose max-evidence-bytes applies
  -h, --help              show this help

The file is read as a constraint's evidence is: inside the repository (the git top level
around it, else the current folder), never from .git nor through a link leading out, and
at most max-evidence-bytes (16 MiB by default).

Exit status: 0 the file was read, 1 it gives no figures (no format Stack Verdict reads,
binary, over the size cap), 2 usage or configuration error, or a path that names nothing
readable (missing, refused).
`;

const FORMATS = ['text', 'json'] as const;

/** What `evidence` was asked, validated. */
export interface EvidenceOptions {
  /** The artefact, relative to the current folder. */
  file: string;
  /** `--metric`: only this series; undefined: every one. */
  metric: string | undefined;
  format: (typeof FORMATS)[number];
  /** `--config`, relative to the current folder; undefined: the repository's own file. */
  config: string | undefined;
}

export function readEvidenceOptions(args: readonly string[]): EvidenceOptions | 'help' {
  const { values, positionals } = parseOptions(
    args,
    {
      metric: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'text' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'evidence',
  );
  if (values.help) return 'help';
  const format = oneOf('--format', values.format, FORMATS);
  const [file, ...extra] = positionals;
  if (file === undefined || file === '') {
    throw new UsageError('evidence needs the path of an artefact: stack-verdict evidence PATH');
  }
  if (extra.length > 0) {
    throw new UsageError(
      `evidence reads one artefact at a time; got ${positionals.length} paths. See stack-verdict evidence --help`,
    );
  }
  if (values.metric !== undefined && values.metric.trim() === '') {
    throw new UsageError('--metric needs the name of a metric');
  }
  if (values.config === '') throw new UsageError('--config needs the path of a configuration file');
  return { file, metric: values.metric, format, config: values.config };
}

/** The JSON output (schema/evidence.schema.json). */
export interface EvidenceOutput {
  version: 1;
  file: string;
  format: EvidenceReading['format'];
  tool: string;
  go: string | null;
  identity: IdentityItem[];
  series: { name: string; figures: Figure[] }[];
}

export async function evidenceCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = readEvidenceOptions(args);
  if (options === 'help') {
    io.stdout(EVIDENCE_HELP);
    return 0;
  }
  const { config } = await loadCliConfig(io.cwd, io.env, options.config);
  const cap = config.maxEvidenceBytes ?? DEFAULT_MAX_EVIDENCE_BYTES;
  const absolute = path.resolve(io.cwd, options.file);
  const root = (await findRepositoryRoot(path.dirname(absolute))) ?? path.resolve(io.cwd);
  // The name as messages show it: the user's own path, relative to the repository when inside.
  const shown = printable(
    toReportPath(root, absolute).startsWith('..') ? options.file : toReportPath(root, absolute),
  );
  const read = readGuardedFile(root, path.relative(root, absolute), cap, 'an evidence file');
  if (!read.ok) {
    io.stderr(`stack-verdict: ${shown}: ${evidenceWording(read.message)}\n`);
    return CONTENT_PROBLEM.test(read.message) ? 1 : 2;
  }
  const result = readEvidence(read.text, { steps: 0 }, options.metric ? [options.metric] : []);
  if (!result.ok) {
    io.stderr(
      `stack-verdict: ${shown}: not an artefact Stack Verdict reads: ${result.error.reason}\n`,
    );
    return 1;
  }
  const { reading } = result;
  let series: readonly Series[] = reading.series;
  if (options.metric !== undefined) {
    const found = findSeries(reading, options.metric);
    if (!found) {
      const labels = reading.series.map((s) => s.label);
      throw new UsageError(
        `${shown} has no metric ${quote(options.metric)}.${didYouMean(options.metric, labels)} It has: ${labels.join(', ')}`,
      );
    }
    series = [found];
  }
  const output: EvidenceOutput = {
    version: 1,
    file: shown,
    format: reading.format,
    tool: reading.tool,
    go: reading.go === undefined ? null : identifier(reading.go),
    identity: reading.identity,
    series: series.map((s) => ({ name: s.label, figures: s.figures })),
  };
  io.stdout(options.format === 'json' ? `${JSON.stringify(output, null, 2)}\n` : text(output));
  return 0;
}

// What the guarded reader says about the bytes themselves (as opposed to the path): the file
// is there, but gives no figures, as an artefact of no known format does.
const CONTENT_PROBLEM = /over the .* limit|binary|UTF-16|UTF-8/;

/** The guarded reader speaks of proposals' YAML and Markdown; an artefact is neither. */
function evidenceWording(message: string): string {
  return message.replace(', not YAML or Markdown', ', not the text output of a measurement');
}

/** A path the user typed, on one line: control characters cannot forge another. */
function printable(file: string): string {
  // eslint-disable-next-line no-control-regex
  return file.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

/** Units of the identity's numbers, which the readers give bare. */
const IDENTITY_UNITS: Record<string, string> = { duration: 's', span: 's', 'peak heap': 'MiB' };

const FORMAT_NAMES: Record<EvidenceReading['format'], string> = {
  'k6-summary-export': 'k6 summary export',
  'k6-summary-data': 'k6 summary data (handleSummary)',
  vegeta: 'vegeta report',
  hyperfine: 'hyperfine export',
  wrk: 'wrk --latency output',
  'go-bench': 'Go benchmark output',
  gctrace: 'Go GC trace',
};

function text(out: EvidenceOutput): string {
  const lines = [`${out.file}: ${FORMAT_NAMES[out.format]} (format ${out.format})`];
  for (const { key, value } of out.identity) {
    const unit = typeof value === 'number' ? IDENTITY_UNITS[key] : undefined;
    lines.push(
      `  ${key}: ${typeof value === 'number' ? show(value) : value}${unit ? ` ${unit}` : ''}`,
    );
  }
  if (out.go !== null && !out.identity.some((i) => i.key === 'go')) lines.push(`  go: ${out.go}`);
  for (const s of out.series) {
    lines.push('', s.name);
    for (const f of s.figures) {
      const few = f.samples !== undefined ? ` (${f.samples} samples)` : '';
      lines.push(`  ${figureLine(f)}${few}`);
    }
  }
  if (out.series.length > 1) {
    lines.push(
      '',
      "Name one in a constraint's `metric` when the default figure is not the one meant.",
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `p99.9 95.2 ms`, `gc cpu 1%`, `count 1200000` (a count has no unit). */
function figureLine(f: Figure): string {
  const unit = f.unit === '%' ? '%' : f.unit === '' ? '' : ` ${f.unit}`;
  return `${f.stat ? `${f.stat} ` : ''}${show(f.value)}${unit}`;
}

/**
 * A number with the digits the file wrote (an author copies it into `observed`), without the
 * noise of binary fractions that a reader's own arithmetic adds (0.1 + 0.2).
 */
function show(n: number): string {
  return String(Number(n.toPrecision(12)));
}
