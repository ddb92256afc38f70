// The hidden first line that finds our comment again, one per `comment-tag`.

/** The hidden first line of our comment. The tag is validated ([A-Za-z0-9._-]) by inputs.ts. */
export function markerFor(tag: string): string {
  return `<!-- stack-verdict:comment tag="${tag}" -->`;
}

/** True when the body carries exactly this marker (another tag's marker does not count). */
export function hasMarker(body: string, marker: string): boolean {
  return body.includes(marker);
}

/**
 * True when the body starts with the marker, as every comment this action writes does. A
 * comment that only quotes the marker further down (a reply, or another workflow posting
 * text from the pull request under the same github-actions identity) is never ours.
 */
export function startsWithMarker(body: string, marker: string): boolean {
  return body.startsWith(marker);
}
