// One matcher for the CLI walk and the Action's filters; case
// and dots cannot hide a proposal from one of them; `!` exclusions only ever narrow.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { selectChangedFiles } from '../../src/action/changed-files.js';
import { DEFAULT_GLOBS, findByGlobs, toReportPath } from '../../src/io/files.js';
import { cleanTempDirs, tempDir } from '../action/fake-github.js';

afterEach(cleanTempDirs);

const HIDDEN = [
  'proposals/evil.YAML',
  'proposals/evil2.Yml',
  'proposals/evil3.MD',
  'proposals/.hidden/x.yaml',
  'proposals/.dotfile.yaml',
  '.config/service-proposal.yaml',
];
const NEVER = ['.git/service-proposal.yaml', '.GIT/x.proposal.yml', 'proposals/notes.txt'];

async function tree(files: readonly string[]) {
  const ws = await tempDir();
  for (const f of files) {
    await mkdir(path.dirname(path.join(ws, f)), { recursive: true });
    await writeFile(path.join(ws, f), '---\nservice: a\n---\n');
  }
  return ws;
}

const changed = (files: readonly string[], globs: readonly string[]) =>
  selectChangedFiles(
    files.map((filename) => ({ filename, status: 'added' })),
    files.length,
    globs,
  ).files;

describe('the CLI walk and the Action filter choose the same files', () => {
  it('sees proposals whatever the case of the extension, and in dot folders, never in .git', async () => {
    const all = [...HIDDEN, ...NEVER];
    const ws = await tree(all);
    const cli = (await findByGlobs(ws, DEFAULT_GLOBS)).map((f) => toReportPath(ws, f));
    const action = changed(all, DEFAULT_GLOBS);
    expect(action).toEqual([...HIDDEN].sort());
    // On a case-insensitive file system .GIT is .git: either way it is never walked.
    expect(cli).toEqual(action.filter((f) => cli.includes(f) || !f.startsWith('.GIT')));
  });

  it('`!` exclusions remove files, in the Action filter and in the walk', async () => {
    const files = [
      'proposals/a.yaml',
      'proposals/index.md',
      'proposals/templates/t.yaml',
      'proposals/templates/deep/u.md',
    ];
    const globs = [...DEFAULT_GLOBS, '!proposals/index.md', '!proposals/templates/**'];
    const ws = await tree(files);
    expect(changed(files, globs)).toEqual(['proposals/a.yaml']);
    expect((await findByGlobs(ws, globs)).map((f) => toReportPath(ws, f))).toEqual([
      'proposals/a.yaml',
    ]);
  });

  it('an exclusion never widens: listed first it still only removes, alone it matches nothing', () => {
    const files = ['proposals/a.yaml', 'proposals/b.yaml', 'other/c.yaml'];
    expect(changed(files, ['!proposals/b.yaml', 'proposals/*.yaml'])).toEqual(['proposals/a.yaml']);
    expect(changed(files, ['!proposals/b.yaml'])).toEqual([]);
    expect(changed(files, ['!nothing/**', 'proposals/a.yaml'])).toEqual(['proposals/a.yaml']);
  });
});
