/** The version of the default policy (docs/policy.md); reports and `rules` show it. */
export const POLICY_VERSION = '1.2';
