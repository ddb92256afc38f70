// The product compiles its own schemas without checking them against the meta-schema (a
// third of a one-file run's start-up); this is where they are checked instead.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../schema/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));

describe('schema/', () => {
  it('holds the proposal, configuration and report schemas', () => {
    expect(files.sort()).toEqual([
      'config.schema.json',
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
