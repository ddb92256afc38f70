// The part of @actions/core the Action uses, from the package's own modules: its index
// (lib/core.js) also loads the OIDC client, and with it @actions/http-client and undici,
// ~28,000 lines that cost ~40 ms of every start on Node 24 although the Action never asks
// for an ID token (docs/benchmarks.md, "The Action's start-up"). The package exports only its
// index, so these modules are imported by path; each function below is core.js's own, one line,
// but for the file commands (below), whose module loads node:crypto.
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
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
    issueFileCommand('OUTPUT', keyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** @actions/core's issueFileCommand (lib/file-command.js): appends to the file GITHUB_<command> names. */
function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${toCommandValue(message)}${EOL}`, { encoding: 'utf8' });
}

/**
 * `name<<DELIMITER`, the value, `DELIMITER`: @actions/core's prepareKeyValueMessage, whose
 * delimiter is a random UUID from node:crypto (~5 ms to load on Node 24, on every run). What
 * keeps a value from closing the block early and writing other outputs is that the delimiter
 * does not occur in it; here that is checked, and a delimiter found in the name or the value
 * is drawn again, where @actions/core throws.
 */
export function keyValueMessage(name: string, value: unknown): string {
  const text = toCommandValue(value);
  let delimiter: string;
  do {
    delimiter = `ghadelimiter_${randomPart()}-${randomPart()}`;
  } while (name.includes(delimiter) || text.includes(delimiter));
  return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}

function randomPart(): string {
  return Math.random().toString(36).slice(2, 12).padEnd(10, '0');
}
