// The CLI's reader of shared configurations in other repositories: the GitHub contents API
// with GITHUB_TOKEN or GH_TOKEN (GITHUB_API_URL for GitHub Enterprise Server). No token: no
// reader, and such an `extends` is a configuration error saying how to run it.

import type { ConfigReader } from '../config/index.js';
import { contentsPath, contentToRead } from '../config/remote-content.js';

/** A request taking longer is given up: the CLI must not hang on a network. */
const TIMEOUT_MS = 20_000;

export function githubRemoteReader(env: NodeJS.ProcessEnv): ConfigReader['remote'] | undefined {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) return undefined;
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  return async (t) => {
    const url = `${api}/repos/${encodeURIComponent(t.owner)}/${encodeURIComponent(t.repo)}/contents/${contentsPath(t.path)}?ref=${encodeURIComponent(t.ref)}`;
    let res: Response;
    try {
      res = await fetch(url, {
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'stack-verdict-cli',
        },
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      return {
        ok: false,
        message: `the GitHub API at ${api} did not answer (${(err as Error).message})`,
      };
    }
    if (!res.ok) {
      await res.body?.cancel();
      return {
        ok: false,
        status: res.status,
        message: `the GitHub API answered HTTP ${res.status}`,
      };
    }
    let data: unknown;
    try {
      data = await res.json();
    } catch {
      return { ok: false, message: 'the GitHub API answered something other than JSON' };
    }
    return contentToRead(data);
  };
}
