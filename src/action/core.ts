// The part of @actions/core the Action uses, from the package's own modules: its index
// (lib/core.js) also loads the OIDC client, and with it @actions/http-client and undici,
// ~28,000 lines that cost ~40 ms of every start on Node 24 although the Action never asks
// for an ID token (docs/benchmarks.md, "The Action's start-up"). The package exports only its
// index, so these modules are imported by path; each function below is core.js's own, one line.
import { EOL } from 'node:os';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import {
  issueFileCommand,
  prepareKeyValueMessage,
} from '../../node_modules/@actions/core/lib/file-command.js';
import { summary } from '../../node_modules/@actions/core/lib/summary.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';
import type { AnnotationProperties } from '@actions/core';

export { summary };

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT']) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
