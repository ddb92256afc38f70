// What a failed request says: its HTTP status and its message. Apart from github.ts, which
// loads octokit on demand, so that the CLI, reading repositories with its own client, bundles
// none of it.

/** The HTTP status of a failed request (octokit's RequestError, or a test's stand-in). */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
