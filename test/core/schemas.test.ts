// The product never compiles a schema at run time: scripts/generate-validators.mjs compiles
// them ahead of time into src/generated/. This is where the schemas are checked against the
// meta-schema, and where the generated code is checked to be current and to judge as ajv
// itself does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resolveField } from '../../src/config/fields.js';
import reportValidator from '../../src/generated/report-validator.js';
import { config, fields, proposal } from '../../src/generated/validators.js';

const dir = new URL('../../schema/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));

describe('schema/', () => {
  it('holds the proposal, configuration, report, portfolio and evidence schemas', () => {
    expect(files.sort()).toEqual([
      'config.schema.json',
      'evidence.schema.json',
      'portfolio.schema.json',
      'proposal.schema.json',
      'report.schema.json',
    ]);
  });

  for (const file of files) {
    it(`${file} is a valid JSON Schema under ajv's strict mode`, () => {
      const schema = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as object;
      const ajv = new Ajv({ strict: true, allowUnionTypes: true, validateSchema: true });
      expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
    });
  }

  it('a schema that breaks the meta-schema is caught here', () => {
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema({ type: 'text' })).toBe(false);
  });
});

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const schemaOf = (name: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'schema', `${name}.schema.json`), 'utf8')) as object;
/** ajv compiling at run time, with the options the generator uses for documents users write. */
const runtime = () =>
  new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });

describe('src/generated/ (the schemas compiled ahead of time)', () => {
  it('is what scripts/generate-validators.mjs (and generate-globs.mjs) write now', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sv-generated-'));
    try {
      execFileSync(process.execPath, ['scripts/generate-validators.mjs', dir], { cwd: ROOT });
      execFileSync(process.execPath, ['scripts/generate-globs.mjs', dir], { cwd: ROOT });
      const generated = readdirSync(dir).sort();
      expect(readdirSync(path.join(ROOT, 'src/generated')).sort()).toEqual(generated);
      for (const file of generated) {
        expect(
          readFileSync(path.join(ROOT, 'src/generated', file), 'utf8'),
          `src/generated/${file} is stale: run npm run build`,
        ).toBe(readFileSync(path.join(dir, file), 'utf8'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Every example, and each broken in ways that exercise the keywords the schema uses.
  const examples = readdirSync(path.join(ROOT, 'examples/proposals'))
    .filter((f) => f !== 'README.md')
    .map((f) => {
      const text = readFileSync(path.join(ROOT, 'examples/proposals', f), 'utf8');
      const yaml = f.endsWith('.md') ? text.split(/^---$/m)[1]! : text;
      return parse(yaml) as Record<string, unknown>;
    });
  expect(examples.length).toBeGreaterThanOrEqual(8);
  const broken = examples.flatMap((p) => [
    { ...p, language: 'Rust', extra: 1 },
    { ...p, team: { size: -1, background: [3] } },
    { ...p, service: '', workload: 'cpu', waivers: [{ rule: 'x', expires: '31/12/2026' }] },
    { ...p, constraints: [{ type: 'gc', source: 'guess', observed: 'a\ud83d\ude00' }] },
  ]);

  it('judges proposals exactly as ajv compiling the schema at run time does', () => {
    const validate = runtime().compile(schemaOf('proposal'));
    let failures = 0;
    for (const doc of [...examples, ...broken]) {
      const ok = proposal(doc);
      expect(ok).toBe(validate(doc));
      expect(proposal.errors ?? null).toEqual(validate.errors ?? null);
      if (!ok) failures++;
    }
    // The broken ones fail, so the comparison covers errors, not only passes.
    expect(failures).toBeGreaterThanOrEqual(broken.length);
  });

  it('judges configurations and reports as ajv does', () => {
    const validate = runtime().compile(schemaOf('config'));
    for (const doc of [
      { extends: 'recommended', rules: { 'rust-hiring-premium': 'off' } },
      { extends: 'all', rules: { x: 'loud' }, settings: { 'build-seconds': 'slow' } },
      { 'custom-rules': [{ id: 'Bad Id', when: { field: 'team.size', gt: 'x' } }] },
    ]) {
      expect(config(doc)).toBe(validate(doc));
      expect(config.errors ?? null).toEqual(validate.errors ?? null);
    }
    const strict = new Ajv({ strict: true, allowUnionTypes: true }).compile(schemaOf('report'));
    for (const doc of [{}, { version: 1 }, { verdict: 'approved', proposals: 'x' }]) {
      expect(reportValidator(doc)).toBe(strict(doc));
      expect(reportValidator.errors ?? null).toEqual(strict.errors ?? null);
    }
  });

  it('has a validator for every proposal field a custom rule can compare with a value', () => {
    const keys = Object.keys(fields);
    expect(keys).toContain('team.size');
    expect(keys).toContain('constraints.*.type');
    expect(keys).toContain('compliance.*');
    for (const key of keys) {
      const list = key.endsWith('.*') && !key.slice(0, -2).includes('*');
      const name = (list ? key.slice(0, -2) : key).replace(/\*/g, '0');
      const field = resolveField(name);
      expect(field, key).not.toHaveProperty('error');
      if ('shape' in field) expect(['list', 'number', 'scalar'], key).toContain(field.shape);
    }
  });
});
