// Runs the committed bundle (dist/index.js) the way the Actions runner runs a node24 action:
// a fresh process of Node 24, in the workspace, with the runner's environment (and nothing
// of this process's), one INPUT_<NAME> for every input of action.yml (the step's `with:`
// value or the input's default, expressions evaluated), and the file commands. Then reads
// back what the runner would: the exit code, the workflow commands on stdout, the outputs
// file and the job summary.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse } from 'yaml';
import type { GitHubServer } from './github-server.js';
import { SERVER_URL } from './github-server.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = path.join(ROOT, 'dist', 'index.js');
/** Where the runner would have downloaded the Action, and the ref the workflow names. */
export const ACTION_REPOSITORY = 'stack-verdict/stack-verdict';
export const ACTION_REF = 'v1';

export interface ActionManifest {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

export function readManifest(): ActionManifest {
  return parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionManifest;
}

/** The runner's environment variable for an input: INPUT_ + upper case, spaces as `_`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Evaluates the `${{ … }}` expressions of a string as the runner does, with `context`. */
export function evaluateTemplate(text: string, context: Record<string, unknown>): string {
  const dict = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, source: string) => {
    const tokens = new Lexer(source.trim()).lex().tokens;
    const expr = new Parser(tokens, Object.keys(context), []).parse();
    const value = new Evaluator(expr, dict).evaluate();
    return value.kind === data.Kind.Null ? '' : value.coerceString();
  });
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/gi, ':').replace(/%2C/gi, ','));
}

/** The `::command key=value,…::message` lines of a step's stdout. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = pair.indexOf('=');
      properties[pair.slice(0, i)] = unescapeProperty(pair.slice(i + 1));
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3]!) });
  }
  return out;
}

/** The GITHUB_OUTPUT file: `name<<DELIMITER` blocks as @actions/core writes them, or `name=value`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`output ${name}: no closing ${delimiter}`);
      outputs[name!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 1) throw new Error(`not an output line: ${line}`);
      outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return outputs;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  /** error/warning/notice commands that point at a file. */
  annotations: Annotation[];
  /** error/warning/notice commands without a file: messages for the log and the job page. */
  messages: Annotation[];
  outputs: Record<string, string>;
  summary: string;
  report:
    { verdict: string; proposals: { file: string }[]; counts: Record<string, number> } | undefined;
  env: Record<string, string>;
  ms: number;
  /** The temporary folder of the run (workspace, RUNNER_TEMP, event, file commands). */
  root: string;
}

/** Deletes a run's temporary folder. */
export async function removeRun(run: ActionRun): Promise<void> {
  await rm(run.root, { recursive: true, force: true });
}

