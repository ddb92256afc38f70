// `stack-verdict init` names a JSON Schema that resolves: the proposal schema of the local
// install (node_modules/stack-verdict), by a path from the proposal's folder, as editors
// (yaml-language-server) resolve it. The test installs the package's schema folder the way
// npm lays it out (test/pack/run.mjs does it with the real tarball).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { fakeIo, REPO_ROOT, tempTree } from '../helpers.js';

const SCHEMA = path.join(REPO_ROOT, 'schema', 'proposal.schema.json');
const MODELINE = /^# yaml-language-server: \$schema=(\S+)$/;

/** A project with the package installed locally, as `npm install --save-dev` leaves it. */
function project(): string {
  const root = tempTree({
    'package.json': '{ "private": true }\n',
    'node_modules/stack-verdict/package.json': '{ "name": "stack-verdict" }\n',
  });
  cpSync(path.join(REPO_ROOT, 'schema'), path.join(root, 'node_modules/stack-verdict/schema'), {
    recursive: true,
  });
  writeFileSync(path.join(root, '.git'), ''); // the repository root
  return root;
}

async function init(cwd: string, args: string[]) {
  const t = fakeIo(cwd);
  const code = await runCli(['init', ...args], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

/** The schema file the written proposal's first line leads to, resolved from its folder. */
function schemaOf(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0]!;
  const ref = MODELINE.exec(first)?.[1];
  expect(ref, first).toBeDefined();
  expect(ref).not.toMatch(/^[a-z]+:/); // a path, not an address that may not resolve
  return path.resolve(path.dirname(file), ref!);
}

describe('init writes a $schema reference that resolves', () => {
  it.each([
    [[], '.', 'proposals/orders.yaml'],
    [['--dir', 'services/edge/docs'], '.', 'services/edge/docs/orders.yaml'],
    [[], 'services', 'services/proposals/orders.yaml'],
  ])('init orders %j from %s', async (args, from, written) => {
    const root = project();
    const r = await init(path.join(root, from), ['orders', ...args]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = path.join(root, written);
    const schema = schemaOf(file);
    expect(schema).toBe(path.join(root, 'node_modules/stack-verdict/schema/proposal.schema.json'));
    // The file it names is the package's proposal schema, and the skeleton is valid against it.
    expect(readFileSync(schema, 'utf8')).toBe(readFileSync(SCHEMA, 'utf8'));
    const validate = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(schema, 'utf8')));
    expect(validate(parse(readFileSync(file, 'utf8')))).toBe(true);
  });

  it('--stdout names the schema from the folder the proposal would be written to', async () => {
    const root = project();
    const r = await init(root, ['orders', '--stdout', '--dir', 'a/b']);
    expect(r.stdout.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../node_modules/stack-verdict/schema/proposal.schema.json',
    );
  });

  it('without a local install: no reference that would not resolve, and a note saying why', async () => {
    const root = tempTree({ '.git': '' });
    const r = await init(root, ['orders']);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(root, 'proposals/orders.yaml'), 'utf8');
    expect(text).not.toMatch(/\$schema|yaml-language-server/);
    expect(r.stdout).toContain(
      'Note: stack-verdict is not installed in this repository (node_modules/stack-verdict/schema/proposal.schema.json is missing), so the proposal names no JSON Schema for editors.',
    );
  });
});
