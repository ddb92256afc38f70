// Who this token writes comments as, and whether a comment was written by it: only such a
// comment is ever edited or deleted.

import { getAuthenticatedUser } from '../api/get-authenticated-user.js';
import { getViewerLogin } from '../api/get-viewer.js';
import type { IssueComment } from '../api/types.js';
import { errorMessage, statusOf, type GitHubApi } from '../github.js';

export interface Identity {
  login: string;
  /** A GitHub App (the workflow token is the github-actions app's): comments show type Bot. */
  bot: boolean;
  /** How it was determined, for the log. */
  how: string;
}

export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token writes comments as.
 * 1. GET /user: works for personal access tokens (and OAuth tokens): that user.
 * 2. It fails (403) for installation tokens, the workflow token included; the GraphQL
 *    `viewer` then names the app's bot where GitHub allows it.
 * 3. Otherwise the workflow token's identity, `github-actions[bot]`, is assumed.
 * An installation token (`ghs_`, the workflow token's prefix too) skips step 1: its answer
 * is known, and waiting for it would be a round trip for nothing.
 */
export async function resolveIdentity(
  api: GitHubApi,
  log: { info(m: string): void },
  token?: string,
): Promise<Identity> {
  if (token?.startsWith('ghs_')) {
    log.info('an installation token (ghs_): GET /user refuses it, so it is not asked');
  } else {
    try {
      const user = await getAuthenticatedUser(api);
      if (typeof user.login === 'string' && user.login) {
        return { login: user.login, bot: user.type === 'Bot', how: 'GET /user' };
      }
    } catch (err) {
      log.info(`GET /user failed (${statusOf(err) ?? errorMessage(err)}): an installation token`);
    }
  }
  try {
    const login = await getViewerLogin(api);
    if (typeof login === 'string' && login) {
      // An installation token (GET /user refused it) acts as the app's bot.
      return { login, bot: true, how: 'GraphQL viewer' };
    }
  } catch (err) {
    log.info(`the GraphQL viewer query failed (${statusOf(err) ?? errorMessage(err)})`);
  }
  return { login: ACTIONS_BOT, bot: true, how: 'the workflow token (github-actions[bot])' };
}

function normalLogin(login: string): string {
  return login.toLowerCase().replace(/\[bot\]$/, '');
}

/** Written by `identity`: same login (GraphQL may omit "[bot]") and, for an app, a Bot. */
export function writtenBy(comment: IssueComment, identity: Identity): boolean {
  const user = comment.user;
  if (!user) return false;
  if (normalLogin(user.login) !== normalLogin(identity.login)) return false;
  return identity.bot ? user.type === 'Bot' : user.type !== 'Bot';
}

/**
 * Tokens that act as a user (personal access tokens, also the classic 40-hex ones made before
 * prefixes, OAuth and GitHub App user tokens): such a token never writes as
 * github-actions[bot]. Installation tokens (`ghs_`, the workflow token's kind) and tokens of
 * an unknown shape may.
 */
export function isUserToken(token: string | undefined): boolean {
  return token !== undefined && /^(ghp_|github_pat_|gho_|ghu_|[0-9a-f]{40}$)/.test(token);
}

/** A comment written by the workflow token's identity, github-actions[bot]. */
export function byActionsBot(comment: IssueComment): boolean {
  return comment.user?.login === ACTIONS_BOT && comment.user.type === 'Bot';
}
