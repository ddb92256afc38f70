// Who may approve is the base branch's decision, never the pull request's: on `pull_request`
// with a checkout the run judges by the pull request's own configuration, and a pull request
// that deleted `approvers` there would approve itself. So `approvers` and `approval-required`
// are always taken from the configuration at the pull request's base commit.
import { ConfigError, type Config } from '../../config/index.js';
import { canonical } from '../../core/approvals.js';
import { loadConfigAt } from '../config.js';
import { errorMessage, type GitHubApi } from '../github.js';

export type ApprovalPart = Pick<Config, 'approvers' | 'approvalRequired'>;

export interface GoverningPolicy {
  /** The run's configuration with the base commit's approval policy. */
  config: Config;
  /** For the log: where the approval policy came from when it differs from the run's. */
  notes: string[];
}

/**
 * `config` (as the run loaded it) with the approval policy of `base` (the configuration at
 * the base commit). A base that cannot be read or is invalid keeps the stricter of the two:
 * the run's own approvers when it lists any (the pull request may be fixing the base).
 */
export function governingPolicy(
  config: Config,
  base: ApprovalPart | { error: string },
  baseName: string,
): GoverningPolicy {
  if ('error' in base) {
    return {
      config,
      notes: [
        `Waiver approvals: the configuration at ${baseName} cannot be used (${base.error}); the approvers of this run's configuration apply.`,
      ],
    };
  }
  const notes: string[] = [];
  if (!samePolicy(config, base)) {
    notes.push(
      `Waiver approvals: this pull request changes \`approvers\` or \`approval-required\`; those of ${baseName} apply until it is merged.`,
    );
  }
  return {
    config: { ...config, approvers: base.approvers, approvalRequired: base.approvalRequired },
    notes,
  };
}

/** The approval policy at the base commit, through the API. Never throws. */
export async function basePolicy(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  baseSha: string,
  file?: string,
): Promise<ApprovalPart | { error: string }> {
  try {
    const c = await loadConfigAt(api, repo, baseSha, file);
    return { approvers: c.approvers, approvalRequired: c.approvalRequired };
  } catch (err) {
    if (err instanceof ConfigError) {
      // Where, not what: a problem's text quotes the file, and this goes to the log.
      const p = err.problems[0];
      return { error: p ? `it is invalid at ${p.file}:${p.line}:${p.column}` : 'it is invalid' };
    }
    return { error: errorMessage(err) };
  }
}

function samePolicy(a: ApprovalPart, b: ApprovalPart): boolean {
  const names = (p: ApprovalPart) =>
    p.approvers
      .map((x) => canonical(x.text))
      .sort()
      .join(',');
  const required = (p: ApprovalPart) => [...p.approvalRequired].sort().join(',');
  return names(a) === names(b) && required(a) === required(b);
}
