// The bundles that ship: every chunk of dist/, the CLI's bundle and its reader.
import { readdirSync } from 'node:fs';

export function shippedBundles(): string[] {
  return [
    ...readdirSync('dist')
      .filter((f) => f.endsWith('.js'))
      .map((f) => `dist/${f}`),
    'dist/cli/index.js',
    'dist/cli/reader.js',
  ];
}
