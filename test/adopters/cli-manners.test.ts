// The CLI's manners, command by command: a mistyped option is answered the same way by every
// command (never with Node's own parseArgs text), `explain` suggests the rule meant, `rules`
// prints JSON and Markdown of the same data as its text, and `portfolio -o` writes its page
// whole without ever replacing a proposal.
import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { RuleEntry } from '../../src/cli/commands/rules.js';
import { RULES } from '../../src/core/rules/index.js';
import { fakeIo, proposal, REPO_ROOT, tempTree } from '../helpers.js';

async function cli(cwd: string, args: string[]) {
  const t = fakeIo(cwd);
  const code = await runCli(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** Each command, its arguments, a mistyped option and the option meant. */
const COMMANDS: [command: string, args: string[], typo: string, meant: string][] = [
  ['check', [], '--formt', '--format'],
  ['rules', [], '--confg', '--config'],
  ['explain', ['team-missing'], '--confg', '--config'],
  ['config', ['--print'], '--confg', '--config'],
  ['init', ['orders'], '--stdot', '--stdout'],
  ['portfolio', [], '--outptu', '--output'],
  ['evidence', ['bench.txt'], '--metrci', '--metric'],
];
/** A string option of each command, to be given without its value. */
const STRING_OPTION: Record<string, string> = {
  check: '--format',
  rules: '--format',
  explain: '--config',
  config: '--config',
  init: '--dir',
  portfolio: '--output',
  evidence: '--metric',
};
/** What Node's parseArgs says in its own words; none of it may reach the user. */
const RAW =
  /Unknown option '|argument missing|does not take an argument|ambiguous|place it at the end|ERR_PARSE_ARGS|internal error/;

function scratch() {
  return tempTree({
    'proposals/orders.yaml': proposal().replace('service: svc', 'service: orders'),
    'bench.txt': 'BenchmarkQuote-8  1000  1200 ns/op\n',
  });
}

describe('every command answers a mistyped option the same way', () => {
  it.each(COMMANDS)('%s: "did you mean"', async (command, args, typo, meant) => {
    const r = await cli(scratch(), [command, ...args, typo]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `stack-verdict: unknown option "${typo}" for ${command}. Did you mean \`${meant}\`? See stack-verdict ${command} --help\n`,
    );
  });

  it.each(COMMANDS)('%s: an option far from any, a short one, = forms', async (command, args) => {
    const cwd = scratch();
    for (const bad of ['--zzzzzz', '-Z', '--zzzzzz=1']) {
      const r = await cli(cwd, [command, ...args, bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toBe(
        `stack-verdict: unknown option "${bad.replace(/=.*/, '')}" for ${command}. See stack-verdict ${command} --help\n`,
      );
    }
  });

  it.each(COMMANDS)('%s: a missing value and a value given to a switch', async (command, args) => {
    const cwd = scratch();
    const option = STRING_OPTION[command]!;
    const missing = await cli(cwd, [command, ...args, option]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `stack-verdict: ${option} needs a value (${option} VALUE or ${option}=VALUE). See stack-verdict ${command} --help\n`,
    );
    const switched = await cli(cwd, [command, ...args, '--help=yes']);
    expect(switched.code).toBe(2);
    expect(switched.stderr).toBe(
      `stack-verdict: --help takes no value. See stack-verdict ${command} --help\n`,
    );
    for (const r of [missing, switched]) expect(r.stderr).not.toMatch(RAW);
  });

  it('a short option followed by another option names the long one', async () => {
    const r = await cli(scratch(), ['check', '-f', '--quiet']);
    expect(r.stderr).toBe(
      'stack-verdict: --format needs a value (--format VALUE or --format=VALUE). See stack-verdict check --help\n',
    );
  });

  it('config and rules take no argument, and say so', async () => {
    const r = await cli(scratch(), ['rules', 'extra']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'stack-verdict: rules takes no argument (got "extra"). See stack-verdict rules --help\n',
    );
  });
});

describe('explain suggests the nearest rule', () => {
  it.each([
    ['rust-onbording-cost', 'rust-onboarding-cost'],
    ['onboarding', 'rust-onboarding-cost'],
    ['hiring', 'rust-hiring-premium'],
    ['cost-of-onboarding', 'rust-onboarding-cost'],
  ])('explain %s → %s', async (typed, meant) => {
    expect(RULES.some((r) => r.id === meant)).toBe(true);
    const r = await cli(scratch(), ['explain', typed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `stack-verdict: no rule "${typed}". Did you mean \`${meant}\`? \`stack-verdict rules\` lists them all.\n`,
    );
    // The suggestion is a rule explain knows.
    expect((await cli(scratch(), ['explain', meant])).code).toBe(0);
  });

  it('suggests nothing when nothing is near', async () => {
    const r = await cli(scratch(), ['explain', 'zzz']);
    expect(r.stderr).toBe('stack-verdict: no rule "zzz". `stack-verdict rules` lists them all.\n');
  });
});

describe('rules --format json and markdown', () => {
  const CONFIG = [
    'rules:',
    '  rust-hiring-premium: off',
    '  team-missing: error',
    'custom-rules:',
    '  - id: no-python-for-cpu',
    '    severity: warning',
    '    description: "Python is not | allowed <b>here</b> @someone"',
    '    docs: https://wiki.example.com/languages',
    "    message: 'No Python.'",
    '    when:',
    '      all:',
    '        - { field: language, equals: python }',
    '',
  ].join('\n');

  async function both() {
    const cwd = tempTree({ '.github/stack-verdict.yml': CONFIG });
    const text = await cli(cwd, ['rules']);
    const json = await cli(cwd, ['rules', '--format', 'json']);
    const md = await cli(cwd, ['rules', '-f', 'markdown']);
    for (const r of [text, json, md]) expect([r.code, r.stderr]).toEqual([0, '']);
    const data = JSON.parse(json.stdout) as { version: string; policy: string; rules: RuleEntry[] };
    return { text: text.stdout, data, md: md.stdout };
  }

  it('JSON lists what the text lists, with the configuration’s severities', async () => {
    const { text, data } = await both();
    const rows = text
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s{2,}/));
    expect(data.rules.map((r) => [r.id, r.severity])).toEqual(rows.map((r) => [r[0], r[1]]));
    expect(data.rules).toHaveLength(RULES.length + 1);
    const byId = new Map(data.rules.map((r) => [r.id, r]));
    expect(byId.get('rust-hiring-premium')).toMatchObject({ severity: 'off', custom: false });
    expect(byId.get('team-missing')).toMatchObject({ severity: 'error', custom: false });
    expect(byId.get('no-python-for-cpu')).toMatchObject({
      severity: 'warning',
      custom: true,
      docs: 'https://wiki.example.com/languages',
    });
    for (const rule of RULES) {
      expect(byId.get(rule.id)).toMatchObject({ defaultSeverity: rule.severity });
      expect(byId.get(rule.id)!.docs).toMatch(new RegExp(`/${rule.id}\\.md$`));
    }
    expect(text.split('\n')[0]).toBe(
      `Stack Verdict ${data.version}, policy ${data.policy}: ${data.rules.length} rules`,
    );
  });

  it('Markdown renders (GFM) as a table of the JSON data, a custom description as text', async () => {
    const { data, md } = await both();
    const table = marked.lexer(md).find((t) => t.type === 'table') as Tokens.Table;
    expect(table.header.map((h) => h.text)).toEqual(['Rule', 'Severity', 'What it checks']);
    const html = (cell: Tokens.TableCell) => marked.parseInline(cell.text) as string;
    const plain = (cell: Tokens.TableCell) =>
      html(cell)
        .replace(/<[^>]+>/g, '')
        .replace(/&#8203;/g, '\u200b')
        .replace(/\u200b/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    expect(table.rows).toHaveLength(data.rules.length);
    table.rows.forEach((row, i) => {
      const rule = data.rules[i]!;
      expect(plain(row[0]!)).toBe(rule.id);
      expect(html(row[0]!)).toContain(`href="${rule.docs}"`);
      const severity =
        rule.severity === rule.defaultSeverity
          ? rule.severity
          : `${rule.severity} (default ${rule.defaultSeverity})`;
      expect(plain(row[1]!)).toBe(severity);
      expect(plain(row[2]!)).toBe(`${rule.description}${rule.custom ? ' (custom)' : ''}`);
      // No HTML, link or mention from a configuration's text.
      expect(html(row[2]!)).not.toMatch(/<(?!\/?code)[a-z]/);
    });
  });
});

describe('portfolio -o FILE', () => {
  function repo() {
    return tempTree({
      'proposals/orders.yaml': proposal().replace('service: svc', 'service: orders'),
      'proposals/ledger.yaml': proposal({ language: 'rust' }).replace(
        'service: svc',
        'service: ledger',
      ),
    });
  }

  it('writes the page it would print, and says so', async () => {
    const cwd = repo();
    for (const format of ['markdown', 'json', 'html']) {
      const printed = await cli(cwd, ['portfolio', '-f', format]);
      const written = await cli(cwd, ['portfolio', '-f', format, '-o', `page.${format}`]);
      expect(written.code).toBe(0);
      expect(written.stdout).toBe(`Wrote page.${format} (${format}, 2 files judged)\n`);
      // The same page, but for a generation time or date that may differ between the runs.
      expect(readFileSync(path.join(cwd, `page.${format}`), 'utf8')).toBe(printed.stdout);
    }
    // Written whole through a file beside it: nothing but the pages and the proposals is left.
    expect(readdirSync(cwd).sort()).toEqual([
      'page.html',
      'page.json',
      'page.markdown',
      'proposals',
    ]);
  });

  it('replaces its own earlier page', async () => {
    const cwd = repo();
    writeFileSync(path.join(cwd, 'portfolio.md'), 'last week\n');
    expect((await cli(cwd, ['portfolio', '-o', 'portfolio.md'])).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'portfolio.md'), 'utf8')).toMatch(/^# /);
  });

  it.each([
    ['proposals/orders.yaml', 'it is one of the proposals judged'],
    ['proposals/new.yaml', "the configuration's files globs make it a proposal"],
    ['.github/stack-verdict.yml', 'it is the configuration'],
  ])('never writes over %s', async (target, why) => {
    const cwd = repo();
    const before = readdirSync(path.join(cwd, 'proposals'));
    const original = readFileSync(path.join(cwd, 'proposals/orders.yaml'), 'utf8');
    const r = await cli(cwd, ['portfolio', '-o', target]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `stack-verdict: cannot write the portfolio to ${target}: ${why}, and -o never overwrites one; choose another file\n`,
    );
    expect(readdirSync(path.join(cwd, 'proposals'))).toEqual(before);
    expect(readFileSync(path.join(cwd, 'proposals/orders.yaml'), 'utf8')).toBe(original);
  });

  it('refuses a symbolic link and a path in .git, and leaves them as they were', async () => {
    const cwd = repo();
    symlinkSync(path.join(cwd, 'proposals/orders.yaml'), path.join(cwd, 'link.md'));
    const link = await cli(cwd, ['portfolio', '-o', 'link.md']);
    expect(link.stderr).toBe(
      'stack-verdict: cannot write the portfolio to link.md: it is a symbolic link\n',
    );
    expect(lstatSync(path.join(cwd, 'link.md')).isSymbolicLink()).toBe(true);
    const git = await cli(cwd, ['portfolio', '-o', '.git/portfolio.md']);
    expect(git.stderr).toMatch(/it is inside a \.git folder/);
  });

  it('portfolio --help lists -o', async () => {
    const r = await cli(REPO_ROOT, ['portfolio', '--help']);
    expect(r.stdout).toMatch(/-o, --output FILE/);
  });
});

describe('check -o FILE never writes over a proposal or the configuration', () => {
  it.each([
    ['proposals/orders.yaml', 'it is a proposal, and -o never overwrites one; choose another file'],
    ['proposals/new.yaml', 'it is a proposal, and -o never overwrites one; choose another file'],
    ['.github/stack-verdict.yml', 'it is the configuration; choose another file'],
  ])('%s', async (target, why) => {
    const cwd = tempTree({
      'proposals/orders.yaml': proposal().replace('service: svc', 'service: orders'),
      '.github/stack-verdict.yml': 'fail-on: error\n',
    });
    const before = readdirSync(path.join(cwd, 'proposals'));
    const original = readFileSync(path.join(cwd, 'proposals/orders.yaml'), 'utf8');
    const r = await cli(cwd, ['check', '-f', 'json', '-o', target]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`stack-verdict: cannot write the report to ${target}: ${why}\n`);
    expect(readdirSync(path.join(cwd, 'proposals'))).toEqual(before);
    expect(readFileSync(path.join(cwd, 'proposals/orders.yaml'), 'utf8')).toBe(original);
    expect(readFileSync(path.join(cwd, '.github/stack-verdict.yml'), 'utf8')).toBe(
      'fail-on: error\n',
    );
  });
});
