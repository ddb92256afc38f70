// `check --fix` and `--fix-dry-run`: each judged file whose findings carry fixes is fixed
// pass after pass (src/core/proposal/fixes.ts), judged again as fixed, and either written
// back (--fix) or shown as a unified diff (--fix-dry-run). A file with no fix is not touched.
import path from 'node:path';
import { judgeFile, type EngineOptions, type FileResult } from '../core/engine.js';
import { plural } from '../core/format.js';
import { fixText } from '../core/proposal/fixes.js';
import { unifiedDiff } from '../core/render/unified-diff.js';
import type { Fix } from '../core/types.js';
import { readForFix, writeFixedFile } from '../io/fix-file.js';
import type { CliIo } from './io.js';

export interface FixRun {
  /** Write the files (--fix), or only show what would change (--fix-dry-run). */
  write: boolean;
  /** The repository root: nothing outside it is written. */
  root: string;
  maxBytes: number;
  /** The text read from standard input, under its report name, when the check read one. */
  stdin?: { name: string; text: string };
}

/** What fixing did: the results with each fixed file judged as fixed, and the diffs. */
export interface FixOutcome {
  results: FileResult[];
  /** The unified diffs of what changed (or would change), file by file. */
  diff: string;
  /** Files that could not be fixed, each with why (said on standard error). */
  failed: number;
}

function fixesOf(result: FileResult): Fix[] {
  if (result.kind !== 'proposal') return [];
  return result.report.findings.flatMap((f) => f.fixes ?? []);
}

export function fixResults(
  results: readonly FileResult[],
  engine: EngineOptions,
  run: FixRun,
  io: CliIo,
): FixOutcome {
  const out: FileResult[] = [];
  let diff = '';
  let failed = 0;
  for (const result of results) {
    if (result.kind !== 'proposal' || fixesOf(result).length === 0) {
      out.push(result);
      continue;
    }
    const file = result.report.file;
    const fromStdin = run.stdin?.name === file;
    const absolute = path.resolve(io.cwd, file);
    const read = fromStdin
      ? { ok: true as const, text: run.stdin!.text }
      : readForFix(run.root, absolute, run.maxBytes);
    if (!read.ok) {
      io.stderr(`stack-verdict: ${file} was not fixed: ${read.message}\n`);
      failed++;
      out.push(result);
      continue;
    }
    const fixed = fixText(read.text, (text) => fixesOf(judgeFile(file, text, engine)));
    if (fixed.text === read.text) {
      out.push(result);
      continue;
    }
    if (run.write) {
      try {
        writeFixedFile(run.root, absolute, read, fixed.text, run.maxBytes);
      } catch (err) {
        io.stderr(`stack-verdict: ${file} was not fixed: ${(err as Error).message}\n`);
        failed++;
        out.push(result);
        continue;
      }
      io.stderr(`stack-verdict: fixed ${file} (${plural(fixed.fixes, 'fix', 'fixes')})\n`);
    }
    diff += unifiedDiff(file, read.text, fixed.text);
    out.push(judgeFile(file, fixed.text, engine));
  }
  return { results: out, diff, failed };
}
