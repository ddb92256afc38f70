// What the scenarios share: the server's lifecycle, the example proposals, the example
// workflows' steps, and the checks every run gets.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, inject, onTestFinished, type TestContext } from 'vitest';
import { GitHubServer, type Recorded } from './github-server.js';
import {
  readManifest,
  removeRun,
  ROOT,
  runAction,
  type ActionRun,
  type RunOptions,
} from './runner.js';

/** What `${{ github.token }}` evaluates to: an installation token's shape. */
export const TOKEN = 'ghs_e2eFakeInstallationToken0000000000000';
export const node24 = (): string => inject('node24');

const runsOf = new WeakMap<GitHubServer, ActionRun[]>();

/**
 * A fake GitHub for one scenario, closed (with the runs' temporary folders deleted) when the
 * test ends, with a last check that nothing it saw broke GitHub's OpenAPI description (each
 * scenario also checks at its end). Concurrent tests pass their context (`test`): the global
 * onTestFinished cannot tell which of them is running.
 */
export async function startServer(
  owner: string,
  repo: string,
  test: Pick<TestContext, 'onTestFinished'> = { onTestFinished },
): Promise<GitHubServer> {
  const server = new GitHubServer({ owner, repo, token: TOKEN });
  const runs: ActionRun[] = [];
  runsOf.set(server, runs);
  test.onTestFinished(async () => {
    await server.close();
    await Promise.all(runs.map((r) => removeRun(r)));
    expect(server.violations, 'OpenAPI violations').toEqual([]);
  });
  return server.start();
}

/** Every request and response conformed to GitHub's OpenAPI description. */
export function expectConformant(server: GitHubServer): void {
  expect(server.violations, 'OpenAPI violations').toEqual([]);
  for (const r of server.requests) {
    expect(r.authorization, `${r.method} ${r.url}`).toBe(`token ${TOKEN}`);
    expect(r.userAgent ?? '').toMatch(/octokit/);
  }
}

/**
 * What every run owes the runner: the token masked and never printed, only outputs that
 * action.yml declares, nothing on stderr.
 */
export function expectRunnerContract(run: ActionRun): void {
  const declared = Object.keys(readManifest().outputs ?? {});
  for (const name of Object.keys(run.outputs)) expect(declared, `output ${name}`).toContain(name);
  expect(run.stderr).toBe('');
  const masks = run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
  expect(masks).toContain(TOKEN);
  const printed = run.stdout
    .split('\n')
    .filter((l) => l.includes(TOKEN) && !l.startsWith('::add-mask::'));
  expect(printed).toEqual([]);
}

export function proposal(name: string): string {
  return readFileSync(path.join(ROOT, 'examples', 'proposals', name), 'utf8');
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** The `with:` of our step in one of examples/workflows (values as the YAML has them). */
export function exampleStep(file: string): Record<string, string> {
  const wf = parse(readFileSync(path.join(ROOT, 'examples', 'workflows', file), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
  const ours = steps.find((s) => s.uses?.startsWith('stack-verdict/stack-verdict@'));
  if (!ours) throw new Error(`${file} does not use the Action`);
  return Object.fromEntries(Object.entries(ours.with ?? {}).map(([k, v]) => [k, String(v)]));
}

/**
 * The files a GraphQL request reads (api/get-file-batch.ts: `object(expression: $fN)` with
 * $fN = "SHA:path"), as { path, ref }; none for another query.
 */
export function batchReads(r: Recorded): { path: string; ref: string }[] {
  if (r.operationId !== 'graphql') return [];
  const variables = ((r.body as { variables?: unknown } | undefined)?.variables ?? {}) as Record<
    string,
    unknown
  >;
  return Object.entries(variables)
    .filter(([k, v]) => /^f\d+$/.test(k) && typeof v === 'string')
    .map(([, v]) => {
      const at = (v as string).indexOf(':');
      return { ref: (v as string).slice(0, at), path: (v as string).slice(at + 1) };
    });
}

/**
 * Operation ids and statuses, without the contents reads (made a few at a time, in any order,
 * through REST or in GraphQL batches), round trip by round trip; requests of one round trip,
 * made together, in name order.
 */
export function sequence(server: GitHubServer): string[] {
  const rounds = server.roundTripOf();
  return server
    .calls()
    .map((call, i) => ({ call, round: rounds[i]!, batch: batchReads(server.requests[i]!) }))
    .filter((c) => !c.call.startsWith('repos/get-content ') && c.batch.length === 0)
    .sort((a, b) => a.round - b.round || (a.round === b.round ? a.call.localeCompare(b.call) : 0))
    .map((c) => c.call);
}

/** The configuration, or the folder listed to look for it. */
const CONFIG_FILE = /^\.github(\/stack-verdict\.ya?ml)?$/;

/**
 * The contents reads (the contents API, or the GraphQL batches without a checkout): the
 * proposals at `at` (exactly these), and the configuration
 * (.github/stack-verdict.y(a)ml, or the .github folder listed to find it) only at `configAt`:
 * for a pull request its base commit (with a checkout, for who may approve a waiver), never
 * its head; none when the configuration comes from the workspace outside pull requests.
 */
export function expectContentsReads(
  server: GitHubServer,
  o: { proposals: string[]; at: string; configAt: string | undefined },
): void {
  const reads = server.of('repos/get-content');
  const config = reads.filter((r) => CONFIG_FILE.test(r.params.path ?? ''));
  const others = reads.filter((r) => !config.includes(r));
  const batched = server.of('graphql').flatMap(batchReads);
  // A file the batch could not settle (a link, say) is read through REST as well.
  const viaRest = others.map((r) => `${r.params.path}@${r.query.ref}`);
  const read = [
    ...batched.map((b) => `${b.path}@${b.ref}`).filter((b) => !viaRest.includes(b)),
    ...viaRest,
  ];
  expect(read.sort()).toEqual(o.proposals.map((p) => `${p}@${o.at}`).sort());
  if (o.configAt === undefined) {
    expect(config.map((r) => r.url)).toEqual([]);
  } else {
    expect(config.length).toBeGreaterThan(0);
    for (const r of config) expect(r.query.ref, r.url).toBe(o.configAt);
  }
}

/** Runs the Action (support/runner.ts) and checks the runner contract of the run. */
export async function run(options: RunOptions): Promise<ActionRun> {
  const result = await runAction(options);
  runsOf.get(options.server)?.push(result);
  expectRunnerContract(result);
  return result;
}
