// The Action's entry point: wires @actions/core (./core.js) and the real GitHub client into run().

import * as core from './core.js';
import { createApi } from './github.js';
import { run } from './run.js';

await run({
  env: process.env,
  workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
  createApi: (token) => {
    core.setSecret(token);
    return createApi(token, core, process.env);
  },
  sink: {
    info: (m) => core.info(m),
    error: (m, p) => core.error(m, p),
    warning: (m, p) => core.warning(m, p),
    notice: (m, p) => core.notice(m, p),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (m) => core.setFailed(m),
    summary: async (markdown) => core.appendSummary(markdown),
  },
});
