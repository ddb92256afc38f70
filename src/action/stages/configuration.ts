// The team configuration, never the pull request's own unless its checkout is the
// workspace on the pull_request event (see config.ts), merged with the inputs.

import {
  configPlace,
  effectiveSettings,
  loadActionConfig,
  type ConfigPlace,
  type Effective,
} from '../config.js';
import { docsBase } from '../links.js';
import { printable } from '../printable.js';
import type { Source } from '../read-files.js';
import type { Started } from '../types.js';

/** The configuration, globs, fail-on, size cap and engine options this run judges with. */
export interface Configuration extends Effective {
  /** The configuration file used (undefined: the built-in policy) and where it was read. */
  info: { file: string | undefined; from: string };
  /** Where the configuration was read (the approvals stage asks whether that is the base). */
  place: ConfigPlace;
}

export async function loadConfiguration(run: Started, source: Source): Promise<Configuration> {
  const { inputs, ctx, workspace, api, repo, sink, env, policyApi } = run;
  const place = configPlace(ctx, source);
  const config = await loadActionConfig({
    inputs,
    place,
    workspace,
    api,
    repo,
    ...(policyApi ? { policyApi } : {}),
  });
  const effective = effectiveSettings(inputs, config, docsBase(env));
  sink.info(
    config.file
      ? `Configuration: ${printable(config.file)}, read from ${place.reason}`
      : `Configuration: none at ${place.reason}; the built-in policy applies`,
  );
  return {
    ...effective,
    // Its file links on GitHub are read as repository paths (evidence).
    options: { ...effective.options, repository: `${ctx.owner}/${ctx.repo}` },
    info: { file: config.file, from: place.reason },
    place,
  };
}
