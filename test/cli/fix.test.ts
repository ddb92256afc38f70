// `check --fix` and `--fix-dry-run`: what is written, byte for byte, and what the fixed files
// judge as. Each expected file is the original with only the fixed tokens replaced, so every
// other byte (comments, key order, quoting, line breaks, a byte-order mark) is compared too.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/types.js';
import { fakeIo, tempTree } from '../helpers.js';

async function cli(cwd: string, args: string[], stdin?: string) {
  const t = fakeIo(cwd);
  if (stdin !== undefined) t.io.readStdin = () => Buffer.from(stdin);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** A repository (it has .git) holding the files. */
function repo(files: Record<string, string | Uint8Array>): string {
  const dir = tempTree(files);
  mkdirSync(path.join(dir, '.git'));
  return dir;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file));

/** `--fix` on one file, with the JSON report of the run written to report.json. */
async function fix(dir: string, file: string, extra: string[] = []) {
  const r = await cli(dir, ['check', file, '--fix', '-f', 'json', '-o', 'report.json', ...extra]);
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
  return { ...r, report, rules: report.proposals.flatMap((p) => p.findings.map((f) => f.rule)) };
}

/** `text` with each [from, to] replaced once, in order: the only changes a fix may make. */
function replaced(text: string, ...pairs: [string, string][]): string {
  let out = text;
  let at = 0;
  for (const [from, to] of pairs) {
    const i = out.indexOf(from, at);
    if (i < 0) throw new Error(`${from} is not in the text`);
    out = out.slice(0, i) + to + out.slice(i + from.length);
    at = i + to.length;
  }
  return out;
}

const COMMENTED = `# yaml-language-server: $schema=../schema.json
service: orders   # the service
# the language, as the team first wrote it
language: Golang  # keep this comment
kind: http-api
workload:
  bound: IO       # mostly waiting on the database
  protocol: 'grpc'
toolchain:
  go: 1.20        # the version, digits as written
  rust-edition: "2024"
`;

