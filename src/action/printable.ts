// Text from strangers (file names, logins) made safe for one line of the workflow log.

/** Control characters shown as escapes, so that a name cannot start a line of the log. */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => JSON.stringify(c).slice(1, -1));
}
