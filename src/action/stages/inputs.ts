// The inputs, all validated before any I/O; then the event and the API client.

import path from 'node:path';
import { bounded } from '../api/bounded.js';
import { loadContext } from '../context.js';
import { inputFromEnv, readInputs } from '../inputs.js';
import type { RunDeps, Started } from '../types.js';

export async function readStart(deps: RunDeps): Promise<Started> {
  const { env, sink } = deps;
  const workspace = path.resolve(deps.workspace);
  const inputs = readInputs(inputFromEnv(env));
  const ctx = await loadContext(env);
  const api = bounded(deps.createApi(inputs.token));
  const policyApi = inputs.policyToken ? bounded(deps.createApi(inputs.policyToken)) : undefined;
  return {
    env,
    sink,
    workspace,
    inputs,
    ctx,
    api,
    repo: { owner: ctx.owner, repo: ctx.repo },
    ...(policyApi ? { policyApi } : {}),
  };
}
