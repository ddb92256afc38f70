// The step's outputs, the JSON report file, the SARIF log and the annotations.

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EngineOptions } from '../../core/engine.js';
import { renderJson } from '../../core/render/json.js';
import type { Report } from '../../core/types.js';
import { writeAnnotations } from '../annotations.js';
import { errorMessage } from '../github.js';
import { printable } from '../printable.js';
import { sarifText, writeSarifFile } from '../sarif.js';
import type { Sink, Started } from '../types.js';

export async function writeOutputs(
  run: Started,
  report: Report,
  options: EngineOptions,
): Promise<{ reportPath: string; sarifPath: string | undefined }> {
  const { env, inputs, sink, workspace } = run;
  const reportPath = await writeReport(env, inputs.commentTag, report);
  setOutputs(sink, report, reportPath);
  let sarifPath: string | undefined;
  if (inputs.sarif !== undefined) {
    try {
      sarifPath = await writeSarifFile(workspace, inputs.sarif, await sarifText(report, options));
      sink.setOutput('sarif', sarifPath);
      sink.info(`SARIF log written to ${printable(sarifPath)}`);
    } catch (err) {
      // The comment and the summary still carry the verdict; the step fails at the end.
      sink.error(errorMessage(err));
      sink.setFailed(errorMessage(err));
    }
  }
  writeAnnotations(report, sink);
  return { reportPath, sarifPath };
}

export function setOutputs(sink: Sink, report: Report, reportPath: string): void {
  sink.setOutput('verdict', report.verdict);
  sink.setOutput('proposals', String(report.counts.proposals));
  sink.setOutput('errors', String(report.counts.errors));
  sink.setOutput('warnings', String(report.counts.warnings));
  sink.setOutput('notices', String(report.counts.notices));
  sink.setOutput('report', reportPath);
}

export async function writeReport(
  env: Readonly<Record<string, string | undefined>>,
  tag: string,
  report: Report,
): Promise<string> {
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'stack-verdict');
  // Synchronous: nothing else waits on this thread, and a thread-pool trip costs more.
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `report${tag ? `-${tag}` : ''}.json`);
  writeFileSync(file, renderJson(report));
  return file;
}
