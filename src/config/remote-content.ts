// The text of a shared configuration from a GitHub contents API answer (JSON, base64), with
// the checks loadConfig makes on a local file. No I/O: the CLI and the Action fetch.

import { decode, formatBytes } from '../io/files.js';
import type { RemoteRead } from './extends.js';
import { MAX_CONFIG_BYTES } from './load.js';

/** What the contents API said for a file, turned into a read. */
export function contentToRead(data: unknown): RemoteRead {
  if (Array.isArray(data)) return { ok: false, message: 'the path is a folder, not a file' };
  const entry = (data ?? {}) as {
    type?: unknown;
    size?: unknown;
    encoding?: unknown;
    content?: unknown;
  };
  if (entry.type === 'symlink') {
    return {
      ok: false,
      message: 'the file is a symbolic link; links are not followed through the API',
    };
  }
  if (entry.type !== 'file') return { ok: false, message: 'the path is not a file' };
  const content = typeof entry.content === 'string' ? entry.content.replace(/\s+/g, '') : '';
  const size = typeof entry.size === 'number' ? entry.size : Math.floor((content.length * 3) / 4);
  if (size > MAX_CONFIG_BYTES || (content.length * 3) / 4 > MAX_CONFIG_BYTES + 3) {
    return {
      ok: false,
      message: `the file is ${formatBytes(size)}, over the ${formatBytes(MAX_CONFIG_BYTES)} limit for a configuration; it was not read`,
    };
  }
  if (entry.encoding !== 'base64')
    return { ok: false, message: 'the API gave the file without its content' };
  const text = decode(Buffer.from(content, 'base64'));
  return text.ok ? { ok: true, text: text.text } : { ok: false, message: text.message };
}

/** The contents API path of a file: each part encoded, the slashes kept. */
export function contentsPath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
