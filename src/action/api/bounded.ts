// One bound on the requests in flight: stages start the requests that do not depend on one
// another at once (the comment list beside the file list and the configuration), and this
// keeps them to a few at a time (GitHub allows 100 at once, and meters them).

import type { GitHubApi } from './types.js';

/** Most requests in flight at once, whoever starts them. */
export const MAX_IN_FLIGHT = 6;

export function bounded(api: GitHubApi, limit: number = MAX_IN_FLIGHT): GitHubApi {
  let active = 0;
  const queue: (() => void)[] = [];
  const slot = async <T>(send: () => Promise<T>): Promise<T> => {
    // A finished request hands its slot to the next one waiting, so the bound always holds.
    if (active < limit) active++;
    else await new Promise<void>((resolve) => queue.push(resolve));
    try {
      return await send();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
  const graphql = api.graphql?.bind(api);
  return {
    request: (route, params) => slot(() => api.request(route, params)),
    // GraphQL requests share the bound: they are requests like the others.
    ...(graphql ? { graphql: (query, variables) => slot(() => graphql(query, variables)) } : {}),
  };
}