export interface RunOptions {
  node: string;
  server: GitHubServer;
  event: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA. */
  sha: string;
  /** GITHUB_REF. */
  ref: string;
  /** The step's `with:` (values may hold expressions). */
  with?: Record<string, string>;
  /** Files checked out in the workspace; with `checkout`, .git/HEAD names that commit. */
  workspace?: Record<string, string>;
  checkout?: string;
  /** Symbolic links made in the workspace after checkout: path → link text. */
  links?: Record<string, string>;
  /** Files already in RUNNER_TEMP when the step starts (e.g. a downloaded artifact). */
  runnerTemp?: Record<string, string>;
  /** Outputs of earlier steps, by step id (the `steps` context). */
  steps?: Record<string, Record<string, string>>;
  /** Further environment of the step (e.g. a proxy), over the runner's. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'stack-verdict-e2e-'));
  const dirs = {
    workspace: path.join(root, 'work', o.server.repo, o.server.repo),
    temp: path.join(root, 'work', '_temp'),
    commands: path.join(root, 'work', '_temp', '_runner_file_commands'),
    workflow: path.join(root, 'work', '_temp', '_github_workflow'),
    home: path.join(root, 'home'),
    toolCache: path.join(root, 'hostedtoolcache'),
  };
  for (const d of Object.values(dirs)) await mkdir(d, { recursive: true });
  for (const [file, text] of Object.entries(o.workspace ?? {})) {
    await mkdir(path.dirname(path.join(dirs.workspace, file)), { recursive: true });
    await writeFile(path.join(dirs.workspace, file), text);
  }
  for (const [file, text] of Object.entries(o.runnerTemp ?? {})) {
    await mkdir(path.dirname(path.join(dirs.temp, file)), { recursive: true });
    await writeFile(path.join(dirs.temp, file), text);
  }
  if (o.checkout) {
    // What actions/checkout leaves for a pull request: a detached HEAD at the commit.
    await mkdir(path.join(dirs.workspace, '.git'), { recursive: true });
    await writeFile(path.join(dirs.workspace, '.git', 'HEAD'), `${o.checkout}\n`);
  }
  for (const [file, target] of Object.entries(o.links ?? {})) {
    await mkdir(path.dirname(path.join(dirs.workspace, file)), { recursive: true });
    await symlink(target, path.join(dirs.workspace, file));
  }
  const eventPath = path.join(dirs.workflow, 'event.json');
  await writeFile(eventPath, JSON.stringify(o.payload, null, 2));
  const files = {
    GITHUB_OUTPUT: 'set_output_1',
    GITHUB_STEP_SUMMARY: 'step_summary_1',
    GITHUB_ENV: 'set_env_1',
    GITHUB_PATH: 'add_path_1',
    GITHUB_STATE: 'save_state_1',
  };
  const fileEnv: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) {
    fileEnv[name] = path.join(dirs.commands, file);
    await writeFile(fileEnv[name]!, '');
  }

  const repository = `${o.server.owner}/${o.server.repo}`;
  const pull = o.payload.pull_request as
    { head?: { ref?: string }; base?: { ref?: string }; number?: number } | undefined;
  const github = {
    token: o.server.token,
    event: o.payload,
    event_name: o.event,
    repository,
    sha: o.sha,
    ref: o.ref,
    server_url: SERVER_URL,
    api_url: o.server.url,
  };
  const inputs = (o.payload.inputs ?? {}) as Record<string, unknown>;
  const runner = { os: 'Linux', arch: 'X64', name: 'GitHub Actions 1', temp: dirs.temp };
  const steps = Object.fromEntries(
    Object.entries(o.steps ?? {}).map(([id, outputs]) => [
      id,
      { outputs, outcome: 'success', conclusion: 'success' },
    ]),
  );
  const context = { github, inputs, runner, steps };
  const manifest = readManifest();
  const inputEnv: Record<string, string> = {};
  for (const [name, input] of Object.entries(manifest.inputs ?? {})) {
    const given = o.with?.[name];
    const raw = given ?? (input.default === undefined ? '' : String(input.default));
    inputEnv[inputVariable(name)] = evaluateTemplate(raw, context);
  }
  for (const name of Object.keys(o.with ?? {})) {
    if (!(name in (manifest.inputs ?? {}))) {
      throw new Error(`the step passes "${name}", which action.yml does not declare`);
    }
  }

  const refName = o.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\//, '');
  const env: Record<string, string> = {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: dirs.home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__stack-verdict_stack-verdict',
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_ACTION_REPOSITORY: ACTION_REPOSITORY,
    GITHUB_ACTION_REF: ACTION_REF,
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_ACTOR_ID: '21031067',
    GITHUB_TRIGGERING_ACTOR: 'Codertocat',
    GITHUB_API_URL: o.server.url,
    GITHUB_GRAPHQL_URL: `${o.server.url}/graphql`,
    GITHUB_SERVER_URL: SERVER_URL,
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: 'verdict',
    GITHUB_REF: o.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: o.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: pull?.head?.ref ?? '',
    GITHUB_BASE_REF: pull?.base?.ref ?? '',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: o.server.owner,
    GITHUB_REPOSITORY_ID: '1296269',
    GITHUB_REPOSITORY_OWNER_ID: '21031067',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_ID: '15000000001',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_SHA: o.sha,
    GITHUB_WORKFLOW: 'Stack Verdict',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/stack-verdict.yml@${o.ref}`,
    GITHUB_WORKFLOW_SHA: o.sha,
    GITHUB_WORKSPACE: dirs.workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    RUNNER_WORKSPACE: path.dirname(dirs.workspace),
    ...fileEnv,
    ...inputEnv,
    ...o.env,
  };

  const started = Date.now();
  const child = spawn(o.node, [DIST], {
    cwd: dirs.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 45_000);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));
  const ms = Date.now() - started;

  const commands = parseCommands(stdout);
  const levels = ['error', 'warning', 'notice'] as const;
  const all: Annotation[] = commands
    .filter((c): c is WorkflowCommand & { command: Annotation['level'] } =>
      (levels as readonly string[]).includes(c.command),
    )
    .map((c) => ({
      level: c.command,
      message: c.message,
      ...(c.properties.file !== undefined ? { file: c.properties.file } : {}),
      ...(c.properties.line !== undefined ? { line: Number(c.properties.line) } : {}),
      ...(c.properties.col !== undefined ? { col: Number(c.properties.col) } : {}),
      ...(c.properties.title !== undefined ? { title: c.properties.title } : {}),
    }));
  const outputs = parseOutputFile(await readFile(fileEnv.GITHUB_OUTPUT!, 'utf8'));
  const summary = await readFile(fileEnv.GITHUB_STEP_SUMMARY!, 'utf8');
  let report: ActionRun['report'];
  if (outputs.report) {
    report = JSON.parse(await readFile(outputs.report, 'utf8')) as ActionRun['report'];
  }
  return {
    exitCode,
    stdout,
    stderr,
    commands,
    annotations: all.filter((a) => a.file !== undefined),
    messages: all.filter((a) => a.file === undefined),
    outputs,
    summary,
    report,
    env,
    ms,
    root,
  };
}
