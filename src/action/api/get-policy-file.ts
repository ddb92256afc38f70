// GET /repos/{owner}/{repo}/contents/{path}?ref=: a shared configuration in
// another repository, read with the run's token or the `policy-token` input.

import type { RemoteRead, RemoteTarget } from '../../config/index.js';
import { contentToRead } from '../../config/remote-content.js';
import { errorMessage, statusOf } from './errors.js';
import type { GitHubApi } from './types.js';

export async function getPolicyFile(api: GitHubApi, target: RemoteTarget): Promise<RemoteRead> {
  try {
    const res = await api.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: target.owner,
      repo: target.repo,
      path: target.path,
      ref: target.ref,
    });
    return contentToRead(res.data);
  } catch (err) {
    const status = statusOf(err);
    return {
      ok: false,
      ...(status !== undefined ? { status } : {}),
      message: `the GitHub API refused: ${errorMessage(err)}`,
    };
  }
}
