// The bundles that ship: every chunk of dist/ and the CLI's bundle.
import { readdirSync } from 'node:fs';

export function shippedBundles(): string[] {
  return [
    ...readdirSync('dist')
      .filter((f) => f.endsWith('.js'))
      .map((f) => `dist/${f}`),
    'dist/cli/index.js',
  ];
}
