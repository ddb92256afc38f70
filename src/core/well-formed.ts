// Text that can always be percent-encoded: a lone UTF-16 surrogate (possible in a file name
// from the API's JSON, "\ud800") makes encodeURIComponent throw a URIError.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with every lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does
 * (and as Buffer.from(text) encodes it): Node 20 has that method, but the TypeScript library
 * this project targets (ES2022) does not declare it, so the same is done here.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** A path's segments percent-encoded, slashes kept; never throws. */
export function encodePath(file: string): string {
  return wellFormed(file).split('/').map(encodeURIComponent).join('/');
}
