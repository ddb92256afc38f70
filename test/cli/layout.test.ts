// The CLI's layout as a newcomer reads it: one file per command in src/cli/commands/, each
// reading its options into a typed object before any I/O, and main.ts only dispatching.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { fakeIo, REPO_ROOT } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/', import.meta.url));
const COMMANDS = path.join(CLI, 'commands');

/** The commands `stack-verdict --help` lists. */
async function listedCommands(): Promise<string[]> {
  const t = fakeIo(REPO_ROOT);
  await runCli(['--help'], t.io);
  const section = t.stdout().split('Commands:\n')[1]!.split('\n\n')[0]!;
  return section.split('\n').map((line) => line.trim().split(/\s+/)[0]!);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe('layout of src/cli', () => {
  it('has one file in commands/ for each command the help lists, and no other', async () => {
    const listed = await listedCommands();
    expect(listed).toEqual([
      'check',
      'rules',
      'explain',
      'config',
      'init',
      'portfolio',
      'evidence',
    ]);
    const files = readdirSync(COMMANDS).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...listed].sort());
  });

  it('gives each command a reader of its options and a <name>Command', async () => {
    for (const name of await listedCommands()) {
      const text = readFileSync(path.join(COMMANDS, `${name}.ts`), 'utf8');
      const Name = name[0]!.toUpperCase() + name.slice(1);
      expect(text, name).toMatch(new RegExp(`export interface ${Name}Options\\b`));
      expect(text, name).toMatch(new RegExp(`export function read${Name}Options\\(`));
      expect(text, name).toMatch(new RegExp(`export async function ${name}Command\\(`));
    }
  });

  it('keeps main.ts a dispatcher under 150 lines that no module imports but the entry point', () => {
    const main = readFileSync(path.join(CLI, 'main.ts'), 'utf8');
    expect(main.split('\n').length).toBeLessThan(150);
    const importers = sources(path.join(CLI, '..'))
      .filter((f) => /from '\.{1,2}\/(\.\.\/)?(cli\/)?main\.js'/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(CLI, f));
    expect(importers).toEqual(['index.ts']);
  });
});
