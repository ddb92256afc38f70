// action.yml as an action manifest, by GitHub's own parser (@actions/workflow-parser's
// parseAction and its action schema), plus the rules a published node24 action must keep.
// test/docs/workflows.test.ts parses each example workflow with the same parser; this file
// checks what joins the two: the outputs the workflows read exist, and the inputs the
// scenarios pass are set the way the runner sets them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  convertActionTemplate,
  parseAction,
  type ActionRunsNode,
} from '@actions/workflow-parser/actions/index';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { evaluateTemplate, inputVariable, readManifest, ROOT } from './support/runner.js';

const ACTION_FILE = path.join(ROOT, 'action.yml');
const WORKFLOWS = path.join(ROOT, 'examples', 'workflows');

function parseManifest(content: string) {
  const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  const template = result.value ? convertActionTemplate(result.context, result.value) : undefined;
  return { errors, template };
}

describe('action.yml', () => {
  const content = readFileSync(ACTION_FILE, 'utf8');
  const { errors, template } = parseManifest(content);

  it('is a valid action manifest for GitHub’s parser', () => {
    expect(errors).toEqual([]);
    expect(template?.name).toBe('Stack Verdict');
    expect(template?.description?.length).toBeGreaterThan(20);
  });

  it('runs dist/index.js, which is committed, on node24', () => {
    const runs = template!.runs as ActionRunsNode;
    expect(runs.using).toBe('node24');
    expect(runs.main).toBe('dist/index.js');
    expect(existsSync(path.join(ROOT, runs.main))).toBe(true);
    expect(runs.pre ?? runs.post).toBeUndefined();
    // The bundle is an ES module: dist/package.json says so, or Node would read it as CommonJS.
    expect(JSON.parse(readFileSync(path.join(ROOT, 'dist', 'package.json'), 'utf8'))).toEqual({
      type: 'module',
    });
  });

  it('ships the chunks dist/index.js loads on demand (octokit, only when the API is used)', () => {
    // ncc writes each dynamic import() as a chunk file beside the bundle; a run that makes an
    // API request loads them, so they must be committed with it.
    const bundle = readFileSync(path.join(ROOT, 'dist', 'index.js'), 'utf8');
    const chunks = [...bundle.matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((m) => m[1]!);
    expect(chunks.length).toBeGreaterThan(0);
    expect(bundle).toMatch(/return "" \+ chunkId \+ "\.index\.js";/);
    for (const id of chunks) {
      expect(existsSync(path.join(ROOT, 'dist', `${id}.index.js`)), `dist/${id}.index.js`).toBe(
        true,
      );
    }
  });

  it('dist/licenses.txt names every runtime dependency, in the bundle and in its chunks', () => {
    // ncc writes a license file per chunk; under one name the last chunk's replaces the
    // bundle's, and the notices of @actions/core, ajv, yaml… would not ship.
    // Every package must be bundled (package.json lists them all as devDependencies since
    // the npm package installs none): the packages src/ imports, other than for types, by
    // name or by a path into node_modules (src/action/core.ts takes @actions/core's modules
    // one by one, past its index).
    const runtime = new Set<string>();
    for (const file of readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|js)$/.test(file) || file.endsWith('.d.ts')) continue;
      const code = readFileSync(path.join(ROOT, 'src', file), 'utf8');
      for (const m of code.matchAll(
        /\b(?:import|export)\s+(type\s)?[^;]*?\sfrom\s+'([^']+)'|\bimport\('([^']+)'\)/g,
      )) {
        const written = m[2] ?? m[3]!;
        const spec = written.startsWith('.') ? written.split(/(?:^|\/)node_modules\//)[1] : written;
        if (m[1] || spec === undefined || spec.startsWith('node:')) continue;
        runtime.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        );
      }
    }
    expect([...runtime].sort()).toEqual(expect.arrayContaining(['@actions/core', 'ajv', 'yaml']));
    const named = new Set(
      readFileSync(path.join(ROOT, 'dist', 'licenses.txt'), 'utf8').split('\n'),
    );
    expect([...runtime].filter((d) => !named.has(d))).toEqual([]);
  });

  it('describes every input and output, and every optional input has a default', () => {
    expect(template!.inputs?.length).toBeGreaterThan(0);
    for (const input of template!.inputs ?? []) {
      expect(input.id, 'input names: lower case and hyphens').toMatch(/^[a-z][a-z0-9-]*$/);
      expect(input.description?.trim(), input.id).toBeTruthy();
      if (!input.required) expect(input.default, input.id).toBeDefined();
    }
    expect(template!.outputs?.length).toBeGreaterThan(0);
    for (const output of template!.outputs ?? []) {
      expect(output.description?.trim(), output.id).toBeTruthy();
      // A node action sets its outputs itself: `value:` is for composite actions.
      expect(output.value, output.id).toBeUndefined();
    }
  });

  it('declares the outputs every run writes (the scenarios also check each run writes only declared ones)', () => {
    expect(template!.outputs!.map((o) => o.id)).toEqual(
      expect.arrayContaining(['verdict', 'proposals', 'errors', 'warnings', 'notices', 'report']),
    );
  });

  it('is refused by the parser when broken (the parser really checks)', () => {
    const broken = content
      .replace('using: node24', 'using: node99')
      .replace(/^description:.*$/m, 'descripton: typo');
    const result = parseManifest(broken);
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
    expect(result.errors.join('\n')).toMatch(/node99|descripton/);
  });

  it('sets its default token the way the runner does: ${{ github.token }}', () => {
    const manifest = readManifest();
    expect(manifest.inputs!['github-token']!.default).toBe('${{ github.token }}');
    expect(
      evaluateTemplate(String(manifest.inputs!['github-token']!.default), {
        github: { token: 'ghs_x' },
      }),
    ).toBe('ghs_x');
    // The runner keeps the hyphens of input names in the variable names.
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON');
    expect(inputVariable('comment tag')).toBe('INPUT_COMMENT_TAG');
  });
});

describe('examples/workflows and action.yml', () => {
  const declared = new Set(Object.keys(readManifest().outputs ?? {}));
  const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)('%s reads only outputs that action.yml declares', (file) => {
    const wf = parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as {
      jobs: Record<string, { steps: { id?: string; uses?: string }[] }>;
    };
    const ids = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('stack-verdict/stack-verdict@') && s.id)
      .map((s) => s.id!);
    const text = readFileSync(path.join(WORKFLOWS, file), 'utf8');
    for (const id of ids) {
      for (const m of text.matchAll(
        new RegExp(`steps\\.${id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'),
      )) {
        expect(declared, `${file} reads steps.${id}.outputs.${m[1]}`).toContain(m[1]);
      }
    }
  });
});
