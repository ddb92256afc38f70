// A copy of yaml's dist/ with its Lexer and Parser as scripts/yaml-nogen.mjs rewrites them in
// the bundles, loaded as yaml loads itself: the tests compare it with yaml as published.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as YAML from 'yaml';
// @ts-expect-error a build script without types
import { removeGenerators } from '../../scripts/yaml-nogen.mjs';

/** yaml's own dist/ folder (as published). */
export const YAML_DIST = path.dirname(createRequire(import.meta.url).resolve('yaml'));

/** Writes the transformed copy into `dir`/dist and loads it. */
export function nogenYaml(dir: string): { copy: string; yaml: typeof YAML } {
  const copy = path.join(dir, 'dist');
  cpSync(YAML_DIST, copy, { recursive: true });
  for (const [file, name] of [
    ['parse/lexer.js', 'Lexer'],
    ['parse/parser.js', 'Parser'],
  ] as const) {
    const text = readFileSync(path.join(YAML_DIST, file), 'utf8');
    writeFileSync(path.join(copy, file), removeGenerators(text, [name]));
  }
  const yaml = createRequire(path.join(copy, 'index.js'))('./index.js') as typeof YAML;
  return { copy, yaml };
}

/** The proposals (YAML and Markdown files) anywhere below `dir`. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ya?ml|md)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}
