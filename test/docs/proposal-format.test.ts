// docs/proposal-format.md is what users read about the format; it is checked against the
// schema here so that neither can change without the other.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/proposal.schema.json' with { type: 'json' };
import { DECISION_RECORD_KEYS } from '../../src/core/proposal/fields.js';
import { REPO_ROOT } from '../helpers.js';

interface Node {
  properties?: Record<string, Node>;
  items?: Node & { enum?: string[] };
  enum?: string[];
}

/** Every property of the schema by its path as the page writes it (`constraints[].met`). */
function schemaFields(node: Node, at = ''): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const name = at ? `${at}.${key}` : key;
    out.set(name, child);
    for (const [k, v] of schemaFields(child, name)) out.set(k, v);
    if (child.items?.properties)
      for (const [k, v] of schemaFields(child.items, `${name}[]`)) out.set(k, v);
  }
  return out;
}

const page = readFileSync(path.join(REPO_ROOT, 'docs', 'proposal-format.md'), 'utf8');
const fieldsSection = page.split(/^## /m).find((s) => s.startsWith('Fields'))!;
/** The rows of the Fields tables, by the field in their first cell. */
const rows = new Map(
  [...fieldsSection.matchAll(/^\| `([^`]+)` *\|(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
);
const fields = schemaFields(schema as Node);

describe('docs/proposal-format.md', () => {
  it('documents every field of the schema', () => {
    expect([...fields.keys()].filter((f) => !rows.has(f))).toEqual([]);
  });

  it('documents no field the schema lacks', () => {
    expect([...rows.keys()].filter((f) => !fields.has(f))).toEqual([]);
  });

  it('lists every allowed value of each field that has a fixed set', () => {
    for (const [name, node] of fields) {
      const values = node.enum ?? node.items?.enum ?? [];
      for (const v of values) expect(rows.get(name), `${name}: ${v}`).toContain(`\`${v}\``);
    }
  });

  it('marks exactly the required top-level fields as required', () => {
    const marked = [...rows].filter(([, row]) => /, required\b/.test(row)).map(([f]) => f);
    expect(marked.filter((f) => !f.includes('.'))).toEqual(schema.required);
  });

  it('names every ignored decision-record key', () => {
    const section = page.split(/^## /m).find((s) => s.startsWith('Keys that are not fields'))!;
    for (const key of DECISION_RECORD_KEYS) expect(section).toContain(`\`${key}\``);
  });
});
