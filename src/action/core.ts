// The part of @actions/core the Action uses, from the package's own modules: its index
// (lib/core.js) also loads the OIDC client, and with it @actions/http-client and undici,
// ~28,000 lines that cost ~40 ms of every start on Node 24 although the Action never asks
// for an ID token (docs/benchmarks.md, "The Action's start-up"). The package exports only its
// index, so these modules are imported by path; each function below is core.js's own, one line,
// but for the file commands (below), whose module loads node:crypto, and for the workflow
// commands, written without building `process.stdout` (./stdout.ts).
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';
import type { AnnotationProperties } from '@actions/core';
import { stdout } from './stdout.js';

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function info(message: string): void {
  stdout.write(message + EOL);
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
  stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * @actions/core's issueCommand (lib/command.js): `::name key=value,…::message`, with the same
 * escaping, so that no message can end the command early or add a property.
 */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown) {
  let text = `::${command}`;
  const pairs = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  if (pairs.length > 0) text += ` ${pairs.join(',')}`;
  stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function escapeData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `core.summary.addRaw(markdown, true).write()`: the same checks and the same append, but
 * synchronous. @actions/core goes through fs.promises (an access, then an append), and at the
 * end of a run each trip through the thread pool is start-up time users wait for.
 */
export function appendSummary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  appendFileSync(file, `${markdown}${EOL}`, { encoding: 'utf8' });
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
