// The scope (changed files or every proposal) and where files are read from (the
// workspace when it holds the commit judged, else the API).

import type { Scope } from '../inputs.js';
import { chooseSource, readGitHead, type Source } from '../read-files.js';
import type { RunDeps, Started } from '../types.js';

export async function locateSource(
  run: Started,
  gitHead: RunDeps['gitHead'],
): Promise<{ scope: Scope; source: Source }> {
  const { inputs, ctx, sink } = run;
  let scope: Scope = inputs.scope ?? (ctx.pr ? 'changed' : 'all');
  if (scope === 'changed' && !ctx.pr) {
    sink.info(`scope: changed needs a pull request; the ${ctx.eventName} event checks them all`);
    scope = 'all';
  }
  const head = await (gitHead ?? readGitHead)(run.workspace);
  const source = chooseSource(ctx, head);
  sink.info(`Judging commit ${ctx.sha} (${ctx.eventName}, scope ${scope}): ${source.reason}`);
  return { scope, source };
}
