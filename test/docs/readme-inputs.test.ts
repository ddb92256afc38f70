// README.md documents the Action's inputs and outputs in two Markdown tables, under the
// headings "### Inputs" and "### Outputs", whose first column is the backticked name. This
// test fails when those tables and action.yml disagree.
// To write both tables from action.yml into .tmp/readme-tables.md (to paste into README.md):
//   UPDATE_README_TABLES=1 npx vitest run test/docs/readme-inputs.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// README_PATH checks a draft elsewhere.
const README = process.env.README_PATH ?? path.join(ROOT, 'README.md');
const TABLES = path.join(ROOT, '.tmp/readme-tables.md');
const HINT =
  'README.md needs a "### Inputs" and a "### Outputs" section, each with a Markdown table whose first column is the backticked name; `UPDATE_README_TABLES=1 npx vitest run test/docs/readme-inputs.test.ts` writes both tables from action.yml to .tmp/readme-tables.md';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** The lines under `heading` (a whole line, e.g. "### Inputs") up to the next heading of its level or higher, outside code fences. */
function section(markdown: string, heading: string): string[] | undefined {
  const level = /^#+/.exec(heading)![0].length;
  const lines = markdown.split(/\r?\n/);
  let fence: string | undefined;
  let start: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (start === undefined) {
      if (h && line.trim() === heading) start = i + 1;
    } else if (h && h[1]!.length <= level) {
      return lines.slice(start, i);
    }
  }
  return start === undefined ? undefined : lines.slice(start);
}

/** The first column of the section's first table: backticked names, and the rows that are not. */
function tableNames(lines: readonly string[]): { names: string[]; bad: string[] } | undefined {
  const first = lines.findIndex((l) => l.trim().startsWith('|'));
  if (first < 0) return undefined;
  const rows: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.trim().startsWith('|')) break;
    rows.push(line.trim());
  }
  // Header, then the delimiter row (| --- | :-: |), then the data.
  if (rows.length < 2 || !/^\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(rows[1]!)) return undefined;
  const names: string[] = [];
  const bad: string[] = [];
  for (const row of rows.slice(2)) {
    const cell = row
      .slice(1)
      .split(/(?<!\\)\|/)[0]!
      .trim();
    const name = /^`([^`]+)`$/.exec(cell)?.[1];
    if (name) names.push(name);
    else bad.push(row);
  }
  return { names, bad };
}

function readmeNames(heading: string): string[] {
  expect(existsSync(README), `README.md does not exist. ${HINT}`).toBe(true);
  const lines = section(readFileSync(README, 'utf8'), heading);
  expect(lines, `README.md has no "${heading}" heading. ${HINT}`).toBeDefined();
  const table = tableNames(lines!);
  expect(table, `README.md has no table under "${heading}". ${HINT}`).toBeDefined();
  expect(table!.bad, `rows under "${heading}" whose first cell is not a backticked name`).toEqual(
    [],
  );
  return table!.names;
}

function compare(heading: string, declared: string[]) {
  const documented = readmeNames(heading);
  const missing = declared.filter((n) => !documented.includes(n));
  const extra = documented.filter((n) => !declared.includes(n));
  expect(missing, `in action.yml but not in README.md's "${heading}" table`).toEqual([]);
  expect(extra, `in README.md's "${heading}" table but not in action.yml`).toEqual([]);
  const twice = documented.filter((n, i) => documented.indexOf(n) !== i);
  expect(twice, `listed twice under "${heading}"`).toEqual([]);
}

// ---------------------------------------------------------------------------------------
// The tables for README.md, generated from action.yml.

/** What an input left empty in action.yml means (action.yml's description says it too). */
const EFFECTIVE_DEFAULT: Record<string, string> = {
  files:
    "the configuration's `files`, else `proposals/**/*.{yml,yaml,md}`, `**/*.proposal.{yml,yaml}`, `**/service-proposal.{yml,yaml}`, `docs/decisions/**/*.md`, `docs/adr/**/*.md`, `doc/adr/**/*.md`",
  scope: '`changed` on pull requests, `all` otherwise',
  'fail-on': "the configuration's `fail-on`, else `error`",
  'comment-tag': 'none',
  'max-bytes': "the configuration's `max-bytes`, else `1048576` (1 MiB)",
  'override-label': 'none',
  sarif: 'none',
  'from-report': 'none',
  'pull-request': 'none (required with `from-report`)',
};

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function inputsTable(): string {
  const rows = Object.entries(action.inputs).map(([name, input]) => {
    const value = input.default ?? '';
    const shown = value === '' ? (EFFECTIVE_DEFAULT[name] ?? 'none') : `\`${value}\``;
    return `| \`${name}\` | ${cell(shown)} | ${cell(input.description)} |`;
  });
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(): string {
  const rows = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

if (process.env.UPDATE_README_TABLES === '1') {
  mkdirSync(path.dirname(TABLES), { recursive: true });
  writeFileSync(
    TABLES,
    [
      '<!-- Generated from action.yml by test/docs/readme-inputs.test.ts (UPDATE_README_TABLES=1). -->',
      '<!-- The table for README.md under "### Inputs": -->',
      '',
      inputsTable(),
      '',
      '<!-- The table for README.md under "### Outputs": -->',
      '',
      outputsTable(),
      '',
    ].join('\n'),
  );
}

describe('README.md documents action.yml', () => {
  it('lists every input of action.yml, and no other, under "### Inputs"', () => {
    compare('### Inputs', Object.keys(action.inputs));
  });

  it('lists every output of action.yml, and no other, under "### Outputs"', () => {
    compare('### Outputs', Object.keys(action.outputs));
  });
});

describe('the table reader', () => {
  const sample = [
    '# Stack Verdict',
    '```markdown',
    '### Inputs',
    '| Input | Default |',
    '| --- | --- |',
    '| `not-this` | x |',
    '```',
    '## Usage',
    '### Inputs',
    '',
    'Every input is optional.',
    '',
    '| Input | Default | Description |',
    '| :--- | --- | ---: |',
    "| `files` | the configuration's | a \\| b |",
    '| `fail-on` | `error` | when |',
    '| fail-on | x | not backticked |',
    '',
    '| `later-table` | x |',
    '### Outputs',
    '| Output | Description |',
    '|---|---|',
    '| `verdict` | v |',
    '## Other',
    '| `not-an-output` | x |',
  ].join('\n');

  it('reads the first table under the heading, outside code fences', () => {
    expect(tableNames(section(sample, '### Inputs')!)).toEqual({
      names: ['files', 'fail-on'],
      bad: ['| fail-on | x | not backticked |'],
    });
    expect(tableNames(section(sample, '### Outputs')!)).toEqual({ names: ['verdict'], bad: [] });
  });

  it('finds no section or no table when there is none', () => {
    expect(section(sample, '### Permissions')).toBeUndefined();
    expect(tableNames(['text only'])).toBeUndefined();
    expect(tableNames(['| a |', 'not a delimiter'])).toBeUndefined();
  });

  it('the generated tables read back as action.yml', () => {
    expect(tableNames(inputsTable().split('\n'))).toEqual({
      names: Object.keys(action.inputs),
      bad: [],
    });
    expect(tableNames(outputsTable().split('\n'))).toEqual({
      names: Object.keys(action.outputs),
      bad: [],
    });
  });
});