describe('check --fix', () => {
  it('fixes a file with comments, changing only the fixed tokens', async () => {
    const dir = repo({ 'proposals/a.yml': COMMENTED });
    const r = await fix(dir, 'proposals/a.yml');
    expect(read(dir, 'proposals/a.yml').toString()).toBe(
      replaced(COMMENTED, ['Golang', 'go'], ['IO', 'io'], ['1.20', '"1.20"']),
    );
    expect(r.rules).not.toContain('proposal-invalid');
    expect(r.report.proposals[0]!.language).toBe('go');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('stack-verdict: fixed proposals/a.yml (3 fixes)\n');
  });

  it('keeps CRLF line endings', async () => {
    const crlf = COMMENTED.replace(/\n/g, '\r\n');
    const dir = repo({ 'proposals/a.yml': crlf });
    const r = await fix(dir, 'proposals/a.yml');
    const after = read(dir, 'proposals/a.yml').toString();
    expect(after).toBe(replaced(crlf, ['Golang', 'go'], ['IO', 'io'], ['1.20', '"1.20"']));
    expect(after.split('\r\n')).toHaveLength(crlf.split('\r\n').length);
    expect(r.rules).not.toContain('proposal-invalid');
  });

  it('fixes flow style, keys included, over as many passes as it takes', async () => {
    // The misspelt key hides the language: once renamed, the alias is found and fixed too.
    const flow = '{service: orders, languge: Golang, kind: http-api, workload: {bund: IO}}\n';
    const dir = repo({ 'proposals/a.yml': flow });
    const r = await fix(dir, 'proposals/a.yml');
    expect(read(dir, 'proposals/a.yml').toString()).toBe(
      '{service: orders, language: go, kind: http-api, workload: {bound: io}}\n',
    );
    expect(r.rules).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('fixes a document with explicit markers, and one with a stray marker after it', async () => {
    const marked =
      '%YAML 1.2\n---\nservice: orders\nlanguage: rust2024\nkind: cli\nworkload:\n  bound: cpu\n...\n# end\n';
    // An empty document at the end (a template's stray `---`) holds nothing: no second proposal.
    const stray =
      'service: billing\r\nlanguage: Golang\r\nkind: cli\r\nworkload: {bound: io}\r\n---\r\n# more later\r\n';
    const dir = repo({ 'proposals/marked.yml': marked, 'proposals/stray.yml': stray });
    const r = await fix(dir, 'proposals');
    expect(read(dir, 'proposals/marked.yml').toString()).toBe(
      replaced(marked, ['rust2024', 'rust']),
    );
    expect(read(dir, 'proposals/stray.yml').toString()).toBe(replaced(stray, ['Golang', 'go']));
    expect(r.rules.filter((x) => x === 'proposal-invalid')).toEqual([]);
    expect(r.report.proposals.map((p) => p.language).sort()).toEqual(['go', 'rust']);
    expect(r.stderr).toBe(
      'stack-verdict: fixed proposals/marked.yml (1 fix)\nstack-verdict: fixed proposals/stray.yml (1 fix)\n',
    );
  });

  it('fixes each document of a file of several, which stays refused at the second', async () => {
    // Comments, CRLF, flow style and an end marker; the first document would pass alone.
    const several = [
      '# two services in one file',
      'service: orders   # the first',
      'language: Golang  # as written',
      'kind: http-api',
      'workload:',
      '  bound: IO       # waits on the database',
      'toolchain:',
      '  go: 1.20',
      '...',
      '--- # the second',
      '{service: search, languge: Rust-lang, kind: worker, workload: {bund: CPU}}',
      '',
    ].join('\r\n');
    const dir = repo({ 'proposals/several.yml': several });
    const r = await fix(dir, 'proposals/several.yml');
    const after = read(dir, 'proposals/several.yml').toString();
    expect(after).toBe(
      replaced(
        several,
        ['Golang', 'go'],
        ['IO', 'io'],
        ['1.20', '"1.20"'],
        ['languge', 'language'],
        ['Rust-lang', 'rust'],
        ['bund', 'bound'],
        ['CPU', 'cpu'],
      ),
    );
    // Fixed, each document is a valid proposal, and the file is still refused, as one:
    // the split is the only finding left, at the second document's marker.
    const [report] = r.report.proposals;
    expect(report!.findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
      [
        'proposal-invalid',
        10,
        1,
        'a second YAML document starts here; a file holds one proposal: split it, one proposal per file',
      ],
    ]);
    expect(report!.verdict).toBe('changes-requested');
    expect(r.stderr).toBe('stack-verdict: fixed proposals/several.yml (7 fixes)\n');
    expect(r.code).toBe(1);
    // Each half, on its own, now passes as its own file.
    const [first, second] = after.split('...\r\n');
    const halves = repo({ 'proposals/orders.yml': first!, 'proposals/search.yml': second! });
    const split = await fix(halves, 'proposals');
    expect(split.rules.filter((x) => x === 'proposal-invalid')).toEqual([]);
    expect(split.stderr).toBe('');
  });

  it('fixes Markdown front matter with CRLF and a byte-order mark, the body untouched', async () => {
    const md =
      '\ufeff---\r\nservice: orders\r\nlanguage: "Rust-lang"\r\nkind: cli\r\nworkload:\r\n  bound: CPU\r\nstatus: Acepted\r\n---\r\n# Orders\r\n\r\nlanguage: Golang is prose here.\r\n';
    const dir = repo({ 'docs/adr/0001-orders.md': md });
    const r = await fix(dir, 'docs/adr/0001-orders.md');
    const bytes = read(dir, 'docs/adr/0001-orders.md');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString()).toBe(
      replaced(md, ['"Rust-lang"', '"rust"'], ['CPU', 'cpu'], ['Acepted', 'accepted']),
    );
    expect(r.rules.filter((x) => x === 'proposal-invalid')).toEqual([]);
    expect(r.report.proposals[0]!.status).toBe('accepted');
  });

  it('fixes a JSON proposal, keeping it JSON', async () => {
    const json = `{
  "service": "orders",
  "language": "Golang",
  "kind": "http-api",
  "workload": { "bound": "io" },
  "toolchain": { "go": 1.20 }
}
`;
    const dir = repo({ 'proposals/a.json': json });
    await fix(dir, 'proposals/a.json');
    const after = read(dir, 'proposals/a.json').toString();
    expect(after).toBe(replaced(json, ['"Golang"', '"go"'], ['1.20', '"1.20"']));
    expect(JSON.parse(after)).toMatchObject({ language: 'go', toolchain: { go: '1.20' } });
  });

  it('never touches a file with nothing to fix, nor a finding with no single fix', async () => {
    const clean = 'service: a\nlanguage: go\nkind: cli\nworkload:\n  bound: io\n';
    // `xyz` is near no value of `bound`: there is no single replacement.
    const unsure = 'service: b\nlanguage: go\nkind: cli\nworkload:\n  bound: xyz\n';
    const dir = repo({ 'proposals/clean.yml': clean, 'proposals/unsure.yml': unsure });
    const stamp = (f: string) => {
      const s = statSync(path.join(dir, f));
      return [s.ino, s.mtimeMs];
    };
    const before = [stamp('proposals/clean.yml'), stamp('proposals/unsure.yml')];
    const r = await fix(dir, 'proposals');
    expect([stamp('proposals/clean.yml'), stamp('proposals/unsure.yml')]).toEqual(before);
    expect(read(dir, 'proposals/unsure.yml').toString()).toBe(unsure);
    expect(r.rules).toContain('proposal-invalid');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  it('is idempotent: a second run finds nothing to fix', async () => {
    const dir = repo({ 'proposals/a.yml': COMMENTED });
    await fix(dir, 'proposals/a.yml');
    const once = read(dir, 'proposals/a.yml');
    const r = await fix(dir, 'proposals/a.yml');
    expect(read(dir, 'proposals/a.yml')).toEqual(once);
    expect(r.stderr).toBe('');
  });

  it('refuses to write through a symbolic link or outside the repository', async () => {
    const outside = tempTree({ 'p.yml': COMMENTED });
    const dir = repo({ 'proposals/real.yml': COMMENTED });
    symlinkSync(path.join(dir, 'proposals/real.yml'), path.join(dir, 'proposals/link.yml'));
    mkdirSync(path.join(dir, 'linked'));
    symlinkSync(path.join(dir, 'proposals'), path.join(dir, 'linked/dir'));
    const r = await cli(dir, [
      'check',
      'proposals/link.yml',
      'linked/dir/real.yml',
      path.join(outside, 'p.yml'),
      '--fix',
    ]);
    expect(read(dir, 'proposals/real.yml').toString()).toBe(COMMENTED);
    expect(readFileSync(path.join(outside, 'p.yml'), 'utf8')).toBe(COMMENTED);
    expect(lstatSync(path.join(dir, 'proposals/link.yml')).isSymbolicLink()).toBe(true);
    expect(r.stderr).toContain(
      'stack-verdict: proposals/link.yml was not fixed: it is a symbolic link\n',
    );
    expect(r.stderr).toContain(
      'stack-verdict: linked/dir/real.yml was not fixed: linked/dir/ on its path is a symbolic link\n',
    );
    expect(r.stderr).toMatch(/p\.yml was not fixed: it lies outside the repository\n/);
    expect(r.code).toBe(1);
  });

  it('exits 2 when a file could not be fixed though the gate passes', async () => {
    const dir = repo({
      'proposals/real.yml': 'service: a\nlanguage: golang\nkind: cli\nworkload:\n  bound: io\n',
    });
    symlinkSync(path.join(dir, 'proposals/real.yml'), path.join(dir, 'proposals/link.yml'));
    const r = await cli(dir, ['check', 'proposals/link.yml', '--fix', '--fail-on', 'never']);
    expect(r.stderr).toBe(
      'stack-verdict: proposals/link.yml was not fixed: it is a symbolic link\n',
    );
    expect(read(dir, 'proposals/real.yml').toString()).toContain('language: golang\n');
    expect(r.code).toBe(2);
  });
});

describe('check --fix-dry-run', () => {
  it('prints a unified diff, writes nothing, and reports the files as fixed', async () => {
    const dir = repo({ 'proposals/a.yml': COMMENTED });
    const r = await cli(dir, ['check', 'proposals/a.yml', '--fix-dry-run', '-f', 'compact']);
    expect(read(dir, 'proposals/a.yml').toString()).toBe(COMMENTED);
    const diff = `--- a/proposals/a.yml
+++ b/proposals/a.yml
@@ -1,11 +1,11 @@
 # yaml-language-server: $schema=../schema.json
 service: orders   # the service
 # the language, as the team first wrote it
-language: Golang  # keep this comment
+language: go  # keep this comment
 kind: http-api
 workload:
-  bound: IO       # mostly waiting on the database
+  bound: io       # mostly waiting on the database
   protocol: 'grpc'
 toolchain:
-  go: 1.20        # the version, digits as written
+  go: "1.20"        # the version, digits as written
   rust-edition: "2024"
`;
    expect(r.stdout.slice(0, diff.length)).toBe(diff);
    expect(r.stdout).not.toContain('proposal-invalid');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('reads standard input and prints its diff', async () => {
    const dir = repo({});
    const r = await cli(
      dir,
      ['check', '-', '--stdin-filename', 'proposals/x.yml', '--fix-dry-run', '-f', 'compact'],
      'service: a\nlanguage: Go\nkind: cli\nworkload:\n  bound: io\n',
    );
    expect(r.stdout).toContain('-language: Go\n+language: go\n');
    expect(r.code).toBe(0);
  });

  it('says what is wrong with the command line', async () => {
    const dir = repo({ 'proposals/a.yml': COMMENTED });
    const both = await cli(dir, ['check', '--fix', '--fix-dry-run']);
    expect(both.stderr).toContain('give one');
    expect(both.code).toBe(2);
    const stdin = await cli(dir, ['check', '-', '--fix'], COMMENTED);
    expect(stdin.stderr).toContain('use --fix-dry-run');
    expect(stdin.code).toBe(2);
    const json = await cli(dir, ['check', '--fix-dry-run', '-f', 'json']);
    expect(json.stderr).toContain('write the json report with -o FILE');
    expect(json.code).toBe(2);
    expect(read(dir, 'proposals/a.yml').toString()).toBe(COMMENTED);
  });
});

describe('check --fix writes atomically', () => {
  it('keeps the file mode and leaves no temporary file behind', async () => {
    const dir = repo({ 'proposals/a.yml': COMMENTED });
    const file = path.join(dir, 'proposals/a.yml');
    chmodSync(file, 0o640);
    await fix(dir, 'proposals/a.yml');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(dir, 'proposals'))).toEqual(['a.yml']);
  });
});
