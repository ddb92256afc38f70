/** The version of the default policy (shared/spec/policy-1.1.md); reports and `rules` show it. */
export const POLICY_VERSION = '1.1';
