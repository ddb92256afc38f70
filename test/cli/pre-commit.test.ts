// The pre-commit hook (.pre-commit-hooks.yaml) and the SchemaStore catalogue entry
// (docs/schemastore/catalog-entry.json), against the default proposal globs. Here the hook is
// run as pre-commit runs it: `entry` split into words, then `args`, then the staged files
// its `files` regular expression selects (Python's re.search; this one means the same in
// JavaScript). test/adopters/pre-commit.test.ts runs it with pre-commit itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { DEFAULT_GLOBS } from '../../src/io/files.js';
import { proposal, REPO_ROOT, tempTree } from '../helpers.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  args: string[];
  files: string;
  pass_filenames?: boolean;
}
const HOOKS = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const CATALOG = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'docs/schemastore/catalog-entry.json'), 'utf8'),
) as { name: string; description: string; fileMatch: string[]; url: string };

/** Paths a repository may hold, proposals or not. */
const PATHS = [
  'proposals/orders.yaml',
  'proposals/orders.yml',
  'proposals/team/ledger.md',
  'proposals/a/b/c/deep.yaml',
  'proposals/README.md',
  'proposals/notes.txt',
  'proposals/.hidden.yaml',
  'proposals/.drafts/x.yaml',
  'docs/proposals/orders.yaml',
  'services/search/search.proposal.yaml',
  'search.proposal.yml',
  'services/search/search.proposal.md',
  'services/.cache/search.proposal.yaml',
  '.proposal.yaml',
  'services/billing/service-proposal.yml',
  'service-proposal.yaml',
  'services/billing/service-proposal.md',
  'services/billing/my-service-proposal.yaml',
  '.github/service-proposal.yaml',
  'stray.yaml',
  'proposals.yaml',
];
const byDefaultGlobs = picomatch([...DEFAULT_GLOBS], { dot: false });

describe('.pre-commit-hooks.yaml', () => {
  const hook = HOOKS.find((h) => h.id === 'stack-verdict')!;

  it('defines the stack-verdict hook, a Node hook that runs the check on file names', () => {
    expect(HOOKS.map((h) => h.id)).toEqual(['stack-verdict']);
    expect(hook.language).toBe('node');
    expect(hook.entry.split(' ')[0]).toBe(
      Object.keys(
        (
          JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
            bin: Record<string, string>;
          }
        ).bin,
      )[0],
    );
    expect(hook.pass_filenames ?? true).toBe(true);
  });

  it.each(PATHS)(
    'its files regex passes every YAML and Markdown file, so every proposal: %s',
    (file) => {
      expect(new RegExp(hook.files).test(file)).toBe(/\.(ya?ml|md)$/i.test(file));
      if (byDefaultGlobs(file)) expect(new RegExp(hook.files).test(file)).toBe(true);
    },
  );

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)('Python’s re.search, which pre-commit uses, selects the same files', () => {
    const script =
      'import re, sys, json\nr = re.compile(sys.argv[1])\nprint(json.dumps([bool(r.search(p)) for p in sys.argv[2:]]))';
    const out = spawnSync('python3', ['-c', script, hook.files, ...PATHS], { encoding: 'utf8' });
    expect(JSON.parse(out.stdout)).toEqual(PATHS.map((f) => new RegExp(hook.files).test(f)));
  });

  const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
  it.skipIf(!existsSync(BUNDLE))(
    'entry + args + the staged proposals, as pre-commit runs it: fails on the bad one, as the JSON report does',
    () => {
      const cwd = tempTree({
        'proposals/ok.yaml': proposal(),
        'services/x/service-proposal.yaml': proposal(
          { language: 'rust' },
          'team:\n  size: 2\n  rust-experience: 0\n',
        ),
        'src/main.go': 'package main\n',
        'README.md': '# repo\n',
      });
      // pre-commit puts the hook's installed bin on PATH.
      const bin = path.join(cwd, '.bin');
      mkdirSync(bin);
      symlinkSync(BUNDLE, path.join(bin, 'stack-verdict'));
      const staged = [
        'README.md',
        'proposals/ok.yaml',
        'services/x/service-proposal.yaml',
        'src/main.go',
      ];
      const files = staged.filter((f) => new RegExp(hook.files).test(f));
      expect(files).toEqual(['README.md', 'proposals/ok.yaml', 'services/x/service-proposal.yaml']);
      const [cmd, ...entryArgs] = hook.entry.split(' ');
      const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
      const run = spawnSync(cmd!, [...entryArgs, ...hook.args, ...files], {
        cwd,
        env,
        encoding: 'utf8',
      });
      const json = spawnSync(
        process.execPath,
        [BUNDLE, 'check', '--skip-unmatched', ...files, '--format', 'json'],
        { cwd, encoding: 'utf8' },
      );
      const report = JSON.parse(json.stdout) as Report;
      // README.md matches no proposal glob: skipped quietly.
      expect(report.proposals.map((p) => p.file)).toEqual(files.slice(1));
      expect(report.skipped).toEqual([]);
      expect(report.gate.passed).toBe(false);
      expect(run.status).toBe(json.status);
      expect(run.status).toBe(1);
      // Compact output has no summary line: the one line on stderr says why the hook failed,
      // with the counts of the JSON report.
      const c = report.counts;
      expect(run.stderr).toBe(
        `stack-verdict: the gate fails (fail-on: ${report.gate.failOn}) with ${c.errors} error${c.errors === 1 ? '' : 's'} and ${c.warnings} warning${c.warnings === 1 ? '' : 's'} unwaived\n`,
      );
      const lines = run.stdout.trimEnd().split('\n');
      const findings = report.proposals.flatMap((p) =>
        p.findings.map((f) => `${p.file}:${f.line}:${f.column}: ${f.severity} ${f.rule} `),
      );
      expect(lines).toHaveLength(findings.length);
      findings.forEach((start, i) => expect(lines[i]!.startsWith(start)).toBe(true));
    },
  );
});

describe('the SchemaStore catalogue entry (docs/schemastore/catalog-entry.json)', () => {
  it('points at the proposal schema the repository publishes', () => {
    const schema = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'schema/proposal.schema.json'), 'utf8'),
    ) as { $id: string };
    expect(CATALOG.url).toBe(schema.$id);
    expect(CATALOG.name).toMatch(/Stack Verdict/);
    expect(CATALOG.description.length).toBeGreaterThan(20);
  });

  // SchemaStore's fileMatch patterns hold no folder here, so they match a file's name
  // wherever it is (as editors apply them).
  const byCatalog = picomatch(CATALOG.fileMatch, { basename: true, dot: false });

  it.each(PATHS)(
    'a file the catalogue gives the schema is a proposal Stack Verdict judges: %s',
    (file) => {
      // Editors apply the schema in hidden folders too; Stack Verdict's globs skip them.
      const hidden = file.split('/').some((part) => part.startsWith('.'));
      if (byCatalog(file) && !hidden) expect(byDefaultGlobs(file)).toBe(true);
    },
  );

  it('covers every default glob that names a file, and leaves out the proposals/ folder', () => {
    for (const file of PATHS.filter((f) => byDefaultGlobs(f) && !f.startsWith('proposals/')))
      expect(byCatalog(file), file).toBe(true);
    // A folder named proposals/ is too common to claim for every repository on SchemaStore:
    // those files get the schema from the modeline `stack-verdict init` writes.
    expect(byCatalog('proposals/orders.yaml')).toBe(false);
    expect(CATALOG.fileMatch.every((g) => !g.includes('/'))).toBe(true);
  });
});
