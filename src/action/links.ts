// Links the comment and the summary carry: rule documentation and lines of judged files.

import { DEFAULT_DOCS_URL } from '../core/engine.js';
import { encodePath } from '../core/well-formed.js';
import type { RunContext } from './context.js';

/**
 * Rule documentation lives in the Action's own repository at the ref the workflow uses,
 * when the runner says which (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF); else the
 * core's default.
 */
export function docsBase(env: Readonly<Record<string, string | undefined>>): string {
  const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
  const repository = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  if (!/^https?:\/\//.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !ref) {
    return DEFAULT_DOCS_URL;
  }
  return `${server}/${repository}/blob/${encodePath(ref)}/docs/rules/`;
}

/**
 * A link to a line of a file at the commit that was judged. Never throws: a lone surrogate in
 * the name (which encodeURIComponent refuses) is linked as U+FFFD.
 */
export function blobUrl(ctx: RunContext, file: string, line: number, sha = ctx.sha): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${sha}/${encodePath(file)}#L${line}`;
}
